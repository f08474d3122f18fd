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
                       until: dates.until, status: status, mode: mode, format: output.format, limit: output.limit, wide: output.wide, names: output.names)
    }
}
