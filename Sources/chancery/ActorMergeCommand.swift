import ArgumentParser
import ChanceryCore
import ChanceryStore

struct ActorMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Make two people one: the second's names, roles and events become the first's.",
        discussion: """
            Each person is an actor id or a name in any script. The merge holds when documents \
            are read again: a later mention of the second person's names is the first person.

            Example:
              chancery actor merge "Nasser Bourita" 14
              chancery actor merge 3 14 --by alice
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The person to keep, then the person who is the same (ids or names).") var people: [String]
    @OptionGroup var correction: CorrectionOptions

    func validate() throws {
        guard people.count == 2 else { throw ValidationError("Give two people: the one to keep, then the one who is the same.") }
    }

    func run() throws {
        let store = try database.openExistingForWriting()
        let kept = try ActorArgument.resolve(people[0], in: store)
        let other = try ActorArgument.resolve(people[1], in: store)
        guard kept.id != other.id else {
            throw CLIError("'\(people[0])' and '\(people[1])' are one actor already (\(kept.id))", kind: .usage)
        }
        let safe = TerminalText.isolated
        try correction.confirm("Merge actor \(other.id) (\(safe(other.name))) into actor \(kept.id) (\(safe(kept.name)))?")
        let made = try store.mergeActor(other.id, into: kept.id, by: correction.author)
        let merged = try store.actorSummary(id: kept.id)
        let events = merged?.events ?? 0
        Output.displayLine("Merged actor \(other.id) (\(safe(other.name))) into actor \(kept.id) (\(safe(kept.name))): "
                           + "\(events) event\(events == 1 ? "" : "s"), known as " + (merged?.aliases ?? []).map(safe).joined(separator: " | ") + ".")
        Output.displayLine(CorrectionText.recorded(made))
    }
}
