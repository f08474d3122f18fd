import ArgumentParser
import ChanceryCore
import ChanceryStore

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count the documents, events, countries and actors in the knowledge base.",
        discussion: """
            Events are counted by type and status; the date span runs from the earliest to the latest event.

            Example:
              chancery stats
              chancery stats --format json
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Option(name: .long, help: "Output format: table, json, jsonl or csv.") var format: OutputFormat = .table

    func run() throws {
        let store = try database.openForReading()
        let stats = try store.statistics()
        var record = Record()
        record.add("documents", stats.documents)
        record.add("events", stats.events)
        for type in EventType.allCases {
            for status in EventStatus.allCases {
                record.add("\(type.rawValue)_\(status.rawValue)", stats.eventsByTypeAndStatus[type]?[status] ?? 0)
            }
        }
        record.add("sources", stats.sources)
        record.add("countries", stats.countries)
        record.add("actors", stats.actors)
        record.add("first_date", stats.firstDate?.description)
        record.add("last_date", stats.lastDate?.description)
        switch format {
        case .table:
            RecordRenderer.renderFields(record.fields.map { ($0.name.replacing("_", with: " "), $0.text.isEmpty ? "–" : $0.text) })
        case .json:
            // One set of counts: an object, as `jq .events` reads it, not an array of one.
            RecordRenderer.line(record.json)
        case .jsonl, .csv:
            RecordRenderer.render([record], as: format, noun: ("row", "rows"))
        }
    }
}
