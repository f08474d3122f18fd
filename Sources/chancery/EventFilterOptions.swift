import ArgumentParser
import ChanceryCore
import ChanceryStore

/// The filters of `timeline`, as one option group for a command that answers about any events:
/// `export` takes them so that an export narrows exactly as the listing with the same options.
struct EventFilterOptions: ParsableArguments {
    @OptionGroup var dates: DateRangeOptions

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp(
        "Only events this country takes part in (repeatable: all of them take part).",
        discussion: "An ISO code (MA, MAR) or a name in Arabic, French or English.",
        valueName: "country"))
    var country: [String] = []

    @Option(name: .long, parsing: .singleValue, help: "Only events of this type: meeting, agreement or commission_session (repeatable).")
    var type: [EventType] = []

    @Option(name: .long, help: "Only events with this status: occurred or planned.")
    var status: EventStatus?

    @Option(name: .long, help: "Only meetings held this way: in_person, phone or video.")
    var mode: MeetingMode?

    @Option(name: .long, help: "Only agreements of this instrument: mou, agreement, treaty, convention, protocol, declaration or other.")
    var instrument: Instrument?

    /// The request `timeline` would make of these options, which resolves them as it does.
    func request(database: String?) -> ListingRequest {
        ListingRequest(command: .timeline, database: database, countries: country, since: dates.since,
                       until: dates.until, types: type, status: status, mode: mode, instrument: instrument)
    }
}

extension ListingRequest {
    /// Opens the store for reading and resolves the request's countries: the filter it stands
    /// for, and the store to ask. An unknown country is a usage error, as in the listings.
    func openingFilter() throws -> (filter: EventFilter, store: Store) {
        let (codes, store) = try CountryArgument.resolve(countries, openingForReading: DatabaseLocation(given: database))
        return (filter(types: types, countries: codes), store)
    }
}
