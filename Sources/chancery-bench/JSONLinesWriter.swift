#if canImport(Glibc)
import Glibc
#endif

/// Writes generated documents as JSON Lines (the input format of `chancery ingest`) through one buffer.
final class JSONLinesWriter {
    private let file: UnsafeMutablePointer<FILE>
    private var line: [UInt8] = []
    /// Bytes written so far.
    private(set) var bytes = 0

    /// Opens `path` for writing, replacing what was there; nil when it cannot be created.
    init?(path: String) {
        guard let file = fopen(path, "w") else { return nil }
        self.file = file
        setvbuf(file, nil, _IOFBF, 1 << 20)
        line.reserveCapacity(4_096)
    }

    deinit {
        fclose(file)
    }

    /// Appends one document as one line.
    func write(_ document: GeneratedDocument) {
        line.removeAll(keepingCapacity: true)
        append("{\"id\": ")
        appendString(document.id)
        append(", \"lang\": ")
        appendString(document.language.rawValue)
        append(", \"url\": ")
        appendString(document.url)
        append(", \"title\": ")
        appendString(document.title)
        append(", \"published\": ")
        appendString(document.published.description)
        append(", \"text\": ")
        appendString(document.text)
        append("}\n")
        line.withUnsafeBufferPointer { _ = fwrite($0.baseAddress, 1, $0.count, file) }
        bytes += line.count
    }

    /// Flushes the buffer to the file.
    func flush() {
        fflush(file)
    }

    private func append(_ text: String) {
        line.append(contentsOf: text.utf8)
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, the rest as UTF-8.
    private func appendString(_ text: String) {
        line.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case 10: append("\\n")
            case 13: append("\\r")
            case 9: append("\\t")
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                append("\\u00")
                line.append(hex[Int(byte >> 4)])
                line.append(hex[Int(byte & 15)])
            default: line.append(byte)
            }
        }
        line.append(UInt8(ascii: "\""))
    }
}
