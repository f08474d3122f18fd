import Foundation
import Testing

/// A long ingest keeps one line up to date on the terminal, on standard error: how far it is,
/// documents, events, rate, time taken and time left; erased when it ends, so that the summary
/// on standard output reads as always. Nothing of it reaches a file, nor a terminal with --quiet.
@Suite("Progress of an ingest")
struct IngestProgressCLITests {
    /// 160 documents: SampleData's articles, each twenty times under its own id and with a line
    /// of its own, so that each is new; long enough to ingest for a progress line to be drawn.
    static func documents(in cli: CLI) throws -> String {
        let articles = try String(contentsOfFile: Paths.sampleArticles + "/news.jsonl", encoding: .utf8)
            .split(separator: "\n").map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        var lines: [String] = []
        for copy in 1...20 {
            for var article in articles {
                article["id"] = "\(article["id"] as? String ?? "")-\(copy)"
                article["text"] = (article["text"] as? String ?? "") + "\n\nRef. \(copy)."
                lines.append(String(decoding: try JSONSerialization.data(withJSONObject: article), as: UTF8.self))
            }
        }
        return try cli.write(lines.joined(separator: "\n") + "\n", to: "many.jsonl")
    }

    /// The lines drawn: what comes after each carriage return and erase.
    static func drawnLines(_ terminal: String) -> [String] {
        terminal.components(separatedBy: "\r\u{1B}[K").filter { !$0.isEmpty }
    }

    @Test func aTerminalSeesOneLineUpdatedInPlace() throws {
        try withCLI { cli in
            let input = try Self.documents(in: cli)
            let run = try cli.runWithTerminalStandardError(["ingest", input], columns: 100)
            #expect(run.status == 0, "\(run.terminal.debugDescription)")
            #expect(run.stdout.hasPrefix("Read 160 documents: 160 new, 0 already known, 0 failed; "), "the summary stays as it was: \(run.stdout)")
            #expect(run.stdout.split(separator: "\n").count == 1)

            let lines = Self.drawnLines(run.terminal)
            #expect(!lines.isEmpty, "no progress in \(run.seconds) s: \(run.terminal.debugDescription)")
            #expect(!run.terminal.contains("\n"), "the line never scrolls: \(run.terminal.debugDescription)")
            #expect(run.terminal.hasSuffix("\r\u{1B}[K"), "the line is erased at the end: \(run.terminal.debugDescription)")
            // A few a second at most: one every quarter of a second, the first after 0.4 s.
            #expect(Double(lines.count) <= run.seconds * 4 + 1, "\(lines.count) lines in \(run.seconds) s")
            var documentsBefore = 0
            for line in lines {
                let parts = line.components(separatedBy: " · ")
                #expect(parts.count == 6, "\(line)")
                guard parts.count == 6 else { continue }
                let percent = try #require(Int(parts[0].dropLast()), "\(line)")
                #expect(parts[0].hasSuffix("%") && (0...100).contains(percent), "\(line)")
                let documents = try #require(Int(parts[1].replacing(",", with: "").split(separator: " ")[0]), "\(line)")
                #expect(parts[1].hasSuffix(" documents") || parts[1] == "1 document", "\(line)")
                #expect(documents >= documentsBefore && documents <= 160, "\(line)")
                documentsBefore = documents
                #expect(parts[2].hasSuffix(" events") || parts[2].hasSuffix(" event"), "\(line)")
                #expect(parts[3].hasSuffix("/s"), "\(line)")
                #expect(parts[4].wholeMatch(of: /\d+:\d\d elapsed/) != nil, "\(line)")
                #expect(parts[5].wholeMatch(of: /\d+:\d\d left/) != nil, "\(line)")
                #expect(line.count < 100, "the line fits the terminal: \(line)")
            }
        }
    }

    /// Read from standard input, whose size is not known, the line has no share done and no time left.
    @Test func withoutATotalThereIsNoTimeLeft() throws {
        try withCLI { cli in
            let input = try Self.documents(in: cli)
            let run = try cli.runWithTerminalStandardError(["ingest", "-"], stdinPath: input)
            #expect(run.status == 0, "\(run.terminal.debugDescription)")
            let lines = Self.drawnLines(run.terminal)
            #expect(!lines.isEmpty, "no progress in \(run.seconds) s")
            for line in lines {
                #expect(line.components(separatedBy: " · ").count == 4, "\(line)")
                #expect(line.contains(" elapsed") && !line.contains("left") && !line.contains("%"), "\(line)")
            }
        }
    }

    @Test func quietDrawsNothing() throws {
        try withCLI { cli in
            let input = try Self.documents(in: cli)
            let run = try cli.runWithTerminalStandardError(["ingest", "--quiet", input])
            #expect(run.status == 0)
            #expect(run.terminal == "", "\(run.terminal.debugDescription)")
            #expect(run.stdout.hasPrefix("Read 160 documents: 160 new"))
        }
    }

    /// Standard error to a file, as in a script or a log: no progress in it.
    @Test func aFileGetsNoProgress() throws {
        try withCLI { cli in
            let input = try Self.documents(in: cli)
            let result = try cli.run(["ingest", input])
            #expect(result.status == 0, "\(result)")
            #expect(result.stderr == "", "\(result.stderr.debugDescription)")
            #expect(result.stdoutLines.count == 1)
        }
    }
}
