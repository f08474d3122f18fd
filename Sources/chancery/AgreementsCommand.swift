import ArgumentParser
import ChanceryCore
import ChanceryStore

struct AgreementsCommand: ListingCommand, LimitedAnswer {
    static let limitHelp = "Show only the first n signings in date order, and say how many there are in all."

    static let configuration = CommandConfiguration(
        commandName: "agreements",
        abstract: "List agreement signings in date order.",
        discussion: """
            Example:
              chancery agreements --since 2025-01-01
              chancery agreements --country Senegal --instrument mou
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var dates: DateRangeOptions
    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Only agreements this country is party to (repeatable).", valueName: "country"))
    var country: [String] = []
    @Option(name: .long, help: "Only this kind of instrument: mou, agreement, treaty, convention, protocol, declaration or other.")
    var instrument: Instrument?
    @Option(name: .long, help: "Only signings with this status: occurred or planned.") var status: EventStatus?
    @OptionGroup var output: OutputOptions<AgreementsCommand>

    var request: ListingRequest {
        ListingRequest(command: .agreements, database: database.db, countries: country, since: dates.since,
                       until: dates.until, status: status, instrument: instrument, format: output.format, limit: output.limit, wide: output.wide, names: output.names)
    }
}
