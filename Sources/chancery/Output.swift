import Glibc

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
        text.withBytes { writeAll($0, to: 1) }
        text.removeAll()
    }
}

enum Output {
    // One process, one standard output; only the main thread writes to it.
    nonisolated(unsafe) static let standard = OutputBuffer()

    static func write(_ text: String) { standard.write(text) }
    static func write(_ body: (inout TextBuffer) -> Void) { standard.write(body) }
    /// A line as it is: for JSON, JSON Lines and CSV, whose text must stay exact, and for text
    /// that Chancery wrote itself.
    static func line(_ text: String = "") { standard.write(text + "\n") }

    /// A line for a person to read that carries text from the articles: its controls are shown
    /// as escapes (see `TerminalText`). Values in it are best isolated first with `TerminalText.isolated`.
    static func displayLine(_ text: String) { standard.write(TerminalText.neutralized(text) + "\n") }
    static func flush() { standard.flush() }

    /// A message for the user on standard error, unbuffered so that it keeps its place. It may
    /// name a file or a document's id: its controls are shown as escapes.
    static func note(_ text: String) {
        writeStandardError(TerminalText.neutralized(text) + "\n")
    }

    /// `text` on standard error as it is, at once.
    static func writeStandardError(_ text: String) {
        var text = text
        text.withUTF8 { writeAll($0, to: 2) }
    }
}

/// Writes `bytes` to the file `descriptor`, in as many calls as it takes; a failed write ends it, as there is
/// nowhere left to say so.
private func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) {
    guard let base = bytes.baseAddress else { return }
    var offset = 0
    while offset < bytes.count {
        let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
        if written <= 0 { break }
        offset += written
    }
}
