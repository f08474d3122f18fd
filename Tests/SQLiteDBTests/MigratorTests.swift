import Foundation
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
            try Migrator(migrations: migrations).migrate(db)
            let broken = migrations + [Migrator.Migration(version: 3, name: "broken", sql: "CREATE TABLE extra (x); SELEC oops")]
            #expect(throws: SQLiteError.self) { try Migrator(migrations: broken).migrate(db) }
            let applied = try Migrator(migrations: broken).appliedVersions(in: db)
            let extraTables = try db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'extra'")
            #expect(applied == [1, 2])
            #expect(extraTables == .integer(0))
        }
    }

    /// The migrations a database lacks are applied together or not at all: a new file whose last
    /// migration fails is left with no schema rather than half of one.
    @Test func aFailingMigrationUndoesTheOthersAppliedWithIt() throws {
        try withDatabase { db in
            let broken = migrations + [Migrator.Migration(version: 3, name: "broken", sql: "SELEC oops")]
            #expect(throws: SQLiteError.self) { try Migrator(migrations: broken).migrate(db) }
            let applied = try Migrator(migrations: broken).appliedVersions(in: db)
            let tables = try db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'items'")
            #expect(applied == [])
            #expect(tables == .integer(0))
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

/// Several programs opening one new file at the same moment: each finds the schema whole,
/// none fails on a table another has just created.
@Suite struct ConcurrentMigrationTests {
    /// Slow enough to migrate (a table filled with rows, then an index over them) that the
    /// others are waiting on the lock while the first one works.
    let migrations = [
        Migrator.Migration(version: 1, name: "create_items", sql: """
            CREATE TABLE items (id INTEGER PRIMARY KEY, label TEXT);
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000)
            INSERT INTO items (label) SELECT 'item ' || i FROM n;
            """),
        Migrator.Migration(version: 2, name: "add_notes", sql: "ALTER TABLE items ADD COLUMN note TEXT"),
        Migrator.Migration(version: 3, name: "index_labels", sql: "CREATE INDEX items_by_label ON items (label)"),
    ]

    @Test func connectionsMigratingOneNewFileAtOnceAllSucceedAndEachVersionIsAppliedOnce() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("migrate-race-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let migrator = try Migrator(migrations: migrations)
        let contenders = 6
        let outcomes = Outcomes()
        let ready = DispatchGroup()
        let finished = DispatchGroup()
        let start = DispatchSemaphore(value: 0)
        // Threads of their own, not a dispatch pool: every contender must be connected and
        // waiting before the start, whatever the number of cores.
        for _ in 0..<contenders {
            ready.enter()
            finished.enter()
            Thread {
                defer { finished.leave() }
                let db: Connection
                do {
                    db = try Connection(path: path)
                } catch {
                    outcomes.record(.failure(error))
                    ready.leave()
                    return
                }
                ready.leave()
                start.wait()
                outcomes.record(Result { try migrator.migrate(db) })
            }.start()
        }
        ready.wait()
        for _ in 0..<contenders { start.signal() }
        finished.wait()
        let results = outcomes.all
        #expect(results.count == contenders)
        let applied = results.compactMap { try? $0.get() }
        #expect(applied.count == contenders, "failures: \(results.compactMap { if case .failure(let error) = $0 { "\(error)" } else { nil } })")
        // One of them did all the work; the others found nothing left to do.
        #expect(applied.filter { !$0.isEmpty } == [[1, 2, 3]])

        let db = try Connection(path: path)
        let ledger = try db.rows("SELECT version, count(*) FROM schema_migrations GROUP BY version ORDER BY version")
        #expect(ledger.map { [$0[0], $0[1]] } == [[.integer(1), .integer(1)], [.integer(2), .integer(1)], [.integer(3), .integer(1)]])
        #expect(try db.scalar("SELECT count(*) FROM items") == .integer(50000))
    }
}

/// What each worker of a concurrent test ended with, collected under a lock.
final class Outcomes: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<[Int], any Error>] = []

    func record(_ result: Result<[Int], any Error>) {
        lock.lock()
        results.append(result)
        lock.unlock()
    }

    var all: [Result<[Int], any Error>] {
        lock.lock()
        defer { lock.unlock() }
        return results
    }
}
