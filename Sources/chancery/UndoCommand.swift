import ArgumentParser
import ChanceryCore
import ChanceryStore

struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: "Take back the last correction still in force.",
        discussion: """
            The correction stays in the history, marked undone; what it did is taken back and \
            the corrections made before it hold as they did.

            Example:
              chancery undo
              chancery undo --by alice
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var correction: CorrectionOptions

    func run() throws {
        let store = try database.openExistingForWriting()
        let outcome = try store.undoLastCorrection(by: correction.author)
        let undone = outcome.correction
        Output.displayLine("Undid correction \(undone.id) by \(TerminalText.isolated(undone.author)): \(CorrectionText.summary(undone)).")
        let events = try outcome.events.compactMap { id in try store.event(id: id).map { "event \(id), \(CorrectionText.label($0))" } }
        if !events.isEmpty { Output.displayLine("Now: " + events.joined(separator: "; ") + ".") }
    }
}
