import ArgumentParser
import ChanceryCore
import ChanceryStore

struct ActorRenameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rename",
        abstract: "Give a person the name they are shown by, in every event they took part in.",
        discussion: """
            The person is an actor id or a name in any script; the new name becomes one of \
            their names too. The name holds when documents are read again.

            Example:
              chancery actor rename 14 "Adel al-Jubeir"
              chancery actor rename "هذا الأسبوع" "عادل الجبير"
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The person (an id or a name).") var person: String
    @Argument(help: "The name to show them by.") var name: String
    @OptionGroup var correction: CorrectionOptions

    func validate() throws {
        if name.trimmingWhitespace().isEmpty { throw ValidationError("Give the new name.") }
    }

    func run() throws {
        let store = try database.openExistingForWriting()
        let actor = try ActorArgument.resolve(person, in: store)
        let safe = TerminalText.isolated
        guard let made = try store.renameActor(actor.id, to: name.trimmingWhitespace(), by: correction.author) else {
            Output.displayLine("Actor \(actor.id) is named \(safe(actor.name)) already; nothing changed.")
            return
        }
        let events = actor.events
        Output.displayLine("Renamed actor \(actor.id): \(safe(actor.name)) → \(safe(name.trimmingWhitespace())), in \(events) event\(events == 1 ? "" : "s").")
        Output.displayLine(CorrectionText.recorded(made))
    }
}
