/// A plain-text table with columns as wide as their widest cell (capped, long cells cut with "…").
struct Table {
    let headers: [String]
    let rows: [[String]]
    var maximumWidth = 48

    func render() {
        var widths = headers.map(\.count)
        for row in rows {
            for (column, cell) in row.enumerated() where column < widths.count {
                widths[column] = min(maximumWidth, max(widths[column], cell.count))
            }
        }
        Output.line(line(headers, widths))
        Output.line(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        for row in rows { Output.line(line(row, widths)) }
    }

    private func line(_ cells: [String], _ widths: [Int]) -> String {
        var parts: [String] = []
        for (column, cell) in cells.enumerated() {
            let width = widths[column]
            var text = cell.count > width ? String(cell.prefix(width - 1)) + "…" : cell
            if column < cells.count - 1 {
                text += String(repeating: " ", count: width - text.count)
            }
            parts.append(text)
        }
        var result = parts.joined(separator: "  ")
        while result.last == " " { result.removeLast() }
        return result
    }
}
