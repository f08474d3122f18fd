import ChanceryStore

/// An error as the user sees it: one line starting `Error:`, a hint where one helps, an exit status.
struct CLIError: Error {
    enum Kind {
        /// The command line was wrong: exit 64 (EX_USAGE).
        case usage
        /// The input data was wrong: exit 65 (EX_DATAERR).
        case data
        /// The user stopped the command with Ctrl-C: exit 130, as shells report a SIGINT.
        case interrupted
        /// Anything else: exit 1.
        case failure
    }

    let message: String
    let hint: String?
    let kind: Kind

    init(_ message: String, hint: String? = nil, kind: Kind = .failure) {
        self.message = message
        self.hint = hint
        self.kind = kind
    }

    init(storeError: StoreError) {
        if FileSizeLimit.wasReached {
            self.init("writing to the database went past \(FileSizeLimit.described)",
                      hint: "Raise the limit (ulimit -f unlimited) and run the command again.")
            return
        }
        switch storeError {
        case .newerSchema:
            self.init(storeError.description, hint: "Upgrade Chancery to read this database.", kind: .failure)
        case .cannotOpen:
            self.init(storeError.description, hint: "Check the path given with --db or $CHANCERY_DB.", kind: .failure)
        case .locked:
            self.init(storeError.description, hint: "Run the command again once the other program has finished writing.", kind: .failure)
        case .noSuchEvent:
            self.init(storeError.description, hint: "List events with: chancery timeline", kind: .usage)
        case .noSuchActor:
            self.init(storeError.description, hint: "List the people known with: chancery actors", kind: .usage)
        case .notASource(let event, _, let sources):
            self.init(storeError.description, hint: "Event \(event) is reported by: \(sources.joined(separator: ", ")).", kind: .usage)
        case .cannotCorrect:
            self.init(storeError.description, kind: .usage)
        case .nothingToUndo:
            self.init(storeError.description, hint: "chancery history lists the corrections made.")
        case .full(let path):
            self.init(storeError.description, hint: "Free some space on the disk that holds \(path), then run the command again.")
        case .notWritable:
            self.init(storeError.description,
                      hint: "Questions can still be asked of it; to add articles, copy it to a folder you may write and give that with --db.")
        case .cannotReadInPlace:
            self.init(storeError.description,
                      hint: "Run any chancery command on it once as a user who may write its folder, or copy it (with its -wal file) to a folder you may write.")
        default:
            self.init(storeError.description)
        }
    }

    /// A write the disk or the system refused partway through an ingest: what failed, that the
    /// documents counted are stored, and how to go on.
    init(refusedWrite storeError: StoreError, storedDocuments stored: Int) {
        let base = CLIError(storeError: storeError)
        self.init(base.message + "; the \(stored) new document(s) read until then are stored, and running the same command again goes on from there",
                  hint: base.hint, kind: base.kind)
    }

    var exitCode: Int32 {
        switch kind {
        case .usage: 64
        case .data: 65
        case .interrupted: 130
        case .failure: 1
        }
    }

    /// The lines printed: a message may quote what the user gave or an article held, whose
    /// controls are shown as escapes (see `TerminalText`).
    var rendered: String {
        var text = "Error: \(TerminalText.neutralized(message))\n"
        if let hint { text += "Hint: \(TerminalText.neutralized(hint))\n" }
        return text
    }
}
