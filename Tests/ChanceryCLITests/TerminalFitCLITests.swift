import Foundation
import Testing

/// Listings as a person reads them on a terminal of 80, 120 or 200 columns (`$COLUMNS`): every
/// line fits, and every event shows the names of its first two parties whole, in Arabic as in
/// French; `--wide`, and output to a pipe, print every cell whole.
@Suite("Tables that fit the terminal", .enabled(if: utf8Locale, "the C.UTF-8 locale is missing: wcwidth cannot be asked"))
struct TerminalFitCLITests {
    static let listings = [["timeline"], ["meetings", "Maroc", "France"], ["agreements"], ["timeline", "السنغال"]]

    /// The first two participants' names of each event a listing gives, from its JSON Lines.
    static func parties(of command: [String], in cli: CLI) throws -> [(id: Int, names: [String])] {
        let result = try cli.run(command + ["--format", "jsonl"])
        #expect(result.status == 0, "\(result)")
        return try result.stdoutLines.map { line in
            let event = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let participants = event["participants"] as? [[String: Any]] ?? []
            return (try #require(event["id"] as? Int), participants.prefix(2).compactMap { $0["name"] as? String })
        }
    }

    @Test(arguments: [80, 120, 200])
    func everyLineFitsAndBothPartiesAreNamed(columns: Int) throws {
        try withSampleData { cli in
            for command in Self.listings {
                let result = try cli.run(command, environment: ["COLUMNS": String(columns)])
                #expect(result.status == 0, "\(result)")
                for line in result.stdoutLines {
                    #expect(terminalCells(of: line) <= columns, "\(command) at \(columns): \(line.debugDescription)")
                    #expect(bidiControlsBalance(in: line), "\(line.debugDescription)")
                }
                let parties = try Self.parties(of: command, in: cli)
                #expect(!parties.isEmpty, "\(command) lists nothing")
                for (id, names) in parties {
                    #expect(result.stdoutLines.contains { $0.hasPrefix("\(id) ") }, "event \(id) is missing at \(columns):\n\(result.stdout)")
                    for name in names {
                        #expect(result.stdout.contains(name), "\(command) at \(columns) cuts \(name):\n\(result.stdout)")
                    }
                }
            }
            // Both scripts are there to be fitted.
            let timeline = try cli.run(["timeline"], environment: ["COLUMNS": String(columns)])
            for name in ["Jean-Noël Barrot", "ناصر بوريطة", "بدر عبد العاطي", "Yassine Fall"] {
                #expect(timeline.stdout.contains(name), "\(name) at \(columns):\n\(timeline.stdout)")
            }
        }
    }

    /// A narrow terminal leaves columns out, says which, and --wide shows them.
    @Test func aNarrowTableSaysWhatItLeftOut() throws {
        try withSampleData { cli in
            let narrow = try cli.run(["timeline"], environment: ["COLUMNS": "80"])
            let note = try #require(narrow.stdoutLines.dropLast().last)
            #expect(note.hasPrefix("Left out to fit 80 columns: ") && note.hasSuffix(" (--wide shows all)."), "\(narrow.stdout)")
            let leftOut = note.dropFirst("Left out to fit 80 columns: ".count).dropLast(" (--wide shows all).".count)
                .components(separatedBy: ", ")
            let header = try #require(narrow.stdoutLines.first).split(separator: " ").map(String.init)
            #expect(!leftOut.isEmpty)
            for column in leftOut { #expect(!header.contains(column), "\(column) is left out and shown") }
            #expect(header.contains("PARTICIPANTS") && header.contains("COUNTRIES"), "\(narrow.stdout)")

            let wide = try cli.run(["timeline", "--wide"], environment: ["COLUMNS": "80"])
            let wideHeader = try #require(wide.stdoutLines.first).split(separator: " ").map(String.init)
            #expect(wideHeader == ["ID", "DATE", "TYPE", "STATUS", "COUNTRIES", "PLACE", "WHAT", "PARTICIPANTS", "SOURCES"])
            #expect(wide.stdoutLines.last == narrow.stdoutLines.last, "the count line is the same")
        }
    }

    /// --wide prints every cell whole, as output to a pipe is: lines wider than the terminal.
    @Test func wideTablesAreWiderThanTheTerminal() throws {
        try withSampleData { cli in
            let piped = try cli.run(["timeline"])
            for columns in ["80", "120", "200"] {
                let wide = try cli.run(["timeline", "--wide"], environment: ["COLUMNS": columns])
                #expect(wide.stdout == piped.stdout)
                #expect(wide.stdoutLines.contains { terminalCells(of: $0) > Int(columns)! }, "at \(columns)")
            }
        }
    }

    /// Output to a pipe or a file, with no COLUMNS, is for another program: nothing is cut, and
    /// each participant keeps what the table says of them.
    @Test func pipedOutputIsNeverCut() throws {
        try withSampleData { cli in
            let piped = try cli.run(["timeline"])
            #expect(piped.status == 0)
            #expect(!piped.stdout.contains("; …") && !piped.stdout.contains("…\u{2069}"), "\(piped.stdout)")
            #expect(!piped.stdoutLines.contains { $0.hasPrefix("Left out") })
            let events = try cli.exportedEvents()
            for event in events {
                for participant in event["participants"] as? [[String: Any]] ?? [] {
                    let name = participant["name"] as? String ?? ""
                    let details = [participant["role"] as? String, participant["country"] as? String].compactMap { $0 }
                    let label = details.isEmpty ? name : "\(name) (\(details.joined(separator: ", ")))"
                    #expect(piped.stdout.contains(label), "\(label) is not whole:\n\(piped.stdout)")
                }
            }
            #expect(piped.stdoutLines.contains { terminalCells(of: $0) > 200 }, "SampleData's timeline is wider than 200 columns")
        }
    }

    /// The other tables fit too: people, partners and search hits.
    @Test(arguments: [80, 120])
    func recordTablesFit(columns: Int) throws {
        try withSampleData { cli in
            for command in [["actors"], ["relations", "Maroc"], ["search", "Bourita"], ["actor", "Bourita"]] {
                let result = try cli.run(command, environment: ["COLUMNS": String(columns)])
                #expect(result.status == 0, "\(result)")
                for line in result.stdoutLines where !line.hasPrefix("  aliases") && !line.hasPrefix("  roles") {
                    #expect(terminalCells(of: line) <= columns, "\(command) at \(columns): \(line.debugDescription)")
                }
            }
        }
    }
}
