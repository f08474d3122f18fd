/// UTF-8 text assembled as bytes: the renderers write JSON and CSV through it, escaping by
/// scanning bytes and copying the runs that need no escaping (nearly all of them) in one go.
struct TextBuffer {
    var bytes: [UInt8] = []

    /// The text written so far.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    mutating func append(_ text: String) {
        // A native string's bytes are copied in one go; the generic path copies them one by one.
        if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
            bytes.append(contentsOf: text.utf8)
        }
    }

    mutating func append(utf8 text: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: text)
    }

    /// `count` spaces, copied from a run of them rather than appended one by one.
    mutating func appendSpaces(_ count: Int) {
        var remaining = count
        while remaining > 0 {
            let run = min(remaining, Self.spaces.count)
            Self.spaces.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<run])) }
            remaining -= run
        }
    }

    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)

    mutating func append(byte: UInt8) {
        bytes.append(byte)
    }

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
        bytes.append(UInt8(ascii: "\""))
        var runStart = 0
        for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
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
                bytes.append(Self.hexDigit(byte >> 4))
                bytes.append(Self.hexDigit(byte & 0xF))
            }
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        bytes.append(UInt8(ascii: "\""))
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
        other.bytes.withUnsafeBufferPointer { appendCSV(utf8: $0) }
    }

    private mutating func appendCSV(utf8: UnsafeBufferPointer<UInt8>) {
        let needsQuotes = utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
        guard needsQuotes else {
            bytes.append(contentsOf: utf8)
            return
        }
        bytes.append(UInt8(ascii: "\""))
        var runStart = 0
        for (index, byte) in utf8.enumerated() where byte == UInt8(ascii: "\"") {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...index]))
            bytes.append(UInt8(ascii: "\""))
            runStart = index + 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        bytes.append(UInt8(ascii: "\""))
    }
}
