/// Text measured and cut in terminal cells, the unit a terminal lays a line out in.
///
/// A character is not a cell. An Arabic letter takes one and its harakat none; a combining accent,
/// a zero-width joiner and the bidirectional controls take none; a Chinese, Japanese or Korean
/// character and an emoji shown as one take two. The widths are those `wcwidth` gives (glibc's,
/// which the tests hold these to), written here so that they need no locale set at launch and are
/// the same on every system. Text is measured as it is printed, its controls already shown as
/// escapes (see `TerminalText`).
enum TerminalCells {
    /// How many cells `text` takes.
    static func width(of text: String) -> Int {
        var text = text
        return text.withUTF8 { width(of: $0) }
    }

    /// How many cells UTF-8 text takes. ASCII, most cells of a table, is one cell a byte, found
    /// eight bytes at a time; other text is measured a scalar at a time.
    static func width(of utf8: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = UnsafeRawPointer(utf8.baseAddress) else { return 0 }
        let count = utf8.count
        var cells = 0
        var index = 0
        while index < count {
            if index + 8 <= count, base.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                cells += 8
                continue
            }
            let byte = utf8[index]
            if byte < 0x80 {
                index += 1
                cells += 1
                continue
            }
            let (scalar, length) = decode(utf8, at: index)
            index += length
            cells += width(of: scalar)
        }
        return cells
    }

    /// How many cells one scalar takes: 0, 1 or 2.
    static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x300 { return value < 0x20 || (0x7F...0x9F).contains(value) ? 0 : 1 }
        if (0x1160...0x11FF).contains(value) { return 0 }  // Hangul vowels and finals, drawn into the syllable
        if (0x1F1E6...0x1F1FF).contains(value) { return 1 }  // regional indicators: a flag is two of them
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        return isWide(value) || scalar.properties.isEmojiPresentation ? 2 : 1
    }

    /// Whether a scalar is East Asian Wide or Fullwidth: the blocks of Unicode's EastAsianWidth.txt
    /// marked W or F, emoji aside.
    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
             0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F200...0x1F2FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            true
        default:
            false
        }
    }

    /// The scalar whose UTF-8 starts at `index`, and how many bytes it takes; a malformed byte
    /// reads as U+FFFD, as `String(decoding:)` reads it.
    private static func decode(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = utf8[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= utf8.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1..<length {
            let next = utf8[index + offset]
            guard next & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = value << 6 | UInt32(next & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// Writes the longest start of `utf8` that takes at most `cells` cells, and returns the cells
    /// it takes.
    ///
    /// The cut falls between characters: the marks after the last letter kept (harakat, accents)
    /// are kept with it. The embeddings and isolates the cut leaves open are then closed, innermost
    /// first, so that a cut cell's direction ends where the cell ends and the isolate around the
    /// cell stays whole.
    @discardableResult
    static func writePrefix(of utf8: UnsafeBufferPointer<UInt8>, fitting cells: Int, into out: inout TextBuffer) -> Int {
        var used = 0
        var end = 0
        var open: [Unicode.Scalar] = []  // the closer each open control awaits
        while end < utf8.count {
            if utf8[end] < 0x80 {
                guard used < cells else { break }
                used += 1
                end += 1
                continue
            }
            let (scalar, length) = decode(utf8, at: end)
            let width = width(of: scalar)
            if width > 0 && used + width > cells { break }
            switch TerminalText.direction(of: scalar) {
            case .opensEmbedding?: open.append(TerminalText.popDirectionalFormatting)
            case .opensIsolate?: open.append(TerminalText.popDirectionalIsolate)
            case .closesEmbedding?, .closesIsolate?: _ = open.popLast()
            case nil: break
            }
            used += width
            end += length
        }
        out.append(utf8: UnsafeBufferPointer(rebasing: utf8[..<end]))
        for closer in open.reversed() { out.append(String(closer)) }
        return used
    }
}
