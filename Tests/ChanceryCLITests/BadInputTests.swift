import ChanceryCore
import Foundation
import SQLiteDB
import Testing

/// Input a careful user or an attacker might give: each is stored whole or refused with a
/// one-line message, never half-stored in silence.
@Suite("Bad input")
struct BadInputTests {
    static let meeting = "Moroccan Foreign Minister Nasser Bourita met his Russian counterpart Sergei Lavrov in Moscow on Monday to discuss cooperation."

    /// A U+0000 in the text (a NUL byte in a .txt, `\u0000` in JSON Lines) is kept: the stored text
    /// is the whole text, its hash is the hash of that text, search finds the word after the NUL
    /// and the evidence offsets point at the evidence.
    @Test(arguments: ["txt", "jsonl"])
    func aDocumentHoldingANULIsStoredWhole(kind: String) throws {
        try withCLI { cli in
            let text = "Header\u{0}quokka line. " + Self.meeting
            let path: String
            var arguments = ["ingest"]
            if kind == "txt" {
                path = try cli.write(text, to: "nul.txt")
                arguments += ["--lang", "en", "--published", "2025-06-10", "--id", "nul-doc"]
            } else {
                let line = #"{"id": "nul-doc", "lang": "en", "published": "2025-06-10", "text": "Header\u0000quokka line. "#
                    + Self.meeting + "\"}\n"
                path = try cli.write(line, to: "nul.jsonl")
            }
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)).contains(kind == "txt" ? 0 : UInt8(ascii: "\\")))
            let ingest = try cli.run(arguments + [path])
            #expect(ingest.status == 0, "\(ingest)")
            expectSummary(ingest, read: 1, new: 1, known: 0, failed: 0)

            let stored = try Connection(path: cli.db, readOnly: true)
            let row = try #require(try stored.rows("SELECT text, length(CAST(text AS BLOB)), content_hash FROM documents").first)
            #expect(row[0] == .text(text))
            #expect(row[1].int == text.utf8.count)
            #expect(row[2].string == SHA256.hex(of: text))

            let search = try cli.run(["search", "quokka", "--format", "jsonl"])
            #expect(search.status == 0, "\(search)")
            #expect(search.stdoutLines.count == 1, "\(search)")
            #expect(search.stdout.hasPrefix(#"{"document": "nul-doc""#), "\(search)")

            let events = try cli.exportedEvents()
            #expect(events.count == 1)
            let source = try #require((events.first?["sources"] as? [[String: Any]])?.first)
            let start = try #require(source["start"] as? Int), end = try #require(source["end"] as? Int)
            let scalars = Array(text.unicodeScalars)
            #expect(source["evidence"] as? String == Self.meeting)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == Self.meeting)
        }
    }
}
