import Testing
@testable import SQLiteDB

@Suite struct MigratorTests {
    let migrations = [
        Migrator.Migration(version: 2, name: "add_notes", sql: "ALTER TABLE items ADD COLUMN note TEXT"),
        Migrator.Migration(version: 1, name: "create_items", sql: "CREATE TABLE items (id INTEGER PRIMARY KEY)"),
    ]

    @Test func migrationsApplyInOrderAndAreRecorded() throws {
        try withDatabase { db in
            let migrator = try Migrator(migrations: migrations)
            #expect(try migrator.migrate(db) == [1, 2])
            #expect(try migrator.appliedVersions(in: db) == [1, 2])
            #expect(try db.scalar("SELECT name FROM schema_migrations WHERE version = 2") == .text("add_notes"))
            try db.run("INSERT INTO items (note) VALUES (?)", ["ok"])
        }
    }

    @Test func migratingTwiceAppliesNothingTheSecondTime() throws {
        try withDatabase { db in
            let migrator = try Migrator(migrations: migrations)
            try migrator.migrate(db)
            #expect(try migrator.migrate(db) == [])
        }
    }

    @Test func onlyTheMissingMigrationsRun() throws {
        try withDatabase { db in
            try Migrator(migrations: [migrations[1]]).migrate(db)
            #expect(try Migrator(migrations: migrations).migrate(db) == [2])
        }
    }

    @Test func aFailingMigrationLeavesNoTrace() throws {
        try withDatabase { db in
            let broken = migrations + [Migrator.Migration(version: 3, name: "broken", sql: "CREATE TABLE extra (x); SELEC oops")]
            #expect(throws: SQLiteError.self) { try Migrator(migrations: broken).migrate(db) }
            let applied = try Migrator(migrations: broken).appliedVersions(in: db)
            let extraTables = try db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'extra'")
            #expect(applied == [1, 2])
            #expect(extraTables == .integer(0))
        }
    }

    @Test func aDatabaseFromANewerProgramIsRefused() throws {
        try withDatabase { db in
            try Migrator(migrations: migrations + [Migrator.Migration(version: 9, name: "future", sql: "CREATE TABLE future (x)")]).migrate(db)
            #expect {
                try Migrator(migrations: migrations).migrate(db)
            } throws: { error in
                guard case .databaseIsNewer(let found, let known) = error as? Migrator.Failure else { return false }
                return found == 9 && known == 2
            }
        }
    }

    @Test func fileNamesGiveVersionAndName() {
        let migration = Migrator.Migration(fileName: "0012_add_actor_aliases.sql", sql: "")
        #expect(migration?.version == 12)
        #expect(migration?.name == "add_actor_aliases")
        #expect(Migrator.Migration(fileName: "notes.sql", sql: "") == nil)
        #expect(Migrator.Migration(fileName: "0001_x.txt", sql: "") == nil)
    }

    @Test func twoMigrationsWithOneNumberAreRejected() {
        #expect(throws: Migrator.Failure.self) {
            try Migrator(migrations: [migrations[1], Migrator.Migration(version: 1, name: "again", sql: "")])
        }
    }
}
