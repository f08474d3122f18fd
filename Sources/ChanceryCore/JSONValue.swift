/// A JSON value read from text: what Chancery reads back of the JSON it stores (an event's
/// `listing`, see Migrations/0012_reference_tables.sql). `JSONText` writes; this reads.
///
/// The reader takes RFC 8259 JSON as SQLite's JSON functions and `JSONText` write it, and gives
/// nil for anything else; numbers are read as `Double`, which holds every integer it stores.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case let (.bool(a), .bool(b)): a == b
        case let (.number(a), .number(b)): a == b
        case let (.string(a), .string(b)): a == b
        case let (.array(a), .array(b)): a == b
        case let (.object(a), .object(b)): a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    /// Parses `text`; nil when it is not one JSON value.
    public init?(parsing text: String) {
        var text = text
        guard let value = text.withUTF8({ bytes -> JSONValue? in
            var scanner = JSONScanner(bytes)
            guard let value = scanner.value() else { return nil }
            return scanner.atEnd ? value : nil
        }) else { return nil }
        self = value
    }

    /// The value of `key` in an object; nil for a missing key or another kind of value.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let pairs) = self else { return nil }
        return pairs.first { $0.0 == key }?.1
    }

    public var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    public var array: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    /// The strings of an array, its other items left out; empty for anything but an array.
    public var strings: [String] { (array ?? []).compactMap(\.string) }

}

/// A reader of JSON text, a token at a time, over UTF-8 bytes valid while it reads: for a caller
/// that knows the shape of what it reads and makes its own values of it, with no `JSONValue` in
/// between (a listing of thousands of events reads one object of each).
public struct JSONScanner {
    @usableFromInline let bytes: UnsafeBufferPointer<UInt8>
    @usableFromInline var index = 0

    @inlinable
    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Whether nothing but space is left.
    @inlinable
    public var atEnd: Bool {
        mutating get {
            skipSpace()
            return index == bytes.count
        }
    }

    /// Takes `byte` ("{", ",", ":") after any space; false, taking nothing, when another comes next.
    @inlinable
    public mutating func take(_ byte: Unicode.Scalar) -> Bool {
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: byte) else { return false }
        index += 1
        return true
    }

    /// Takes an object's key and the colon after it: the index of the key among `names`,
    /// `names.count` for another key; nil when no key comes next. Keys are compared as bytes,
    /// with no String made of them.
    ///
    /// The search starts at `expected`, the key that should come next: an object written in the
    /// order of `names` then finds each key at the first try.
    @inlinable
    public mutating func key(among names: [StaticString], expected: Int = 0) -> Int? {
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
        let start = index + 1
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
            // A key with an escape is no key of `names`; it is read as a string, whatever it says.
            guard bytes[end] != UInt8(ascii: "\\") else {
                guard string() != nil, take(":") else { return nil }
                return names.count
            }
            end += 1
        }
        guard end < bytes.count else { return nil }
        index = end + 1
        guard take(":") else { return nil }
        let length = end - start
        for offset in 0..<names.count {
            let candidate = (expected + offset) % names.count
            let name = names[candidate]
            guard name.utf8CodeUnitCount == length else { continue }
            let letters = name.utf8Start
            var same = true
            for at in 0..<length where letters[at] != bytes[start + at] {
                same = false
                break
            }
            if same { return candidate }
        }
        return names.count
    }

    /// Takes the key `name` and the colon after it when they come next; false, taking nothing, when not.
    @inlinable
    public mutating func take(key name: StaticString) -> Bool {
        skipSpace()
        let length = name.utf8CodeUnitCount
        guard index + length + 2 <= bytes.count, bytes[index] == UInt8(ascii: "\""),
              bytes[index + length + 1] == UInt8(ascii: "\"") else { return false }
        let letters = name.utf8Start
        for at in 0..<length where letters[at] != bytes[index + 1 + at] { return false }
        let start = index
        index += length + 2
        guard take(":") else {
            index = start
            return false
        }
        return true
    }

    /// A whole number, or `.some(nil)` for null; nil for anything else.
    @inlinable
    public mutating func integerOrNull() -> Int?? {
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "n") { return literal("null", .null) == nil ? nil : .some(nil) }
        let negative = index < bytes.count && bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        var value = 0
        let start = index
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
            value = value &* 10 &+ Int(bytes[index] - UInt8(ascii: "0"))
            index += 1
        }
        guard index > start else { return nil }
        // A fraction or an exponent is no whole number.
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] | 0x20 == UInt8(ascii: "e") { return nil }
        return .some(negative ? -value : value)
    }

    /// Whether null comes next, taking it if so.
    @inlinable
    public mutating func takeNull() -> Bool {
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "n") else { return false }
        return literal("null", .null) != nil
    }

    /// The strings of an array of strings; nil for anything else.
    @inlinable
    public mutating func strings() -> [String]? {
        guard take("[") else { return nil }
        var items: [String] = []
        if take("]") { return items }
        repeat {
            guard let item = string() else { return nil }
            items.append(item)
        } while take(",")
        return take("]") ? items : nil
    }

    /// A string, or `.some(nil)` for null; nil for anything else.
    @inlinable
    public mutating func stringOrNull() -> String?? {
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "n") { return literal("null", .null) == nil ? nil : .some(nil) }
        return string().map { .some($0) }
    }

    @inlinable @usableFromInline
    mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    /// The next value, whatever it is; nil when the text is not JSON there.
    @inlinable
    public mutating func value() -> JSONValue? {
        skipSpace()
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case UInt8(ascii: "\""): return string().map(JSONValue.string)
        case UInt8(ascii: "["):
            index += 1
            var items: [JSONValue] = []
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
            while true {
                guard let item = value() else { return nil }
                items.append(item)
                skipSpace()
                guard index < bytes.count else { return nil }
                index += 1
                if bytes[index - 1] == UInt8(ascii: "]") { return .array(items) }
                guard bytes[index - 1] == UInt8(ascii: ",") else { return nil }
            }
        case UInt8(ascii: "{"):
            index += 1
            var pairs: [(String, JSONValue)] = []
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(pairs) }
            while true {
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\""), let key = string() else { return nil }
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
                index += 1
                guard let item = value() else { return nil }
                pairs.append((key, item))
                skipSpace()
                guard index < bytes.count else { return nil }
                index += 1
                if bytes[index - 1] == UInt8(ascii: "}") { return .object(pairs) }
                guard bytes[index - 1] == UInt8(ascii: ",") else { return nil }
            }
        case UInt8(ascii: "n"): return literal("null", .null)
        case UInt8(ascii: "t"): return literal("true", .bool(true))
        case UInt8(ascii: "f"): return literal("false", .bool(false))
        default: return number()
        }
    }

    @inlinable @usableFromInline
    mutating func literal(_ word: StaticString, _ value: JSONValue) -> JSONValue? {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { return nil }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return nil }
        index += count
        return value
    }

    @inlinable @usableFromInline
    mutating func number() -> JSONValue? {
        let start = index
        while index < bytes.count, "+-0123456789.eE".utf8.contains(bytes[index]) { index += 1 }
        guard index > start, let value = Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
        else { return nil }
        return .number(value)
    }

    /// A string, after any space; runs without escapes, nearly all of any text, are copied whole.
    @inlinable
    public mutating func string() -> String? {
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
        index += 1
        var runStart = index
        var decoded: [UInt8] = []
        var escaped = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let run = UnsafeBufferPointer(rebasing: bytes[runStart..<index])
                index += 1
                guard escaped else { return String(decoding: run, as: UTF8.self) }
                decoded.append(contentsOf: run)
                return String(decoding: decoded, as: UTF8.self)
            }
            guard byte == UInt8(ascii: "\\") else {
                index += 1
                continue
            }
            escaped = true
            decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            guard index + 1 < bytes.count else { return nil }
            let code = bytes[index + 1]
            index += 2
            switch code {
            case UInt8(ascii: "n"): decoded.append(0x0A)
            case UInt8(ascii: "t"): decoded.append(0x09)
            case UInt8(ascii: "r"): decoded.append(0x0D)
            case UInt8(ascii: "b"): decoded.append(0x08)
            case UInt8(ascii: "f"): decoded.append(0x0C)
            case UInt8(ascii: "u"):
                guard var scalar = hex4() else { return nil }
                // A surrogate pair: the high half, then "\u" and the low half.
                if (0xD800..<0xDC00).contains(scalar), index + 1 < bytes.count,
                   bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                    index += 2
                    guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                decoded.append(contentsOf: String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8)
            default: decoded.append(code)  // \" \\ \/
            }
            runStart = index
        }
        return nil
    }

    @inlinable @usableFromInline
    mutating func hex4() -> UInt32? {
        guard index + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }
}
