import CSQLite

/// A prepared statement that owns its handle and finalizes it when released.
///
/// Bind parameters by 1-based index or by name (`:name`, `@name`, `$name`), then either
/// iterate rows with `step()` and the typed column readers (no copying, for hot loops) or
/// collect them with `rows()`.
public final class Statement: ColumnReading {
    @usableFromInline let handle: OpaquePointer
    /// The database's handle, not its `Connection`: the connection caches its statements, and a
    /// strong reference back would keep both alive forever. `sqlite3_close_v2` keeps the database
    /// open until its last statement is finalized, so the handle stays valid for this statement's life.
    let database: OpaquePointer
    public let sql: String
    /// Column indexes by name, found on first asking: the columns of a prepared statement stay.
    private var indexesByName: [String: Int32]?

    init(connection: Connection, sql: String) throws {
        var handle: OpaquePointer?
        let code = sqlite3_prepare_v2(connection.handle, sql, -1, &handle, nil)
        guard code == SQLITE_OK, let handle else {
            throw connection.error(code: code, sql: sql)
        }
        self.handle = handle
        self.database = connection.handle
        self.sql = sql
    }

    private func error(code: Int32) -> SQLiteError {
        Connection.error(on: database, code: code, sql: sql)
    }

    deinit {
        sqlite3_finalize(handle)
    }

    // MARK: Binding

    /// Clears earlier bindings and the cursor so the statement can run again.
    public func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    public func bind(_ value: some SQLiteBindable, at index: Int32) throws {
        let code: Int32
        switch value.sqliteValue {
        case .integer(let number): code = sqlite3_bind_int64(handle, index, number)
        case .real(let number): code = sqlite3_bind_double(handle, index, number)
        case .text(let text): code = bindText(text, at: index)
        case .blob(let bytes):
            code = bytes.withUnsafeBytes { buffer in
                sqlite3_bind_blob(handle, index, buffer.baseAddress, Int32(buffer.count), chancery_sqlite_transient())
            }
        case .null: code = sqlite3_bind_null(handle, index)
        }
        guard code == SQLITE_OK else { throw error(code: code) }
    }

    /// Binds `text` with its length in bytes, so that a text holding U+0000 is stored whole: told
    /// to find the end itself, SQLite would stop at the first NUL.
    private func bindText(_ text: String, at index: Int32) -> Int32 {
        var text = text
        return text.withUTF8 { bytes in
            // An empty buffer may have no address, and a NULL pointer would bind SQL NULL, not ''.
            guard let start = bytes.baseAddress else {
                return sqlite3_bind_text(handle, index, "", 0, chancery_sqlite_transient())
            }
            return start.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                sqlite3_bind_text64(handle, index, $0, sqlite3_uint64(bytes.count), chancery_sqlite_transient(), UInt8(SQLITE_UTF8))
            }
        }
    }

    public func bind(_ value: some SQLiteBindable, named name: String) throws {
        let index = sqlite3_bind_parameter_index(handle, name)
        guard index > 0 else {
            throw SQLiteError(code: SQLITE_RANGE, message: "no parameter named \(name)", sql: sql)
        }
        try bind(value, at: index)
    }

    /// Resets the statement and binds `values` to parameters 1…n.
    public func bind(_ values: [any SQLiteBindable]) throws {
        reset()
        for (offset, value) in values.enumerated() {
            try bind(value.sqliteValue, at: Int32(offset + 1))
        }
    }

    /// Resets the statement and binds each named value.
    public func bind(_ values: [String: any SQLiteBindable]) throws {
        reset()
        for (name, value) in values {
            try bind(value.sqliteValue, named: name)
        }
    }

    // MARK: Running

    /// Advances to the next row; false when there are no more.
    @discardableResult
    public func step() throws -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            sqlite3_reset(handle)
            throw error(code: code)
        }
    }

    /// Runs a statement that returns no rows, with the given parameters.
    public func run(_ values: [any SQLiteBindable] = []) throws {
        try bind(values)
        while try step() {}
        sqlite3_reset(handle)
    }

    /// All rows, with the given parameters.
    public func rows(_ values: [any SQLiteBindable] = []) throws -> [Row] {
        try bind(values)
        var result: [Row] = []
        let names = columnNames
        while try step() {
            result.append(Row(columns: names, values: (0..<columnCount).map(value(at:))))
        }
        sqlite3_reset(handle)
        return result
    }

    // MARK: Reading the current row

    public var columnCount: Int32 { sqlite3_column_count(handle) }

    public var columnNames: [String] {
        (0..<columnCount).map { String(cString: sqlite3_column_name(handle, $0)) }
    }

    /// The index of the column named `name`, or nil when there is none; see `ColumnReading`.
    public func columnIndex(named name: String) -> Int32? {
        if let indexesByName { return indexesByName[name] }
        var indexes: [String: Int32] = [:]
        // The first of two columns of one name, as `Row` finds it.
        for (index, column) in columnNames.enumerated() where indexes[column] == nil { indexes[column] = Int32(index) }
        indexesByName = indexes
        return indexes[name]
    }

    @inlinable
    public func isNull(at column: Int32) -> Bool {
        sqlite3_column_type(handle, column) == SQLITE_NULL
    }

    @inlinable
    public func int64(at column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    public func double(at column: Int32) -> Double { sqlite3_column_double(handle, column) }

    /// The column as text, or nil when it is NULL.
    public func text(at column: Int32) -> String? {
        guard let bytes = sqlite3_column_text(handle, column) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    public func value(at column: Int32) -> Value {
        switch sqlite3_column_type(handle, column) {
        case SQLITE_INTEGER: return .integer(int64(at: column))
        case SQLITE_FLOAT: return .real(double(at: column))
        case SQLITE_TEXT: return .text(text(at: column) ?? "")
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(handle, column))
            guard let pointer = sqlite3_column_blob(handle, column), count > 0 else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: pointer, count: count)))
        default: return .null
        }
    }
}
