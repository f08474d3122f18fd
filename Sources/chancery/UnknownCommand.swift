import ArgumentParser
import ChanceryCore

/// A command line whose first word is no command of Chancery's: "chancery meeting".
///
/// ArgumentParser reports it as unexpected arguments, with no hint of the command meant; this
/// names the commands nearest what was typed. It is looked at only once parsing has failed (or,
/// for `help`, which ArgumentParser answers with the general help whatever follows, when the
/// word after it is no command), so a command line that parses pays nothing for it.
enum UnknownCommand {
    /// The names a first word may be.
    static var names: [String] {
        Chancery.configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
    }

    /// The commands without subcommands, by name.
    private static let leafCommands: [String: any ParsableCommand.Type] = Dictionary(
        uniqueKeysWithValues: Chancery.configuration.subcommands
            .filter { $0.configuration.subcommands.isEmpty }
            .compactMap { command in command.configuration.commandName.map { ($0, command) } })

    /// The error for `arguments` (without the program's name) when the command they name, or the
    /// one `help` is asked about, is none; nil when it is one, or when they start with an option.
    static func error(for arguments: [String]) -> CLIError? {
        guard var word = arguments.first, !word.hasPrefix("-") else { return nil }
        var asking = ""
        if word == "help" {
            guard arguments.count > 1, !arguments[1].hasPrefix("-") else { return nil }
            word = arguments[1]
            asking = "help "
        }
        let names = names
        guard !names.contains(word) else { return nil }
        var nearest = NameSuggestions<String>(for: word)
        for name in names where name != "help" || asking.isEmpty { nearest.consider(name, for: name) }
        let suggested = nearest.best.map { "chancery \(asking)\($0.target)" }
        return CLIError("unknown command '\(word)'",
                        hint: DidYouMean.hint(suggested) ?? "See chancery --help for the commands.", kind: .usage)
    }

    /// The command `arguments` ask for, parsed by ArgumentParser; an unknown command's name is
    /// told with the commands nearest it.
    static func parse(_ arguments: [String]) throws -> any ParsableCommand {
        if arguments.first == "help", let error = error(for: arguments) { throw error }
        // A command with no subcommands of its own is parsed alone first: walking the whole tree
        // of commands from the root is a third of what ArgumentParser spends on a question. What
        // it refuses (help, a mistake, a completion script) the whole tree parses again, so that
        // the answer names the command as `chancery …`.
        if let name = arguments.first, let command = leafCommands[name],
           let parsed = try? command.parseAsRoot(Array(arguments.dropFirst())),
           type(of: parsed) == command {  // and not the help command that answers `--help`
            return parsed
        }
        do {
            return try Chancery.parseAsRoot(arguments)
        } catch {
            throw Self.error(for: arguments) ?? error
        }
    }
}
