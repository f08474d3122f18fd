import Testing
@testable import SQLiteDB

/// Migrations that rebuild a table: foreign keys off while they run, checked before the commit.
@Suite struct MigratorRebuildTests {
    /// A parent table and a child whose rows go with their parent's (`ON DELETE CASCADE`).
    let base = [
        Migrator.Migration(version: 1, name: "create", sql: """
            CREATE TABLE kinds (kind TEXT PRIMARY KEY);
            CREATE TABLE items (id INTEGER PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('a', 'b')));
            CREATE TABLE notes (item_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE, note TEXT);
            INSERT INTO items (id, kind) VALUES (1, 'a'), (2, 'b');
            INSERT INTO notes (item_id, note) VALUES (1, 'first'), (2, 'second');
            """),
    ]

    /// `items` rebuilt with its kind a reference to `kinds` instead of a CHECK list.
    func rebuild(_ extra: String = "") -> Migrator.Migration {
        Migrator.Migration(version: 2, name: "rebuild", sql: """
            \(Migrator.Migration.rebuildsTablesDirective)
            INSERT INTO kinds (kind) VALUES ('a'), ('b');
            CREATE TABLE items_rebuilt (id INTEGER PRIMARY KEY, kind TEXT NOT NULL REFERENCES kinds (kind));
            INSERT INTO items_rebuilt (id, kind) SELECT id, kind FROM items;
            DROP TABLE items;
            ALTER TABLE items_rebuilt RENAME TO items;
            \(extra)
            """)
    }

    @Test func theDirectiveMarksAMigrationThatRebuildsTables() {
        #expect(rebuild().rebuildsTables)
        #expect(!Migrator.Migration(version: 2, name: "later", sql: "SELECT 1;\n\(Migrator.Migration.rebuildsTablesDirective)").rebuildsTables)
        #expect(!base[0].rebuildsTables)
        #expect(Migrator.Migration(fileName: "0002_rebuild.sql", sql: rebuild().sql)?.rebuildsTables == true)
    }

    /// With foreign keys enforced, `DROP TABLE items` would delete every note through the cascade.
    @Test func aRebuiltTableKeepsTheRowsThatReferToIt() throws {
        try withDatabase { db in
            let migrator = try Migrator(migrations: base + [rebuild()])
            #expect(try migrator.migrate(db) == [1, 2])
            #expect(try db.scalar("SELECT group_concat(note, ',') FROM (SELECT note FROM notes ORDER BY item_id)") == .text("first,second"))
            #expect(try db.scalar("PRAGMA foreign_keys") == .integer(1))
            // The new reference holds: a kind that is not in `kinds` is refused.
            #expect(throws: SQLiteError.self) { try db.run("INSERT INTO items (kind) VALUES ('c')") }
        }
    }

    @Test func aDanglingReferenceFailsTheMigrationAndUndoesIt() throws {
        try withDatabase { db in
            try Migrator(migrations: base).migrate(db)
            let broken = rebuild("DELETE FROM items WHERE id = 2;")
            let breaking = try Migrator(migrations: base + [broken])
            #expect {
                try breaking.migrate(db)
            } throws: { error in
                guard case .danglingReferences(let table, let parent, let rows) = error as? Migrator.Failure else { return false }
                return table == "notes" && parent == "items" && rows == 1
            }
            let migrator = try Migrator(migrations: base)
            #expect(try migrator.appliedVersions(in: db) == [1])
            #expect(try db.scalar("SELECT count(*) FROM items") == .integer(2))
            #expect(try db.scalar("SELECT count(*) FROM kinds") == .integer(0))
            #expect(try db.scalar("PRAGMA foreign_keys") == .integer(1))
        }
    }

    /// Inside a transaction the pragma would do nothing, and the drop would cascade.
    @Test func aRebuildInsideATransactionIsRefused() throws {
        try withDatabase { db in
            try Migrator(migrations: base).migrate(db)
            try db.execute("BEGIN")
            let migrator = try Migrator(migrations: base + [rebuild()])
            #expect(throws: Migrator.Failure.self) { try migrator.migrate(db) }
            try db.execute("ROLLBACK")
            #expect(try db.scalar("SELECT count(*) FROM notes") == .integer(2))
        }
    }

    /// Migrations that rebuild nothing run with foreign keys enforced, as before.
    @Test func otherMigrationsRunWithForeignKeysOn() throws {
        try withDatabase { db in
            try Migrator(migrations: base).migrate(db)
            let orphan = Migrator.Migration(version: 2, name: "orphan", sql: "INSERT INTO notes (item_id, note) VALUES (9, 'none')")
            let migrator = try Migrator(migrations: base + [orphan])
            #expect(throws: SQLiteError.self) { try migrator.migrate(db) }
        }
    }
}
