import ChanceryCore
import Glibc

/// UTF-8 text assembled as bytes: the renderers write JSON (through `JSONText`) and CSV into it,
/// escaping by scanning bytes and copying the runs that need no escaping (nearly all of them) in one go.
///
/// The bytes are kept in one block of memory that the buffer alone owns, so that it cannot be
/// copied: an append is then a bounds check and a copy, with no check for a shared block. A table
/// of thousands of events appends a few pieces to every cell.
struct TextBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 64) {
        self.capacity = Swift.max(capacity, 8)
        base = malloc(self.capacity)!.assumingMemoryBound(to: UInt8.self)
    }

    deinit { free(base) }

    var isEmpty: Bool { count == 0 }

    /// Calls `body` with the bytes written so far.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// The text written so far.
    var string: String { withBytes { String(decoding: $0, as: UTF8.self) } }

    /// Makes room for `minimum` bytes in all. realloc can move a large block by remapping its
    /// pages instead of copying them.
    mutating func reserveCapacity(_ minimum: Int) {
        guard minimum > capacity else { return }
        capacity = Swift.max(minimum, capacity * 2)
        base = realloc(base, capacity)!.assumingMemoryBound(to: UInt8.self)
    }

    /// Forgets the last `length` bytes written.
    mutating func removeLast(_ length: Int) {
        count -= Swift.min(length, count)
    }

    /// Forgets the bytes written, keeping the memory for the next ones.
    mutating func removeAll() {
        count = 0
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append(utf8: $0) }
    }

    /// Appends text written in the source: no String is made of it.
    @inline(__always)
    mutating func append(literal text: StaticString) {
        append(utf8: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends `value` in decimal digits.
    mutating func append(decimal value: Int64) {
        var magnitude = value.magnitude
        var digits = 1
        var power: UInt64 = 10
        while digits < 20 && magnitude >= power {
            digits += 1
            power = power.multipliedReportingOverflow(by: 10).partialValue
        }
        let length = digits + (value < 0 ? 1 : 0)
        if count + length > capacity { reserveCapacity(count + length) }
        var end = base + count + length
        repeat {
            end -= 1
            end.pointee = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
        if value < 0 { base[count] = UInt8(ascii: "-") }
        count += length
    }

    /// Appends `text`, which must not point into this buffer: growing may move it.
    @inline(__always)
    mutating func append(utf8 text: UnsafeBufferPointer<UInt8>) {
        guard let source = text.baseAddress else { return }
        let length = text.count
        if count + length > capacity { reserveCapacity(count + length) }
        Self.copy(source, to: base + count, count: length)
        count += length
    }

    /// Copies `count` bytes. Most pieces of a cell are a few bytes ("; ", a country code), which
    /// two overlapping loads copy for less than a call to memcpy.
    @inline(__always)
    static func copy(_ source: UnsafePointer<UInt8>, to destination: UnsafeMutablePointer<UInt8>, count: Int) {
        let from = UnsafeRawPointer(source)
        let to = UnsafeMutableRawPointer(destination)
        switch count {
        case 8...16:
            let head = from.loadUnaligned(as: UInt64.self)
            let tail = from.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            to.storeBytes(of: head, as: UInt64.self)
            to.storeBytes(of: tail, toByteOffset: count - 8, as: UInt64.self)
        case 4..<8:
            let head = from.loadUnaligned(as: UInt32.self)
            let tail = from.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
            to.storeBytes(of: head, as: UInt32.self)
            to.storeBytes(of: tail, toByteOffset: count - 4, as: UInt32.self)
        case 1..<4:
            destination[0] = source[0]
            destination[count / 2] = source[count / 2]
            destination[count - 1] = source[count - 1]
        case 0:
            break
        default:
            destination.update(from: source, count: count)
        }
    }

    @inline(__always)
    mutating func append(byte: UInt8) {
        if count == capacity { reserveCapacity(count + 1) }
        base[count] = byte
        count += 1
    }

    mutating func appendSpaces(_ spaces: Int) {
        guard spaces > 0 else { return }
        if count + spaces > capacity { reserveCapacity(count + spaces) }
        (base + count).update(repeating: UInt8(ascii: " "), count: spaces)
        count += spaces
    }

    /// `text` as one CSV field: quoted, with quotes doubled, when it holds a comma, quote or line break.
    mutating func appendCSV(_ text: String) {
        var text = text
        text.withUTF8 { appendCSV(utf8: $0) }
    }

    /// The bytes of `other` as one CSV field.
    mutating func appendCSV(_ other: borrowing TextBuffer) {
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

/// JSON is written into the buffer by `JSONText`, with its escaping inlined here.
extension TextBuffer: JSONOutput {}
