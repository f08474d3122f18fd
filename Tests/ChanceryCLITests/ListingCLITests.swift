import Testing

/// `meetings` and `agreements` print their tables from the stored rows, `timeline` from whole
/// events with their sources: the two ways must print the same cells.
@Suite("Listings read from rows")
struct ListingCLITests {
    @Test func agreementsPrintWhatTheTimelinePrintsOfThem() throws {
        try withCLI { cli in
            #expect(try cli.run(["ingest", Paths.sampleArticles]).status == 0)
            let fromRows = tableRows(try cli.run(["agreements"]))
            let fromEvents = tableRows(try cli.run(["timeline", "--type", "agreement"]))
            try #require(!fromRows.isEmpty, "no agreement in the sample articles")
            #expect(fromRows == fromEvents.map { Array($0.prefix(8)) })
            #expect(fromRows.contains { $0[7].contains("(foreign minister, ") })
        }
    }

    @Test func meetingsPrintWhatTheTimelinePrintsOfThem() throws {
        try withCLI { cli in
            #expect(try cli.run(["ingest", Paths.sampleArticles]).status == 0)
            let fromRows = tableRows(try cli.run(["meetings", "Maroc", "France"]))
            let fromEvents = tableRows(try cli.run(["timeline", "MA", "FR", "--type", "meeting"]))
            try #require(!fromRows.isEmpty, "no meeting of Morocco and France in the sample articles")
            #expect(fromRows == fromEvents.map { Array($0.prefix(8)) })
            #expect(fromRows.allSatisfy { $0[4] == "FR–MA" })
        }
    }
}
