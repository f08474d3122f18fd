import Foundation
import Testing

/// `chancery report` as a user runs it: which events the page holds, where it goes, and what
/// it says when it cannot.
@Suite("Report command")
struct ReportCLITests {
    /// The ids of the table's rows, in the page's order.
    static func rowIDs(_ page: String) -> [Int] {
        page.components(separatedBy: "<tr id=\"e").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
    }

    /// The ids `timeline` lists with `arguments`, in its order.
    static func timelineIDs(_ cli: CLI, _ arguments: [String]) throws -> [Int] {
        let result = try cli.run(["timeline"] + arguments + ["--format", "jsonl"])
        try #require(result.status == 0, "\(result)")
        return try result.stdoutLines.map { line in
            try #require((try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"] as? Int)
        }
    }

    /// Writes a report with `arguments` and returns the page.
    static func report(_ cli: CLI, _ arguments: [String]) throws -> String {
        let path = cli.folder + "/report.html"
        try? FileManager.default.removeItem(atPath: path)
        let result = try cli.run(["report"] + arguments + ["--output", path])
        try #require(result.status == 0, "\(result)")
        #expect(result.stderr == "")
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test func theReportHoldsTheTimelinesEventsInItsOrder() throws {
        try withExportFixture { cli in
            let page = try Self.report(cli, [])
            #expect(Self.rowIDs(page) == [6, 5, 4, 3, 2, 1])
            #expect(Self.rowIDs(page) == (try Self.timelineIDs(cli, [])))
            #expect(page.contains("<p class=\"scope\">6 events among 4 countries: all events in the base.</p>"))
        }
    }

    /// Countries given as arguments or with --country, and the other filters, narrow as in `timeline`.
    @Test(arguments: [
        (["Russia"], ["RU"], [4, 2]),
        (["Maroc", "--country", "موريتانيا"], ["MA", "MR"], [6, 3]),
        (["--country", "SN", "--type", "commission_session"], ["SN", "--type", "commission_session"], [5]),
        (["--since", "2024", "--until", "2024-12", "--mode", "phone"], ["--since", "2024", "--until", "2024-12", "--mode", "phone"], [2]),
        (["--status", "planned"], ["--status", "planned"], []),
    ])
    func filtersNarrowTheReportAsTheTimeline(_ arguments: [String], _ timeline: [String], _ expected: [Int]) throws {
        try withExportFixture { cli in
            let page = try Self.report(cli, arguments)
            #expect(Self.rowIDs(page) == expected)
            #expect(Self.rowIDs(page) == (try Self.timelineIDs(cli, timeline)))
        }
    }

    @Test func itSaysWhatItWroteAndTheSameBaseGivesTheSamePage() throws {
        try withExportFixture { cli in
            let first = try cli.run(["report", "MA", "-o", "ma.html"])
            #expect(first.status == 0, "\(first)")
            #expect(first.stdout == "ma.html: 6 events, 4 countries.\n")
            let again = try cli.run(["report", "MA", "--output", "-"])
            #expect(again.status == 0)
            #expect(again.stdout == (try String(contentsOfFile: cli.folder + "/ma.html", encoding: .utf8)))
            #expect(again.stdout.hasPrefix("<!DOCTYPE html>\n"))
        }
    }

    @Test func anUnwritablePathIsAnErrorWithAHint() throws {
        try withExportFixture { cli in
            let result = try cli.run(["report", "--output", cli.folder + "/no/such/folder/report.html"])
            #expect(result.status == 1)
            #expect(result.stdout == "")
            #expect(result.stderrLines == [
                "Error: cannot write the report to \(cli.folder)/no/such/folder/report.html",
                "Hint: Check that its folder exists and can be written, or choose another path with --output.",
            ])
        }
    }

    @Test func withoutAnOutputOrWithAnUnknownCountryItIsAUsageError() throws {
        try withExportFixture { cli in
            let missing = try cli.run(["report"])
            #expect(missing.status == 64)
            #expect(missing.stderr.contains("Missing expected argument '--output <path>'"), "\(missing)")
            let unknown = try cli.run(["report", "Atlantis", "-o", "x.html"])
            #expect(unknown.status == 64)
            #expect(unknown.stderrLines.first == "Error: unknown country 'Atlantis'")
            #expect(!FileManager.default.fileExists(atPath: cli.folder + "/x.html"))
        }
    }

    /// A base whose articles told of no event gives a page that says so, and still opens.
    @Test func aBaseWithoutEventsGivesAnEmptyReport() throws {
        try withCLI { cli in
            let article = try cli.write("Markets were calm on Tuesday as traders awaited the figures.\n", to: "calm.txt")
            let ingest = try cli.run(["ingest", "--lang", "en", article])
            try #require(ingest.status == 0, "\(ingest)")
            let page = try Self.report(cli, [])
            #expect(Self.rowIDs(page).isEmpty)
            #expect(page.contains("<p class=\"scope\">0 events among 0 countries: all events in the base.</p>"))
            #expect(page.hasSuffix("</html>\n"))
        }
    }
}
