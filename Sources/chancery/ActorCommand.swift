import ArgumentParser
import ChanceryCore
import ChanceryStore

/// `chancery actor NAME` shows a person; `chancery actor merge` and `rename` correct one.
struct ActorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actor",
        abstract: "Show one person with every name they go by and the events they took part in.",
        discussion: """
            Without a subcommand, shows the person named (as actor show does). merge and rename \
            correct the people: the correction is recorded and holds when documents are read again.

            Example:
              chancery actor "Nasser Bourita"
              chancery actor merge "Nasser Bourita" بوريطة
              chancery actor rename 14 "Adel al-Jubeir"
            """,
        subcommands: [ActorShowCommand.self, ActorMergeCommand.self, ActorRenameCommand.self],
        defaultSubcommand: ActorShowCommand.self
    )
}
