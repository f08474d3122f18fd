import ArgumentParser
import ChanceryCore
import ChanceryStore

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Make two events one: the second becomes part of the first, with its sources.",
        discussion: """
            For two reports of one real event that were kept apart. The merge stays when \
            documents are read again; a later report of either joins the merged event.

            Example:
              chancery merge 17 23
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The event to keep, then the event to merge into it.") var ids: [Int64]
    @OptionGroup var correction: CorrectionOptions

    func validate() throws {
        guard ids.count == 2 else { throw ValidationError("Give two event ids: the one to keep, then the one to merge into it.") }
        if ids[0] == ids[1] { throw ValidationError("Give two different events.") }
    }

    func run() throws {
        let (kept, other) = (ids[0], ids[1])
        let store = try database.openExistingForWriting()
        for id in [kept, other] where try store.event(id: id) == nil { throw CLIError(storeError: .noSuchEvent(id)) }
        try correction.confirm("Merge event \(other) into event \(kept)?")
        let made = try store.merge(event: other, into: kept, by: correction.author)
        guard let event = try store.event(id: kept) else { throw CLIError(storeError: .noSuchEvent(kept)) }
        let sources = event.sources.count
        Output.displayLine("Merged event \(other) into event \(kept): \(CorrectionText.label(event)), \(sources) source\(sources == 1 ? "" : "s").")
        Output.displayLine(CorrectionText.recorded(made))
    }
}
