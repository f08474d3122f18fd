import Foundation

/// Buffered standard output: renderers write a lot of small pieces, the terminal gets few large writes.
final class OutputBuffer {
    private var bytes: [UInt8] = []

    init() {
        bytes.reserveCapacity(1 << 16)
    }

    func write(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        if bytes.count >= 1 << 16 { flush() }
    }

    func flush() {
        guard !bytes.isEmpty else { return }
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(1, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
        bytes.removeAll(keepingCapacity: true)
    }
}

enum Output {
    // One process, one standard output; only the main thread writes to it.
    nonisolated(unsafe) static let standard = OutputBuffer()

    static func write(_ text: String) { standard.write(text) }
    static func line(_ text: String = "") { standard.write(text + "\n") }
    static func flush() { standard.flush() }

    /// A message for the user on standard error, unbuffered so that it keeps its place.
    static func note(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
