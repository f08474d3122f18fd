import ArgumentParser
import ChanceryCore
import ChanceryStore

/// What a listing command (`meetings`, `agreements`, `timeline`) asks for, whichever parser read
/// the command line.
struct ListingRequest: Equatable {
    enum Command: String, CaseIterable {
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

    func run() throws {
        let (codes, store) = try CountryArgument.resolve(countries, openingForReading: DatabaseLocation(given: database))
        switch command {
        case .meetings:
            let (first, second) = (countries[0], countries[1])
            guard codes[0] != codes[1] else {
                throw CLIError("'\(first)' and '\(second)' are the same country (\(codes[0]))",
                               hint: "Name two countries, e.g. chancery meetings Morocco Russia; for one country's events, chancery timeline \(codes[0]).",
                               kind: .usage)
            }
            try EventRenderer.render(filter(types: [.meeting], countries: codes), from: store, as: format, fitting: tableWidth)
        case .agreements:
            try EventRenderer.render(filter(types: [.agreement], countries: codes), from: store, as: format, fitting: tableWidth)
        case .timeline:
            let filter = filter(types: types, countries: codes)
            try EventRenderer.render(try store.events(matching: filter), as: format, showSources: true, fitting: tableWidth,
                                     total: { try store.total(of: filter, shown: $0) })
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

extension ListingRequest {
    /// Reads the command line of a listing that uses only the plainest forms, else nil.
    ///
    /// ArgumentParser builds each command's options by reflection, and on a question answered
    /// from an index that is a sixth of the whole process. A command line this reads would get
    /// the same request from ArgumentParser (`QuickListingTests` holds the two to that); anything
    /// else (help, an option it does not know, a value that does not read, a repeated option, a
    /// missing value) returns nil and goes to ArgumentParser, which answers or explains the error.
    init?(quickParsing arguments: [String]) {
        guard let name = arguments.first, let command = Command(rawValue: name) else { return nil }
        self.init(command: command)
        var positionals: [String] = []
        var seen: Set<String> = []
        var index = 1
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            guard argument.hasPrefix("--") else {
                guard !argument.isEmpty, !argument.hasPrefix("-") else { return nil }
                positionals.append(argument)
                continue
            }
            if argument == "--wide" {
                guard seen.insert("wide").inserted else { return nil }
                wide = true
                continue
            }
            var option = argument.dropFirst(2)
            let value: String
            if let equals = option.firstIndex(of: "=") {
                value = String(option[option.index(after: equals)...])
                option = option[..<equals]
            } else {
                guard index < arguments.count else { return nil }
                value = arguments[index]
                index += 1
            }
            guard !value.isEmpty, !value.hasPrefix("-") else { return nil }
            let repeatable = option == "country" || option == "type"
            guard repeatable || seen.insert(String(option)).inserted,
                  set(option, to: value) else { return nil }
        }
        switch command {
        case .meetings:
            guard positionals.count == 2 else { return nil }
            countries = positionals
        case .agreements:
            guard positionals.isEmpty else { return nil }
        case .timeline:
            countries = positionals
        }
        guard (try? DateRangeOptions.check(since: since, until: until)) != nil,
              (try? Limit.check(limit)) != nil else { return nil }
    }

    /// Sets the option named `option` (without its dashes) when this command has it and `value`
    /// reads as ArgumentParser would read it; false otherwise.
    private mutating func set(_ option: Substring, to value: String) -> Bool {
        func read<Value: ExpressibleByArgument>(_ field: inout Value?) -> Bool {
            field = Value(argument: value)
            return field != nil
        }
        switch (option, command) {
        case ("db", _):
            database = value
            return true
        case ("since", _): return read(&since)
        case ("until", _): return read(&until)
        case ("format", _):
            guard let format = OutputFormat(argument: value) else { return false }
            self.format = format
            return true
        case ("limit", _): return read(&limit)
        case ("status", _): return read(&status)
        case ("mode", .meetings), ("mode", .timeline): return read(&mode)
        case ("instrument", .agreements), ("instrument", .timeline): return read(&instrument)
        case ("country", .agreements):
            countries.append(value)
            return true
        case ("type", .timeline):
            guard let type = EventType(argument: value) else { return false }
            types.append(type)
            return true
        default:
            return false
        }
    }
}
