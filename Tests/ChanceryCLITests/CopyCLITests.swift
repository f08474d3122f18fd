import Foundation
import Testing

/// A wire story and the copy another outlet prints, as an analyst ingests them: the copy adds
/// no event, and each event lists both documents. The article is our own; its date is unknown
/// (no publication day), so that its events are undated and only the copy's text ties them.
@Suite("Syndicated copies from the command line")
struct CopyCLITests {
    static let wire = """
        {"id": "agency-1", "lang": "en", "title": "Morocco and Senegal sign fisheries memorandum", "text": "Morocco and Senegal sign fisheries memorandum\\nRABAT - Foreign Minister Nasser Bourita held talks in Rabat on Tuesday with his Senegalese counterpart Yassine Fall. The two sides reviewed the preparations for the next session of the joint commission, which is to meet in Dakar before the end of the year.\\nThe two ministers signed a memorandum of understanding on fisheries and maritime transport. They also agreed to open a direct shipping line between Dakar and Agadir and to widen cooperation in higher education and energy."}

        """
    /// Another outlet's headline and sign-off, and a word changed.
    static let copy = """
        {"id": "outlet-7", "lang": "en", "title": "Rabat and Dakar agree on fisheries", "text": "Rabat and Dakar agree on fisheries\\nRABAT - Foreign Minister Nasser Bourita held talks in Rabat on Tuesday with his Senegalese counterpart Yassine Fall. The two sides reviewed the plans for the next session of the joint commission, which is to meet in Dakar before the end of the year.\\nThe two ministers signed a memorandum of understanding on fisheries and maritime transport. They also agreed to open a direct shipping line between Dakar and Agadir and to widen cooperation in higher education and energy.\\nReported by our news desk."}

        """

    /// `stats --format json` as numbers.
    func stats(_ cli: CLI) throws -> [String: Int] {
        let result = try cli.run(["stats", "--format", "json"])
        #expect(result.status == 0, "\(result)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return (object ?? [:]).compactMapValues { $0 as? Int }
    }

    /// The id of the exported event of `type`.
    func eventID(_ cli: CLI, _ type: String) throws -> Int {
        try #require(try cli.exportedEvents().first { $0["type"] as? String == type }?["id"] as? Int)
    }

    @Test func aCopyFromAnotherOutletAddsNoEventAndShowListsBothDocuments() throws {
        try withCLI { cli in
            #expect(try cli.run(["ingest", try cli.write(Self.wire, to: "wire.jsonl")]).status == 0)
            #expect(try stats(cli)["events"] == 3)
            let path = try cli.write(Self.copy, to: "copy.jsonl")
            let result = try cli.run(["ingest", "--verbose", path])
            #expect(result.status == 0, "\(result)")
            #expect(result.stderrLines == ["\(path):1: outlet-7: 3 events, nearly the same text as agency-1: its events are theirs"])
            #expect(result.stdoutLines == ["Read 1 document: 1 new, 0 already known, 0 failed; 3 events found (3 of them reported already, added as sources)."])
            let after = try stats(cli)
            #expect(after["documents"] == 2)
            #expect(after["events"] == 3)
            #expect(after["sources"] == 6)
            let show = try cli.run(["show", String(try eventID(cli, "meeting"))])
            #expect(show.status == 0, "\(show)")
            let sources = show.stdoutLines.drop { !$0.hasPrefix("Sources") }
            #expect(sources.first == "Sources (2):")
            #expect(sources.filter { $0.hasPrefix("  [") } == ["  [agency-1] Morocco and Senegal sign fisheries memorandum",
                                                              "  [outlet-7] Rabat and Dakar agree on fisheries"])
        }
    }

    @Test func aDeletedEventStaysDeletedWhenACopyComesInAndWhenEverythingIsReadAgain() throws {
        try withCLI { cli in
            #expect(try cli.run(["ingest", try cli.write(Self.wire, to: "wire.jsonl")]).status == 0)
            let session = try eventID(cli, "commission_session")
            #expect(try cli.run(["delete", String(session), "--by", "tester"]).status == 0)
            #expect(try cli.run(["ingest", try cli.write(Self.copy, to: "copy.jsonl")]).status == 0)
            #expect(try stats(cli)["events"] == 2)
            #expect(try cli.run(["rebuild"]).status == 0)
            #expect(try stats(cli)["events"] == 2)
            #expect(try cli.exportedEvents().map { $0["type"] as? String } .sorted { ($0 ?? "") < ($1 ?? "") } == ["agreement", "meeting"])
            #expect(try cli.run(["show", String(session)]).status == 64)
            // Undone, the session comes back with both its reports.
            #expect(try cli.run(["undo", "--by", "tester"]).status == 0)
            let back = try #require(try cli.exportedEvents().first { $0["type"] as? String == "commission_session" })
            #expect(back.documents.sorted() == ["agency-1", "outlet-7"])
        }
    }
}
