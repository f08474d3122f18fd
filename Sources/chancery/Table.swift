/// A plain-text table with columns as wide as their widest cell (capped, long cells cut with "…").
struct Table {
    let headers: [String]
    let rows: [[String]]
    var maximumWidth = 48

    func render() {
        var widths = headers.map { Self.width(of: $0) }
        for row in rows {
            for (column, cell) in row.enumerated() where column < widths.count {
                widths[column] = min(maximumWidth, max(widths[column], Self.width(of: cell)))
            }
        }
        Output.write { out in
            Self.write(headers, widths, into: &out)
            for (column, width) in widths.enumerated() {
                if column > 0 { out.append("  ") }
                for _ in 0..<width { out.append("─") }
            }
            out.append(byte: Self.newline)
        }
        // A line at a time, so that the buffer is flushed as it fills.
        for row in rows {
            Output.write { Self.write(row, widths, into: &$0) }
        }
    }

    /// How many columns `cell` takes: its characters, so that a letter with a diacritic or an
    /// Arabic letter with harakat counts once. Most cells are ASCII, where bytes are characters.
    static func width(of cell: String) -> Int {
        let utf8 = cell.utf8
        return utf8.allSatisfy { $0 < 0x80 } ? utf8.count : cell.count
    }

    private static let newline = UInt8(ascii: "\n")
    private static let space = UInt8(ascii: " ")

    /// Writes one line: each cell padded to its column, the last one not padded.
    private static func write(_ cells: [String], _ widths: [Int], into out: inout TextBuffer) {
        var pending = 0  // spaces owed before the next cell, never written at the end of a line
        for (column, cell) in cells.enumerated() where column < widths.count {
            if column > 0 { pending += 2 }
            let width = widths[column]
            let cellWidth = Self.width(of: cell)
            guard cellWidth > 0 else {
                pending += width
                continue
            }
            for _ in 0..<pending { out.append(byte: space) }
            if cellWidth > width {
                out.append(String(cell.prefix(width - 1)))
                out.append("…")
                pending = 0
            } else {
                out.append(cell)
                pending = width - cellWidth
            }
        }
        out.append(byte: newline)
    }
}
