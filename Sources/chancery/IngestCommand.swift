import ArgumentParser
import ChanceryCore
import ChanceryIngest
import ChanceryStore
import Glibc

// Set from the SIGINT handler; read between documents so that an interrupted ingest
// commits what it has finished and says so.
nonisolated(unsafe) private var interruptRequested: sig_atomic_t = 0

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read articles and store the events they report.",
        discussion: """
            Takes .txt, .html/.htm, .json (one document) and .jsonl files (one document a line: \
            {"id", "lang", "url", "title", "published", "text"}), whole directories, and - for \
            standard input. A document already stored is recognised and not added again. A line or \
            file that cannot be read is reported as file:line and skipped; the rest is stored.

            Example:
              chancery ingest news.jsonl
              chancery ingest --lang fr --published 2025-03-06 communique.txt
              curl -s https://example.org/feed.jsonl | chancery ingest -
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("Files or directories to read; - for standard input.", valueName: "path"))
    var paths: [String]

    @Option(name: .long, help: ArgumentHelp("The language of plain-text and HTML documents: ar, fr or en (detected when omitted).", valueName: "code"))
    var lang: String?

    @Option(name: .long, help: ArgumentHelp("The publication date of plain-text and HTML documents (YYYY-MM-DD).", valueName: "date"))
    var published: PartialDate?

    @Option(name: .long, help: ArgumentHelp("The URL of a plain-text or HTML document.", valueName: "url"))
    var url: String?

    @Option(name: .long, help: ArgumentHelp("The id of a single plain-text or HTML document (its file name by default).", valueName: "id"))
    var id: String?

    @Flag(name: .shortAndLong, help: "Say what happened to each document.")
    var verbose = false

    @Flag(name: .long, help: "Print how each event was read: its trigger, and the words and rule behind each of its fields.")
    var explain = false

    func validate() throws {
        if let lang, !["ar", "fr", "en"].contains(lang) {
            throw ValidationError("--lang must be ar, fr or en.")
        }
        if let published, published.precision != .day {
            throw ValidationError("--published must be a full date, YYYY-MM-DD.")
        }
        if id != nil, paths.count != 1 {
            throw ValidationError("--id names one document; give a single path with it.")
        }
    }

    func run() throws {
        let store = try database.openForWriting()
        try store.prepareForIngest()
        // The curated officials' names in every script, so that an Arabic and a French report of
        // one person resolve to one actor; done once per database, and again when the list changes.
        try store.register(list: "officials", checksum: KnownOfficials.checksum) {
            KnownOfficials.all.map {
                KnownActor(names: $0.names, country: $0.country, role: $0.role, start: $0.start, end: $0.end)
            }
        }
        let reader = DocumentReader(
            paths: paths, options: PlainTextOptions(language: lang, published: published, url: url, id: id)
        )
        let extractor = EventExtractor()
        var summary = IngestSummary()
        let eventsBefore = try store.eventCount()

        // A parent may have spawned us with SIGINT blocked (test runners and some daemons do);
        // unblock it, or Ctrl-C would never reach the handler.
        var interruptOnly = sigset_t()
        sigemptyset(&interruptOnly)
        sigaddset(&interruptOnly, SIGINT)
        sigprocmask(SIG_UNBLOCK, &interruptOnly, nil)
        signal(SIGINT) { _ in interruptRequested = 1 }
        defer { signal(SIGINT, SIG_DFL) }

        // Documents commit in batches for speed; each is a savepoint inside its batch, so one that
        // fails loses nothing else, and an interrupt commits every document finished so far.
        var iterator = reader.makeIterator()
        var batchSize = 0
        let clock = ContinuousClock()
        var batchStarted = clock.now
        try store.beginBatch()
        while interruptRequested == 0, let item = iterator.next() {
            switch item {
            case .failure(let reason, let location):
                summary.failed += 1
                Output.note("\(location): \(reason)")
            case .document(let document, let location):
                summary.read += 1
                let events: [Event]
                if explain {
                    let extracted = extractor.explain(document)
                    events = extracted.map(\.event)
                    Output.displayLine("\(TerminalText.isolated(document.id ?? location.description)) (\(location)): \(events.count) event\(events.count == 1 ? "" : "s")")
                    for (index, event) in extracted.enumerated() {
                        for line in ExplanationRenderer.render(event, number: index + 1).split(separator: "\n", omittingEmptySubsequences: false) {
                            Output.displayLine(String(line))
                        }
                    }
                    Output.line()
                } else {
                    events = extractor.extract(from: document)
                }
                do {
                    switch try store.ingest(document, events: events) {
                    case .added(let documentID, let count):
                        summary.added += 1
                        summary.events += count
                        if verbose { Output.note("\(location): \(documentID): \(count) event\(count == 1 ? "" : "s")") }
                    case .alreadyKnown(let documentID):
                        summary.known += 1
                        if verbose || summary.known <= 5 {
                            Output.note("\(location): already stored as \(documentID); not added again")
                        }
                    }
                } catch let error as StoreError {
                    if case .database = error { throw error }
                    summary.failed += 1
                    Output.note("\(location): \(error)")
                }
                batchSize += 1
                if batchSize >= 500 || clock.now - batchStarted > .seconds(1) {
                    try store.commitBatch()
                    try store.beginBatch()
                    batchSize = 0
                    batchStarted = clock.now
                }
            }
        }
        try store.commitBatch()

        // Events found minus events added: those that were other reports of stored events.
        summary.merged = summary.events - (try store.eventCount() - eventsBefore)
        Output.line(summary.description)
        Output.flush()
        if interruptRequested != 0 {
            throw CLIError("interrupted; the \(summary.added) new document(s) read before the interrupt are stored",
                           hint: "Run the same command again to go on: stored documents are recognised and skipped.",
                           kind: .interrupted)
        }
        if summary.failed > 0 {
            throw CLIError("\(summary.failed) input(s) could not be read; see the messages above", kind: .data)
        }
    }
}

struct IngestSummary: CustomStringConvertible {
    var read = 0
    var added = 0
    var known = 0
    var failed = 0
    var events = 0
    /// Events found that were another report of an event already stored, and became its sources.
    var merged = 0

    var description: String {
        var text = "Read \(read) document\(read == 1 ? "" : "s"): \(added) new, \(known) already known, \(failed) failed; \(events) event\(events == 1 ? "" : "s") found"
        if merged > 0 { text += " (\(merged) of them reported already, added as sources)" }
        return text + "."
    }
}
