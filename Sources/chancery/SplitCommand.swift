import ArgumentParser
import ChanceryCore
import ChanceryStore

struct SplitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "split",
        abstract: "Take one document's report out of an event into an event of its own.",
        discussion: """
            For an event that merged reports of two real events. The split stays when documents \
            are read again.

            Example:
              chancery split 17 --document fr-002
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The event's id, as the listing commands print it.") var id: Int64
    @Option(name: .long, help: ArgumentHelp("The document to take out, by the id its sources show.", valueName: "id"))
    var document: String
    @OptionGroup var correction: CorrectionOptions

    func run() throws {
        let store = try database.openExistingForWriting()
        guard let event = try store.event(id: id) else { throw CLIError(storeError: .noSuchEvent(id)) }
        try correction.confirm("Take document \(document) out of event \(id), \(CorrectionText.label(event))?")
        let (made, new) = try store.split(event: id, document: document, by: correction.author)
        let label = try store.event(id: new).map(CorrectionText.label) ?? "an event of its own"
        Output.displayLine("Took document \(TerminalText.isolated(document)) out of event \(id) into event \(new): \(label).")
        Output.displayLine(CorrectionText.recorded(made))
    }
}
