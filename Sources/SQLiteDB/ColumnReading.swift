/// What the columns of one row can be read from: a statement's current row, or a `Row` copied
/// out of one. Readers find a column by its name once (`columnIndex(named:)`), then read it by
/// index, so that a row type is read the same way from both and its columns may come in any order.
public protocol ColumnReading {
    /// The index of the column named `name` (as SQLite names it: `e.status` is `status`), or
    /// nil when the query has none.
    func columnIndex(named name: String) -> Int32?
    func isNull(at column: Int32) -> Bool
    func int64(at column: Int32) -> Int64
    func double(at column: Int32) -> Double
    /// The column as text, or nil when it is NULL.
    func text(at column: Int32) -> String?
}

extension ColumnReading {
    /// The named column as text; nil when it is NULL or missing.
    public func text(named name: String) -> String? {
        columnIndex(named: name).flatMap(text(at:))
    }

    /// The named column as an integer; nil when it is NULL or missing.
    public func int64(named name: String) -> Int64? {
        guard let index = columnIndex(named: name), !isNull(at: index) else { return nil }
        return int64(at: index)
    }

    public func int(named name: String) -> Int? { int64(named: name).map { Int($0) } }

    /// The named column as a number; nil when it is NULL or missing.
    public func double(named name: String) -> Double? {
        guard let index = columnIndex(named: name), !isNull(at: index) else { return nil }
        return double(at: index)
    }
}

extension Row: ColumnReading {
    public func columnIndex(named name: String) -> Int32? {
        columns.firstIndex(of: name).map { Int32($0) }
    }

    public func isNull(at column: Int32) -> Bool { values[Int(column)].isNull }
    public func int64(at column: Int32) -> Int64 { values[Int(column)].int64 ?? 0 }
    public func double(at column: Int32) -> Double { values[Int(column)].double ?? 0 }
    public func text(at column: Int32) -> String? { values[Int(column)].string }
}
