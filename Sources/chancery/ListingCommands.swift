import ArgumentParser
import ChanceryCore
import ChanceryStore

struct MeetingsCommand: ListingCommand, LimitedAnswer {
    static let limitHelp = "Show only the first n meetings in date order, and say how many there are in all."

    static let configuration = CommandConfiguration(
        commandName: "meetings",
        abstract: "List the meetings and calls between two countries.",
        discussion: """
            Countries are ISO codes (MA, MAR) or names in Arabic, French or English.

            Example:
              chancery meetings Morocco Russia
              chancery meetings المغرب روسيا --since 2025 --mode phone
              chancery meetings Maroc Russie --format csv
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The first country.") var first: String
    @Argument(help: "The second country.") var second: String
    @OptionGroup var dates: DateRangeOptions
    @Option(name: .long, help: "Only meetings with this status: occurred or planned.") var status: EventStatus?
    @Option(name: .long, help: "Only meetings held this way: in_person, phone or video.") var mode: MeetingMode?
    @OptionGroup var output: OutputOptions<MeetingsCommand>

    var request: ListingRequest {
        ListingRequest(command: .meetings, database: database.db, countries: [first, second], since: dates.since,
                       until: dates.until, status: status, mode: mode, format: output.format, limit: output.limit, wide: output.wide)
    }
}

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
                       until: dates.until, status: status, instrument: instrument, format: output.format, limit: output.limit, wide: output.wide)
    }
}

struct TimelineCommand: ListingCommand, LimitedAnswer {
    static let limitHelp = "Show only the first n events in date order, and say how many there are in all."

    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "List every event in date order, with its participants and sources.",
        discussion: """
            With countries, only the events in which all of them take part.

            Example:
              chancery timeline MA
              chancery timeline Maroc Russie --type agreement
              chancery timeline --since 2025 --format csv
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "Countries that take part (codes or names in any of the three languages).")
    var countries: [String] = []
    @OptionGroup var dates: DateRangeOptions
    @Option(name: .long, parsing: .singleValue, help: "Only events of this type: meeting, agreement or commission_session (repeatable).")
    var type: [EventType] = []
    @Option(name: .long, help: "Only events with this status: occurred or planned.") var status: EventStatus?
    @Option(name: .long, help: "Only meetings held this way: in_person, phone or video.") var mode: MeetingMode?
    @Option(name: .long, help: "Only agreements of this instrument.") var instrument: Instrument?
    @OptionGroup var output: OutputOptions<TimelineCommand>

    var request: ListingRequest {
        ListingRequest(command: .timeline, database: database.db, countries: countries, since: dates.since,
                       until: dates.until, types: type, status: status, mode: mode, instrument: instrument,
                       format: output.format, limit: output.limit, wide: output.wide)
    }
}
