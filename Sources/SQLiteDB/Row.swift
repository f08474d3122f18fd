/// One result row, copied out of the statement so it outlives the next step.
public struct Row: Sendable {
    public let columns: [String]
    public let values: [Value]

    public subscript(index: Int) -> Value { values[index] }

    /// The value of the named column, or `.null` when there is no such column.
    public subscript(name: String) -> Value {
        guard let index = columns.firstIndex(of: name) else { return .null }
        return values[index]
    }
}
