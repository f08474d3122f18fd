import Foundation
import SQLiteDB
import Testing

/// A database a user may read but not write (someone else's folder, a read-only disk): questions
/// are answered from it, and what cannot be done says why and what to do instead.
@Suite("A database in a place that cannot be written")
struct ReadOnlyPlaceTests {
    static let asAnotherUser: Testing.ConditionTrait = .enabled(
        if: CLI.droppingPrivileges != nil, "running as root without setpriv, permissions cannot be tried")

    /// SampleData's articles in `shelf/chancery.sqlite`, under a folder every user may enter.
    func shelvedBase(_ cli: CLI) throws -> String {
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: cli.folder)
        try FileManager.default.createDirectory(atPath: cli.folder + "/shelf", withIntermediateDirectories: true)
        let db = cli.folder + "/shelf/chancery.sqlite"
        let ingest = try cli.run(["ingest", "--db", db, Paths.sampleArticles], withDB: false)
        #expect(ingest.status == 0, "\(ingest)")
        return db
    }

    func lock(_ path: String, _ permissions: Int) throws {
        try FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: path)
    }

    /// `stats`, `timeline`, `search` and `show` print what they print to the owner, and leave
    /// nothing beside the file (SQLite could not make its `-shm` there: the file is read as immutable).
    @Test(asAnotherUser) func questionsAreAnsweredFromAFolderThatCannotBeWritten() throws {
        try withCLI { cli in
            let db = try shelvedBase(cli)
            let questions = [["stats"], ["timeline", "MA"], ["search", "Bourita"], ["show", "1"], ["meetings", "MA", "FR", "--format", "jsonl"]]
            let asOwner = try questions.map { try cli.run([$0[0], "--db", db] + $0.dropFirst(), withDB: false) }
            try lock(cli.folder + "/shelf", 0o555)
            defer { try? lock(cli.folder + "/shelf", 0o755) }
            for (question, owner) in zip(questions, asOwner) {
                #expect(owner.status == 0 && !owner.stdout.isEmpty, "\(question): \(owner)")
                let reader = try cli.run([question[0], "--db", db] + question.dropFirst(), withDB: false, unprivileged: true)
                #expect(reader.status == 0, "\(question): \(reader)")
                #expect(reader.stderr == "", "\(question): \(reader)")
                #expect(reader.stdout == owner.stdout, "\(question)")
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: cli.folder + "/shelf") == ["chancery.sqlite"])
        }
    }

    /// An ingest into a base in a folder the user may not write, or into a read-only file, is
    /// refused before reading anything, saying why; a new base cannot be made there either. The
    /// base is left as it was.
    @Test(asAnotherUser) func writingIsRefusedSayingWhy() throws {
        try withCLI { cli in
            let db = try shelvedBase(cli)
            let before = try Data(contentsOf: URL(fileURLWithPath: db))
            let article = Paths.sampleArticles + "/news.jsonl"
            try lock(cli.folder + "/shelf", 0o555)
            defer { try? lock(cli.folder + "/shelf", 0o755) }
            let ingest = try cli.run(["ingest", "--db", db, article], withDB: false, unprivileged: true)
            #expect(ingest.status == 1, "\(ingest)")
            #expect(ingest.stdout == "", "\(ingest)")
            #expect(ingest.stderrLines == [
                "Error: cannot write to the database \(db): you may not write in its folder \(cli.folder)/shelf",
                "Hint: Questions can still be asked of it; to add articles, copy it to a folder you may write and give that with --db.",
            ])
            let fresh = cli.folder + "/shelf/new.sqlite"
            let create = try cli.run(["ingest", "--db", fresh, article], withDB: false, unprivileged: true)
            #expect(create.status == 1, "\(create)")
            #expect(create.stderrLines == [
                "Error: cannot open the database \(fresh): it does not exist, and you may not write in its folder \(cli.folder)/shelf",
                "Hint: Check the path given with --db or $CHANCERY_DB.",
            ])

            // A folder anyone may write, and a file no one may.
            try lock(cli.folder + "/shelf", 0o777)
            try lock(db, 0o444)
            let readOnlyFile = try cli.run(["ingest", "--db", db, article], withDB: false, unprivileged: true)
            #expect(readOnlyFile.status == 1, "\(readOnlyFile)")
            #expect(readOnlyFile.stderrLines.first == "Error: cannot write to the database \(db): the file is read-only", "\(readOnlyFile)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
            #expect(!FileManager.default.fileExists(atPath: fresh))
        }
    }

    /// A log left beside the file by a writer that stopped without closing the base, and no
    /// shared memory: SQLite cannot read it without writing in the folder, and the message says
    /// so. Once the owner has run a command on it, others read it, the log's changes included.
    @Test(asAnotherUser) func aLeftLogIsNamedAndTheOwnerCanClearIt() throws {
        try withCLI { cli in
            let db = try shelvedBase(cli)
            let log = cli.folder + "/saved-wal"
            do {
                let writer = try Connection(path: db)
                try writer.execute("PRAGMA wal_autocheckpoint = 0")
                try writer.run("INSERT INTO documents (external_id, language, content_hash, text) VALUES (?, ?, ?, ?)",
                               ["left-in-the-log", "en", "0000", "Committed to the log only."])
                try FileManager.default.copyItem(atPath: db + "-wal", toPath: log)
            }
            // Closing the writer moved its log into the file: put the log back, as a killed writer leaves it.
            try FileManager.default.copyItem(atPath: log, toPath: db + "-wal")
            try? FileManager.default.removeItem(atPath: db + "-shm")
            try lock(cli.folder + "/shelf", 0o555)
            defer { try? lock(cli.folder + "/shelf", 0o755) }

            let stats = try cli.run(["stats", "--db", db, "--format", "jsonl"], withDB: false, unprivileged: true)
            #expect(stats.status == 1, "\(stats)")
            #expect(stats.stderrLines == [
                "Error: cannot read the database \(db): you may not write in its folder, and beside it lies a log of changes not yet in the file (\(db)-wal), which SQLite cannot read without writing there",
                "Hint: Run any chancery command on it once as a user who may write its folder, or copy it (with its -wal file) to a folder you may write.",
            ])
            let owner = try cli.run(["stats", "--db", db, "--format", "jsonl"], withDB: false)
            #expect(owner.stdout.hasPrefix("{\"documents\": 11, "), "\(owner)")
            let again = try cli.run(["stats", "--db", db, "--format", "jsonl"], withDB: false, unprivileged: true)
            #expect(again.status == 0, "\(again)")
            #expect(again.stdout == owner.stdout)
        }
    }

    /// A base made by an older Chancery would be upgraded by the first command to open it, which
    /// cannot be done where it lies; the message says which versions, and the base is untouched.
    @Test(asAnotherUser) func anOlderSchemaThatCannotBeUpgradedThereIsNamed() throws {
        try withCLI { cli in
            let db = try shelvedBase(cli)
            let latest = try FileManager.default.contentsOfDirectory(atPath: Paths.packageRoot.appendingPathComponent("Migrations").path)
                .filter { $0.hasSuffix(".sql") }.count
            do {
                let owner = try Connection(path: db)
                try owner.run("DELETE FROM schema_migrations WHERE version = ?", [latest])
            }
            let before = try Data(contentsOf: URL(fileURLWithPath: db))
            try lock(cli.folder + "/shelf", 0o555)
            defer { try? lock(cli.folder + "/shelf", 0o755) }
            let timeline = try cli.run(["timeline", "--db", db], withDB: false, unprivileged: true)
            #expect(timeline.status == 1, "\(timeline)")
            #expect(timeline.stderrLines.first == "Error: cannot read the database \(db): it was made by an older Chancery and needs upgrading (schema version \(latest - 1) to \(latest)), which cannot be done in a folder you may not write", "\(timeline)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
        }
    }
}
