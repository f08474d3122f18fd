import Foundation
import Testing

/// `export` takes the listings' filters and narrows as `timeline` does with the same options.
@Suite("Export filters")
struct ExportFilterCLITests {
    /// The ids of the events `export --format jsonl` writes with `filters`.
    static func exportedIDs(_ cli: CLI, _ filters: [String]) throws -> [Int] {
        try cli.export(["--format", "jsonl"] + filters).split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return try #require(object?["id"] as? Int)
        }
    }

    /// The ids `timeline` lists with the same filters, countries given as its arguments.
    static func timelineIDs(_ cli: CLI, _ filters: [String]) throws -> [Int] {
        var arguments = ["timeline"]
        var options: [String] = []
        var index = 0
        while index < filters.count {
            if filters[index] == "--country" { arguments.append(filters[index + 1]) } else { options += filters[index...index + 1] }
            index += 2
        }
        let result = try cli.run(arguments + options + ["--format", "jsonl"])
        try #require(result.status == 0, "\(result)")
        return try result.stdoutLines.map { line in
            try #require((try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"] as? Int)
        }
    }

    @Test(arguments: [
        (["--country", "Russia"], [2, 4]),
        (["--country", "موريتانيا", "--country", "SN"], [3]),
        (["--type", "agreement"], [4]),
        (["--type", "meeting", "--type", "commission_session"], [1, 2, 3, 5, 6]),
        (["--since", "2024", "--until", "2024-12"], [2, 3]),
        (["--since", "2021-01-15", "--until", "2022-05-11"], [5, 6]),
        (["--status", "occurred", "--country", "Maroc"], [1, 2, 3, 4, 5, 6]),
        (["--status", "planned"], []),
        (["--mode", "phone"], [2]),
        (["--instrument", "mou"], [4]),
    ])
    func filtersNarrowTheExportAsTheyNarrowTheTimeline(_ filters: [String], _ expected: [Int]) throws {
        try withExportFixture { cli in
            let exported = try Self.exportedIDs(cli, filters)
            #expect(exported == expected)
            #expect(exported == (try Self.timelineIDs(cli, filters)).sorted())
        }
    }

    /// A filter picks events: each is written exactly as the whole export writes it.
    @Test func aFilteredExportHoldsTheWholeExportsLines() throws {
        try withExportFixture { cli in
            let all = try cli.export(["--format", "jsonl"]).split(separator: "\n")
            let russia = try cli.export(["--format", "jsonl", "--country", "RU"]).split(separator: "\n")
            #expect(russia.count == 2)
            #expect(russia == all.filter { russia.contains($0) })
            let csv = try cli.exportCSV(["--country", "RU"])
            #expect(csv.rows.map { $0["id"] } == ["2", "4"])
        }
    }

    @Test func anUnknownCountryIsAUsageError() throws {
        try withExportFixture { cli in
            let result = try cli.run(["export", "--country", "Atlantis"])
            #expect(result.status == 64)
            #expect(result.stdout == "")
            #expect(result.stderrLines.first == "Error: unknown country 'Atlantis'", "\(result)")
        }
    }
}
