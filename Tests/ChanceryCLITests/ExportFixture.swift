import Foundation
import Testing

/// Six short English reports, written for the export tests, and the events chancery reads from
/// them (ids in this order):
///
/// 1. meeting, 2025-03-04, MA–SN, Rabat: Nasser Bourita and Yassine Fall; its document's id holds
///    a comma, quotes, a tab and a line break, its url a comma and quotes
/// 2. phone call, 2024-11-19, MA–RU: Bourita and Sergey Lavrov
/// 3. meeting, 2024-06-12, MA–MR–SN, Nouakchott, no one named
/// 4. agreement (MoU on fisheries), 2023-09-09, MA–RU, Moscow
/// 5. commission session 5, 10 to 12 May 2022, MA–SN, Dakar
/// 6. meeting, January 2021, MA–MR, Nouakchott
enum ExportFixture {
    static let awkwardID = "rabat,\"talks\"\tnote\nsecond line"
    static let awkwardURL = "https://example.org/rabat?a=1,2&b=\"3\""

    static let documents: [[String: String]] = [
        ["id": awkwardID, "lang": "en", "url": awkwardURL, "published": "2025-03-05",
         "text": "Bourita and Fall hold talks in Rabat\n\nRABAT, March 5 - Moroccan Foreign Minister Nasser Bourita held talks in Rabat on Tuesday with his Senegalese counterpart Yassine Fall, the ministry said."],
        ["id": "call", "lang": "en", "url": "https://example.org/call", "published": "2024-11-20",
         "text": "Bourita receives phone call from Lavrov\n\nRABAT, Nov. 20 - Moroccan Foreign Minister Nasser Bourita received a phone call on Tuesday from Russian Foreign Minister Sergey Lavrov, the ministry said."],
        ["id": "trio", "lang": "en", "url": "https://example.org/trio", "published": "2024-06-13",
         "text": "Three ministers meet in Nouakchott\n\nNOUAKCHOTT, June 13 - The foreign ministers of Morocco, Senegal and Mauritania met in Nouakchott on Wednesday to discuss regional security."],
        ["id": "mou", "lang": "en", "url": "https://example.org/mou", "published": "2023-09-10",
         "text": "Morocco and Russia sign MoU\n\nMOSCOW, Sept. 10 - Moroccan Foreign Minister Nasser Bourita and Russian Foreign Minister Sergey Lavrov signed a memorandum of understanding on fisheries in Moscow on Saturday."],
        ["id": "session", "lang": "en", "url": "https://example.org/session", "published": "2022-05-13",
         "text": "Morocco and Senegal hold joint commission\n\nDAKAR, May 13 - The 5th session of the Morocco-Senegal Joint Commission was held in Dakar from 10 to 12 May 2022, co-chaired by the two foreign ministers."],
        ["id": "month", "lang": "en", "url": "https://example.org/month", "published": "2021-02-15",
         "text": "Ministers recall talks\n\nRABAT, Feb. 15 - In January 2021, Moroccan Foreign Minister Nasser Bourita held talks in Nouakchott with Mauritanian Foreign Minister Ismail Ould Cheikh Ahmed."],
    ]

    static let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("chancery-export-fixture-\(UUID().uuidString)").path

    /// The ingested database, made once per test run and removed when the run ends.
    static let path: Result<String, JSONError> = {
        do {
            let binary = try Paths.binary.get()
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            atexit { try? FileManager.default.removeItem(atPath: ExportFixture.folder) }
            let cli = CLI(folder: folder, binary: binary)
            let lines = try documents.map { String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self) }
            let file = try cli.write(lines.joined(separator: "\n") + "\n", to: "documents.jsonl")
            let result = try cli.run(["ingest", file])
            guard result.status == 0 else { return .failure(JSONError("ingesting the export fixture failed: \(result)")) }
            return .success(cli.db)
        } catch {
            return .failure(JSONError("cannot make the export fixture: \(error)"))
        }
    }()
}

/// Runs `body` with a copy, made for this test, of the export fixture's database.
func withExportFixture<T>(_ body: (CLI) throws -> T) throws -> T {
    try withCLI { cli in
        let template = try ExportFixture.path.get()
        try FileManager.default.copyItem(atPath: template, toPath: cli.db)
        if FileManager.default.fileExists(atPath: template + "-wal") {
            try FileManager.default.copyItem(atPath: template + "-wal", toPath: cli.db + "-wal")
        }
        return try body(cli)
    }
}

extension CLI {
    /// Runs `export` with `arguments`, requiring that it succeeds and says nothing on stderr.
    func export(_ arguments: [String]) throws -> String {
        let result = try run(["export"] + arguments)
        try #require(result.status == 0, "export \(arguments.joined(separator: " ")): \(result)")
        #expect(result.stderr == "")
        return result.stdout
    }

    func exportCSV(_ arguments: [String] = []) throws -> ReadTable {
        try ReadTable(readCSV(export(["--format", "csv"] + arguments)))
    }
}
