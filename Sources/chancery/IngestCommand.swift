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
            standard input. A document already stored is recognised and not added again; a copy of \
            one (nearly the same text: another headline, a trailing line, a few words changed) adds \
            no event, its events becoming sources of the stored one's. A line or \
            file that cannot be read is reported as file:line and skipped; the rest is stored.

            Several ingests may write into one database at once: documents are stored a small \
            batch at a time, and each batch waits its turn (up to --wait seconds) while another \
            program writes. Questions asked meanwhile are answered from what is committed.

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

    @Flag(name: .shortAndLong, help: "Draw no progress line on the terminal while reading (none is drawn when standard error is not a terminal).")
    var quiet = false

    @Option(name: .long, help: ArgumentHelp(
        "How long to wait, in seconds, while another program writes to the database, before giving up.",
        valueName: "seconds"))
    var wait = 120

    func validate() throws {
        if let lang, !["ar", "fr", "en"].contains(lang) {
            throw ValidationError("--lang must be ar, fr or en.")
        }
        if let published, published.precision != .day {
            throw ValidationError("--published must be a full date, YYYY-MM-DD.")
        }
        if wait < 0 {
            throw ValidationError("--wait must be a number of seconds, 0 or more.")
        }
        if id != nil, paths.count != 1 {
            throw ValidationError("--id names one document; give a single path with it.")
        }
    }

    func run() throws {
        // A parent may have spawned us with SIGINT blocked (test runners and some daemons do);
        // unblock it, or Ctrl-C would never reach the handler.
        var interruptOnly = sigset_t()
        sigemptyset(&interruptOnly)
        sigaddset(&interruptOnly, SIGINT)
        sigprocmask(SIG_UNBLOCK, &interruptOnly, nil)
        signal(SIGINT) { _ in interruptRequested = 1 }
        defer { signal(SIGINT, SIG_DFL) }

        var summary = IngestSummary()
        do {
            try ingest(into: &summary)
        } catch StoreError.locked(_, let waited) where interruptRequested == 0 {
            Output.line(summary.description)
            Output.flush()
            throw CLIError(
                "gave up after waiting \(waited.components.seconds) s for another program to finish writing to the database; "
                    + "the \(summary.added) new document(s) read until then are stored, and running the same command again goes on from there",
                hint: "Let the other program finish, or wait longer with --wait SECONDS."
            )
        } catch StoreError.locked {
            // Ctrl-C while waiting for the lock: said below, as any interrupt.
        } catch let error as StoreError where error.isRefusedWrite {
            // A database in a place it may not write is refused before anything is read: said as it is.
            if case .notWritable = error, summary.read == 0 { throw error }
            Output.line(summary.description)
            Output.flush()
            throw CLIError(refusedWrite: error, storedDocuments: summary.added)
        }
        if interruptRequested != 0 {
            Output.line(summary.description)
            Output.flush()
            throw CLIError("interrupted; the \(summary.added) new document(s) read before the interrupt are stored",
                           hint: "Run the same command again to go on: stored documents are recognised and skipped.",
                           kind: .interrupted)
        }
        Output.line(summary.description)
        Output.flush()
        if summary.failed > 0 {
            throw CLIError("\(summary.failed) input(s) could not be read; see the messages above", kind: .data)
        }
    }

    /// Reads, extracts and stores every document, counting in `summary` only what is committed.
    ///
    /// Several ingests may write into one base at once, and SQLite lets one write at a time. So
    /// documents are read and their events extracted with no lock held, and written a small
    /// batch at a time, each batch one transaction that takes the write lock when it begins
    /// (waiting its turn for up to `--wait`) and holds it for a moment only. Each document is a
    /// savepoint in its batch, so one that fails loses nothing else.
    private func ingest(into summary: inout IngestSummary) throws {
        let store = try database.openForWriting(lockWait: .seconds(wait), unless: { interruptRequested != 0 })
        try KnowledgeBasePreparation.prepare(store)
        let reader = DocumentReader(
            paths: paths, options: PlainTextOptions(language: lang, published: published, url: url, id: id)
        )
        let extractor = EventExtractor()
        // A stored document that a new one is found the original of is read again as its copy.
        store.reading = { extractor.extract(from: $0) }
        var iterator = reader.makeIterator()
        var batch = IngestBatch()
        let clock = ContinuousClock()
        var batchStarted = clock.now
        // --explain writes its own lines for each document, which a progress line would break into.
        var progress = IngestProgress(shown: !quiet && !explain, paths: paths)
        defer { progress.clear() }
        var documentsRead = 0
        var eventsFound = 0
        while interruptRequested == 0, let item = iterator.next() {
            switch item {
            case .failure(let reason, let location):
                batch.items.append(.unreadable(reason: reason, location: location))
            case .document(let document, let location):
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
                batch.items.append(.document(document, events: events, location: location))
                batch.textBytes += document.text.utf8.count
                documentsRead += 1
                eventsFound += events.count
            }
            // With --explain, each document's outcome follows its explanation.
            if explain || batch.isFull || clock.now - batchStarted > IngestBatch.longestGathering {
                try write(batch, to: store, into: &summary, progress: &progress)
                batch = IngestBatch()
                batchStarted = clock.now
            }
            progress.update(documents: documentsRead, events: eventsFound, bytesRead: iterator.bytesRead)
        }
        // An interrupt comes between documents: those already read are stored with the rest.
        try write(batch, to: store, into: &summary, progress: &progress)
        // Groups of events that reports came into out of document order (see Store+Settling) are
        // weighed again in that order, so that the base is what any order of ingest gives. An
        // interrupt leaves the rest to the next ingest.
        // Events that settling splits or joins are counted as found apart or reported already.
        summary.merged -= try store.settleGroups(until: { interruptRequested != 0 })
    }

    /// Stores the documents of `batch` in one transaction, then reports what each input became,
    /// in the order they were read: only once the batch is committed does any of it count.
    private func write(_ batch: IngestBatch, to store: Store, into summary: inout IngestSummary,
                       progress: inout IngestProgress) throws {
        guard !batch.items.isEmpty else { return }
        /// A message in place of the progress line, which the next update draws again below it.
        func note(_ text: String) {
            progress.clear()
            Output.note(text)
        }
        var outcomes: [Result<IngestOutcome, StoreError>?] = []
        var newEvents = 0
        if batch.items.contains(where: \.isDocument) {
            // One transaction, at the end of which the corrections are applied again (see Store.ingestBatch).
            try store.ingestBatch {
                let eventsBefore = try store.eventCount()
                outcomes = try batch.items.map { item in
                    guard case .document(let document, let events, _) = item else { return nil }
                    do {
                        return .success(try store.ingest(document, events: events))
                    } catch let error as StoreError {
                        // Only a document's own conflict is its failure; any other stops the batch.
                        guard case .conflictingDocument = error else { throw error }
                        return .failure(error)
                    }
                }
                // Counted inside the transaction, so that other writers' events are not.
                newEvents = try store.eventCount() - eventsBefore
            }
        }
        var found = 0
        for (index, item) in batch.items.enumerated() {
            switch item {
            case .unreadable(let reason, let location):
                summary.failed += 1
                note("\(location): \(reason)")
            case .document(_, _, let location):
                summary.read += 1
                switch outcomes[index] {
                case .success(.added(let documentID, let count)):
                    summary.added += 1
                    summary.events += count
                    found += count
                    if verbose { note("\(location): \(documentID): \(count) event\(count == 1 ? "" : "s")") }
                case .success(.copy(let documentID, let original, let count)):
                    summary.added += 1
                    summary.events += count
                    found += count
                    if verbose {
                        note("\(location): \(documentID): \(count) event\(count == 1 ? "" : "s"), nearly the same text as \(original): its events are theirs")
                    }
                case .success(.alreadyKnown(let documentID)):
                    summary.known += 1
                    if verbose || summary.known <= 5 {
                        note("\(location): already stored as \(documentID); not added again")
                    }
                case .failure(let error):
                    summary.failed += 1
                    note("\(location): \(error)")
                case nil:
                    break
                }
            }
        }
        // A document stored before (by this ingest or another) that one of this batch comes before.
        if verbose {
            for (copy, original) in store.storedCopiesFound {
                note("\(copy): stored already, nearly the same text as \(original): its events are theirs now")
            }
        }
        // Events found minus events added: those that were other reports of stored events.
        summary.merged += found - newEvents
    }
}

/// Documents read and their events extracted, not yet written.
struct IngestBatch {
    enum Item {
        case unreadable(reason: String, location: InputLocation)
        case document(Document, events: [Event], location: InputLocation)

        var isDocument: Bool {
            if case .document = self { true } else { false }
        }
    }

    var items: [Item] = []
    /// The UTF-8 bytes of the documents' texts.
    var textBytes = 0

    /// Small enough that writing the batch holds the write lock for a fraction of a second (a
    /// debug build writes 32 documents of 12 KB in 130 to 210 ms), so that another ingest
    /// waiting for it soon has its turn; large enough that committing, which waits for the
    /// disk, is not paid for every document.
    static let mostDocuments = 32
    static let mostTextBytes = 1 << 20
    /// Documents read this long ago are written even when the batch is not full, so that a
    /// slow stream of input is stored as it comes.
    static let longestGathering: Duration = .seconds(1)

    var isFull: Bool { items.count >= Self.mostDocuments || textBytes >= Self.mostTextBytes }
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
