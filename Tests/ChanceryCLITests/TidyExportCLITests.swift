import Foundation
import Testing

/// `export --format csv|tsv`: tidy tables, read back as R or pandas would read them.
@Suite("Tidy exports")
struct TidyExportCLITests {
    static let eventColumns = [
        "id", "date", "date_precision", "date_first", "date_last", "end_date", "status", "type", "cameo", "plover",
        "countries", "country_count", "country_1", "country_2", "organizations", "place", "place_country", "mode",
        "instrument", "count", "title", "body", "ordinal", "participants", "participant_count", "confidence",
        "source_count", "documents", "url", "published",
    ]
    static let keyColumns = Array(eventColumns.prefix(10))

    @Test func csvHasOneRowPerEventUnderTheDocumentedHeader() throws {
        try withExportFixture { cli in
            let table = try cli.exportCSV()
            #expect(table.header == Self.eventColumns)
            #expect(table.rows.map { $0["id"] } == ["1", "2", "3", "4", "5", "6"])
        }
    }

    @Test func datesComeWithTheirPrecisionAndTheDaysTheyCover() throws {
        try withExportFixture { cli in
            let table = try cli.exportCSV()
            let day = try table.row(ofEvent: 1)
            #expect([day["date"], day["date_precision"], day["date_first"], day["date_last"], day["end_date"]]
                    == ["2025-03-04", "day", "2025-03-04", "2025-03-04", ""])
            let span = try table.row(ofEvent: 5)
            #expect([span["date"], span["date_precision"], span["date_first"], span["date_last"], span["end_date"]]
                    == ["2022-05-10", "day", "2022-05-10", "2022-05-12", "2022-05-12"])
            let month = try table.row(ofEvent: 6)
            #expect([month["date"], month["date_precision"], month["date_first"], month["date_last"]]
                    == ["2021-01", "month", "2021-01-01", "2021-01-31"])
        }
    }

    @Test func aDyadHasItsTwoStatesInColumnsAndAThreeStateMeetingNone() throws {
        try withExportFixture { cli in
            let table = try cli.exportCSV()
            let dyad = try table.row(ofEvent: 1)
            #expect([dyad["countries"], dyad["country_count"], dyad["country_1"], dyad["country_2"]] == ["MA;SN", "2", "MA", "SN"])
            let three = try table.row(ofEvent: 3)
            #expect([three["countries"], three["country_count"], three["country_1"], three["country_2"]] == ["MA;MR;SN", "3", "", ""])
            #expect(three["participants"] == "" && three["participant_count"] == "0")
        }
    }

    @Test func eachEventHasItsCAMEOAndPLOVERCodes() throws {
        try withExportFixture { cli in
            let table = try cli.exportCSV()
            let codes = table.rows.map { [$0["type"] ?? "", $0["mode"] ?? "", $0["cameo"] ?? "", $0["plover"] ?? ""] }
            #expect(codes == [
                ["meeting", "in_person", "040", "CONSULT"],
                ["meeting", "phone", "041", "CONSULT"],
                ["meeting", "in_person", "040", "CONSULT"],
                ["agreement", "", "057", "AGREE"],
                ["commission_session", "", "040", "CONSULT"],
                ["meeting", "in_person", "040", "CONSULT"],
            ])
            let mou = try table.row(ofEvent: 4)
            #expect([mou["instrument"], mou["count"], mou["title"], mou["place"], mou["place_country"]] == ["mou", "1", "fisheries", "Moscow", "RU"])
            let session = try table.row(ofEvent: 5)
            #expect([session["body"], session["ordinal"]] == ["Morocco-Senegal Joint Commission", "5"])
        }
    }

    @Test func theFirstSourceGivesTheURLAndPublicationDate() throws {
        try withExportFixture { cli in
            let table = try cli.exportCSV()
            let call = try table.row(ofEvent: 2)
            #expect([call["source_count"], call["documents"], call["url"], call["published"]]
                    == ["1", "call", "https://example.org/call", "2024-11-20"])
            let rabat = try table.row(ofEvent: 1)
            #expect(rabat["participants"] == "Nasser Bourita (foreign minister, MA); Yassine Fall (foreign minister, SN)")
        }
    }

    /// Commas, quotes, a tab and a line break in a value come back exactly through RFC 4180 quoting.
    @Test func csvQuotesWhatNeedsIt() throws {
        try withExportFixture { cli in
            let text = try cli.export(["--format", "csv"])
            #expect(text.contains("\"rabat,\"\"talks\"\"\tnote\nsecond line\",\"https://example.org/rabat?a=1,2&b=\"\"3\"\"\",2025-03-05\n"))
            let rabat = try ReadTable(readCSV(text)).row(ofEvent: 1)
            #expect(rabat["documents"] == ExportFixture.awkwardID)
            #expect(rabat["url"] == ExportFixture.awkwardURL)
        }
    }

    /// Every TSV row is one line of as many fields as the header, whatever the values hold.
    @Test func tsvEscapesTabsAndLineBreaks() throws {
        try withExportFixture { cli in
            let text = try cli.export(["--format", "tsv"])
            let lines = text.split(separator: "\n")
            #expect(lines.count == 7)
            #expect(lines.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == Self.eventColumns.count })
            #expect(text.contains("\trabat,\"talks\"\\tnote\\nsecond line\thttps://example.org/rabat?a=1,2&b=\"3\"\t2025-03-05\n"))
            let table = try ReadTable(readTSV(text))
            #expect(table.header == Self.eventColumns)
            #expect(try table.row(ofEvent: 1)["documents"] == ExportFixture.awkwardID)
            #expect(table.rows.map { $0["id"] } == (try cli.exportCSV()).rows.map { $0["id"] })
        }
    }

    @Test func longCountriesHasOneRowPerEventAndCountry() throws {
        try withExportFixture { cli in
            let table = try cli.exportCSV(["--long", "countries"])
            #expect(table.header == Self.keyColumns + ["country", "partners"])
            #expect(table.rows.count == 13)
            let three = table.rows(ofEvent: 3).map { [$0["country"] ?? "", $0["partners"] ?? ""] }
            #expect(three == [["MA", "MR;SN"], ["MR", "MA;SN"], ["SN", "MA;MR"]])
            #expect(table.rows(ofEvent: 2).allSatisfy { $0["cameo"] == "041" && $0["date"] == "2024-11-19" })
            // The singular reads the same.
            #expect(try cli.export(["--format", "csv", "--long", "country"]) == (try cli.export(["--format", "csv", "--long", "countries"])))
        }
    }

    @Test func longParticipantsHasOneRowPerEventAndParticipant() throws {
        try withExportFixture { cli in
            let table = try ReadTable(readTSV(try cli.export(["--format", "tsv", "--long", "participants"])))
            #expect(table.header == Self.keyColumns + ["position", "name", "country", "role"])
            let rabat = table.rows(ofEvent: 1).map { [$0["position"] ?? "", $0["name"] ?? "", $0["country"] ?? "", $0["role"] ?? ""] }
            #expect(rabat == [["1", "Nasser Bourita", "MA", "foreign minister"], ["2", "Yassine Fall", "SN", "foreign minister"]])
            #expect(table.rows(ofEvent: 3).isEmpty, "an event with no one named has no row")
            #expect(Set(table.rows.compactMap { $0["id"] }) == ["1", "2", "4", "6"])
        }
    }

    @Test func longAsksForATableFormat() throws {
        try withExportFixture { cli in
            let result = try cli.run(["export", "--format", "jsonl", "--long", "countries"])
            #expect(result.status == 64)
            #expect(result.stdout == "")
            #expect(result.stderr.contains("--long makes a table: use it with --format csv or --format tsv."), "\(result)")
        }
    }

    @Test func anExportOfNothingIsItsHeader() throws {
        try withExportFixture { cli in
            let text = try cli.export(["--format", "csv", "--status", "planned"])
            #expect(text == Self.eventColumns.joined(separator: ",") + "\n")
        }
    }
}
