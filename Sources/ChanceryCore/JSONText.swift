/// Where JSON text is written: anything that takes UTF-8 bytes.
///
/// The writer is generic over it so that a renderer's buffer gets the escaping inlined, with no
/// String made per value; `[UInt8]` serves the places where speed does not matter.
public protocol JSONOutput: ~Copyable {
    mutating func append(utf8 bytes: UnsafeBufferPointer<UInt8>)
    mutating func append(byte: UInt8)
}

extension Array: JSONOutput where Element == UInt8 {
    public mutating func append(utf8 bytes: UnsafeBufferPointer<UInt8>) { append(contentsOf: bytes) }
    public mutating func append(byte: UInt8) { append(byte) }
}

/// A JSON value, and the one way Chancery writes JSON: the events of the listings and exports,
/// every other command's answer, the HTML report's data and the `change` a correction stores.
///
/// Objects keep their keys in the order given, as EVENTS.md shows them. Strings escape what
/// RFC 8259 requires (the quote, the backslash, the controls) and nothing else, so that Arabic
/// and accented text stays readable in the file. `.json` holds text that is JSON already: a
/// correction's `change` read back from the base, or an event that a renderer streamed field by
/// field with the `write` functions below, which everything here is written with.
public enum JSONText: Sendable {
    case string(String?)
    case number(Int64?)
    /// A fraction written to two decimal places, as confidences are: 0.9, 1.0.
    case decimal(Double)
    case bool(Bool)
    case array([JSONText])
    case object([(String, JSONText)])
    case json(String)

    /// What strings must escape besides what JSON requires.
    public enum Escaping: Sendable {
        /// JSON's own escapes only.
        case plain
        /// Also `<`, `>`, `&`, U+2028 and U+2029, so that the text can sit inside an HTML `<script>`:
        /// the HTML parser ends a script at the first `</script`, whatever JavaScript makes of it,
        /// and older engines end a line at U+2028 and U+2029.
        case script
    }

    public static func strings(_ items: [String]) -> JSONText { .array(items.map { .string($0) }) }

    public static func integer(_ value: Int?) -> JSONText { .number(value.map(Int64.init)) }

    public static func location(_ location: Location?) -> JSONText {
        guard let location else { return .string(nil) }
        return .object([("name", .string(location.name)), ("country", .string(location.country))])
    }

    /// The value as JSON text on one line, items separated by ", " and keys by ": ".
    public var text: String {
        var bytes: [UInt8] = []
        write(into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    @inlinable
    public func write<Output: JSONOutput & ~Copyable>(into out: inout Output, escaping: Escaping = .plain) {
        switch self {
        case .string(let text?): Self.write(string: text, into: &out, escaping: escaping)
        case .string(nil), .number(nil): Self.write(literal: "null", into: &out)
        case .number(let value?): Self.write(number: value, into: &out)
        case .decimal(let value): Self.write(decimal: value, into: &out)
        case .bool(let value): Self.write(literal: value ? "true" : "false", into: &out)
        case .array(let items):
            out.append(byte: UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { Self.write(literal: ", ", into: &out) }
                item.write(into: &out, escaping: escaping)
            }
            out.append(byte: UInt8(ascii: "]"))
        case .object(let pairs):
            out.append(byte: UInt8(ascii: "{"))
            for (index, (key, value)) in pairs.enumerated() {
                if index > 0 { Self.write(literal: ", ", into: &out) }
                Self.write(string: key, into: &out, escaping: escaping)
                Self.write(literal: ": ", into: &out)
                value.write(into: &out, escaping: escaping)
            }
            out.append(byte: UInt8(ascii: "}"))
        case .json(var text):
            text.withUTF8 { out.append(utf8: $0) }
        }
    }

    // MARK: Writing one value at a time, for a caller that streams many

    /// Writes `text` as Chancery wrote it in the source: a key, a separator, a literal.
    @inlinable
    public static func write<Output: JSONOutput & ~Copyable>(literal text: StaticString, into out: inout Output) {
        out.append(utf8: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Writes `text` as a JSON string, or `null`.
    @inlinable
    public static func write<Output: JSONOutput & ~Copyable>(string text: String?, into out: inout Output,
                                                              escaping: Escaping = .plain) {
        guard var text else { return write(literal: "null", into: &out) }
        text.withUTF8 { write(string: $0, into: &out, escaping: escaping) }
    }

    /// Writes UTF-8 `text` as a JSON string, quoted and escaped: runs that need no escape, nearly
    /// all of any text, are copied whole.
    @inlinable
    public static func write<Output: JSONOutput & ~Copyable>(string text: UnsafeBufferPointer<UInt8>, into out: inout Output,
                                                              escaping: Escaping = .plain) {
        out.append(byte: UInt8(ascii: "\""))
        var runStart = 0
        var index = 0
        while index < text.count {
            let byte = text[index]
            let length = escapedLength(at: index, of: text, escaping: escaping)
            guard length > 0 else {
                index += 1
                continue
            }
            out.append(utf8: UnsafeBufferPointer(rebasing: text[runStart..<index]))
            switch byte {
            case UInt8(ascii: "\""): write(literal: "\\\"", into: &out)
            case UInt8(ascii: "\\"): write(literal: "\\\\", into: &out)
            case UInt8(ascii: "\n"): write(literal: "\\n", into: &out)
            case UInt8(ascii: "\r"): write(literal: "\\r", into: &out)
            case UInt8(ascii: "\t"): write(literal: "\\t", into: &out)
            case 0x08: write(literal: "\\b", into: &out)
            case 0x0C: write(literal: "\\f", into: &out)
            case 0xE2: write(literal: text[index + 2] == 0xA8 ? "\\u2028" : "\\u2029", into: &out)
            default:
                write(literal: "\\u00", into: &out)
                out.append(byte: hexDigit(byte >> 4))
                out.append(byte: hexDigit(byte & 0xF))
            }
            index += length
            runStart = index
        }
        out.append(utf8: UnsafeBufferPointer(rebasing: text[runStart...]))
        out.append(byte: UInt8(ascii: "\""))
    }

    /// How many bytes at `index` are written as one escape: 0 when the byte is written as it is.
    @inlinable @inline(__always)
    static func escapedLength(at index: Int, of text: UnsafeBufferPointer<UInt8>, escaping: Escaping) -> Int {
        let byte = text[index]
        if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return 1 }
        guard case .script = escaping else { return 0 }
        switch byte {
        case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"): return 1
        // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
        case 0xE2 where index + 2 < text.count && text[index + 1] == 0x80 && (text[index + 2] == 0xA8 || text[index + 2] == 0xA9):
            return 3
        default: return 0
        }
    }

    /// Writes `items` as an array of strings, as `.strings(items)` would be without making it.
    @inlinable
    public static func write<Output: JSONOutput & ~Copyable>(strings items: [String], into out: inout Output,
                                                              escaping: Escaping = .plain) {
        out.append(byte: UInt8(ascii: "["))
        for (index, item) in items.enumerated() {
            if index > 0 { write(literal: ", ", into: &out) }
            write(string: item, into: &out, escaping: escaping)
        }
        out.append(byte: UInt8(ascii: "]"))
    }

    @inlinable
    public static func write<Output: JSONOutput & ~Copyable>(number value: Int64, into out: inout Output) {
        var digits = String(value)
        digits.withUTF8 { out.append(utf8: $0) }
    }

    @inlinable
    public static func write<Output: JSONOutput & ~Copyable>(decimal value: Double, into out: inout Output) {
        var digits = decimalText(value)
        digits.withUTF8 { out.append(utf8: $0) }
    }

    /// A fraction as JSON writes it, to two decimal places and always with a decimal point:
    /// 0.9, 0.85, 1.0. CSV writes confidences the same way.
    public static func decimalText(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) + ".0" : String(rounded)
    }

    @inlinable
    static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
