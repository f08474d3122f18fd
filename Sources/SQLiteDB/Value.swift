/// A value as SQLite stores it: one of its five storage classes.
public enum Value: Hashable, Sendable {
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])
    case null

    public var int64: Int64? {
        switch self {
        case .integer(let value): value
        case .real(let value): Int64(exactly: value)
        default: nil
        }
    }

    public var int: Int? { int64.map { Int($0) } }

    public var double: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .real(let value): value
        default: nil
        }
    }

    public var string: String? {
        if case .text(let value) = self { return value }
        return nil
    }

    public var isNull: Bool { self == .null }
}

/// Types that can be bound as a statement parameter.
public protocol SQLiteBindable {
    var sqliteValue: Value { get }
}

extension Value: SQLiteBindable { public var sqliteValue: Value { self } }
extension Int: SQLiteBindable { public var sqliteValue: Value { .integer(Int64(self)) } }
extension Int64: SQLiteBindable { public var sqliteValue: Value { .integer(self) } }
extension Double: SQLiteBindable { public var sqliteValue: Value { .real(self) } }
extension String: SQLiteBindable { public var sqliteValue: Value { .text(self) } }
extension Bool: SQLiteBindable { public var sqliteValue: Value { .integer(self ? 1 : 0) } }
extension Optional: SQLiteBindable where Wrapped: SQLiteBindable {
    public var sqliteValue: Value { self?.sqliteValue ?? .null }
}
