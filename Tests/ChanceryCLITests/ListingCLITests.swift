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

    /// Columns are as wide as their widest cell in characters: Arabic names, accented letters and
    /// the dash between country codes each count once, so every column starts under its title,
    /// two spaces after the cell before.
    @Test func everyColumnStartsUnderItsTitle() throws {
        try withCLI { cli in
            #expect(try cli.run(["ingest", Paths.sampleArticles]).status == 0)
            for arguments in [["timeline"], ["agreements"], ["meetings", "MA", "FR"], ["actors"]] {
                let lines = try cli.run(arguments).stdoutLines.map(terminalColumns)
                try #require(lines.count > 3, "\(arguments) printed no table")
                let header = lines[0]
                let starts = header.indices.filter { $0 > 0 && header[$0] != " " && header[$0 - 1] == " " }
                #expect(lines.joined().contains { $0.unicodeScalars.first!.value >= 0x600 },
                        "\(arguments): no Arabic in the table, so the test proves less than it says")
                for line in lines.dropFirst(2).dropLast() {
                    for start in starts where start < line.count {
                        #expect(line[start - 2] == " " && line[start - 1] == " " && line[start] != " " || line[start] == " ",
                                "\(arguments): a column is out of place in\n\(String(line))")
                    }
                }
            }
        }
    }
}
