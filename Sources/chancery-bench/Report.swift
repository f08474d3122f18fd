import Foundation

/// The figures of a run: one table for people, one JSON line for machines.
final class Report {
    struct Row {
        let measure: String
        let value: String
        /// What it is compared with: the sqlite3 floor or nothing.
        let reference: String
        let target: String
        /// nil when the row has no target.
        let met: Bool?
    }

    private(set) var rows: [Row] = []
    private(set) var figures: [(String, Double)] = []
    private(set) var notes: [String] = []

    func add(_ measure: String, _ value: String, reference: String = "", target: String = "", met: Bool? = nil) {
        rows.append(Row(measure: measure, value: value, reference: reference, target: target, met: met))
    }

    /// A number for the JSON line.
    func figure(_ key: String, _ value: Double) {
        figures.append((key, value))
    }

    func note(_ text: String) {
        notes.append(text)
    }

    /// The table, columns as wide as their widest cell.
    func table() -> String {
        let header = ["measure", "chancery", "sqlite3 floor", "target", "met"]
        let cells = rows.map { [$0.measure, $0.value, $0.reference, $0.target, $0.met.map { $0 ? "yes" : "MISSED" } ?? ""] }
        var widths = header.map(\.count)
        for row in cells {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
        }
        func line(_ row: [String]) -> String {
            var text = ""
            for (column, cell) in row.enumerated() {
                text += cell + String(repeating: " ", count: widths[column] - cell.count) + (column + 1 < row.count ? "  " : "")
            }
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        var lines = [line(header), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        lines += cells.map(line)
        lines += notes.map { "note: " + $0 }
        return lines.joined(separator: "\n")
    }

    /// One JSON object of every figure, keys in the order they were measured.
    func jsonLine() -> String {
        let met = rows.compactMap(\.met)
        var pairs = figures.map { "\"\($0.0)\": \(Self.number($0.1))" }
        pairs.append("\"targets_met\": \(met.filter { $0 }.count)")
        pairs.append("\"targets\": \(met.count)")
        return "{" + pairs.joined(separator: ", ") + "}"
    }

    private static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(format: "%.4g", value)
    }

    /// "12.3 ms", "4.56 s": a duration people read at a glance.
    static func duration(_ seconds: Double) -> String {
        seconds < 1 ? String(format: "%.1f ms", seconds * 1_000) : String(format: "%.2f s", seconds)
    }

    static func ratio(_ value: Double) -> String {
        String(format: "%.2f×", value)
    }
}
