import Glibc

/// A plain-text table with columns as wide as their widest cell (capped, long cells cut with "…").
///
/// Each cell is made safe for the terminal as it ends (see `TerminalText`): its controls shown as
/// escapes, and a cell with right-to-left text isolated, so that nothing in it can reach the next
/// column; a cell that is cut keeps its isolate whole.
///
/// Cells are written one after another into one buffer as rows are added, not kept as strings:
/// a listing of ten thousand events then costs no allocation per cell.
struct Table: ~Copyable {
    let headers: [String]
    let maximumWidth: Int
    /// Every cell written so far; the next one is being written at its end.
    var cells = TextBuffer()
    /// Where each cell ends in `cells`, and how many columns it takes, row after row; the
    /// headers are the first row.
    private var cellEnds = Int32Buffer()
    private var cellWidths = Int32Buffer()
    private var widths: [Int]
    /// The column of the next cell, and where it starts in `cells`.
    private var column = 0
    private var cellStart = 0

    init(headers: [String], maximumWidth: Int = 48) {
        self.headers = headers
        self.maximumWidth = maximumWidth
        widths = headers.map { _ in 0 }
        // Address space only: pages are touched as cells fill them, and the buffer is not copied
        // as it grows through a long listing.
        cells.reserveCapacity(1 << 22)
        cellEnds.reserveCapacity(1 << 17)
        cellWidths.reserveCapacity(1 << 17)
        for header in headers { addCell(header) }
    }

    init(headers: [String], rows: [[String]]) {
        self.init(headers: headers)
        for row in rows {
            for cell in row.prefix(headers.count) { addCell(cell) }
        }
    }

    /// Rows added, the headers' not counted.
    var rowCount: Int { cellEnds.count / max(1, headers.count) - 1 }

    /// Adds the next cell, left to right, top to bottom.
    mutating func addCell(_ text: String) {
        cells.append(text)
        endCell()
    }

    /// Ends the cell written into `cells` since the last cell ended: the next cell starts.
    mutating func endCell() {
        let start = cellStart
        if let written = cells.withBytes({ bytes -> String? in
            let cell = UnsafeBufferPointer(rebasing: bytes[start...])
            return TerminalText.needsNeutralizing(cell) ? String(decoding: cell, as: UTF8.self) : nil
        }) {
            cells.removeLast(cells.count - start)
            cells.append(TerminalText.neutralized(written))
        }
        let end = cells.count
        let (width, isolated) = cells.withBytes { bytes in
            let cell = UnsafeBufferPointer(rebasing: bytes[start..<end])
            return (Self.width(of: cell), TerminalText.needsIsolation(cell))
        }
        cellEnds.append(Int32(end))
        cellStart = end
        cellWidths.append(Int32(width) | (isolated ? Self.isolatedFlag : 0))
        if width > widths[column] { widths[column] = min(maximumWidth, width) }
        column = column + 1 == headers.count ? 0 : column + 1
    }

    /// Set in a cell's width when the cell is printed between FSI and PDI.
    private static let isolatedFlag: Int32 = 1 << 30

    /// Writes the table a line at a time through `write`, standard output's buffer unless said
    /// otherwise, so that the buffer is flushed as it fills.
    func render(through write: ((inout TextBuffer) -> Void) -> Void = Output.write) {
        write { out in
            writeRow(0, into: &out)
            for (column, width) in widths.enumerated() {
                if column > 0 { out.append("  ") }
                for _ in 0..<width { out.append("─") }
            }
            out.append(byte: Self.newline)
        }
        for row in 0..<rowCount {
            write { writeRow(row + 1, into: &$0) }
        }
    }

    /// How many columns `cell` takes: its characters, so that a letter with a diacritic or an
    /// Arabic letter with harakat counts once. Most cells are ASCII, where bytes are characters.
    static func width(of cell: String) -> Int {
        var cell = cell
        return cell.withUTF8 { width(of: $0) }
    }

    static func width(of utf8: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = UnsafeRawPointer(utf8.baseAddress) else { return 0 }
        // Eight bytes at a time, the last load overlapping the one before: a cell is ASCII when
        // no byte has its high bit set.
        let count = utf8.count
        var highBits: UInt64 = 0
        switch count {
        case 8...:
            var index = 0
            while index + 8 <= count {
                highBits |= base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                index += 8
            }
            highBits |= base.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        case 4..<8:
            highBits = UInt64(base.loadUnaligned(as: UInt32.self) | base.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
        default:
            for index in 0..<count { highBits |= UInt64(utf8[index]) }
        }
        return highBits & 0x8080_8080_8080_8080 == 0 ? count : widthOfUnicode(utf8)
    }

    /// The characters of a cell that is not ASCII. Counting them in a String walks its grapheme
    /// breaks; scalars that never join another are counted one by one instead, and eight ASCII
    /// bytes at a time, for such a cell ("AF–QA", "treaty ×2: trade") is mostly ASCII. Any other
    /// cell is left to String.
    private static func widthOfUnicode(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        let base = UnsafeRawPointer(utf8.baseAddress!)
        let count = utf8.count
        var characters = 0
        var index = 0
        while index < count {
            if index + 8 <= count, base.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                characters += 8
                continue
            }
            guard let length = loneScalarLength(in: utf8, at: index) else {
                return String(decoding: utf8, as: UTF8.self).reduce(0) { $0 + (TerminalText.isInvisibleFormat($1) ? 0 : 1) }
            }
            index += length
            characters += 1
        }
        return characters
    }

    /// The bytes of the scalar at `index` when it is one that never joins another into a
    /// character (ASCII, Latin-1 and Latin Extended letters, the dashes, quotation marks and
    /// ellipsis of U+2010–U+2027), else nil.
    private static func loneScalarLength(in utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        switch utf8[index] {
        case ..<0x80: 1
        case 0xC2...0xCB: 2  // U+0080–U+02FF, before the combining diacritical marks
        case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && (0x90...0xA7).contains(utf8[index + 2]): 3
        default: nil
        }
    }

    private static let newline = UInt8(ascii: "\n")

    /// Writes one line: each cell padded to its column, the last one not padded.
    private func writeRow(_ row: Int, into out: inout TextBuffer) {
        var pending = 0  // spaces owed before the next cell, never written at the end of a line
        let first = row * headers.count
        cells.withBytes { bytes in
            cellEnds.withUnsafeBufferPointer { ends in
                cellWidths.withUnsafeBufferPointer { cellWidths in
                    var start = first == 0 ? 0 : Int(ends[first - 1])
                    for column in 0..<headers.count {
                        let end = Int(ends[first + column])
                        let text = UnsafeBufferPointer(rebasing: bytes[start..<end])
                        start = end
                        if column > 0 { pending += 2 }
                        let width = widths[column]
                        let isolated = cellWidths[first + column] & Self.isolatedFlag != 0
                        let cellWidth = Int(cellWidths[first + column] & ~Self.isolatedFlag)
                        guard cellWidth > 0 || isolated else {
                            pending += width
                            continue
                        }
                        out.appendSpaces(pending)
                        if isolated { out.append(literal: "\u{2068}") }
                        if cellWidth > width {
                            if cellWidth == text.count {  // ASCII: a character is a byte
                                out.append(utf8: UnsafeBufferPointer(rebasing: text.prefix(width - 1)))
                            } else {
                                Self.writePrefix(of: text, characters: width - 1, into: &out)
                            }
                            out.append(literal: "…")
                            pending = 0
                        } else {
                            out.append(utf8: text)
                            pending = width - cellWidth
                        }
                        if isolated { out.append(literal: "\u{2069}") }
                    }
                }
            }
        }
        out.append(byte: Self.newline)
    }

    /// Writes the first `characters` characters of a cell, counted as `width(of:)` counts them.
    private static func writePrefix(of cell: UnsafeBufferPointer<UInt8>, characters: Int, into out: inout TextBuffer) {
        var end = 0
        var written = 0
        while written < characters && end < cell.count {
            guard let length = loneScalarLength(in: cell, at: end) else {
                writeCharacters(String(decoding: cell, as: UTF8.self), upTo: characters, into: &out)
                return
            }
            end += length
            written += 1
        }
        out.append(utf8: UnsafeBufferPointer(rebasing: cell[..<end]))
    }

    /// Writes the first `limit` visible characters of `cell`, then closes the embeddings and
    /// isolates the cut left open, innermost first: a cell whose end is cut off must not leave
    /// its direction running on.
    private static func writeCharacters(_ cell: String, upTo limit: Int, into out: inout TextBuffer) {
        var written = 0
        var open: [Unicode.Scalar] = []  // the closer each open control awaits
        var prefix = ""
        for character in cell {
            let invisible = TerminalText.isInvisibleFormat(character)
            if !invisible && written == limit { break }
            if invisible, let scalar = character.unicodeScalars.first {
                switch TerminalText.direction(of: scalar) {
                case .opensEmbedding?: open.append(TerminalText.popDirectionalFormatting)
                case .opensIsolate?: open.append(TerminalText.popDirectionalIsolate)
                case .closesEmbedding?, .closesIsolate?: _ = open.popLast()
                case nil: break
                }
            } else {
                written += 1
            }
            prefix.append(character)
        }
        for closer in open.reversed() { prefix.unicodeScalars.append(closer) }
        out.append(prefix)
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
