import CSQLite

/// The one error of the SQLite layer: what SQLite answered, and to which statement.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    /// The extended result code (`SQLITE_CONSTRAINT_UNIQUE` rather than `SQLITE_CONSTRAINT`).
    public let code: Int32
    public let message: String
    /// The SQL that failed, when a statement was involved.
    public let sql: String?

    public init(code: Int32, message: String, sql: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
    }

    /// The primary result code, e.g. `SQLITE_BUSY` for `SQLITE_BUSY_SNAPSHOT`.
    public var primaryCode: Int32 { code & 0xFF }

    public var isConstraintViolation: Bool { primaryCode == SQLITE_CONSTRAINT }
    public var isBusy: Bool { primaryCode == SQLITE_BUSY || primaryCode == SQLITE_LOCKED }

    /// One line: the code, SQLite's message and the start of the statement. A migration is a
    /// hundred lines of SQL, which the whole of would bury the message.
    public var description: String {
        let name = String(cString: sqlite3_errstr(code))
        var text = "SQLite error \(code) (\(name)): \(message)"
        if let sql, let summary = Self.summary(of: sql) { text += " in «\(summary)»" }
        return text
    }

    /// The statement on one line, its comments left out and its white space collapsed, cut
    /// after `limit` characters; nil when it is nothing but comments.
    static func summary(of sql: String, limit: Int = 80) -> String? {
        let code = sql.split(whereSeparator: \.isNewline).filter { line in
            !line.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("--")
        }
        let words = code.joined(separator: " ").split(whereSeparator: \.isWhitespace)
        guard !words.isEmpty else { return nil }
        let line = words.joined(separator: " ")
        return line.count > limit ? line.prefix(limit - 1) + "…" : line
    }
}
