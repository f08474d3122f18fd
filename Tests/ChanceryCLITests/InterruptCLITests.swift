import Foundation
import Testing

/// Ctrl-C during a long ingest: what was finished is kept, the rest can be picked up later.
@Suite struct InterruptCLITests {
    @Test func anInterruptedIngestKeepsTheDocumentsItFinishedAndExits130() throws {
        try withCLI { cli in
            // Far more documents than can be read in the second before the interrupt.
            var lines = ""
            for number in 1...30_000 {
                lines += #"{"id": "note-\#(number)", "lang": "en", "published": "2025-05-0\#(number % 9 + 1)", "text": "Note \#(number): the foreign ministers of Ghana and Togo held talks in Accra on Tuesday."}"# + "\n"
            }
            let path = try cli.write(lines, to: "notes.jsonl")
            // Interrupted once some documents are stored, however fast this machine reads them.
            let result = try cli.run(["ingest", path], interruptWhen: {
                guard let stats = try? cli.run(["stats", "--format", "json"]).stdout,
                      let range = stats.range(of: #""documents": [0-9]+"#, options: .regularExpression) else { return false }
                return Int(stats[range].split(separator: " ").last ?? "0") ?? 0 > 0
            })

            #expect(result.status == 130, "\(result)")
            #expect(result.stderrLines.first?.hasPrefix("Error: interrupted; the ") == true, "\(result)")
            let summary = try #require(result.stdoutLines.last)
            let words = summary.split(separator: " ")
            let stored = try #require(words.firstIndex(of: "new,").flatMap { Int(words[$0 - 1]) }, "\(summary)")
            #expect(stored > 0 && stored < 30_000, "\(summary)")

            let stats = try cli.run(["stats", "--format", "json"])
            #expect(stats.stdout.contains("\"documents\": \(stored),"), "\(stats)")
        }
    }
}
