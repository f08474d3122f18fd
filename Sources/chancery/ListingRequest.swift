import ArgumentParser
import ChanceryCore
import ChanceryStore

/// What a listing command (`meetings`, `agreements`, `timeline`) asks for, and what `export` and
/// `report` ask with the same filters.
struct ListingRequest {
    enum Command {
        case meetings, agreements, timeline
    }

    var command: Command
    var database: String?
    /// As typed: codes or names, resolved when the request runs.
    var countries: [String] = []
    var since: PartialDate?
    var until: PartialDate?
    var types: [EventType] = []
    var status: EventStatus?
    var mode: MeetingMode?
    var instrument: Instrument?
    var format: OutputFormat = .table
    var limit: Int?
    /// A table printed whole, not fitted to the terminal.
    var wide = false
    var names: NameScript = .original

    func run() throws {
        let (codes, store) = try CountryArgument.resolve(countries, openingForReading: DatabaseLocation(given: database))
        let names = DisplayNames(names, store: store)
        switch command {
        case .meetings:
            let (first, second) = (countries[0], countries[1])
            guard codes[0] != codes[1] else {
                throw CLIError("'\(first)' and '\(second)' are the same country (\(codes[0]))",
                               hint: "Name two countries, e.g. chancery meetings Morocco Russia; for one country's events, chancery timeline \(codes[0]).",
                               kind: .usage)
            }
            try EventRenderer.render(filter(types: [.meeting], countries: codes), from: store, as: format, fitting: tableWidth,
                                     names: names)
        case .agreements:
            try EventRenderer.render(filter(types: [.agreement], countries: codes), from: store, as: format, fitting: tableWidth,
                                     names: names)
        case .timeline:
            let filter = filter(types: types, countries: codes)
            let events = try store.events(matching: filter)
            try EventRenderer.render(names.showsOriginal ? events : try events.map(names.renamed), as: format, showSources: true,
                                     fitting: tableWidth, total: { try store.total(of: filter, shown: $0) })
        }
    }

    /// The width a table must fit: the terminal's, unless `--wide` or another format.
    var tableWidth: Int? {
        format == .table ? TerminalSize.forStandardOutput(wide: wide) : nil
    }

    /// The store's filter for this request's options, with `countries` resolved to codes.
    func filter(types: [EventType], countries: [String]) -> EventFilter {
        EventFilter(types: types, countries: countries, since: since, until: until,
                    status: status, mode: mode, instrument: instrument, limit: limit)
    }
}

/// A listing command whose parsed options make a `ListingRequest`.
protocol ListingCommand: ParsableCommand {
    var request: ListingRequest { get }
}

extension ListingCommand {
    func run() throws { try request.run() }
}
