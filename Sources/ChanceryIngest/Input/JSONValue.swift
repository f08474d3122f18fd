/// A JSON value (RFC 8259), as `JSONValue.parse` reads it from UTF-8 bytes.
///
/// Our own parser rather than Foundation's `JSONSerialization`, which would bring the whole of Foundation
/// into the binary for the six fields of an input document.
enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    /// A number as written: it was checked against the grammar, and the caller decides what it stands for
    /// (an id of 42 is the text "42", not a `Double`).
    case number(String)
    case string(String)
    case array([JSONValue])
    /// An object; of a name given twice, the last value counts.
    case object([String: JSONValue])

    /// The string, when the value is one.
    var stringValue: String? {
        if case .string(let value) = self { value } else { nil }
    }

    /// Arrays and objects nested deeper than this are refused, as Foundation refused them: the parser
    /// descends one call a level, and a line of ten thousand `[` must not exhaust the stack.
    static let maximumDepth = 512

    /// The value `bytes` hold: one JSON text, with nothing but white space around it; nil when they are not.
    ///
    /// RFC 8259 throughout: the four white-space characters only; strings of valid UTF-8 without control
    /// characters, with escapes that include `\uXXXX` and surrogate pairs (a lone surrogate is refused);
    /// numbers with fraction and exponent, without leading zeros; no trailing commas. A byte-order mark
    /// before the value is skipped, as §8.1 allows, and a number beyond the range of `Double` is refused,
    /// as §9 allows.
    static func parse(_ bytes: [UInt8]) -> JSONValue? {
        bytes.withUnsafeBufferPointer { parse($0) }
    }

    /// The value `bytes` hold; see `parse(_:)`.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> JSONValue? {
        var parser = JSONParser(bytes)
        return parser.parseText()
    }
}

/// Reads one JSON text from bytes, moving `index` forward; each `parse…` returns nil at the first error.
private struct JSONParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var depth = 0
    /// The bytes of a string that holds escapes, reused from one such string to the next.
    private var unescaped: [UInt8] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func parseText() -> JSONValue? {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        skipWhitespace()
        guard let value = parseValue() else { return nil }
        skipWhitespace()
        return index == bytes.count ? value : nil
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    /// A value, starting at its first byte.
    private mutating func parseValue() -> JSONValue? {
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case UInt8(ascii: "\""):
            return parseString().map(JSONValue.string)
        case UInt8(ascii: "{"):
            return parseObject()
        case UInt8(ascii: "["):
            return parseArray()
        case UInt8(ascii: "t"):
            return parseLiteral("true", .bool(true))
        case UInt8(ascii: "f"):
            return parseLiteral("false", .bool(false))
        case UInt8(ascii: "n"):
            return parseLiteral("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return parseNumber()
        default:
            return nil
        }
    }

    private mutating func parseLiteral(_ word: StaticString, _ value: JSONValue) -> JSONValue? {
        let count = word.utf8CodeUnitCount
        guard bytes.count - index >= count else { return nil }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] {
            return nil
        }
        index += count
        return value
    }

    private mutating func parseObject() -> JSONValue? {
        guard depth < JSONValue.maximumDepth else { return nil }
        depth += 1
        defer { depth -= 1 }
        index += 1  // {
        var object: [String: JSONValue] = [:]
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(object)
        }
        while true {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\""), let name = parseString() else { return nil }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
            index += 1
            skipWhitespace()
            guard let value = parseValue() else { return nil }
            object[name] = value
            guard let closed = skipSeparator(closing: UInt8(ascii: "}")) else { return nil }
            if closed { return .object(object) }
        }
    }

    private mutating func parseArray() -> JSONValue? {
        guard depth < JSONValue.maximumDepth else { return nil }
        depth += 1
        defer { depth -= 1 }
        index += 1  // [
        var array: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(array)
        }
        while true {
            guard let value = parseValue() else { return nil }
            array.append(value)
            guard let closed = skipSeparator(closing: UInt8(ascii: "]")) else { return nil }
            if closed { return .array(array) }
        }
    }

    /// After a member or an element: true past the closing bracket, false past a comma (and the
    /// white space after it), nil when neither comes next.
    private mutating func skipSeparator(closing: UInt8) -> Bool? {
        skipWhitespace()
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case UInt8(ascii: ","):
            index += 1
            skipWhitespace()
            return false
        case closing:
            index += 1
            return true
        default:
            return nil
        }
    }

    /// A string, starting at its opening quote.
    ///
    /// An article's text is most of a line: it is scanned eight bytes at a time while none of them needs a look,
    /// and each run between escapes is copied whole, then validated as UTF-8 once. A string of ASCII alone (every
    /// name, most ids, dates and URLs) needs no validation, and skips `String(validating:)`, whose generic call
    /// cost more than the scan of a short string.
    private mutating func parseString() -> String? {
        index += 1  // "
        var runStart = index
        var hasEscapes = false
        var scanned: UInt64 = 0  // the bytes scanned, or-ed together: a high bit set means one was not ASCII
        while true {
            scanned |= skipPlainBytes()
            guard index < bytes.count else { return nil }  // unterminated
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let run = UnsafeBufferPointer(rebasing: bytes[runStart..<index])
                index += 1
                if hasEscapes {
                    unescaped.append(contentsOf: run)
                    return String(validating: unescaped, as: UTF8.self)
                }
                return scanned & 0x8080_8080_8080_8080 == 0
                    ? String(decoding: run, as: UTF8.self)
                    : String(validating: run, as: UTF8.self)
            } else if byte == UInt8(ascii: "\\") {
                if !hasEscapes {
                    hasEscapes = true
                    unescaped.removeAll(keepingCapacity: true)
                }
                unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                index += 1
                guard appendEscape() else { return nil }
                runStart = index
            } else if byte < 0x20 {
                return nil
            } else {
                scanned |= UInt64(byte)
                index += 1
            }
        }
    }

    /// Moves past eight bytes at a time while none of them is a quote, a backslash or a control character;
    /// returns the bytes it passed, or-ed together.
    private mutating func skipPlainBytes() -> UInt64 {
        guard let base = bytes.baseAddress else { return 0 }
        let ones: UInt64 = 0x0101_0101_0101_0101
        var passed: UInt64 = 0
        while bytes.count - index >= 8 {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            // A word has a byte below n (n ≤ 128) exactly when (word - n·ones) & ~word has a high bit set; a byte
            // equal to c is a zero byte, below 1, of word ^ c·ones.
            let quotes = word ^ (ones &* 0x22)
            let backslashes = word ^ (ones &* 0x5C)
            let stops = (quotes &- ones) & ~quotes | (backslashes &- ones) & ~backslashes | (word &- ones &* 0x20) & ~word
            if stops & (ones &* 0x80) != 0 { break }
            passed |= word
            index += 8
        }
        return passed
    }

    /// Decodes the escape after a backslash into `unescaped`; false when it is not one of RFC 8259's.
    private mutating func appendEscape() -> Bool {
        guard index < bytes.count else { return false }
        let letter = bytes[index]
        index += 1
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): unescaped.append(letter)
        case UInt8(ascii: "b"): unescaped.append(0x08)
        case UInt8(ascii: "f"): unescaped.append(0x0C)
        case UInt8(ascii: "n"): unescaped.append(0x0A)
        case UInt8(ascii: "r"): unescaped.append(0x0D)
        case UInt8(ascii: "t"): unescaped.append(0x09)
        case UInt8(ascii: "u"):
            guard let unit = parseHexUnit() else { return false }
            var value = UInt32(unit)
            switch unit {
            case 0xD800...0xDBFF:
                // A scalar beyond the BMP comes as a surrogate pair; half of one is not text.
                guard bytes.count - index >= 2, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    return false
                }
                index += 2
                guard let low = parseHexUnit(), (0xDC00...0xDFFF).contains(low) else { return false }
                value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
            case 0xDC00...0xDFFF:
                return false
            default:
                break
            }
            guard let scalar = Unicode.Scalar(value) else { return false }
            UTF8.encode(scalar) { unescaped.append($0) }
        default:
            return false
        }
        return true
    }

    /// The four hex digits of a `\u` escape.
    private mutating func parseHexUnit() -> UInt16? {
        guard bytes.count - index >= 4 else { return nil }
        var unit: UInt16 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            unit = unit << 4 | UInt16(digit)
            index += 1
        }
        return unit
    }

    /// A number, starting at its sign or first digit: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    private mutating func parseNumber() -> JSONValue? {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1  // a leading zero stands alone: what follows it is left to the caller to refuse
        } else {
            guard skipDigits() > 0 else { return nil }
        }
        var isInteger = true
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard skipDigits() > 0 else { return nil }
            isInteger = false
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard skipDigits() > 0 else { return nil }
            isInteger = false
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        // Only a fraction or an exponent, or an integer of hundreds of digits, can lie beyond a Double.
        if !isInteger || index - start > 300 {
            guard let value = Double(text), value.isFinite else { return nil }
        }
        return .number(text)
    }

    /// Moves past ASCII digits; how many there were.
    private mutating func skipDigits() -> Int {
        let start = index
        while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 { index += 1 }
        return index - start
    }
}
