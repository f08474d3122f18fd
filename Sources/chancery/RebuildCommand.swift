import ArgumentParser
import ChanceryCore
import ChanceryIngest
import ChanceryStore
import Glibc

// Set from the SIGINT handler; read between batches, so that an interrupted rebuild keeps what
// it has committed and says how to go on.
nonisolated(unsafe) private var interruptRequested: sig_atomic_t = 0

struct RebuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rebuild",
        abstract: "Read every stored document again with this Chancery, keeping the corrections.",
        discussion: """
            After an upgrade, say: each document's events are read again and put in place of \
            those it gave, a batch of documents at a time, each batch one transaction at the end \
            of which every correction is applied again. Interrupted (or stopped by --limit), it \
            goes on from where it stopped when run again.

            Example:
              chancery rebuild
              chancery rebuild --limit 1000
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("Read at most this many documents in this run; run again to go on.", valueName: "n"))
    var limit: Int?

    @Option(name: .long, help: ArgumentHelp(
        "How long to wait, in seconds, while another program writes to the database, before giving up.",
        valueName: "seconds"))
    var wait = 120

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be a positive number.") }
        if wait < 0 { throw ValidationError("--wait must be a number of seconds, 0 or more.") }
    }

    func run() throws {
        var interruptOnly = sigset_t()
        sigemptyset(&interruptOnly)
        sigaddset(&interruptOnly, SIGINT)
        sigprocmask(SIG_UNBLOCK, &interruptOnly, nil)
        signal(SIGINT) { _ in interruptRequested = 1 }
        defer { signal(SIGINT, SIG_DFL) }

        let store = try database.openExistingForWriting(lockWait: .seconds(wait), unless: { interruptRequested != 0 })
        try KnowledgeBasePreparation.prepare(store)
        let eventsBefore = try store.eventCount()
        var progress = try store.beginRebuild()
        let startedAt = progress.reread
        let extractor = EventExtractor()
        var budget = limit ?? Int.max
        while interruptRequested == 0, budget > 0, !progress.finished {
            let documents = try store.documentsToReread(limit: min(budget, IngestBatch.mostDocuments))
            guard !documents.isEmpty else { break }
            var batch: [(document: StoredDocument, events: [Event])] = []
            for stored in documents {
                batch.append((stored, extractor.extract(from: stored.document)))
                if interruptRequested != 0 { break }
            }
            progress = try store.reread(batch)
            budget -= batch.count
        }
        // Reports read otherwise, weighed again out of document order: their groups in that order.
        try store.settleGroups(until: { interruptRequested != 0 })
        let reread = progress.reread - startedAt
        let documents = "\(reread) document\(reread == 1 ? "" : "s")"
        let corrections = try store.corrections().filter { !$0.isUndone }.count
        let events = try store.eventCount()
        let summary = "\(events) event\(events == 1 ? "" : "s") (\(eventsBefore) before); \(corrections) correction\(corrections == 1 ? "" : "s") applied again"
        if progress.finished {
            Output.line("Read \(documents) again\(startedAt > 0 ? ", finishing the rebuild begun before" : ""): \(summary).")
            return
        }
        Output.line("Read \(documents) again, \(progress.reread) of \(progress.total) so far: \(summary).")
        if interruptRequested != 0 {
            Output.flush()
            throw CLIError("interrupted; the documents read again before the interrupt are stored",
                           hint: "Run chancery rebuild again to go on from there.", kind: .interrupted)
        }
        Output.line("Run chancery rebuild again to go on.")
    }
}
