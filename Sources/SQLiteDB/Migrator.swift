/// Applies numbered SQL migrations in order, in one transaction, and records them.
///
/// Migrations are append-only: one that has been applied is never run again, and a database
/// that records a migration this build does not know was made by a newer program and is refused.
///
/// A migration that rebuilds a table (creates its new form, copies the rows, drops the old one,
/// renames the new) runs with foreign keys off, as SQLite's documented procedure and GRDB do:
/// dropping a table with foreign keys enforced deletes, through every `ON DELETE CASCADE`, the
/// rows of the tables that refer to it. The references are then checked as a whole with `PRAGMA
/// foreign_key_check` before the commit, and one left dangling fails the migration.
public struct Migrator: Sendable {
    public struct Migration: Sendable {
        /// Its number, from the file name `NNNN_name.sql`.
        public let version: Int
        public let name: String
        public let sql: String
        /// Runs with foreign keys off, checked before the commit (see `Migrator`).
        public let rebuildsTables: Bool

        /// The first line by which a migration's SQL asks to run with foreign keys off.
        public static let rebuildsTablesDirective = "-- migrator: rebuilds tables"

        /// `rebuildsTables` defaults to whether `sql` starts with `rebuildsTablesDirective`: its
        /// first line, so that every program start need not read the migrations through.
        public init(version: Int, name: String, sql: String, rebuildsTables: Bool? = nil) {
            self.version = version
            self.name = name
            self.sql = sql
            self.rebuildsTables = rebuildsTables ?? sql.hasPrefix(Self.rebuildsTablesDirective)
        }

        /// Reads `0003_add_index.sql` as version 3 named "add_index"; nil for any other file name.
        public init?(fileName: String, sql: String) {
            guard fileName.hasSuffix(".sql") else { return nil }
            let stem = fileName.dropLast(4)
            guard let underscore = stem.firstIndex(of: "_"),
                  let version = Int(stem[..<underscore]), version > 0 else { return nil }
            self.init(version: version, name: String(stem[stem.index(after: underscore)...]), sql: sql)
        }
    }

    public enum Failure: Error, CustomStringConvertible {
        /// The database was migrated by a newer program than this one.
        case databaseIsNewer(databaseVersion: Int, knownVersion: Int)
        case duplicateVersion(Int)
        /// A migration that rebuilds tables was asked to run inside a transaction, where foreign
        /// keys cannot be turned off.
        case rebuildInsideTransaction(version: Int)
        /// After the migrations, rows of `table` refer to rows of `parent` that do not exist.
        case danglingReferences(table: String, parent: String, rows: Int)

        public var description: String {
            switch self {
            case .rebuildInsideTransaction(let version):
                "migration \(version) rebuilds tables, which needs foreign keys off, and that cannot be done inside a transaction"
            case .danglingReferences(let table, let parent, let rows):
                "the migration would leave \(rows) row\(rows == 1 ? "" : "s") of \(table) referring to rows of \(parent) that do not exist; it was undone"
            case .databaseIsNewer(let databaseVersion, let knownVersion):
                "the database is at schema version \(databaseVersion), newer than this program knows (\(knownVersion)); it was left untouched"
            case .duplicateVersion(let version):
                "two migrations are numbered \(version)"
            }
        }
    }

    public let migrations: [Migration]

    public init(migrations: [Migration]) throws {
        let sorted = migrations.sorted { $0.version < $1.version }
        for (previous, next) in zip(sorted, sorted.dropFirst()) where previous.version == next.version {
            throw Failure.duplicateVersion(next.version)
        }
        self.migrations = sorted
    }

    static let createLedger = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    INTEGER PRIMARY KEY,
            name       TEXT NOT NULL,
            applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        )
        """

    /// Versions already recorded in the database, in order.
    public func appliedVersions(in db: Connection) throws -> [Int] {
        let exists = try db.scalar(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
        ).int64 ?? 0
        guard exists > 0 else { return [] }
        return try db.rows("SELECT version FROM schema_migrations ORDER BY version").compactMap { $0[0].int }
    }

    /// Applies every migration the database lacks, all in one transaction; returns the versions
    /// applied now.
    ///
    /// Several programs may open one new file at once. Each takes the write lock (`BEGIN
    /// IMMEDIATE`, waiting out the busy timeout) before it migrates, and reads the versions again
    /// once it holds it: whoever comes second finds the work done and applies nothing, rather than
    /// creating a table the first has just created. A database that lacks nothing is read without
    /// taking the lock, which another writer may be holding.
    ///
    /// When one of them rebuilds tables, foreign keys are off for the whole transaction (the
    /// pragma is a no-op inside one) and on again after it, whether it commits or not.
    @discardableResult
    public func migrate(_ db: Connection) throws -> [Int] {
        let lacking = try pending(in: db)
        guard !lacking.isEmpty else { return [] }
        // Another program migrating meanwhile only shortens the list, so that what is decided
        // here before taking the lock holds for what is applied under it.
        let rebuilding = lacking.first(where: \.rebuildsTables)
        let enforced = try db.scalar("PRAGMA foreign_keys").int == 1
        if let rebuilding, enforced {
            guard !db.isInTransaction else { throw Failure.rebuildInsideTransaction(version: rebuilding.version) }
            try db.execute("PRAGMA foreign_keys = OFF")
        }
        defer {
            if rebuilding != nil, enforced { try? db.execute("PRAGMA foreign_keys = ON") }
        }
        return try db.transaction {
            let pending = try pending(in: db)
            guard !pending.isEmpty else { return [] }
            try db.execute(Self.createLedger)
            for migration in pending {
                try db.execute(migration.sql)
                try db.run(
                    "INSERT INTO schema_migrations (version, name) VALUES (?, ?)",
                    [migration.version, migration.name]
                )
            }
            if pending.contains(where: \.rebuildsTables) { try Self.checkForeignKeys(in: db) }
            return pending.map(\.version)
        }
    }

    /// Throws `danglingReferences` for the first table whose rows refer to rows that do not exist.
    static func checkForeignKeys(in db: Connection) throws {
        // One row per dangling reference: (table, rowid, parent, foreign key's index).
        let dangling = try db.prepare("PRAGMA foreign_key_check").rows()
        guard let first = dangling.first else { return }
        let table = first[0].string ?? "?"
        let parent = first[2].string ?? "?"
        throw Failure.danglingReferences(table: table, parent: parent, rows: dangling.count {
            $0[0].string == table && $0[2].string == parent
        })
    }

    /// The versions the database lacks, in order, without changing anything: for a database
    /// that may only be read. Throws `databaseIsNewer` as `migrate` would.
    public func pendingVersions(in db: Connection) throws -> [Int] {
        try pending(in: db).map(\.version)
    }

    /// The migrations the database has not recorded, in order; refuses a database that records a
    /// version newer than any this build knows.
    private func pending(in db: Connection) throws -> [Migration] {
        let applied = Set(try appliedVersions(in: db))
        let known = migrations.last?.version ?? 0
        if let newest = applied.max(), newest > known {
            throw Failure.databaseIsNewer(databaseVersion: newest, knownVersion: known)
        }
        return migrations.filter { !applied.contains($0.version) }
    }
}
