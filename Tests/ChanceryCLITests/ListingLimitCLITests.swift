import Foundation
import Testing

/// `--limit` says what it limits in each command's help, and a listing it cuts says how many
/// events there are in all: on the table's last line, or on standard error for the formats a
/// program reads, whose output stays exactly as without the note.
@Suite("Limits")
struct ListingLimitCLITests {
    @Test func aLimitThatCutsTheTableSaysHowManyThereAre() throws {
        try withSampleData { cli in
            let all = try cli.exportedEvents().count
            #expect(all > 3)
            let table = try cli.run(["timeline", "--limit", "3"])
            #expect(table.status == 0, "\(table)")
            #expect(table.stdoutLines.last == "3 events shown of \(all).", "\(table.stdout)")
            #expect(table.stdoutLines.count == 2 + 3 + 1, "\(table.stdout)")
            #expect(table.stderr == "")

            let one = try cli.run(["agreements", "--limit", "1"])
            let agreements = try cli.run(["agreements", "--format", "jsonl"]).stdoutLines.count
            #expect(one.stdoutLines.last == "1 event shown of \(agreements).", "\(one.stdout)")

            let enough = try cli.run(["timeline", "--limit", String(all)])
            #expect(enough.stdoutLines.last == "\(all) events.", "a limit that cuts nothing says nothing")
        }
    }

    @Test(arguments: ["jsonl", "csv", "json"])
    func otherFormatsSayItOnStandardError(format: String) throws {
        try withSampleData { cli in
            let all = try cli.exportedEvents().count
            let unlimited = try cli.run(["timeline", "--format", format])
            let cut = try cli.run(["timeline", "--format", format, "--limit", "2"])
            #expect(cut.status == 0, "\(cut)")
            #expect(cut.stderr == "2 events shown of \(all) (--limit 2).\n")
            switch format {
            case "jsonl":
                #expect(cut.stdoutLines == Array(unlimited.stdoutLines.prefix(2)))
            case "csv":
                #expect(cut.stdoutLines == Array(unlimited.stdoutLines.prefix(3)))
            default:
                let events = try JSONSerialization.jsonObject(with: Data(cut.stdout.utf8)) as? [[String: Any]]
                #expect(events?.count == 2)
            }
            let meetings = try cli.run(["meetings", "Maroc", "France", "--format", format, "--limit", "1"])
            let total = try cli.run(["meetings", "Maroc", "France", "--format", "jsonl"]).stdoutLines.count
            #expect(meetings.stderr == (total > 1 ? "1 event shown of \(total) (--limit 1).\n" : ""), "\(meetings)")
        }
    }

    /// Each command's help says what its --limit keeps.
    @Test(arguments: [
        ("meetings", "Show only the first n meetings in date order, and say how many there are in all."),
        ("agreements", "Show only the first n signings in date order, and say how many there are in all."),
        ("timeline", "Show only the first n events in date order, and say how many there are in all."),
        ("relations", "Show only the n partners with the most events."),
        ("actors", "Show only the n people with the most events."),
        ("search", "Show only the n documents that match best (20 unless given)."),
    ])
    func helpSaysWhatTheLimitLimits(command: String, help: String) throws {
        try withCLI { cli in
            let result = try cli.run([command, "--help"], withDB: false, environment: ["COLUMNS": "200"])
            #expect(result.status == 0, "\(result)")
            let line = result.stdoutLines.first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("--limit <n>") }
            #expect(line?.hasSuffix(help) == true, "\(result.stdout)")
            #expect(result.stdout.contains("--wide"), "\(command) --help does not offer --wide")
        }
    }
}
