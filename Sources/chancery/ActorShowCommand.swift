import ArgumentParser
import ChanceryCore
import ChanceryStore

struct ActorShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one person with every name they go by and the events they took part in.",
        discussion: """
            NAME may be written in any script and may be a surname alone; when several people \
            match, the one with the most events is shown and the others are listed.

            Example:
              chancery actor "Nasser Bourita"
              chancery actor بوريطة
              chancery actor show Lavrov --format json
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The person's name or an actor id.") var name: [String]
    @Option(name: .long, help: "Only a person of this country.") var country: String?
    @Option(name: .long, help: "Output format: table (readable text), json, jsonl or csv (the events).") var format: OutputFormat = .table
    @Flag(name: .long, help: "Print the table of events whole, however wide, rather than fit it to the terminal.") var wide = false
    @OptionGroup var naming: NamesOptions

    func validate() throws {
        if name.joined().isEmpty { throw ValidationError("Give a name, e.g. chancery actor Bourita.") }
    }

    func run() throws {
        let code = try country.map(CountryArgument.resolve)
        let store = try database.openForReading()
        let text = name.joined(separator: " ")
        var matches = try store.actors(matching: text, country: code)
        if let id = Int64(text), let actor = try store.actorSummary(id: id) { matches = [actor] }
        guard let actor = matches.first else { throw try ActorArgument.notFound(text, country: code, in: store) }
        let names = DisplayNames(naming.names, store: store)
        let events = try store.events(ofActor: actor.id).map(names.renamed)
        switch format {
        case .table:
            let safe = TerminalText.isolated
            Output.displayLine("Actor \(actor.id): \(safe(try names.actor(actor)))" + (actor.country.map { " (\($0))" } ?? ""))
            var fields: [(label: String, value: String)] = []
            if !actor.roles.isEmpty { fields.append(("roles", actor.roles.map { safe(ActorsCommand.roleLabel($0)) }.joined(separator: "; "))) }
            fields.append(("aliases", actor.aliases.map(safe).joined(separator: " | ")))
            RecordRenderer.renderFields(fields, indent: 2)
            Output.line()
            EventRenderer.render(events, as: .table, showSources: true, fitting: TerminalSize.forStandardOutput(wide: wide))
            if matches.count > 1 {
                Output.line()
                Output.displayLine("Also matching: " + matches.dropFirst().map { "\(safe($0.name)) (\($0.id))" }.joined(separator: ", "))
            }
        case .json:
            var record = ActorsCommand.record(actor, name: try names.actor(actor))
            record.add("event_list", json: .array(events.map { .json(EventRenderer.json($0)) }), text: "")
            RecordRenderer.line(record.json)
        case .jsonl, .csv:
            EventRenderer.render(events, as: format)
        }
    }
}
