import ArgumentParser
import ChanceryCore
import ChanceryStore

struct RelationsCommand: ParsableCommand, LimitedAnswer {
    static let limitHelp = "Show only the n partners with the most events."

    static let configuration = CommandConfiguration(
        commandName: "relations",
        abstract: "Rank a country's partners by the number of events they share.",
        discussion: """
            For each partner: the events in all, by type, and the first and last contact.

            Example:
              chancery relations Morocco
              chancery relations المغرب --since 2025 --type meeting
              chancery relations MA --format csv
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The country (a code or a name in Arabic, French or English).") var country: String
    @OptionGroup var dates: DateRangeOptions
    @Option(name: .long, parsing: .singleValue, help: "Only events of this type: meeting, agreement or commission_session (repeatable).")
    var type: [EventType] = []
    @Option(name: .long, help: "Only events with this status: occurred or planned.") var status: EventStatus?
    @OptionGroup var output: OutputOptions<RelationsCommand>

    func run() throws {
        let code = try CountryArgument.resolve(country)
        let store = try database.openForReading()
        let names = DisplayNames(output.names, store: store)
        let filter = EventFilter(types: type, since: dates.since, until: dates.until, status: status, limit: output.limit)
        let records = try store.partners(of: code, filter: filter).map { partner -> Record in
            var record = Record()
            record.add("partner", partner.country)
            record.add("name", names.country(partner.country))
            record.add("events", partner.events)
            for type in EventType.allCases {
                record.add(type.rawValue + "s", partner.byType[type] ?? 0)
            }
            record.add("first_contact", partner.firstContact?.description)
            record.add("last_contact", partner.lastContact?.description)
            return record
        }
        RecordRenderer.render(records, as: output.format, noun: ("partner", "partners"), fitting: output.tableWidth)
    }
}
