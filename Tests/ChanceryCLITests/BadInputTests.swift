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

/// One kind of malformed input a user meets: the files given to `ingest`, and what they see.
struct BadInput: Sendable, CustomTestStringConvertible {
    let name: String
    /// Files written into the test's folder, by name.
    var files: [(name: String, bytes: [UInt8])]
    /// Names of the folder's paths given to `ingest`, in order: the files by default.
    var given: [String]? = nil
    var options: [String] = []
    let status: Int32
    /// Standard error, each line with `{}` for the test's folder.
    let messages: [String]
    /// The summary's read, new, already known and failed counts.
    let counts: (read: Int, new: Int, known: Int, failed: Int)
    /// The documents it stores, by id, with their texts as they must be stored.
    var stores: [String: String] = [:]
    /// Sets up what cannot be written as bytes (links, a sparse file), given the folder.
    var prepare: (@Sendable (String) throws -> Void)? = nil

    var testDescription: String { name }

    static let message = BadInputTests.meeting
    static let good = #"{"id": "good", "lang": "en", "published": "2025-06-10", "text": "\#(message)"}"#
    static let goodToo = #"{"id": "good-too", "lang": "en", "published": "2025-06-11", "text": "Ministers met in Rabat on Tuesday."}"#

    /// A JSON Lines file: the good document, `line`, then the second good one.
    static func between(_ name: String, _ line: String, _ reason: String, file: String = "input.jsonl") -> BadInput {
        BadInput(name: name, files: [(file, Array("\(good)\n\(line)\n\(goodToo)\n".utf8))], status: 65,
                 messages: ["{}/\(file):2: \(reason)", "Error: 1 input(s) could not be read; see the messages above"],
                 counts: (2, 2, 0, 1), stores: ["good": message, "good-too": "Ministers met in Rabat on Tuesday."])
    }

    /// One file that is refused whole.
    static func refused(_ name: String, _ file: String, _ bytes: [UInt8], _ reason: String) -> BadInput {
        BadInput(name: name, files: [(file, bytes)], status: 65,
                 messages: ["{}/\(file): \(reason)", "Error: 1 input(s) could not be read; see the messages above"],
                 counts: (0, 0, 0, 1))
    }

    static let notUTF8 = "not valid UTF-8 text"
    static let utf16 = "the file is UTF-16 text; Chancery reads UTF-8 (convert it with iconv -f UTF-16 -t UTF-8)"
    static let mustBeDate = "\"published\" must be a date YYYY-MM-DD"

    static func utf16(_ text: String, bigEndian: Bool = false) -> [UInt8] {
        let units = Array(text.utf16)
        return (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) + units.flatMap { unit in
            bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
    }

    static let all: [BadInput] = [
        // Empty and blank files.
        refused("an empty JSON Lines file", "empty.jsonl", [], "the file holds no document"),
        refused("a JSON Lines file of blank lines", "blank.jsonl", Array("\n  \r\n\t\n".utf8), "the file holds no document"),
        refused("an empty text file", "empty.txt", [], "the document has no text"),
        refused("a text file of white space", "blank.txt", Array(" \n\t\r\n".utf8), "the document has no text"),
        refused("a text file holding only a byte-order mark", "bom.txt", [0xEF, 0xBB, 0xBF], "the document has no text"),
        refused("an empty .json file", "empty.json", [], "not valid JSON"),
        refused("a page with no body", "head.html", Array("<html><head><title>Talks</title><script>var x = 1;</script></head><body></body></html>".utf8),
                "the page has no text"),
        refused("a page that is one unclosed comment", "comment.html", Array("<html><body><!-- Talks in Rabat on Monday".utf8), "the page has no text"),

        // Byte-order marks and line ends that are fine.
        BadInput(name: "a byte-order mark before the first line", files: [("bom.jsonl", [0xEF, 0xBB, 0xBF] + Array("\(good)\n".utf8))],
                 status: 0, messages: [], counts: (1, 1, 0, 0), stores: ["good": message]),
        BadInput(name: "CRLF line ends", files: [("crlf.jsonl", Array("\(good)\r\n\(goodToo)\r\n".utf8))],
                 status: 0, messages: [], counts: (2, 2, 0, 0), stores: ["good": message, "good-too": "Ministers met in Rabat on Tuesday."]),
        BadInput(name: "a text file with a byte-order mark and CRLF", files: [("windows.txt", [0xEF, 0xBB, 0xBF] + Array("Talks.\r\n\(message)\r\n".utf8))],
                 options: ["--lang", "en"], status: 0, messages: [], counts: (1, 1, 0, 0), stores: ["windows": "Talks.\r\n\(message)\r\n"]),

        // Encodings that are not UTF-8.
        refused("a UTF-16 text file", "utf16.txt", utf16(message), utf16),
        refused("a UTF-16 JSON Lines file", "utf16.jsonl", utf16(good + "\n" + goodToo + "\n"), utf16),
        refused("a big-endian UTF-16 .json file", "utf16.json", utf16(good, bigEndian: true), utf16),
        refused("a Latin-1 text file", "latin1.txt", Array("Le ministre a reçu".utf8.prefix(15)) + [0xE7] + Array("u son homologue.".utf8), notUTF8),
        between("a Latin-1 line among UTF-8 ones", #"{"text": "caf"# + "\u{E9}\"}", "not valid UTF-8 (a bad byte at column 14)")
            .replacingLine(with: Array(#"{"text": "caf"#.utf8) + [0xE9] + Array("\"}".utf8)),
        refused("a Latin-1 .json file", "latin1.json", Array(#"{"text": "r"#.utf8) + [0xE9] + Array("union\"}".utf8),
                notUTF8),
        refused("a binary file named .txt", "image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0xFF, 0xD8], notUTF8),

        // Lines that are not one JSON object.
        between("a raw NUL byte between fields", "{\"text\": \"x\",\u{0} \"id\": \"n\"}", "not valid JSON"),
        between("a raw tab inside a string", "{\"text\": \"a\tb\"}", "not valid JSON"),
        between("two objects on one line", #"{"text": "a"} {"text": "b"}"#, "not valid JSON"),
        between("two objects on one line split by a lone CR", "{\"text\": \"a\"}\r{\"text\": \"b\"}", "not valid JSON"),
        between("a string where an object should be", #""Ministers met in Rabat.""#, "not valid JSON"),
        between("an array of documents on one line", #"[{"text": "a"}, {"text": "b"}]"#, "expected a JSON object with a \"text\" field"),
        between("a lone surrogate escape", #"{"text": "\ud800 talks"}"#, "not valid JSON"),
        between("an object nested past the parser's depth", #"{"text": "x", "more": "# + String(repeating: "[", count: 600) + String(repeating: "]", count: 600) + "}",
                "not valid JSON: nested 601 levels deep, more than the 512 Chancery reads"),
        BadInput(name: "an object written over several lines", files: [("pretty.jsonl", Array("{\n  \"text\": \"Talks.\"\n}\n".utf8))], status: 65,
                 messages: ["{}/pretty.jsonl:1: not valid JSON", "{}/pretty.jsonl:2: not valid JSON", "{}/pretty.jsonl:3: not valid JSON",
                            "Error: 3 input(s) could not be read; see the messages above"], counts: (0, 0, 0, 3)),
        refused("a .json file holding an array of documents", "many.json", Array("[\(good), \(goodToo)]".utf8), "expected a JSON object with a \"text\" field"),
        refused("a .json file holding two objects", "two.json", Array("\(good)\n\(goodToo)\n".utf8), "not valid JSON"),
        BadInput(name: "a .json file written over several lines", files: [("pretty.json", Array("{\n  \"id\": \"pretty\",\n  \"text\": \"\(message)\"\n}\n".utf8))],
                 status: 0, messages: [], counts: (1, 1, 0, 0), stores: ["pretty": message]),

        // Fields of the wrong kind.
        between("a text that is null", #"{"text": null}"#, "\"text\" must be a string"),
        between("a text that is an array", #"{"text": ["Talks."]}"#, "\"text\" must be a string"),
        between("an id that is an object", #"{"id": {"n": 1}, "text": "Talks."}"#, "\"id\" must be a string"),
        between("a date that is a number", #"{"published": 20250610, "text": "Talks."}"#, mustBeDate),
        between("a language that is a number", #"{"lang": 7, "text": "Talks."}"#, "\"lang\" must be a string"),
        between("an empty language", #"{"lang": "", "text": "Talks."}"#, "\"lang\" must be ar, fr or en, not \"\""),

        // Dates that are not days.
        between("the 30th of February", #"{"published": "2025-02-30", "text": "Talks."}"#, mustBeDate + ", not \"2025-02-30\""),
        between("a 13th month", #"{"published": "2025-13-01", "text": "Talks."}"#, mustBeDate + ", not \"2025-13-01\""),
        between("a two-digit year", #"{"published": "25-06-10", "text": "Talks."}"#, mustBeDate + ", not \"25-06-10\""),
        between("a month without a day", #"{"published": "2025-06", "text": "Talks."}"#, mustBeDate + ", not \"2025-06\""),
        BadInput(name: "a timestamp, whose day is taken", files: [("stamp.jsonl", Array(#"{"id": "stamp", "published": "2025-06-10T09:30:00Z", "text": "\#(message)"}"#.utf8))],
                 status: 0, messages: [], counts: (1, 1, 0, 0), stores: ["stamp": message]),

        // Documents too large to read.
        between("a line of 9 MB", #"{"text": ""# + String(repeating: "x", count: (9 << 20) - 12) + "\"}",
                "the line is 9 MB, more than the 8 MB a document may have; split it into smaller documents"),
        BadInput(name: "a text file of 200 MB", files: [], status: 65,
                 messages: ["{}/huge.txt: the file is 200 MB, more than the 8 MB a document may have; split it into smaller documents",
                            "Error: 1 input(s) could not be read; see the messages above"],
                 counts: (0, 0, 0, 1), prepare: { folder in
                     // Sparse: it takes no room on the disk, and is refused before a byte of it is read.
                     FileManager.default.createFile(atPath: folder + "/huge.txt", contents: nil)
                     let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/huge.txt"))
                     try handle.truncate(atOffset: 200 << 20)
                     try handle.close()
                 }).givingOnly(["huge.txt"]),

        // Paths that are not documents.
        refused("a file without an extension", "README", Array("Talks in Rabat.".utf8), "unsupported file type; expected .txt, .html, .htm, .json or .jsonl"),
        BadInput(name: "a link to itself", files: [], status: 65,
                 messages: ["{}/self.txt: too many levels of symbolic links", "Error: 1 input(s) could not be read; see the messages above"],
                 counts: (0, 0, 0, 1), prepare: { folder in
                     try FileManager.default.createSymbolicLink(atPath: folder + "/self.txt", withDestinationPath: folder + "/self.txt")
                 }).givingOnly(["self.txt"]),
        BadInput(name: "a link to nothing", files: [], status: 65,
                 messages: ["{}/gone.txt: no such file or directory", "Error: 1 input(s) could not be read; see the messages above"],
                 counts: (0, 0, 0, 1), prepare: { folder in
                     try FileManager.default.createSymbolicLink(atPath: folder + "/gone.txt", withDestinationPath: folder + "/nowhere.txt")
                 }).givingOnly(["gone.txt"]),
        BadInput(name: "a file taken for a directory", files: [("notes.txt", Array("Talks.".utf8))], status: 65,
                 messages: ["{}/notes.txt/a.txt: not a directory", "Error: 1 input(s) could not be read; see the messages above"],
                 counts: (0, 0, 0, 1)).givingOnly(["notes.txt/a.txt"]),

        // The same id twice.
        BadInput(name: "one id for two texts in one file", files: [("twice.jsonl", Array((good + "\n" + good.replacingOccurrences(of: "Monday", with: "Friday") + "\n").utf8))],
                 status: 65, messages: ["{}/twice.jsonl:2: a different document with the id good is already stored",
                                        "Error: 1 input(s) could not be read; see the messages above"],
                 counts: (2, 1, 0, 1), stores: ["good": message]),
        BadInput(name: "one document twice in one file", files: [("again.jsonl", Array((good + "\n" + good + "\n").utf8))],
                 status: 0, messages: ["{}/again.jsonl:2: already stored as good; not added again"],
                 counts: (2, 1, 1, 0), stores: ["good": message]),
    ]

    func givingOnly(_ names: [String]) -> BadInput {
        var copy = self
        copy.given = names
        return copy
    }

    /// The same case with its middle line given as raw bytes (for bytes that are not UTF-8).
    func replacingLine(with bytes: [UInt8]) -> BadInput {
        var copy = self
        copy.files = [(files[0].name, Array("\(Self.good)\n".utf8) + bytes + Array("\n\(Self.goodToo)\n".utf8))]
        return copy
    }
}

extension BadInputTests {
    /// What the base holds: each document's id, content hash and text, and the export.
    struct Snapshot: Equatable {
        var documents: [String: [String]]
        var export: String
    }

    func snapshot(_ cli: CLI) throws -> Snapshot {
        let db = try Connection(path: cli.db, readOnly: true)
        var documents: [String: [String]] = [:]
        for row in try db.rows("SELECT external_id, content_hash, text FROM documents") {
            documents[row[0].string ?? ""] = [row[1].string ?? "", row[2].string ?? ""]
        }
        #expect(try db.rows("PRAGMA integrity_check").map { $0[0].string ?? "" } == ["ok"])
        #expect(try db.scalar("SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE s.event_id = e.id)").int == 0)
        return Snapshot(documents: documents, export: try cli.run(["export", "--format", "jsonl"]).stdout)
    }

    /// Each kind of malformed input: `ingest` prints one `file[:line]: reason` line for each input
    /// it cannot read, stores the rest whole, and exits 65 (0 when all was read); the article
    /// stored before is still there, unchanged, and so is the export when nothing was added.
    @Test(arguments: BadInput.all)
    func aMalformedInputIsNamedWithItsReasonAndNothingStoredIsLost(_ input: BadInput) throws {
        try withCLI { cli in
            #expect(try cli.run(["ingest", Paths.sampleArticles + "/sample-fr-03.json"]).status == 0)
            let before = try snapshot(cli)
            for file in input.files {
                FileManager.default.createFile(atPath: cli.folder + "/" + file.name, contents: Data(file.bytes))
            }
            try input.prepare?(cli.folder)
            let paths = (input.given ?? input.files.map(\.name)).map { cli.folder + "/" + $0 }
            let result = try cli.run(["ingest"] + input.options + paths)
            #expect(result.status == input.status, "\(result)")
            #expect(result.stderrLines == input.messages.map { $0.replacingOccurrences(of: "{}", with: cli.folder) }, "\(result)")
            expectSummary(result, read: input.counts.read, new: input.counts.new, known: input.counts.known, failed: input.counts.failed)

            let after = try snapshot(cli)
            for (id, stored) in before.documents { #expect(after.documents[id] == stored, "\(id) was lost or changed") }
            #expect(Set(after.documents.keys) == Set(before.documents.keys).union(input.stores.keys))
            for (id, text) in input.stores {
                #expect(after.documents[id]?.last == text, "\(id) is not stored whole")
                #expect(after.documents[id]?.first == SHA256.hex(of: text))
            }
            if input.stores.isEmpty { #expect(after.export == before.export) }
        }
    }
}
