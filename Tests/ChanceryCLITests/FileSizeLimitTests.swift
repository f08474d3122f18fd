import Foundation
import SQLiteDB
import Testing

/// The size a session lets a file grow to (`ulimit -f`): a write past it is refused with
/// SIGXFSZ, which would kill chancery without a word. It says so instead, and keeps what it stored.
@Suite("The file-size limit")
struct FileSizeLimitTests {
    /// An ingest into a new base under a 3 MB limit stops partway with one line naming the limit
    /// and how many new documents it stored, which are whole; the same command without the limit
    /// stores the rest. An export sent to a file under a 40 KB limit says its output is cut short.
    @Test func anIngestThatReachesTheLimitSaysSoAndTheSameCommandGoesOn() throws {
        try withCLI { cli in
            let articles = try LargeArticles()
            let count = 120
            let input = try cli.write((0..<count).map { articles.line(number: $0) }.joined(separator: "\n") + "\n", to: "large.jsonl")
            let blocks = 6000
            let limited = try cli.run(["ingest", input], through: CLI.limitingFileSize(toBlocks: blocks))
            #expect(limited.status == 1, "\(limited)")
            let summary = try #require(limited.stdoutLines.last, "\(limited)")
            let match = try #require(summary.firstMatch(of: /^Read (\d+) documents?: (\d+) new, 0 already known, 0 failed;/), "\(limited)")
            let stored = try #require(Int(match.2))
            #expect(match.1 == match.2)
            #expect(stored > 0 && stored < count, "\(limited)")
            #expect(limited.stderrLines == [
                "Error: writing to the database went past the file-size limit of this session (ulimit -f: \(blocks * 512) bytes); the \(stored) new document(s) read until then are stored, and running the same command again goes on from there",
                "Hint: Raise the limit (ulimit -f unlimited) and run the command again.",
            ])
            do {
                let db = try Connection(path: cli.db, readOnly: true)
                #expect(try db.rows("PRAGMA integrity_check").map { $0[0].string ?? "" } == ["ok"])
                #expect(try db.scalar("SELECT count(*) FROM documents").int == stored)
                for row in try db.rows("SELECT external_id, text FROM documents") {
                    let id = try #require(row[0].string)
                    let number = try #require(Int(id.dropFirst("large-".count)))
                    let line = articles.line(number: number)
                    let source = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                    #expect(row[1].string == source?["text"] as? String, "\(id) is not stored whole")
                }
            }

            let again = try cli.run(["ingest", input])
            #expect(again.status == 0, "\(again)")
            #expect(again.stdout.hasPrefix("Read \(count) documents: \(count - stored) new, \(stored) already known, 0 failed;"), "\(again)")

            let output = cli.folder + "/events.jsonl"
            let export = try cli.run(["export", "--format", "jsonl"],
                                     through: ["/bin/sh", "-c", "ulimit -f 80 && exec \"$0\" \"$@\" > \(output)"])
            #expect(export.status == 1, "\(export)")
            #expect(export.stderrLines == [
                "Error: a file reached the file-size limit of this session (ulimit -f: 40960 bytes), and what was written to it is cut short",
                "Hint: Raise the limit (ulimit -f unlimited) and run the command again.",
            ])
            let written = try FileManager.default.attributesOfItem(atPath: output)[.size] as? Int
            #expect(written == 40960)
        }
    }
}
