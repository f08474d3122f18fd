import ChanceryCore
import SQLiteDB

/// The knowledge base: one SQLite file of documents, events, actors and sources.
///
/// All SQL lives in this module. Writes that belong together run in one transaction.
public final class Store {
    public let path: String
    let db: Connection
    /// The events an ingest or rebuild batch has written to, while one is running (see
    /// `Store+Corrections`): those a correction may have to take in. Nil outside a batch.
    var touchedEvents: Set<Int64>?
    /// The highest event id a correction names, once read (see `eventIDFloor`).
    var highestCorrectedEventID: Int64?
    var correctedEventIDsLoaded = false
    /// How the events of a stored document are read again when a document stored after it
    /// turns out to be its original (see `Store.reweighDocuments`): the extractor, which the
    /// ingest command hands over, since the store does not know it. Without one, a document is
    /// read again as its stored reports tell it, which lacks what a copy left out.
    public var reading: ((Document) -> [Event])?
    /// True while a group is weighed again (see Store+Settling): its reports mark nothing.
    var settling = false
    /// The stored documents that the last ingest batch found to be copies of a document it
    /// stored (see `reweighDocuments`), by id, with the id of their original.
    public internal(set) var storedCopiesFound: [(copy: String, original: String)] = []

    /// Opens the database at `path`, creating it and applying any migration it lacks.
    ///
    /// A database last migrated by a newer Chancery is refused and left as it is.
    ///
    /// `forQuestions` keeps SQLite's cache of pages small. A question reads most pages once, so
    /// that a small cache is recycled where a large one would grow, each of its pages a page of
    /// memory the system must clear and hand over; an ingest rereads the same index pages for
    /// every document and needs them kept. Neither maps the file into memory: a base grown by
    /// ingest has its index pages scattered over the file, and mapping one such page (the system
    /// maps its neighbours with it, then unmaps them all at exit) costs several times reading it.
    ///
    /// `lockWait` is how long a write waits for another program's write lock before it fails
    /// with `StoreError.locked`, and stops at once when `giveUp` answers true. A question never
    /// waits for a writer: with write-ahead logging it reads the last committed state meanwhile.
    ///
    /// A store for writing refuses at once a database it may not write (its folder or the file
    /// read-only, for this user), saying why. One for questions reads such a base where it is:
    /// as an immutable file when no write-ahead log beside it holds changes, else read-only
    /// through the log; it is then neither migrated nor switched to write-ahead logging.
    public init(path: String, forQuestions: Bool = false, lockWait: Duration = Store.defaultLockWait,
                unless giveUp: (() -> Bool)? = nil) throws {
        self.path = path
        let place = DatabasePlace(path: path)
        let readInPlace = path != ":memory:" && forQuestions && !place.folderIsWritable
        if path != ":memory:", !forQuestions, let reason = place.whyNotWritable {
            guard place.fileExists else {
                throw StoreError.cannotOpen(path: path, reason: "it does not exist, and \(reason)")
            }
            throw StoreError.notWritable(path: path, reason: reason)
        }
        do {
            db = try Connection(path: path, readOnly: readInPlace, immutable: readInPlace && !place.hasLoggedChanges)
        } catch let error as SQLiteError {
            throw StoreError.cannotOpen(path: path, reason: error.message)
        }
        if readInPlace {
            try openInPlace(logged: place.hasLoggedChanges)
            return
        }
        db.waitingForLocks(upTo: lockWait, unless: giveUp)
        do {
            let migrator = try Migrator(migrations: SchemaMigrations.all)
            try migrator.migrate(db)
            try db.enableWriteAheadLogging()
            // SQLite's default 2 MB of cached pages is soon outgrown by a base's indexes: an ingest
            // into a large base then rereads from the system the same pages for every document.
            try db.execute("PRAGMA cache_size = -\(forQuestions ? Self.questionCacheKibibytes : Self.cacheKibibytes)")
        } catch let failure as Migrator.Failure {
            if case .databaseIsNewer(let databaseVersion, let knownVersion) = failure {
                throw StoreError.newerSchema(path: path, databaseVersion: databaseVersion, knownVersion: knownVersion)
            }
            throw StoreError.cannotOpen(path: path, reason: failure.description)
        } catch let error as SQLiteError {
            if error.primaryCode == 26 /* SQLITE_NOTADB */ {
                throw StoreError.cannotOpen(path: path, reason: "it is not an SQLite database")
            }
            throw storeError(error)
        }
    }

    /// Checks a base opened read-only where it is: a Chancery database, of a schema this one reads.
    private func openInPlace(logged: Bool) throws {
        do {
            let pending = try Migrator(migrations: SchemaMigrations.all).pendingVersions(in: db)
            if let first = pending.first, let last = pending.last {
                throw StoreError.cannotReadInPlace(path: path, reason: first == 1
                    ? "it holds no Chancery schema yet, and you may not write in its folder to make one"
                    : "it was made by an older Chancery and needs upgrading (schema version \(first - 1) to \(last)), which cannot be done in a folder you may not write")
            }
            try db.execute("PRAGMA cache_size = -\(Self.questionCacheKibibytes)")
        } catch let failure as Migrator.Failure {
            if case .databaseIsNewer(let databaseVersion, let knownVersion) = failure {
                throw StoreError.newerSchema(path: path, databaseVersion: databaseVersion, knownVersion: knownVersion)
            }
            throw StoreError.cannotOpen(path: path, reason: failure.description)
        } catch let error as SQLiteError {
            if error.primaryCode == 26 /* SQLITE_NOTADB */ {
                throw StoreError.cannotOpen(path: path, reason: "it is not an SQLite database")
            }
            if logged, error.primaryCode == 8 /* SQLITE_READONLY */ || error.primaryCode == 14 /* SQLITE_CANTOPEN */ {
                throw StoreError.cannotReadInPlace(path: path, reason:
                    "you may not write in its folder, and beside it lies a log of changes not yet in the file (\(path)-wal), which SQLite cannot read without writing there")
            }
            throw storeError(error)
        }
    }

    /// How long a write waits for another program's write lock unless told otherwise: enough
    /// for another program to build a new base's schema or write a batch of documents. An
    /// ingest, which may have to wait for several others in turn, asks for longer (`--wait`).
    public static let defaultLockWait: Duration = .seconds(5)

    /// The most memory SQLite keeps for pages of the file, in KiB; it is only taken as pages are read.
    static let cacheKibibytes = 65_536

    /// The same for a store answering questions: room for the upper levels of the indexes a
    /// question walks, which stay cached while the pages read once make way for each other.
    static let questionCacheKibibytes = 512

    /// The schema versions recorded in the database.
    public func schemaVersions() throws -> [Int] {
        try Migrator(migrations: SchemaMigrations.all).appliedVersions(in: db)
    }

    /// Runs `body` in one transaction; nested calls become savepoints.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try wrap { try db.transaction(body) }
    }

    /// Stops a running statement from another thread (used when the user interrupts).
    public func interrupt() { db.interrupt() }

    func wrap<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as SQLiteError {
            throw storeError(error)
        }
    }

    /// An SQLite error as the store reports it: a lock waited for in vain says so and for how
    /// long, a disk that is full says so, and so does a file that turned out not to be writable.
    private func storeError(_ error: SQLiteError) -> StoreError {
        if error.isBusy { return .locked(path: path, waited: db.busyTimeout) }
        switch error.primaryCode {
        case 13 /* SQLITE_FULL */: return .full(path: path)
        case 8 /* SQLITE_READONLY */: return .notWritable(path: path, reason: DatabasePlace(path: path).whyNotWritable ?? error.message)
        default: return .database(error)
        }
    }

    /// Fills the `countries` table from the catalog compiled into the binary, when it differs.
    func syncCountries() throws {
        let catalog = CountryCatalog.shared
        let stored = try db.scalar("SELECT count(*) FROM countries").int ?? 0
        guard stored != catalog.countries.count else { return }
        try db.transaction {
            let insert = try db.cachedStatement(
                "INSERT OR REPLACE INTO countries (code, alpha3, name_en, name_fr, name_ar) VALUES (?, ?, ?, ?, ?)"
            )
            for country in catalog.countries {
                try insert.run([country.code, country.alpha3, country.english, country.french, country.arabic])
            }
        }
    }
}

extension Store {
    /// Opens a transaction that groups the documents written until `commitBatch()`.
    public func beginBatch() throws {
        try wrap { try db.beginImmediateTransaction() }
    }

    /// Commits the documents written since `beginBatch()`.
    public func commitBatch() throws {
        try wrap {
            if db.isInTransaction { try db.execute("COMMIT") }
        }
    }
}

extension Store {
    /// The alpha-2 code of the country whose alpha-2 or alpha-3 code is `code` (upper case), from
    /// the `countries` table; nil when the table does not have it.
    public func countryCode(_ code: String) throws -> String? {
        try wrap {
            let sql = code.utf8.count == 2
                ? "SELECT code FROM countries WHERE code = ?"
                : "SELECT code FROM countries WHERE alpha3 = ?"
            return try db.scalar(sql, [code]).string
        }
    }
}
