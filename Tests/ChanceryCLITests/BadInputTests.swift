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

    /// An article whose id, title, URL and text carry the sequences that set the window's title
    /// (ESC ] 0; … BEL) and clear the screen (ESC [2J), and a right-to-left override (U+202E).
    static let hostileArticle = #"{"id": "evil\u001b]0;pwned\u0007-\u202e1", "lang": "en", "published": "2025-06-10", "#
        + #""url": "https://example.org/\u001b]0;x\u0007", "title": "Talks \u001b[2J\u202ecba", "#
        + #""text": "Moroccan Foreign Minister Nasser Bourita met his Russian counterpart Sergei Lavrov in Moscow on Monday \u001b[2J\u202eto discuss cooperation."}"#
    static let shownID = #"evil\x1b]0;pwned\x07-\u202e1"#

    /// `show`, `search`, `timeline` and ingest's messages print those characters as escapes; no
    /// control character and no override reaches the terminal. JSON keeps the text exact.
    @Test func controlCharactersFromAnArticleArePrintedAsEscapes() throws {
        try withCLI { cli in
            let path = try cli.write(Self.hostileArticle + "\n", to: "hostile.jsonl")
            let first = try cli.run(["ingest", path])
            #expect(first.status == 0, "\(first)")
            expectSummary(first, read: 1, new: 1, known: 0, failed: 0)
            let again = try cli.run(["ingest", path])
            #expect(again.stderrLines == ["\(path):1: already stored as \(Self.shownID); not added again"])

            let show = try cli.run(["show", "1"])
            #expect(show.status == 0, "\(show)")
            #expect(show.stdoutLines.suffix(3) == [
                #"  [evil\x1b]0;pwned\x07-\u202e1] Talks \x1b[2J\u202ecba (2025-06-10)"#,
                #"    https://example.org/\x1b]0;x\x07"#,
                #"    «Moroccan Foreign Minister Nasser Bourita met his Russian counterpart Sergei Lavrov in Moscow on Monday \x1b[2J\u202eto discuss cooperation.» (characters 0–131)"#,
            ], "\(show)")

            let search = try cli.run(["search", "cooperation"])
            #expect(search.status == 0, "\(search)")
            #expect(tableRows(search) == [[
                Self.shownID, "2025-06-10", #"Talks \x1b[2J\u202ecba"#,
                #"…day \x1b[2J\u202eto discuss [cooperation]."#, "1 meeting MA–RU 2025-06-09",
            ]], "\(search)")

            let timeline = try cli.run(["timeline", "MA"])
            #expect(timeline.status == 0, "\(timeline)")
            #expect(tableRows(timeline).map { $0.last } == [Self.shownID], "\(timeline)")

            for result in [first, again, show, search, timeline] {
                let raw = (result.stdout + result.stderr).unicodeScalars.filter { scalar in
                    (scalar.value < 0x20 && scalar != "\n") || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{202E}"
                }
                #expect(raw.isEmpty, "controls reached the terminal: \(raw.map { String($0.value, radix: 16) })")
            }

            // Programs reading JSON get the text as stored.
            let json = try cli.run(["show", "1", "--format", "jsonl"])
            #expect(json.stdout.contains(#""document": "evil\u001b]0;pwned\u0007-\#u{202E}1""#), "\(json)")
        }
    }

    /// A directory given that holds no document is an error, not a silent success.
    @Test func aDirectoryWithNoDocumentIsReported() throws {
        try withCLI { cli in
            let folder = cli.folder + "/empty"
            try FileManager.default.createDirectory(atPath: folder + "/inner", withIntermediateDirectories: true)
            _ = try cli.write("# Notes", to: "empty/README.md")
            let result = try cli.run(["ingest", folder])
            #expect(result.status == 65, "\(result)")
            expectSummary(result, read: 0, new: 0, known: 0, failed: 1)
            #expect(result.stderrLines == [
                "\(folder): no .txt, .html, .htm, .json or .jsonl file in this directory",
                "Error: 1 input(s) could not be read; see the messages above",
            ])
        }
    }

    /// A link back to a directory above makes a loop: each directory is read once, and the
    /// article in it stored once.
    @Test func aLoopOfDirectoryLinksIsReadOnce() throws {
        try withCLI { cli in
            let folder = cli.folder + "/news"
            try FileManager.default.createDirectory(atPath: folder + "/deeper", withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: Paths.sampleArticles + "/sample-fr-03.json", toPath: folder + "/deeper/sample-fr-03.json")
            try FileManager.default.createSymbolicLink(atPath: folder + "/deeper/up", withDestinationPath: "..")
            let result = try cli.run(["ingest", folder])
            #expect(result.status == 0, "\(result)")
            #expect(result.stderr == "", "\(result)")
            expectSummary(result, read: 1, new: 1, known: 0, failed: 0)
        }
    }

    /// A directory that cannot be listed, a file under a directory that cannot be searched and a
    /// file that cannot be opened are each said to be denied, not missing.
    @Test(.enabled(if: CLI.droppingPrivileges != nil, "running as root without setpriv, permissions cannot be tried"))
    func unreadablePathsAreReportedAsPermissionDenied() throws {
        try withCLI { cli in
            let folder = cli.folder
            let manager = FileManager.default
            try manager.setAttributes([.posixPermissions: 0o777], ofItemAtPath: folder)
            for directory in ["/locked", "/unsearchable"] {
                try manager.createDirectory(atPath: folder + directory, withIntermediateDirectories: true)
            }
            _ = try cli.write("Talks in Rabat.", to: "locked/a.txt")
            _ = try cli.write("Talks in Paris.", to: "unsearchable/b.txt")
            _ = try cli.write("Talks in Dakar.", to: "secret.txt")
            try manager.setAttributes([.posixPermissions: 0o000], ofItemAtPath: folder + "/locked")
            try manager.setAttributes([.posixPermissions: 0o444], ofItemAtPath: folder + "/unsearchable")
            try manager.setAttributes([.posixPermissions: 0o000], ofItemAtPath: folder + "/secret.txt")
            defer {
                for directory in ["/locked", "/unsearchable"] {
                    try? manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder + directory)
                }
            }
            let result = try cli.run(["ingest", folder + "/locked", folder + "/locked/a.txt", folder + "/unsearchable", folder + "/secret.txt"],
                                     unprivileged: true)
            #expect(result.status == 65, "\(result)")
            expectSummary(result, read: 0, new: 0, known: 0, failed: 4)
            #expect(result.stderrLines == [
                "\(folder)/locked: cannot list this directory: permission denied",
                "\(folder)/locked/a.txt: permission denied",
                "\(folder)/unsearchable/b.txt: permission denied",
                "\(folder)/secret.txt: cannot open this file: permission denied",
                "Error: 4 input(s) could not be read; see the messages above",
            ])
        }
    }

    /// A database whose ledger records a migration its tables do not show: the SQLite error is one
    /// line, not the hundred lines of the migration that failed.
    @Test func anSQLiteErrorIsOneLine() throws {
        try withCLI { cli in
            let db = try Connection(path: cli.db)
            try db.execute("""
                CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT);
                INSERT INTO schema_migrations VALUES (1, 'create_core', '2025-01-01T00:00:00Z');
                """)
            let result = try cli.run(["stats"])
            #expect(result.status == 1, "\(result)")
            #expect(result.stderrLines.count == 1, "\(result)")
            #expect(result.stderrLines.first?.hasPrefix("Error: SQLite error 1 (SQL logic error): no such table: events in «ALTER TABLE events ") == true, "\(result)")
        }
    }
}
