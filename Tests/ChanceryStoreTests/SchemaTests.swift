import ChanceryCore
import Foundation
@testable import ChanceryStore
import SQLiteDB
import Testing

@Suite("Schema and migrations")
struct SchemaTests {
    /// The package's `Migrations/` folder, found from this file's place in the tree.
    static let migrationsFolder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()   // ChanceryStoreTests
        .deletingLastPathComponent()   // Tests
        .deletingLastPathComponent()   // package root
        .appendingPathComponent("Migrations")

    @Test func everyMigrationFileIsCompiledIn() throws {
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: Self.migrationsFolder.path)
            .filter { $0.hasSuffix(".sql") }
            .sorted()
        try #require(!onDisk.isEmpty, "no .sql files in \(Self.migrationsFolder.path)")
        #expect(SchemaMigrations.fileNames == onDisk,
                "the binary embeds \(SchemaMigrations.fileNames) but Migrations/ holds \(onDisk): rebuild, or check EmbedFilesPlugin")
        #expect(SchemaMigrations.all.count == onDisk.count, "a migration file name is not NNNN_name.sql")
    }

    @Test func compiledInMigrationsMatchTheFilesText() throws {
        for migration in SchemaMigrations.all {
            let name = String(format: "%04d_%@.sql", migration.version, migration.name)
            let text = try String(contentsOf: Self.migrationsFolder.appendingPathComponent(name), encoding: .utf8)
            // embed-files appends a newline inside its raw string literal.
            #expect(migration.sql.trimmingCharacters(in: .whitespacesAndNewlines)
                    == text.trimmingCharacters(in: .whitespacesAndNewlines),
                    "\(name) changed on disk since the build, or a landed migration was edited")
        }
    }

    @Test func migrationVersionsAreConsecutiveFromOne() {
        let versions = SchemaMigrations.all.map(\.version).sorted()
        #expect(versions == Array(1...versions.count))
    }

    @Test func aNewStoreRecordsEveryMigration() throws {
        try withStore { store, _ in
            let versions = try store.schemaVersions()
            #expect(versions == SchemaMigrations.all.map(\.version).sorted())
        }
    }

    @Test func reopeningAppliesNothingTwice() throws {
        try withStore { store, path in
            _ = try store.ingest(Fixture.document("ma-ru", "Moscow text"), events: [Fixture.moscowMeeting])
            let reopened = try Store(path: path)
            #expect(try reopened.schemaVersions() == SchemaMigrations.all.map(\.version).sorted())
            #expect(try count("events", in: reopened) == 1)
        }
    }

    @Test func aDatabaseFromANewerChanceryIsRefusedAndLeftUntouched() throws {
        try withTemporaryDirectory { folder in
            let path = folder + "/newer.sqlite"
            let known = SchemaMigrations.all.map(\.version).max() ?? 0
            do {
                let store = try Store(path: path)
                _ = try store.ingest(Fixture.document("ma-ru", "Moscow text"), events: [Fixture.moscowMeeting])
            }
            do {
                let db = try Connection(path: path)
                try db.run("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [known + 1, "from_the_future"])
                // Leave everything in the main file, so that its bytes say all there is.
                try db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            }
            let before = try Data(contentsOf: URL(fileURLWithPath: path))

            #expect {
                _ = try Store(path: path)
            } throws: { error in
                guard case StoreError.newerSchema(let errorPath, let databaseVersion, let knownVersion) = error else {
                    return false
                }
                return errorPath == path && databaseVersion == known + 1 && knownVersion == known
            }

            let after = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(after == before, "the refused database file was modified")
        }
    }

    /// The same with a database in rollback-journal mode (as `sqlite3` or another tool may leave it):
    /// refusing it must not switch it to write-ahead logging, which rewrites the file's header.
    @Test func aNewerDatabaseInRollbackModeIsLeftUntouched() throws {
        try withTemporaryDirectory { folder in
            let path = folder + "/newer-delete.sqlite"
            let known = SchemaMigrations.all.map(\.version).max() ?? 0
            do {
                let db = try Connection(path: path)
                try db.execute("PRAGMA journal_mode = DELETE")
                try db.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT)")
                // execute, not run: no cached statement, so this connection really closes.
                try db.execute("INSERT INTO schema_migrations (version, name) VALUES (\(known + 1), 'from_the_future')")
            }
            let before = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(throws: StoreError.self) { _ = try Store(path: path) }
            let after = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(after == before, "header bytes 18–19 were \(Array(before[18..<20])), now \(Array(after[18..<20]))")
        }
    }

    /// Releasing the store must close its connection: SQLite then checkpoints the log into the
    /// main file and removes `-wal`, so the database is one file again. A statement cache whose
    /// statements retain their connection would keep it open for ever.
    @Test func aReleasedStoreClosesItsDatabase() throws {
        try withTemporaryDirectory { folder in
            let path = folder + "/closed.sqlite"
            do {
                let store = try Store(path: path)
                try store.prepareForIngest()
                _ = try store.ingest(Fixture.document("ma-ru", "Moscow text"), events: [Fixture.moscowMeeting])
                _ = try store.meetings(between: "MA", and: "RU")
            }
            #expect(!FileManager.default.fileExists(atPath: path + "-wal"), "the store's connection was never closed")
        }
    }

    @Test func newerSchemaErrorSaysWhatHappened() {
        let error = StoreError.newerSchema(path: "/tmp/x.sqlite", databaseVersion: 7, knownVersion: 1)
        #expect(error.description.contains("/tmp/x.sqlite"))
        #expect(error.description.contains("7"))
        #expect(error.description.contains("left untouched"))
    }

    @Test func aFileThatIsNotADatabaseIsRefused() throws {
        try withTemporaryDirectory { folder in
            let path = folder + "/notes.sqlite"
            let junk = Data(String(repeating: "These are not the pages of an SQLite file.\n", count: 40).utf8)
            try junk.write(to: URL(fileURLWithPath: path))
            #expect {
                _ = try Store(path: path)
            } throws: { error in
                guard case StoreError.cannotOpen(let errorPath, _) = error else { return false }
                return errorPath == path
            }
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == junk)
        }
    }

    /// The plan of the query behind `filter`, one line a step.
    func plan(of filter: EventFilter, in store: Store) throws -> [String] {
        let (sql, parameters) = Store.selectSQL(for: filter)
        return try store.db.rows("EXPLAIN QUERY PLAN " + sql, parameters).map { $0["detail"].string ?? "" }
    }

    @Test func theMeetingsOfTwoCountriesAreReadFromTheirPairs() throws {
        try withStore { store, _ in
            try Fixture.populate(store)
            let plan = try plan(of: EventFilter(types: [.meeting], countries: ["MA", "RU"], since: date("2025"), limit: 10), in: store)
            let text = plan.joined(separator: "\n")
            // The pair first, even with a period: a pair has a few hundred events, a year tens of thousands.
            #expect(plan.first?.hasPrefix("SEARCH p USING PRIMARY KEY (country=? AND partner=?)") == true, "plan:\n\(text)")
            #expect(plan.contains { $0.hasPrefix("SEARCH e USING INTEGER PRIMARY KEY") }, "plan:\n\(text)")
            #expect(!plan.contains { $0.hasPrefix("SCAN") }, "plan:\n\(text)")
        }
    }

    @Test func aPeriodIsReadFromTheDateIndexBetweenTwoBounds() throws {
        try withStore { store, _ in
            try Fixture.populate(store)
            let plan = try plan(of: EventFilter(types: [.agreement], since: date("2025-01-01"), until: date("2025-12-31")), in: store)
            let text = plan.joined(separator: "\n")
            // Both bounds on date_first: the scan starts near the period, not at the first event.
            // The index holds every column a listing prints, in the order it prints them.
            #expect(plan.contains { $0.hasPrefix("SEARCH e USING COVERING INDEX events_by_type_date (type=? AND date_first>? AND date_first<?)") },
                    "plan:\n\(text)")
            #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "plan:\n\(text)")
            // The widest span is read off the top of its index.
            #expect(plan.contains { $0.hasPrefix("SEARCH events USING INDEX events_by_span") }, "plan:\n\(text)")
            #expect(!plan.contains { $0.hasPrefix("SCAN") }, "plan:\n\(text)")
        }
    }

    @Test func theViewsAreReadableWithPlainSQL() throws {
        try withStore { store, path in
            try Fixture.populate(store)
            let db = try Connection(path: path, readOnly: true)

            let overview = try db.rows(
                "SELECT type, status, date, countries, location, instrument, count, participants, source_count FROM event_overview WHERE type = 'agreement' AND countries = 'MA,RU'"
            )
            try #require(overview.count == 1)
            let mou = overview[0]
            #expect(mou["status"].string == "occurred")
            #expect(mou["date"].string == "2025-10-16")
            #expect(mou["location"].string == "Moscow")
            #expect(mou["instrument"].string == "mou")
            #expect(mou["count"].int == 1)
            #expect(mou["participants"].string == "ناصر بوريطة; سيرغي لافروف")
            #expect(mou["source_count"].int == 1)
            #expect(try db.scalar("SELECT count(*) FROM event_overview").int == 9)
            #expect(try db.scalar("SELECT organizations FROM event_overview WHERE countries = 'EG,JO'").string == "LAS")

            let sources = try db.rows(
                "SELECT document, url, title, published, evidence, start, \"end\" FROM event_sources ORDER BY event_id"
            )
            #expect(sources.count == 9)
            let first = try #require(sources.first)
            #expect(first["document"].string == "ma-ru")
            #expect(first["url"].string == "https://example.org/ma-ru")
            #expect(first["title"].string == "Title of ma-ru")
            #expect(first["published"].string == "2025-10-16")
            #expect(first["evidence"].string == Fixture.moscowMeeting.evidence?.text)
            #expect(first["start"].int == Fixture.moscowMeeting.evidence?.start)
            #expect(first["end"].int == Fixture.moscowMeeting.evidence?.end)

            let participants = try db.rows(
                "SELECT event_id, position, name, country, role, actor_id, actor_name FROM event_participants ORDER BY event_id, position"
            )
            #expect(participants.count == 9)
            #expect(participants.first?["name"].string == "ناصر بوريطة")
            #expect(participants.first?["role"].string == "foreign minister")
            #expect(participants.first?["actor_name"].string == "ناصر بوريطة")
            let bouritaActors = Set(participants.filter { $0["country"].string == "MA" }.compactMap { $0["actor_id"].int })
            #expect(bouritaActors.count == 1)
        }
    }

    @Test func countriesAreReadableWithPlainSQL() throws {
        try withStore { store, path in
            let db = try Connection(path: path, readOnly: true)
            let row = try #require(try db.rows("SELECT code, alpha3, name_en, name_fr, name_ar FROM countries WHERE code = 'RU'").first)
            #expect(row["alpha3"].string == "RUS")
            #expect(row["name_en"].string == "Russia")
            #expect(row["name_fr"].string == "Russie")
            #expect(row["name_ar"].string == "روسيا")
        }
    }

    /// A base made before migration 8 keeps every alias, in every script, once it is reopened,
    /// and `PRAGMA integrity_check` (which SQLite 3.40 fails on the old shape of the table) says ok.
    @Test func migrationEightRebuildsActorAliasesWithEveryRowAndPassesTheIntegrityCheck() throws {
        try withTemporaryDirectory { folder in
            let path = folder + "/before-8.sqlite"
            let aliases: [(actor: Int64, alias: String, folded: String)] = [
                (1, "ناصر بوريطة", "ناصر بوريطه"), (1, "Nasser Bourita", "nasser bourita"),
                (1, "Nasser Bourita", "bourita nasser"), (2, "Sergueï Lavrov", "serguei lavrov"),
            ]
            do {
                let db = try Connection(path: path)
                try Migrator(migrations: SchemaMigrations.all.filter { $0.version <= 7 }).migrate(db)
                try db.run("INSERT INTO actors (id, name, folded_name, country) VALUES (?, ?, ?, ?)", [1, "ناصر بوريطة", "ناصر بوريطه", "MA"])
                try db.run("INSERT INTO actors (id, name, folded_name, country) VALUES (?, ?, ?, ?)", [2, "Sergueï Lavrov", "serguei lavrov", "RU"])
                for row in aliases {
                    try db.run("INSERT INTO actor_aliases (actor_id, alias, folded_alias) VALUES (?, ?, ?)", [row.actor, row.alias, row.folded])
                }
            }
            let store = try Store(path: path)
            #expect(try store.schemaVersions().contains(8))
            let stored = try store.db.rows("SELECT actor_id, alias, folded_alias FROM actor_aliases ORDER BY folded_alias, actor_id")
                .map { "\($0[0].int ?? -1) \($0[1].string ?? "") \($0[2].string ?? "")" }
            let expected = aliases.sorted { ($0.folded, $0.actor) < ($1.folded, $1.actor) }.map { "\($0.actor) \($0.alias) \($0.folded)" }
            #expect(stored == expected)
            #expect(try store.db.rows("PRAGMA integrity_check").map { $0[0].string ?? "" } == ["ok"])
            #expect(try store.db.rows("PRAGMA foreign_key_check").isEmpty)
            // Still keyed and indexed for both lookups: by name, and by person.
            let byName = try store.db.rows("EXPLAIN QUERY PLAN " + KnowledgeSQL.actorsByAliasPrefix, ["bourita", "bouritb"]).map { $0["detail"].string ?? "" }
            #expect(byName.contains { $0.hasPrefix("SEARCH actor_aliases USING PRIMARY KEY (folded_alias>? AND folded_alias<?)") }, "plan: \(byName)")
            let byActor = try store.db.rows("EXPLAIN QUERY PLAN " + KnowledgeSQL.actorAliases, [1]).map { $0["detail"].string ?? "" }
            #expect(byActor.contains { $0.contains("actor_aliases_by_actor") }, "plan: \(byActor)")
        }
    }
}
