/// Applies numbered SQL migrations in order, in one transaction, and records them.
///
/// Migrations are append-only: one that has been applied is never run again, and a database
/// that records a migration this build does not know was made by a newer program and is refused.
public struct Migrator: Sendable {
    public struct Migration: Sendable {
        /// Its number, from the file name `NNNN_name.sql`.
        public let version: Int
        public let name: String
        public let sql: String

        public init(version: Int, name: String, sql: String) {
            self.version = version
            self.name = name
            self.sql = sql
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

        public var description: String {
            switch self {
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
    @discardableResult
    public func migrate(_ db: Connection) throws -> [Int] {
        guard try !pending(in: db).isEmpty else { return [] }
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
            return pending.map(\.version)
        }
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
