import Glibc

/// UTF-8 text assembled as bytes: the renderers write JSON and CSV through it, escaping by
/// scanning bytes and copying the runs that need no escaping (nearly all of them) in one go.
///
/// The bytes are kept in one block of memory of our own: appending a run to an Array costs several
/// times copying it, and a table of thousands of events appends a few runs per cell.
struct TextBuffer {
    /// The block, shared between copies of a buffer until one of them writes.
    private final class Storage {
        var base: UnsafeMutablePointer<UInt8>
        var count = 0
        var capacity: Int

        init(capacity: Int) {
            self.capacity = Swift.max(capacity, 32)
            base = malloc(self.capacity)!.assumingMemoryBound(to: UInt8.self)
        }

        deinit { free(base) }

        func copy() -> Storage {
            let copy = Storage(capacity: capacity)
            copy.base.update(from: base, count: count)
            copy.count = count
            return copy
        }

        /// Makes room for `minimum` bytes. realloc can move a large block by remapping its
        /// pages instead of copying them.
        func reserve(_ minimum: Int) {
            guard minimum > capacity else { return }
            capacity = Swift.max(minimum, capacity * 2)
            base = realloc(base, capacity)!.assumingMemoryBound(to: UInt8.self)
        }
    }

    private var storage = Storage(capacity: 0)

    private mutating func uniqueStorage() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    var count: Int { storage.count }
    var isEmpty: Bool { storage.count == 0 }

    /// Calls `body` with the bytes written so far.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: storage.base, count: storage.count))
    }

    /// The text written so far.
    var string: String { withBytes { String(decoding: $0, as: UTF8.self) } }

    mutating func reserveCapacity(_ capacity: Int) {
        uniqueStorage().reserve(capacity)
    }

    /// Forgets the bytes written, keeping the memory for the next ones.
    mutating func removeAll() {
        uniqueStorage().count = 0
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append(utf8: $0) }
    }

    /// Appends text written in the source: no String is made of it.
    mutating func append(literal text: StaticString) {
        text.withUTF8Buffer { append(utf8: $0) }
    }

    /// Appends `value` in decimal digits.
    mutating func append(decimal value: Int64) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var magnitude = value.magnitude
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 {
                start -= 1
                digits[start] = UInt8(ascii: "-")
            }
            append(utf8: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// Appends `text`, which must not point into this buffer: growing may move it.
    mutating func append(utf8 text: UnsafeBufferPointer<UInt8>) {
        guard let source = text.baseAddress, !text.isEmpty else { return }
        let storage = uniqueStorage()
        storage.reserve(storage.count + text.count)
        (storage.base + storage.count).update(from: source, count: text.count)
        storage.count += text.count
    }

    mutating func append(byte: UInt8) {
        let storage = uniqueStorage()
        storage.reserve(storage.count + 1)
        storage.base[storage.count] = byte
        storage.count += 1
    }

    /// `count` spaces, copied from a run of them rather than appended one by one.
    mutating func appendSpaces(_ count: Int) {
        var remaining = count
        while remaining > 0 {
            let run = min(remaining, Self.spaces.count)
            Self.spaces.withUnsafeBufferPointer { append(utf8: UnsafeBufferPointer(rebasing: $0[..<run])) }
            remaining -= run
        }
    }

    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)

    /// `text` as a JSON string, quoted and escaped.
    mutating func appendJSON(_ text: String) {
        var text = text
        text.withUTF8 { appendJSON(utf8: $0) }
    }

    /// `text` as a JSON string, or `null`.
    mutating func appendJSON(_ text: String?) {
        if let text { appendJSON(text) } else { append("null") }
    }

    private mutating func appendJSON(utf8: UnsafeBufferPointer<UInt8>) {
        append(byte: UInt8(ascii: "\""))
        var runStart = 0
        for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
            append(utf8: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            runStart = index + 1
            switch byte {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case UInt8(ascii: "\n"): append("\\n")
            case UInt8(ascii: "\r"): append("\\r")
            case UInt8(ascii: "\t"): append("\\t")
            case 0x08: append("\\b")
            case 0x0C: append("\\f")
            default:
                append("\\u00")
                append(byte: Self.hexDigit(byte >> 4))
                append(byte: Self.hexDigit(byte & 0xF))
            }
        }
        append(utf8: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        append(byte: UInt8(ascii: "\""))
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }

    /// `text` as one CSV field: quoted, with quotes doubled, when it holds a comma, quote or line break.
    mutating func appendCSV(_ text: String) {
        var text = text
        text.withUTF8 { appendCSV(utf8: $0) }
    }

    /// The bytes of `other` as one CSV field.
    mutating func appendCSV(_ other: TextBuffer) {
        other.withBytes { appendCSV(utf8: $0) }
    }

    private mutating func appendCSV(utf8: UnsafeBufferPointer<UInt8>) {
        let needsQuotes = utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
        guard needsQuotes else {
            append(utf8: utf8)
            return
        }
        append(byte: UInt8(ascii: "\""))
        var runStart = 0
        for (index, byte) in utf8.enumerated() where byte == UInt8(ascii: "\"") {
            append(utf8: UnsafeBufferPointer(rebasing: utf8[runStart...index]))
            append(byte: UInt8(ascii: "\""))
            runStart = index + 1
        }
        append(utf8: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        append(byte: UInt8(ascii: "\""))
    }
}
