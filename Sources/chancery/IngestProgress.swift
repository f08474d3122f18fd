import ChanceryIngest
import Glibc

/// The line a long ingest keeps up to date on a terminal: documents and events so far, the rate,
/// the time taken, and the time left when the input's size is known.
///
/// A person who starts an ingest of thousands of documents must see that it works and when it
/// will end. The line is written on standard error, one line redrawn in place (carriage return,
/// then erase to the end of the line) a few times a second at most, so that it neither scrolls
/// nor slows the ingest; it is erased before any other message and before the summary, which
/// then read as they always did. It is drawn only when standard error is a terminal: a log file
/// or a pipe gets no progress, and neither does `--quiet`. A short ingest ends before the first
/// line is due, and shows none.
struct IngestProgress {
    private let isShown: Bool
    /// The bytes of the input, when known: what the time left is estimated from.
    private let inputBytes: Int?
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var lastDrawn: ContinuousClock.Instant?
    /// Whether a line is on the screen now.
    private var isDrawn = false

    /// How long an ingest runs before its first line, and the least time between two lines.
    static let firstLineAfter: Duration = .milliseconds(400)
    static let interval: Duration = .milliseconds(250)

    init(shown: Bool, paths: [String]) {
        isShown = shown && TerminalSize.isTerminal(STDERR_FILENO)
        inputBytes = isShown ? DocumentReader.inputSize(of: paths) : nil
        start = clock.now
    }

    /// Redraws the line when one is due.
    mutating func update(documents: Int, events: Int, bytesRead: Int) {
        guard isShown else { return }
        let now = clock.now
        guard now - start >= Self.firstLineAfter, lastDrawn.map({ now - $0 >= Self.interval }) ?? true else { return }
        lastDrawn = now
        let line = Self.line(documents: documents, events: events, elapsed: now - start,
                             fraction: inputBytes.flatMap { $0 > 0 ? min(1, Double(bytesRead) / Double($0)) : nil })
        let width = TerminalSize.columns(of: STDERR_FILENO) ?? 80
        // One cell short of the width: a line that reaches the last column wraps on some terminals,
        // and a wrapped line is not erased by the next.
        var shown = String(line.prefix(max(0, width - 1)))
        if shown.count < line.count, !shown.isEmpty { shown = String(shown.dropLast()) + "…" }
        Output.writeStandardError("\r\u{1B}[K" + shown)
        isDrawn = true
    }

    /// Erases the line, before a message or the summary takes its place.
    mutating func clear() {
        guard isDrawn else { return }
        Output.writeStandardError("\r\u{1B}[K")
        isDrawn = false
    }

    /// "21% · 1,204 documents · 3,377 events · 412/s · 0:02 elapsed · 0:09 left": what matters
    /// most first, so that a narrow terminal loses the least of it; the share done and the time
    /// left only when the input's size is known.
    static func line(documents: Int, events: Int, elapsed: Duration, fraction: Double?) -> String {
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = seconds > 0 ? Double(documents) / seconds : 0
        var line = ""
        if let fraction { line += "\(Int(fraction * 100))% · " }
        line += "\(grouped(documents)) document\(documents == 1 ? "" : "s") · \(grouped(events)) event\(events == 1 ? "" : "s") · "
        line += (rate >= 10 ? grouped(Int(rate.rounded())) : String(Double(Int(rate * 10)) / 10)) + "/s · "
        line += clockTime(seconds) + " elapsed"
        if let fraction, fraction > 0 {
            line += " · \(clockTime(seconds * (1 - fraction) / fraction)) left"
        }
        return line
    }

    /// "0:07", "12:03", "1:02:03".
    static func clockTime(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let (hours, minutes, rest) = (total / 3600, total / 60 % 60, total % 60)
        let tail = (rest < 10 ? "0" : "") + String(rest)
        guard hours > 0 else { return "\(minutes):\(tail)" }
        return "\(hours):\(minutes < 10 ? "0" : "")\(minutes):\(tail)"
    }

    /// "12,345": digits in threes.
    static func grouped(_ number: Int) -> String {
        let digits = String(number)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }
}
