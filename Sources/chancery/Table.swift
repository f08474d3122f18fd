import Glibc

/// A plain-text table whose lines fit the width it is printed in: columns as wide as their widest
/// cell when the table fits, narrowed as `TableLayout` says when it does not, and printed whole
/// when there is no width to fit (output to a pipe or a file, or `--wide`).
///
/// Widths are terminal cells (see `TerminalCells`). Each cell is made safe for the terminal as it
/// ends (see `TerminalText`): its controls shown as escapes, and a cell with right-to-left text
/// isolated, so that nothing in it can reach the next column; a cell that is cut keeps its isolate
/// whole, the "…" inside it.
///
/// Cells are written one after another into one buffer as rows are added, not kept as strings:
/// a listing of ten thousand events then costs no allocation per cell.
struct Table: ~Copyable {
    /// How a column may be narrowed to fit.
    enum Fit: Equatable {
        /// Never: ids, dates, country codes, words of a closed set.
        case whole
        /// Cut with "…", down to `minimum` cells (and never below its header), before the
        /// columns of a higher `rank`.
        case cut(minimum: Int, rank: Int)
        /// A list of names, each with what is said of it, written with `addItem`: narrowed by
        /// printing the names alone, then as many of them as fit after the first two, and "…",
        /// then over several lines, every name whole. A listing of who met whom must show both
        /// parties before anything else is cut.
        case names
    }

    /// A column: its header, how it may be narrowed, and whether it may be left out when the
    /// others do not fit otherwise (the lowest rank first).
    struct Column {
        var header: String
        var fit: Fit
        var leaveOutRank: Int?

        init(_ header: String, _ fit: Fit = .cut(minimum: 10, rank: 0), leaveOutRank: Int? = nil) {
            self.header = header
            self.fit = fit
            self.leaveOutRank = leaveOutRank
        }
    }

    let columns: [Column]
    var headers: [String] { columns.map(\.header) }
    /// Every cell written so far; the next one is being written at its end.
    var cells = TextBuffer()
    /// Where each cell ends in `cells`, and how many cells of the terminal it takes, row after
    /// row; the headers are the first row.
    private var cellEnds = Int32Buffer()
    private var cellWidths = Int32Buffer()
    /// The items of the lists of names: where each starts, where its name ends, and where it ends.
    private var items = Int32Buffer()
    /// For each cell of a names column below the headers: its first item, how many it has, its
    /// width as its names alone, the narrowest it is printed on one line showing two names, and
    /// the narrowest over several lines, as wide as its widest name.
    private var namesCells = Int32Buffer()
    /// Each column's ordinal among the names columns, if it is one.
    private let namesOrdinals: [Int?]
    private let namesColumnCount: Int
    /// The widest cell of each column, as printed whole and as its names alone, and the
    /// narrowest a names column may be.
    private var natural: [Int]
    private var namesAlone: [Int]
    private var namesMinimum: [Int]
    private var namesWrapped: [Int]
    /// The column of the next cell, its row, where it starts in `cells`, and its items so far.
    private var column = 0
    private var row = 0
    private var cellStart = 0
    private var cellItemCount = 0

    init(columns: [Column]) {
        self.columns = columns
        var ordinal = 0
        namesOrdinals = columns.map { column in
            guard column.fit == .names else { return nil }
            defer { ordinal += 1 }
            return ordinal
        }
        namesColumnCount = ordinal
        natural = columns.map { _ in 0 }
        namesAlone = natural
        namesMinimum = natural
        namesWrapped = natural
        // Address space only: pages are touched as cells fill them, and the buffer is not copied
        // as it grows through a long listing.
        cells.reserveCapacity(1 << 22)
        cellEnds.reserveCapacity(1 << 17)
        cellWidths.reserveCapacity(1 << 17)
        for column in columns { addCell(column.header) }
    }

    /// A table whose columns may all be cut, the widest first.
    init(headers: [String]) {
        self.init(columns: headers.map { Column($0) })
    }

    init(headers: [String], rows: [[String]]) {
        self.init(headers: headers)
        for row in rows {
            for cell in row.prefix(headers.count) { addCell(cell) }
        }
    }

    /// Rows added, the headers' not counted.
    var rowCount: Int { cellEnds.count / max(1, columns.count) - 1 }

    /// Adds the next cell, left to right, top to bottom.
    mutating func addCell(_ text: String) {
        cells.append(text)
        endCell()
    }

    /// Adds one item to the list of names being written in a names column: `name` writes the
    /// name, `details` what is said of it (" (foreign minister, MA)"). Items are separated by "; ".
    mutating func addItem(name: (inout TextBuffer) -> Void, details: (inout TextBuffer) -> Void) {
        if cellItemCount > 0 { cells.append(literal: "; ") }
        let start = cells.count
        name(&cells)
        neutralizeSince(start)
        let nameEnd = cells.count
        details(&cells)
        neutralizeSince(nameEnd)
        items.append(Int32(start))
        items.append(Int32(nameEnd))
        items.append(Int32(cells.count))
        cellItemCount += 1
    }

    /// Shows as escapes the controls in what was written since `start`, on its own: each part of
    /// an item then closes what it opens, whichever parts are printed.
    private mutating func neutralizeSince(_ start: Int) {
        if let written = cells.withBytes({ bytes -> String? in
            let cell = UnsafeBufferPointer(rebasing: bytes[start...])
            return TerminalText.needsNeutralizing(cell) ? String(decoding: cell, as: UTF8.self) : nil
        }) {
            cells.removeLast(cells.count - start)
            cells.append(TerminalText.neutralized(written))
        }
    }

    /// Ends the cell written into `cells` since the last cell ended: the next cell starts.
    mutating func endCell() {
        let start = cellStart
        let isNamesCell = row > 0 && namesOrdinals[column] != nil
        if cellItemCount == 0 { neutralizeSince(start) }
        let end = cells.count
        let (width, isolated) = cells.withBytes { bytes in
            let cell = UnsafeBufferPointer(rebasing: bytes[start..<end])
            return (TerminalCells.width(of: cell), TerminalText.needsIsolation(cell))
        }
        if isNamesCell {
            // A cell written whole in a names column is one name.
            if cellItemCount == 0 && end > start {
                items.append(Int32(start))
                items.append(Int32(end))
                items.append(Int32(end))
                cellItemCount = 1
            }
            let first = items.count / 3 - cellItemCount
            let (alone, minimum, wrapped) = namesWidths(first: first, count: cellItemCount)
            namesCells.append(Int32(first))
            namesCells.append(Int32(cellItemCount))
            namesCells.append(Int32(alone))
            namesCells.append(Int32(minimum))
            namesCells.append(Int32(wrapped))
            namesAlone[column] = max(namesAlone[column], alone)
            namesMinimum[column] = max(namesMinimum[column], minimum)
            namesWrapped[column] = max(namesWrapped[column], wrapped)
        } else if row == 0 {
            namesAlone[column] = width
            namesMinimum[column] = width
            namesWrapped[column] = width
        }
        cellEnds.append(Int32(end))
        cellWidths.append(Int32(width) | (isolated ? Self.isolatedFlag : 0))
        natural[column] = max(natural[column], width)
        cellStart = end
        cellItemCount = 0
        column += 1
        if column == columns.count {
            column = 0
            row += 1
        }
    }

    /// The width of the items' names alone; the narrowest they are printed on one line showing
    /// two of them ("A; B; …"); and the narrowest over several lines, a name and its ";" a line.
    private func namesWidths(first: Int, count: Int) -> (alone: Int, minimum: Int, wrapped: Int) {
        var alone = 0
        var twoNames = 0
        var wrapped = 0
        for item in 0..<count {
            let width = nameWidth(first + item)
            alone += width + (item > 0 ? 2 : 0)
            if item == 1 { twoNames = alone }
            wrapped = max(wrapped, width + (item + 1 < count ? 1 : 0))
        }
        return (alone, count > 2 ? min(alone, twoNames + Self.moreNames.count) : alone, wrapped)
    }

    private func nameWidth(_ item: Int) -> Int {
        let (start, end) = (Int(items[3 * item]), Int(items[3 * item + 1]))
        return cells.withBytes { TerminalCells.width(of: UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// What ends a list of names cut short.
    private static let moreNames = "; …"

    /// Set in a cell's width when the cell is printed between FSI and PDI.
    private static let isolatedFlag: Int32 = 1 << 30

    /// The layout of this table in lines of at most `limit` cells, or whole without a limit.
    func layout(fitting limit: Int?) -> TableLayout {
        TableLayout(columns.indices.map { index in
            let column = columns[index]
            let header = TerminalCells.width(of: column.header)
            let minimum: Int
            switch column.fit {
            case .whole: minimum = natural[index]
            case .cut(let cutMinimum, _): minimum = min(natural[index], max(header, cutMinimum))
            case .names: minimum = namesMinimum[index]
            }
            return TableLayout.Column(fit: column.fit, leaveOutRank: column.leaveOutRank, natural: natural[index],
                                      namesAlone: column.fit == .names ? namesAlone[index] : natural[index],
                                      minimum: minimum, wrapped: column.fit == .names ? namesWrapped[index] : minimum)
        }, fitting: limit)
    }

    /// Writes the table a line at a time through `write`, standard output's buffer unless said
    /// otherwise, so that the buffer is flushed as it fills; its lines take at most `limit` cells
    /// when a limit is given and the table can be narrowed to it. Returns the headers of the
    /// columns left out to fit.
    @discardableResult
    func render(fitting limit: Int? = nil, through write: ((inout TextBuffer) -> Void) -> Void = Output.write) -> [String] {
        let widths = layout(fitting: limit).widths
        var offsets: [Int] = []
        var offset = 0
        for width in widths {
            offsets.append(offset)
            if let width { offset += width + TableLayout.gap }
        }
        write { out in
            writeRow(0, widths: widths, offsets: offsets, into: &out)
            var first = true
            for width in widths {
                guard let width else { continue }
                if !first { out.appendSpaces(TableLayout.gap) }
                first = false
                for _ in 0..<width { out.append(literal: "─") }
            }
            out.append(byte: Self.newline)
        }
        for row in 0..<rowCount {
            write { writeRow(row + 1, widths: widths, offsets: offsets, into: &$0) }
        }
        return columns.indices.filter { widths[$0] == nil }.map { columns[$0].header }
    }

    /// Says, under a table, which columns were left out to fit `width`, and how to see them.
    static func noteLeftOut(_ headers: [String], fitting width: Int?) {
        guard !headers.isEmpty, let width else { return }
        let note = "Left out to fit \(width) columns: \(headers.joined(separator: ", ")) (--wide shows all)."
        Output.line(note.count <= width ? note : String(note.prefix(max(0, width - 1))) + "…")
    }

    private static let newline = UInt8(ascii: "\n")

    /// A list of names that goes on over the lines after its row's first: its cell, whether it
    /// is isolated, and the items of each line after the first.
    private struct Continuation {
        var column: Int
        var cell: Int
        var isolated: Bool
        var lines: ArraySlice<Range<Int>>
    }

    /// Writes one row: each cell of a column shown padded to its width, the last one not padded;
    /// then, when a list of names goes on over more lines, those lines, at the column's place.
    private func writeRow(_ row: Int, widths: [Int?], offsets: [Int], into out: inout TextBuffer) {
        var pending = 0  // spaces owed before the next cell, never written at the end of a line
        var first = true
        var continuations: [Continuation] = []
        let firstCell = row * columns.count
        cells.withBytes { bytes in
            cellEnds.withUnsafeBufferPointer { ends in
                cellWidths.withUnsafeBufferPointer { cellWidths in
                    for column in 0..<columns.count {
                        guard let width = widths[column] else { continue }
                        let cell = firstCell + column
                        let start = cell == 0 ? 0 : Int(ends[cell - 1])
                        let text = UnsafeBufferPointer(rebasing: bytes[start..<Int(ends[cell])])
                        if !first { pending += TableLayout.gap }
                        first = false
                        let isolated = cellWidths[cell] & Self.isolatedFlag != 0
                        let cellWidth = Int(cellWidths[cell] & ~Self.isolatedFlag)
                        guard cellWidth > 0 || isolated else {
                            pending += width
                            continue
                        }
                        out.appendSpaces(pending)
                        if isolated { out.append(literal: "\u{2068}") }
                        let written: Int
                        if cellWidth <= width {
                            out.append(utf8: text)
                            written = cellWidth
                        } else if row > 0, let ordinal = namesOrdinals[column] {
                            let namesCell = (row - 1) * namesColumnCount + ordinal
                            if Int(namesCells[5 * namesCell + 3]) <= width {
                                written = writeNames(ofCell: namesCell, in: bytes, fitting: width, into: &out)
                            } else {
                                let lines = wrappedLines(ofCell: namesCell, in: bytes, fitting: width)
                                written = writeNames(ofCell: namesCell, lines[0], continued: lines.count > 1, in: bytes,
                                                     fitting: width, into: &out)
                                if lines.count > 1 {
                                    continuations.append(Continuation(column: column, cell: namesCell, isolated: isolated,
                                                                      lines: lines.dropFirst()))
                                }
                            }
                        } else {
                            written = Self.writeCut(text, width: cellWidth, fitting: width, into: &out)
                        }
                        if isolated { out.append(literal: "\u{2069}") }
                        pending = width - written
                    }
                }
            }
            out.append(byte: Self.newline)
            var line = 0
            while continuations.contains(where: { line < $0.lines.count }) {
                var position = 0
                for continuation in continuations where line < continuation.lines.count {
                    let column = continuation.column
                    let items = continuation.lines[continuation.lines.startIndex + line]
                    out.appendSpaces(offsets[column] - position)
                    if continuation.isolated { out.append(literal: "\u{2068}") }
                    let written = writeNames(ofCell: continuation.cell, items,
                                             continued: line + 1 < continuation.lines.count, in: bytes,
                                             fitting: widths[column] ?? 0, into: &out)
                    if continuation.isolated { out.append(literal: "\u{2069}") }
                    position = offsets[column] + written
                }
                out.append(byte: Self.newline)
                line += 1
            }
        }
    }

    /// The items of a names cell on each line, over as many lines as it takes to print every
    /// name whole in `limit` cells, a ";" ending each line that another follows.
    private func wrappedLines(ofCell index: Int, in bytes: UnsafeBufferPointer<UInt8>, fitting limit: Int) -> [Range<Int>] {
        let (first, count) = (Int(namesCells[5 * index]), Int(namesCells[5 * index + 1]))
        var lines: [Range<Int>] = []
        var lineStart = 0
        var used = 0
        for item in 0..<count {
            let width = nameWidth(first + item)
            let semicolon = item + 1 < count ? 1 : 0
            if item > lineStart && used + 2 + width + semicolon > limit {
                lines.append(lineStart..<item)
                lineStart = item
                used = width
            } else {
                used += (item > lineStart ? 2 : 0) + width
            }
        }
        lines.append(lineStart..<count)
        return lines
    }

    /// Writes the names of `items` of a names cell, separated by "; " and followed by ";" when
    /// the list goes on on the next line; a name wider than `limit` alone is cut. Returns the
    /// cells written.
    private func writeNames(ofCell index: Int, _ items: Range<Int>, continued: Bool, in bytes: UnsafeBufferPointer<UInt8>,
                            fitting limit: Int, into out: inout TextBuffer) -> Int {
        let first = Int(namesCells[5 * index])
        var used = 0
        for item in items {
            if item > items.lowerBound {
                out.append(literal: "; ")
                used += 2
            }
            let name = UnsafeBufferPointer(rebasing: bytes[Int(self.items[3 * (first + item)])..<Int(self.items[3 * (first + item) + 1])])
            let width = TerminalCells.width(of: name)
            let room = limit - used - (continued && item + 1 == items.upperBound ? 1 : 0)
            if width > room {
                used += Self.writeCut(name, width: width, fitting: room, into: &out)
            } else {
                out.append(utf8: name)
                used += width
            }
        }
        if continued {
            out.append(literal: ";")
            used += 1
        }
        return used
    }

    /// Writes the start of a cell too wide for `limit` cells and "…"; returns the cells written.
    private static func writeCut(_ text: UnsafeBufferPointer<UInt8>, width: Int, fitting limit: Int, into out: inout TextBuffer) -> Int {
        guard limit > 0 else { return 0 }
        let kept: Int
        if width == text.count {  // ASCII: a cell is a byte
            out.append(utf8: UnsafeBufferPointer(rebasing: text.prefix(limit - 1)))
            kept = limit - 1
        } else {
            kept = TerminalCells.writePrefix(of: text, fitting: limit - 1, into: &out)
        }
        out.append(literal: "…")
        return kept + 1
    }

    /// Writes on one line the names of a names cell too wide for `limit` as printed whole: the
    /// names alone when they fit, else as many as fit followed by "; …", two at least. Returns
    /// the cells written.
    private func writeNames(ofCell index: Int, in bytes: UnsafeBufferPointer<UInt8>, fitting limit: Int,
                            into out: inout TextBuffer) -> Int {
        let (first, count, alone) = (Int(namesCells[5 * index]), Int(namesCells[5 * index + 1]), Int(namesCells[5 * index + 2]))
        var used = 0
        for item in 0..<count {
            let name = UnsafeBufferPointer(rebasing: bytes[Int(items[3 * (first + item)])..<Int(items[3 * (first + item) + 1])])
            let width = TerminalCells.width(of: name)
            let separator = item > 0 ? 2 : 0
            let more = item + 1 < count && alone > limit ? Self.moreNames.count : 0
            if item >= 2 && used + separator + width + more > limit {
                out.append(Self.moreNames)
                return used + Self.moreNames.count
            }
            if item > 0 { out.append(literal: "; ") }
            out.append(utf8: name)
            used += separator + width
        }
        return used
    }
}

/// A growing run of Int32 in memory the buffer alone owns, so that appending needs no check for sharing.
struct Int32Buffer: ~Copyable {
    private var base: UnsafeMutablePointer<Int32>
    private(set) var count = 0
    private var capacity = 16

    init() {
        base = malloc(capacity * MemoryLayout<Int32>.stride)!.assumingMemoryBound(to: Int32.self)
    }

    deinit { free(base) }

    subscript(index: Int) -> Int32 {
        precondition(index >= 0 && index < count)
        return base[index]
    }

    mutating func reserveCapacity(_ minimum: Int) {
        guard minimum > capacity else { return }
        capacity = max(minimum, capacity * 2)
        base = realloc(base, capacity * MemoryLayout<Int32>.stride)!.assumingMemoryBound(to: Int32.self)
    }

    func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<Int32>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    @inline(__always)
    mutating func append(_ value: Int32) {
        if count == capacity { reserveCapacity(count + 1) }
        base[count] = value
        count += 1
    }
}
