import ArgumentParser
import ChanceryCore
import ChanceryStore

/// What `export` writes: the exchange format, tidy tables, or the country network.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl, json, csv, tsv, graphml, gexf, dot, table

    /// The listings' format of the same name, for the formats that write whole events.
    var eventFormat: OutputFormat? {
        switch self {
        case .jsonl: .jsonl
        case .json: .json
        case .table: .table
        case .csv, .tsv, .graphml, .gexf, .dot: nil
        }
    }
}

/// Which long table `--long` asks for: one row per event and country, or per event and participant.
enum LongTable: String, ExpressibleByArgument, CaseIterable {
    case countries, participants

    /// Takes the singular too, as in "one row per event and country".
    init?(argument: String) {
        switch argument {
        case "countries", "country": self = .countries
        case "participants", "participant": self = .participants
        default: return nil
        }
    }

    var shape: TidyEventRenderer.Shape {
        switch self {
        case .countries: .countries
        case .participants: .participants
        }
    }
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write events as JSON Lines, tidy tables or a network.",
        discussion: """
            jsonl is the format of EVENTS.md, which the scorer reads; json is the same as one array. \
            Once corrections are made, json, csv and tsv add the fields a person corrected ("corrected").
            csv and tsv are tidy tables, one row per event (see the README for the columns); \
            with --long countries, one row per event and country; with --long participants, \
            one row per event and participant.
            graphml, gexf and dot are the network of countries: a node per country, an edge per \
            pair that took part in events together, weighted by their number and counted by type; \
            gexf carries the events' days, for Gephi's timeline.
            Names are as the first source wrote them (places in English); --names en, fr or ar \
            shows people and places, and labels countries, in that language where it is known.
            Events come in id order; the filters are those of timeline.

            Example:
              chancery export --format jsonl > events.jsonl
              chancery export --format csv --since 2025 --country MA > ma-2025.csv
              chancery export --format tsv --long participants > participants.tsv
              chancery export --format gexf --type meeting > meetings.gexf
              chancery export --format dot | dot -Tsvg > network.svg
              chancery export --format csv --names en > events-latin.csv
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "Output format: jsonl, json, csv, tsv, graphml, gexf, dot or table.")
    var format: ExportFormat = .jsonl

    @Option(name: .long, help: ArgumentHelp(
        "With csv or tsv, a long table: one row per event and country (countries), or per event and participant (participants).",
        valueName: "countries|participants"))
    var long: LongTable?

    @OptionGroup var filters: EventFilterOptions

    // jsonl's names stay as EVENTS.md says, as written in the first source, unless this is given.
    @OptionGroup var naming: NamesOptions

    func validate() throws {
        if long != nil, format != .csv, format != .tsv {
            throw ValidationError("--long makes a table: use it with --format csv or --format tsv.")
        }
    }

    func run() throws {
        let (filter, store) = try filters.request(database: database.db).openingFilter()
        let names = DisplayNames(naming.names, store: store)
        let events = { (each: (Event) -> Void) throws in
            // As stored, unless names are asked for: a copy of each of a million events would show in the time taken.
            guard !names.showsOriginal else { return try store.forEachEventInIDOrder(matching: filter, each) }
            try store.forEachEventInIDOrder(matching: filter) { each(try names.renamed($0)) }
        }
        // jsonl is the exchange format of EVENTS.md, which has no room for more; json, csv and tsv of a base that
        // holds corrections say which fields a person corrected, and are otherwise as before.
        let corrected = try format != .jsonl && store.hasCorrections() ? store.correctedFields() : nil
        switch format {
        case .csv, .tsv:
            try TidyEventRenderer.render(long?.shape ?? .events, as: format == .csv ? .csv : .tsv, corrected: corrected, events)
        case .graphml, .gexf, .dot:
            var network = CountryNetwork()
            // The network counts events and their days: their sources need not be read.
            try store.forEachEvent(matching: filter, includingSources: false) { network.add($0) }
            switch format {
            case .graphml: GraphMLRenderer.render(network, label: names.country)
            case .gexf: GEXFRenderer.render(network, label: names.country)
            default: DOTRenderer.render(network, label: names.country)
            }
        case .jsonl, .json, .table:
            try EventRenderer.render(as: format.eventFormat ?? .jsonl, showSources: true, corrected: corrected, events)
        }
    }
}
