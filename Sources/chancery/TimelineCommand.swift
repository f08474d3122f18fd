import ArgumentParser
import ChanceryCore
import ChanceryStore

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
                       format: output.format, limit: output.limit, wide: output.wide, names: output.names)
    }
}
