import ArgumentParser
import ChanceryCore
import ChanceryStore
import FoundationEssentials
import Glibc

/// The options every correcting command shares: who makes it, and whether to ask first.
struct CorrectionOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Who makes the correction, as its record names them (default: $USER).", valueName: "name"))
    var by: String?

    @Flag(name: .shortAndLong, help: "Do not ask before changing anything (nothing is asked when standard input is not a terminal).")
    var yes = false

    var author: String {
        let environment = ProcessInfo.processInfo.environment
        for name in [by, environment["USER"], environment["LOGNAME"]] {
            if let name, !name.isEmpty { return name }
        }
        return "unknown"
    }

    /// Asks `question` on a terminal, unless `--yes`; anything but yes stops the command. Off a
    /// terminal (a script, a pipe) nothing is asked.
    func confirm(_ question: String) throws {
        guard !yes, isatty(STDIN_FILENO) != 0 else { return }
        Output.flush()
        Output.writeStandardError(TerminalText.neutralized(question) + " [y/N] ")
        let answer = readLine()?.trimmingWhitespace().lowercased() ?? ""
        guard answer == "y" || answer == "yes" else {
            throw CLIError("nothing changed", hint: "Answer y to go ahead, or give --yes.")
        }
    }
}

extension DatabaseOptions {
    /// Opens an existing database for a correction: a missing file is an error, not a new base.
    func openExistingForWriting(lockWait: Duration = Store.defaultLockWait, unless giveUp: (() -> Bool)? = nil) throws -> Store {
        let path = location.resolvedPath
        guard path == ":memory:" || FileManager.default.fileExists(atPath: path) else {
            throw CLIError("no database at \(path)", hint: "Ingest some articles first: chancery ingest --db \(path) ARTICLES…", kind: .usage)
        }
        return try location.openForWriting(lockWait: lockWait, unless: giveUp)
    }
}

/// How corrections are told on the command line.
enum CorrectionText {
    /// "meeting FR–MA 2025-06-10 in Rabat": an event in a few words, its texts isolated.
    static func label(_ event: Event) -> String {
        let what: String
        switch event.type {
        case .meeting:
            switch event.mode ?? .inPerson {
            case .phone: what = "phone call"
            case .video: what = "video call"
            case .inPerson: what = "meeting"
            }
        case .agreement:
            what = (event.instrument ?? .agreement).displayName + ((event.count ?? 1) > 1 ? " ×\(event.count ?? 1)" : "")
        case .commissionSession:
            what = "commission session" + (event.ordinal.map { " \($0)" } ?? "")
        }
        let date = event.date.map { date in event.endDate.map { "\(date)…\($0)" } ?? date.description } ?? "undated"
        var text = "\(what) \(event.countries.joined(separator: "–")) \(date)"
        if let place = event.location?.name { text += " in " + TerminalText.isolated(place) }
        return text
    }

    /// "date 2025-10-15 → 2025-10-16".
    static func change(_ change: FieldChange) -> String {
        "\(change.field) \(TerminalText.isolated(change.before ?? "none")) → \(TerminalText.isolated(change.after ?? "none"))"
    }

    /// What a correction did, in a few words: "edit of event 5: date 2025-10-15 → 2025-10-16".
    static func summary(_ correction: Correction) -> String {
        let event = correction.eventID.map { "event \($0)" } ?? correction.target
        switch correction.kind {
        case .delete:
            return "delete of \(event) (\(TerminalText.isolated(correction.changes.first?.before ?? "")))"
        case .edit:
            return "edit of \(event): " + correction.changes.map(change).joined(separator: "; ")
        case .split:
            let source = correction.changes.first
            return "split of \(event): document \(TerminalText.isolated(source?.before ?? "")) into \(source?.after ?? "its own event")"
        case .merge:
            return "merge of \(correction.changes.first?.before ?? "an event") into \(event)"
        case .actorMerge:
            let people = correction.changes.first
            return "merge of actor \(TerminalText.isolated(people?.before ?? "")) into actor \(TerminalText.isolated(people?.after ?? ""))"
        case .actorRename:
            return "rename of \(correction.target): " + correction.changes.map(change).joined(separator: "; ")
        }
    }

    /// The line that ends every correction: its number, its author, and how to take it back.
    static func recorded(_ correction: Correction) -> String {
        "Correction \(correction.id), by \(TerminalText.isolated(correction.author)); it holds when documents are read again, and chancery undo takes it back."
    }
}
