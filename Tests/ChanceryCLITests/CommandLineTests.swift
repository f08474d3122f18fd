import Foundation
import Testing

/// The summary line `ingest` ends with, for any number of events; returns that number.
@discardableResult
func expectSummary(_ result: RunResult, read: Int, new: Int, known: Int, failed: Int,
                   sourceLocation: SourceLocation = #_sourceLocation) -> Int? {
    let prefix = "Read \(read) document\(read == 1 ? "" : "s"): \(new) new, \(known) already known, \(failed) failed; "
    guard let line = result.stdoutLines.last, line.hasPrefix(prefix),
          line.hasSuffix(" found.") || line.hasSuffix(", added as sources).") else {
        Issue.record("expected a summary line starting \(prefix.debugDescription)\n\(result)", sourceLocation: sourceLocation)
        return nil
    }
    var rest = line.dropFirst(prefix.count)
    rest = rest[..<(rest.range(of: " found")?.lowerBound ?? rest.endIndex)]
    let words = rest.split(separator: " ")
    guard words.count == 2, let events = Int(words[0]), words[1] == (events == 1 ? "event" : "events") else {
        Issue.record("malformed event count in summary line: \(line.debugDescription)", sourceLocation: sourceLocation)
        return nil
    }
    #expect(result.stdoutLines == [line], "ingest prints only its summary on standard output", sourceLocation: sourceLocation)
    return events
}

@Suite("The command line itself")
struct CommandLineTests {
    @Test func helpListsEveryCommand() throws {
        try withCLI { cli in
            // Wide enough that no abstract is wrapped onto a second line.
            let result = try cli.run(["--help"], withDB: false, environment: ["COLUMNS": "200"])
            #expect(result.status == 0, "\(result)")
            #expect(result.stdout.contains("USAGE: chancery <subcommand>"), "\(result)")
            let commands = [
                ("ingest", "Read articles and store the events they report."),
                ("meetings", "List the meetings and calls between two countries."),
                ("agreements", "List agreement signings in date order."),
                ("timeline", "List every event in date order, with its participants and sources."),
                ("show", "Show one event with its evidence and the documents that report it."),
                ("export", "Write events as JSON Lines, tidy tables or a network."),
            ]
            let lines = result.stdoutLines.map { $0.trimmingCharacters(in: .whitespaces) }
            for (name, abstract) in commands {
                #expect(lines.contains { $0.hasPrefix(name + " ") && $0.hasSuffix(abstract) },
                        "help does not list \(name) with its abstract:\n\(result.stdout)")
            }
        }
    }

    @Test func subcommandHelpEndsWithAnExample() throws {
        try withCLI { cli in
            for command in ["ingest", "meetings", "agreements", "timeline", "show", "export"] {
                let result = try cli.run([command, "--help"], withDB: false, environment: ["COLUMNS": "200"])
                #expect(result.status == 0, "\(command) --help: \(result)")
                #expect(result.stdout.contains("Example:"), "\(command) --help has no example")
                #expect(result.stdout.contains("chancery \(command)"), "\(command) --help has no example of itself")
            }
        }
    }

    @Test func version() throws {
        try withCLI { cli in
            let result = try cli.run(["--version"], withDB: false)
            #expect(result.status == 0)
            #expect(result.stdout == "0.1.0\n")
            #expect(result.stderr == "")
        }
    }

    @Test func unknownCountryIsAUsageError() throws {
        try withCLI { cli in
            let result = try cli.run(["meetings", "Atlantis", "Russia"])
            #expect(result.status == 64, "\(result)")
            #expect(result.stdout == "")
            #expect(result.stderrLines == [
                "Error: unknown country 'Atlantis'",
                "Hint: Give an ISO code (MA, MAR) or a name in Arabic, French or English, e.g. Morocco, Maroc, المغرب.",
            ])
        }
    }

    @Test func unknownCountryInTimelineAndAgreements() throws {
        try withCLI { cli in
            let timeline = try cli.run(["timeline", "Narnia"])
            #expect(timeline.status == 64)
            #expect(timeline.stderrLines.first == "Error: unknown country 'Narnia'")
            let agreements = try cli.run(["agreements", "--country", "Narnia"])
            #expect(agreements.status == 64)
            #expect(agreements.stderrLines.first == "Error: unknown country 'Narnia'")
        }
    }

    @Test func aQuestionWithoutADatabaseSaysSoAndCreatesNothing() throws {
        try withCLI { cli in
            let result = try cli.run(["meetings", "MA", "RU"])
            #expect(result.status == 64, "\(result)")
            #expect(result.stdout == "")
            #expect(result.stderrLines == [
                "Error: no database at \(cli.db)",
                "Hint: Ingest some articles first: chancery ingest --db \(cli.db) ARTICLES…",
            ])
            #expect(!FileManager.default.fileExists(atPath: cli.db))
            for command in [["agreements"], ["timeline"], ["export"], ["show", "1"]] {
                let other = try cli.run(command)
                #expect(other.status == 64, "\(command): \(other)")
                #expect(other.stderrLines.first == "Error: no database at \(cli.db)", "\(command)")
            }
        }
    }

    @Test func aFileThatIsNotADatabaseIsAnError() throws {
        try withCLI { cli in
            let junk = String(repeating: "not a database\n", count: 100)
            _ = try cli.write(junk, to: "chancery.sqlite")
            let result = try cli.run(["timeline"])
            #expect(result.status == 1, "\(result)")
            #expect(result.stderrLines.first?.hasPrefix("Error: cannot open the database \(cli.db)") == true, "\(result)")
            #expect(result.stderrLines.dropFirst().first?.hasPrefix("Hint: ") == true, "\(result)")
            #expect(try String(contentsOfFile: cli.db, encoding: .utf8) == junk)
        }
    }

    /// Zero or a negative number, written either way: the user is told what the limit must be,
    /// not that its value is missing (`-1` looks like an option).
    @Test(arguments: [["--limit", "0"], ["--limit", "-1"], ["--limit=-1"], ["--limit", "-20"]])
    func limitMustBePositive(limit: [String]) throws {
        try withCLI { cli in
            for command in [["timeline"], ["agreements"], ["search", "Bourita"], ["actors"]] {
                let result = try cli.run(command + limit)
                #expect(result.status == 64, "\(result)")
                #expect(result.stderrLines.first == "Error: --limit must be a positive number.", "\(result)")
            }
        }
    }

    @Test func badOptionValuesAreUsageErrors() throws {
        try withCLI { cli in
            for arguments in [
                ["timeline", "--since", "16/10/2025"],
                ["timeline", "--format", "xml"],
                ["timeline", "--since", "2025-11", "--until", "2025-10"],
                ["ingest", "--lang", "de", "x.txt"],
                ["ingest", "--published", "2025-10", "x.txt"],
                ["meetings", "MA"],
                ["frobnicate"],
            ] {
                let result = try cli.run(arguments, withDB: false)
                #expect(result.status == 64, "\(arguments): \(result)")
                #expect(result.stderr.hasPrefix("Error: "), "\(arguments): \(result)")
            }
        }
    }

    @Test func withoutDBTheEnvironmentVariableIsUsed() throws {
        try withCLI { cli in
            let text = "Plain text about nothing in particular."
            let ingest = try cli.run(["ingest", "--lang", "en", "-"], withDB: false, stdin: Data(text.utf8))
            #expect(ingest.status == 0, "\(ingest)")
            #expect(FileManager.default.fileExists(atPath: cli.environmentDB))
            #expect(!FileManager.default.fileExists(atPath: cli.db))
            let again = try cli.run(["ingest", "--lang", "en", "-"], withDB: false, stdin: Data(text.utf8))
            expectSummary(again, read: 1, new: 0, known: 1, failed: 0)
        }
    }

    @Test func withoutDBOrVariableTheDataHomeIsUsed() throws {
        try withCLI { cli in
            let ingest = try cli.run(["ingest", "--lang", "en", "-"], withDB: false,
                                     stdin: Data("Some text.".utf8), environment: ["CHANCERY_DB": ""])
            #expect(ingest.status == 0, "\(ingest)")
            #expect(FileManager.default.fileExists(atPath: cli.xdgDataHome + "/chancery/chancery.sqlite"))
            #expect(!FileManager.default.fileExists(atPath: cli.environmentDB))
        }
    }
}
