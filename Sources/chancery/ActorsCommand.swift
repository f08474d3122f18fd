import ArgumentParser
import ChanceryCore
import ChanceryStore

struct ActorsCommand: ParsableCommand, LimitedAnswer {
    static let limitHelp = "Show only the n people with the most events."

    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "List the people in the knowledge base, with their country, roles and events.",
        discussion: """
            Without TEXT, the people who took part in at least one event. With TEXT, anyone one of \
            whose names, in any script, has words starting with every word of it, including the \
            heads of state and government and foreign ministers Chancery knows in advance.

            Example:
              chancery actors
              chancery actors Bourita
              chancery actors بوريطة --country MA --format json
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "Words of a name, in Arabic, French or English.") var text: [String] = []
    @Option(name: .long, help: "Only people of this country.") var country: String?
    @OptionGroup var output: OutputOptions<ActorsCommand>

    func run() throws {
        let code = try country.map(CountryArgument.resolve)
        let store = try database.openForReading()
        let name = text.isEmpty ? nil : text.joined(separator: " ")
        let actors = try store.actors(matching: name, country: code, limit: output.limit)
        let names = DisplayNames(output.names, store: store)
        let records = try actors.map { Self.record($0, name: try names.actor($0)) }
        RecordRenderer.render(records, as: output.format, noun: ("actor", "actors"), fitting: output.tableWidth)
        // An empty list is an answer, not an error; under a table, the people nearest the name may be meant.
        if actors.isEmpty, let name, output.format == .table,
           let hint = DidYouMean.hint(try ActorArgument.suggested(name, country: code, in: store)) {
            Output.displayLine(hint)
        }
    }

    /// The actor as a row, `name` the name `--names` shows.
    static func record(_ actor: ActorSummary, name: String) -> Record {
        var record = Record()
        record.add("id", json: .number(actor.id), text: String(actor.id))
        record.add("name", name)
        record.add("country", actor.country)
        record.add("roles", list: actor.roles.map(roleLabel))
        record.add("events", actor.events)
        record.add("aliases", list: actor.aliases)
        return record
    }

    /// "foreign minister (2024-03-01…2025-10-16)".
    static func roleLabel(_ role: ActorRole) -> String {
        switch (role.firstSeen, role.lastSeen) {
        case let (first?, last?) where first == last: "\(role.role) (\(first))"
        case let (first?, last?): "\(role.role) (\(first)…\(last))"
        case let (first?, nil): "\(role.role) (since \(first))"
        case let (nil, last?): "\(role.role) (until \(last))"
        case (nil, nil): role.role
        }
    }
}
