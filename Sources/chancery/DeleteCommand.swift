import ArgumentParser
import ChanceryCore
import ChanceryStore

struct DeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete an event that is none; it stays deleted when documents report it again.",
        discussion: """
            The correction is recorded (see chancery history) and applied again after every \
            ingest and rebuild: a later report of the same event is deleted too.

            Example:
              chancery delete 17
              chancery delete 17 --by alice --yes
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The event's id, as the listing commands print it.") var id: Int64
    @OptionGroup var correction: CorrectionOptions

    func run() throws {
        let store = try database.openExistingForWriting()
        guard let event = try store.event(id: id) else { throw CLIError(storeError: .noSuchEvent(id)) }
        try correction.confirm("Delete event \(id), \(CorrectionText.label(event))?")
        let made = try store.delete(event: id, by: correction.author)
        let sources = event.sources.count
        Output.displayLine("Deleted event \(id): \(CorrectionText.label(event)), \(sources) source\(sources == 1 ? "" : "s").")
        Output.displayLine(CorrectionText.recorded(made))
    }
}
