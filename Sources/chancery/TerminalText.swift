/// Text from articles made safe to print on a terminal: what a table, `show` or a message prints
/// can neither drive the terminal nor reorder the rest of the line.
///
/// An article's title, id, URL or text may carry control characters: ESC starts the sequences that
/// set the window title (`ESC ] 0; … BEL`) or clear the screen (`ESC [2J`), and the C1 controls
/// (U+0080–U+009F) do the same in one character. They are printed as visible escapes, `\x1b`,
/// `\x07`, `\x9b`. So are the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
/// U+2066–U+2069) that the same text does not close, and the line and paragraph separators
/// (U+2028, U+2029), as `\u202e`: an override left open would turn the rest of the line around.
/// Those the text closes are kept, and so are the marks U+200E, U+200F and U+061C, which change
/// nothing beyond the neutral characters next to them. JSON, JSON Lines and CSV print the text as
/// it is stored: they are for programs, which are owed the exact text.
///
/// A table cell, or a value of `show`, that holds right-to-left letters or bidirectional controls
/// is isolated besides, between U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE,
/// so that its direction ends where it ends. Left-to-right cells are printed as they are, since
/// a pager such as `less` shows the isolates as `<U+2068>`.
enum TerminalText {
    static let firstStrongIsolate: Unicode.Scalar = "\u{2068}"
    static let popDirectionalIsolate: Unicode.Scalar = "\u{2069}"
    static let popDirectionalFormatting: Unicode.Scalar = "\u{202C}"

    /// `text` with its control characters, and the bidirectional controls it leaves open or
    /// closes without opening, shown as escapes.
    static func neutralized(_ text: String) -> String {
        var copy = text
        guard copy.withUTF8(needsNeutralizing) else { return text }
        var out = ""
        appendNeutralized(Array(text.unicodeScalars), into: &out)
        return out
    }

    /// A value printed inside a line: neutralised, and isolated when it holds right-to-left text
    /// or bidirectional controls.
    static func isolated(_ text: String) -> String {
        let safe = neutralized(text)
        var copy = safe
        guard copy.withUTF8(needsIsolation) else { return safe }
        var out = String(firstStrongIsolate)
        out += safe
        out.unicodeScalars.append(popDirectionalIsolate)
        return out
    }

    /// Appends `utf8` neutralised to `out`.
    static func appendNeutralized(_ utf8: UnsafeBufferPointer<UInt8>, into out: inout TextBuffer) {
        var text = ""
        appendNeutralized(Array(String(decoding: utf8, as: UTF8.self).unicodeScalars), into: &text)
        out.append(text)
    }

    private static func appendNeutralized(_ scalars: [Unicode.Scalar], into out: inout String) {
        let kept = balancedControls(in: scalars)
        for (index, scalar) in scalars.enumerated() {
            let value = scalar.value
            if value < 0x20 || (0x7F...0x9F).contains(value) {
                out += "\\x"
                out += hex(value, digits: 2)
            } else if (direction(of: scalar) != nil && !kept.contains(index)) || value == 0x2028 || value == 0x2029 {
                out += "\\u"
                out += hex(value, digits: 4)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }

    /// What a bidirectional control opens or closes.
    enum Direction {
        case opensEmbedding, closesEmbedding, opensIsolate, closesIsolate
    }

    static func direction(of scalar: Unicode.Scalar) -> Direction? {
        switch scalar.value {
        case 0x202A, 0x202B, 0x202D, 0x202E: .opensEmbedding
        case 0x202C: .closesEmbedding
        case 0x2066, 0x2067, 0x2068: .opensIsolate
        case 0x2069: .closesIsolate
        default: nil
        }
    }

    /// The positions of the bidirectional controls that pair up, an opener with the closer of its
    /// kind that ends it, nested as brackets are; every other one is left out.
    private static func balancedControls(in scalars: [Unicode.Scalar]) -> Set<Int> {
        var open: [(index: Int, isIsolate: Bool)] = []
        var kept = Set<Int>()
        for (index, scalar) in scalars.enumerated() {
            switch direction(of: scalar) {
            case .opensEmbedding?: open.append((index, false))
            case .opensIsolate?: open.append((index, true))
            case .closesEmbedding?:
                if let last = open.last, !last.isIsolate { kept.formUnion([last.index, index]); open.removeLast() }
            case .closesIsolate?:
                if let last = open.last, last.isIsolate { kept.formUnion([last.index, index]); open.removeLast() }
            case nil: break
            }
        }
        return kept
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    /// Whether `utf8` holds a character `neutralized` changes: a C0 control or DEL, a C1 control
    /// (C2 80–C2 9F), a bidirectional embedding, override or isolate (E2 80 AA–AE, E2 81 A6–A9)
    /// or a line or paragraph separator (E2 80 A8–A9). Bytes, not characters: most cells are
    /// ASCII without a control.
    static func needsNeutralizing(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = utf8.count
        while index < count {
            let byte = utf8[index]
            if byte < 0x20 || byte == 0x7F { return true }
            if byte == 0xC2, index + 1 < count, (0x80...0x9F).contains(utf8[index + 1]) { return true }
            if byte == 0xE2, index + 2 < count {
                let (second, third) = (utf8[index + 1], utf8[index + 2])
                if second == 0x80 && (0xA8...0xAE).contains(third) { return true }
                if second == 0x81 && (0xA6...0xA9).contains(third) { return true }
            }
            index += 1
        }
        return false
    }

    /// Whether `utf8` holds a right-to-left letter (Hebrew, Arabic, Syriac, Thaana, N'Ko and their
    /// presentation forms, or a right-to-left script beyond the first plane) or a bidirectional
    /// control or mark: a cell that must be isolated.
    static func needsIsolation(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        // Lead bytes below D6 are ASCII, Latin, Greek, Cyrillic and Armenian: left to right.
        guard utf8.contains(where: { $0 >= 0xD6 }) else { return false }
        for scalar in String(decoding: utf8, as: UTF8.self).unicodeScalars where isRightToLeftOrBidirectional(scalar) {
            return true
        }
        return false
    }

    static func isRightToLeftOrBidirectional(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Whether `character` takes no column: a bidirectional control or mark, each a character of its own.
    static func isInvisibleFormat(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard scalars.count == 1, let scalar = scalars.first else { return false }
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
