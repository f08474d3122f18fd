import Foundation

/// Buffered standard output: renderers write a lot of small pieces, the terminal gets few large writes.
final class OutputBuffer {
    private var text = TextBuffer()

    init() {
        text.reserveCapacity(1 << 17)
    }

    func write(_ string: String) {
        text.append(string)
        if text.count >= 1 << 16 { flush() }
    }

    /// Lets `body` write bytes straight into the buffer, e.g. a renderer's JSON or CSV.
    func write(_ body: (inout TextBuffer) -> Void) {
        body(&text)
        if text.count >= 1 << 16 { flush() }
    }

    func flush() {
        guard !text.isEmpty else { return }
        text.withBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(1, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
        text.removeAll()
    }
}

enum Output {
    // One process, one standard output; only the main thread writes to it.
    nonisolated(unsafe) static let standard = OutputBuffer()

    static func write(_ text: String) { standard.write(text) }
    static func write(_ body: (inout TextBuffer) -> Void) { standard.write(body) }
    static func line(_ text: String = "") { standard.write(text + "\n") }
    static func flush() { standard.flush() }

    /// A message for the user on standard error, unbuffered so that it keeps its place.
    static func note(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
