import ArgumentParser
import ChanceryCore
import ChanceryStore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one event with its evidence and the documents that report it.",
        discussion: """
            Example:
              chancery show 17
              chancery show 17 --format json
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The event's id, as the listing commands print it.") var id: Int64
    @Option(name: .long, help: "Output format: table (readable text) or json.") var format: OutputFormat = .table
    @OptionGroup var naming: NamesOptions

    func run() throws {
        let store = try database.openForReading()
        guard let stored = try store.event(id: id) else {
            throw CLIError("no event with id \(id)", hint: "List events with: chancery timeline", kind: .usage)
        }
        let names = DisplayNames(naming.names, store: store)
        let event = try names.renamed(stored)
        switch format {
        case .table:
            describe(event, corrected: try store.correctedFields()[id] ?? [], names: names)
        case .json:
            // One event: an object, as `jq .date` reads it, not an array of one.
            Output.line(EventRenderer.json(event))
        default:
            EventRenderer.render([event], as: format)
        }
    }

    /// The event as lines for a person to read. Every value from an article is isolated and its
    /// controls shown as escapes (see `TerminalText`).
    private func describe(_ event: Event, corrected: [String], names: DisplayNames) {
        let safe = TerminalText.isolated
        let dateText = event.date.map { date in event.endDate.map { "\(date) to \($0)" } ?? date.description } ?? "undated"
        Output.displayLine("Event \(event.id ?? 0): \(safe(EventRenderer.summary(event)))")
        var fields: [(label: String, value: String)] = [
            ("type", event.type.rawValue),
            ("status", event.status.rawValue),
            ("date", dateText),
            // Codes, and with --names each country's name before its code, as the place is shown.
            ("countries", event.countries.map { names.showsOriginal ? $0 : "\(safe(names.country($0))) (\($0))" }.joined(separator: ", ")),
        ]
        if !event.organizations.isEmpty { fields.append(("organizations", event.organizations.joined(separator: ", "))) }
        if let location = event.location {
            fields.append(("place", location.country.map { "\(safe(location.name)) (\($0))" } ?? safe(location.name)))
        }
        if let mode = event.mode { fields.append(("mode", mode.rawValue)) }
        if let instrument = event.instrument { fields.append(("instrument", instrument.rawValue)) }
        if let count = event.count { fields.append(("count", String(count))) }
        if let title = event.title { fields.append(("title", safe(title))) }
        if let body = event.body { fields.append(("body", safe(body))) }
        if let ordinal = event.ordinal { fields.append(("session", String(ordinal))) }
        fields.append(("confidence", JSONText.decimalText(event.confidence)))
        if !corrected.isEmpty {
            fields.append(("corrected", corrected.joined(separator: ", ") + " (chancery history \(event.id ?? 0))"))
        }
        RecordRenderer.renderFields(fields, indent: 2)
        if !event.participants.isEmpty {
            Output.line()
            Output.line("Participants:")
            for participant in event.participants {
                Output.displayLine("  - " + safe(EventRenderer.participantLabel(participant)))
            }
        }
        Output.line()
        Output.line("Sources (\(event.sources.count)):")
        for source in event.sources {
            var heading = "  [\(safe(source.document))]"
            if let title = source.title { heading += " " + safe(title) }
            if let published = source.published { heading += " (\(published))" }
            Output.displayLine(heading)
            if let url = source.url { Output.displayLine("    " + safe(url)) }
            Output.displayLine("    «\(safe(source.evidence.text))» (characters \(source.evidence.start)–\(source.evidence.end))")
        }
    }
}
