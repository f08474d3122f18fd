import CSQLite

/// An open SQLite database, set up the way Chancery wants every connection:
/// foreign keys enforced, a busy handler that waits for other connections' locks, and extended
/// result codes (and, once the caller has checked the file, write-ahead logging).
public final class Connection {
    let handle: OpaquePointer
    public let path: String
    private var statementCache: [String: Statement] = [:]
    private var savepointDepth = 0
    private let busyWait: BusyWait

    /// Opens (and creates, unless `readOnly`) the database at `path`; ":memory:" gives a private one.
    ///
    /// `immutable` (read-only besides) tells SQLite that nothing will change the file while it is
    /// open, so that it takes no lock and keeps no shared memory beside it: what reading a file in
    /// a folder one may not write needs, where SQLite cannot make its `-shm` file. Any write-ahead
    /// log beside the file is then ignored.
    ///
    /// `busyTimeout` is how long a statement waits for a lock another connection holds (see
    /// `waitingForLocks(upTo:unless:)`).
    public init(path: String, readOnly: Bool = false, immutable: Bool = false, busyTimeout: Duration = .seconds(5)) throws {
        var handle: OpaquePointer?
        let flags = readOnly || immutable
            ? SQLITE_OPEN_READONLY
            : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        let name = immutable ? Self.uri(path: path, query: "immutable=1") : path
        let code = sqlite3_open_v2(name, &handle, flags | SQLITE_OPEN_NOMUTEX | (immutable ? SQLITE_OPEN_URI : 0), nil)
        guard code == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
            sqlite3_close_v2(handle)
            throw SQLiteError(code: code, message: message)
        }
        self.handle = handle
        self.path = path
        busyWait = BusyWait(timeout: busyTimeout)
        sqlite3_extended_result_codes(handle, 1)
        sqlite3_busy_handler(handle, { context, attempt in
            guard let context else { return 0 }
            return Unmanaged<BusyWait>.fromOpaque(context).takeUnretainedValue().shouldRetry(attempt: attempt) ? 1 : 0
        }, Unmanaged.passUnretained(busyWait).toOpaque())
        try execute("PRAGMA foreign_keys = ON")
    }

    /// How long a statement waits for a lock another connection holds before it fails with
    /// `SQLITE_BUSY`.
    public var busyTimeout: Duration { busyWait.timeout }

    /// Makes every wait for a lock last up to `timeout`, and stop at once when `giveUp` (asked
    /// between two tries) answers true: the user pressed Ctrl-C, say.
    public func waitingForLocks(upTo timeout: Duration, unless giveUp: (() -> Bool)? = nil) {
        busyWait.timeout = timeout
        busyWait.giveUp = giveUp
    }

    /// Switches a file database to write-ahead logging, which lets readers run while one writer writes.
    ///
    /// Separate from opening because it rewrites the file's header: a caller that may refuse the
    /// database (made by a newer program, say) checks it first and only then enables the log.
    ///
    /// Changing the mode takes the file to itself for a moment, and SQLite answers `SQLITE_BUSY`
    /// at once, without waiting, when another connection holds it (one that is building the
    /// schema of a new file, say): that is retried until the busy timeout has passed.
    public func enableWriteAheadLogging() throws {
        guard path != ":memory:" else { return }
        try retryingWhileBusy { try execute("PRAGMA journal_mode = WAL") }
        try execute("PRAGMA synchronous = NORMAL")
    }

    deinit {
        statementCache.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Runs `body` again while it fails with `SQLITE_BUSY`, pausing a little longer each time,
    /// until the busy timeout has passed since the first try (or the wait is given up).
    ///
    /// For what SQLite refuses without calling the busy handler: a lock another connection
    /// holds for a change of journal mode or a recovery of the log, say.
    private func retryingWhileBusy<T>(_ body: () throws -> T) throws -> T {
        let clock = ContinuousClock()
        let deadline = clock.now + busyWait.timeout
        var attempt: Int32 = 0
        while true {
            do {
                return try body()
            } catch let error as SQLiteError where error.isBusy && clock.now < deadline && busyWait.giveUp?() != true {
                sqlite3_sleep(BusyWait.pause(afterAttempt: attempt))
                attempt += 1
            }
        }
    }

    /// Opens a transaction holding the write lock from its start (`BEGIN IMMEDIATE`), waiting
    /// for another writer to finish for up to the busy timeout.
    ///
    /// Taking the lock first means that nothing read in the transaction can be made stale by
    /// another writer, so no statement in it fails for being late (`SQLITE_BUSY_SNAPSHOT`).
    public func beginImmediateTransaction() throws {
        try retryingWhileBusy { try execute("BEGIN IMMEDIATE") }
    }

    /// Runs one or more SQL statements that take no parameters, such as a migration script.
    public func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &message)
        guard code == SQLITE_OK else {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(handle))
            sqlite3_free(message)
            throw SQLiteError(code: sqlite3_extended_errcode(handle), message: text, sql: sql)
        }
    }

    /// A new prepared statement; it is finalized when released.
    public func prepare(_ sql: String) throws -> Statement {
        try Statement(connection: self, sql: sql)
    }

    /// A prepared statement kept for the life of the connection, for SQL run many times.
    public func cachedStatement(_ sql: String) throws -> Statement {
        if let statement = statementCache[sql] {
            statement.reset()
            return statement
        }
        let statement = try prepare(sql)
        statementCache[sql] = statement
        return statement
    }

    /// Runs a statement with parameters and returns its rows.
    public func rows(_ sql: String, _ values: [any SQLiteBindable] = []) throws -> [Row] {
        try cachedStatement(sql).rows(values)
    }

    /// Runs a statement with parameters, discarding any rows.
    public func run(_ sql: String, _ values: [any SQLiteBindable] = []) throws {
        try cachedStatement(sql).run(values)
    }

    /// The first column of the first row, or `.null` when there is none.
    public func scalar(_ sql: String, _ values: [any SQLiteBindable] = []) throws -> Value {
        try rows(sql, values).first?.values.first ?? .null
    }

    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Rows changed by the last INSERT, UPDATE or DELETE.
    public var changes: Int { Int(sqlite3_changes(handle)) }

    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    /// Nested calls become savepoints, so an inner failure undoes only the inner work.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        if isInTransaction {
            return try savepoint(body)
        }
        try beginImmediateTransaction()
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// Runs `body` inside a savepoint, released on return and rolled back to when it throws.
    public func savepoint<T>(_ body: () throws -> T) throws -> T {
        savepointDepth += 1
        defer { savepointDepth -= 1 }
        let name = "chancery_sp\(savepointDepth)"
        try execute("SAVEPOINT \(name)")
        do {
            let result = try body()
            try execute("RELEASE \(name)")
            return result
        } catch {
            try? execute("ROLLBACK TO \(name)")
            try? execute("RELEASE \(name)")
            throw error
        }
    }

    /// Makes a running statement on this connection stop with `SQLITE_INTERRUPT`; safe from a signal handler thread.
    public func interrupt() {
        sqlite3_interrupt(handle)
    }

    func error(code: Int32, sql: String?) -> SQLiteError {
        Connection.error(on: handle, code: code, sql: sql)
    }

    static func error(on handle: OpaquePointer, code: Int32, sql: String?) -> SQLiteError {
        let extended = sqlite3_extended_errcode(handle)
        return SQLiteError(
            code: extended != 0 ? extended : code,
            message: String(cString: sqlite3_errmsg(handle)),
            sql: sql
        )
    }

    /// A `file:` URI naming `path`, its `?`, `#` and `%` (and anything not printable ASCII)
    /// percent-encoded so that SQLite reads them as part of the name. An absolute path follows an
    /// empty authority (`file:///…`), so that one starting `//` is not taken for a host.
    static func uri(path: String, query: String) -> String {
        var text = path.hasPrefix("/") ? "file://" : "file:"
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "?"), UInt8(ascii: "#"), UInt8(ascii: "%"), 0...0x20, 0x7F...0xFF:
                let digits = Array("0123456789ABCDEF".utf8)
                text += "%" + String(decoding: [digits[Int(byte >> 4)], digits[Int(byte & 15)]], as: UTF8.self)
            default:
                text.unicodeScalars.append(Unicode.Scalar(byte))
            }
        }
        return text + "?" + query
    }

    /// The version of the linked SQLite library, e.g. "3.40.1".
    public static var libraryVersion: String { String(cString: sqlite3_libversion()) }
}

/// What the busy handler of one connection consults: how long to wait, and whether to stop.
///
/// Owned by the connection, which outlives every call SQLite makes to its handler.
final class BusyWait {
    var timeout: Duration
    var giveUp: (() -> Bool)?
    private let clock = ContinuousClock()
    private var started: ContinuousClock.Instant

    init(timeout: Duration) {
        self.timeout = timeout
        started = clock.now
    }

    /// SQLite calls this with `attempt` 0, 1, 2… while a lock it needs stays taken: pauses and
    /// answers true to try again, or false to fail with `SQLITE_BUSY`.
    func shouldRetry(attempt: Int32) -> Bool {
        if attempt == 0 { started = clock.now }
        guard clock.now - started < timeout, giveUp?() != true else { return false }
        sqlite3_sleep(Self.pause(afterAttempt: attempt))
        return true
    }

    /// Milliseconds to pause before the next try: 1, 2, 4, 8, 16, then 20 each time. Short, so
    /// that a writer waiting its turn takes the lock soon after another lets it go, rather than
    /// sleeping through the moment and finding it taken again.
    static func pause(afterAttempt attempt: Int32) -> Int32 {
        attempt < 5 ? 1 << attempt : 20
    }
}
