import ChanceryCore

/// What the HTML report's script draws, as the JSON the page embeds: the events, the country
/// network, and the countries' names.
///
/// The script needs each event's days to place it on the timeline and its countries to list it
/// under a node or an edge, not its evidence: that is in the page's table already, written once.
/// Nodes and edges are counted here, by the `CountryNetwork` the graph exports use, so that the
/// page draws the network `export --format graphml` writes.
struct ReportData {
    var events: [Event]
    var network: CountryNetwork
    /// A country's three names, the one the page shows first (see `HTMLReport.countryNames`).
    var countryNames: (String) -> [String]

    init(events: [Event], countryNames: @escaping (String) -> [String] = HTMLReport.namesInEnglishFirst) {
        self.events = events
        self.countryNames = countryNames
        var network = CountryNetwork()
        for event in events { network.add(event) }
        self.network = network
    }

    /// Writes the JSON text, keys in a fixed order so that one base always gives one page; with
    /// `.script` escaping, as the page embeds it.
    ///
    /// `{"events": [{"id", "type", "status", "date", "first", "last", "summary", "countries",
    /// "participants", "place"}…], "nodes": [{"code", "events", "byType"}…], "edges": [{"a", "b",
    /// "weight", "byType"}…], "countries": {"MA": ["Morocco", "Maroc", "المغرب"]…}}`, the name the page shows first. `first` and
    /// `last` are the first and last day the date (or the span to `end_date`) can stand for, null
    /// for an undated event; `summary` is what a listing prints of the event.
    /// One line per event, so that a page's data reads a line an event in an editor.
    func writeJSON(into out: inout TextBuffer, escaping: JSONText.Escaping) {
        out.append(literal: "{\"events\": [\n")
        for (index, event) in events.enumerated() {
            if index > 0 { out.append(literal: ",\n") }
            Self.eventJSON(event).write(into: &out, escaping: escaping)
        }
        out.append(literal: "\n], \"nodes\": ")
        JSONText.array(network.nodes.map { node in
            .object([("code", .string(node.code)), ("events", .integer(node.tally.events)), ("byType", Self.byType(node.tally))])
        }).write(into: &out, escaping: escaping)
        out.append(literal: ", \"edges\": ")
        JSONText.array(network.edges.map { edge in
            .object([("a", .string(edge.first)), ("b", .string(edge.second)), ("weight", .integer(edge.weight)),
                     ("byType", Self.byType(edge.tally))])
        }).write(into: &out, escaping: escaping)
        out.append(literal: ", \"countries\": ")
        JSONText.object(network.nodes.map { node in (node.code, .strings(countryNames(node.code))) })
            .write(into: &out, escaping: escaping)
        out.append(literal: "}")
    }

    /// The JSON text, as a page embeds it but for the escapes that make it safe in a script element.
    var json: String {
        var text = TextBuffer()
        writeJSON(into: &text, escaping: .plain)
        return text.string
    }

    private static func eventJSON(_ event: Event) -> JSONText {
        .object([
            ("id", .number(event.id)),
            ("type", .string(event.type.rawValue)),
            ("status", .string(event.status.rawValue)),
            ("date", .string(dateText(event))),
            ("first", .string(event.date?.firstDay)),
            ("last", .string(event.date.map { (event.endDate ?? $0).lastDay })),
            ("summary", .string(EventRenderer.summary(event))),
            ("countries", .strings(event.countries)),
            ("participants", .strings(event.participants.map(\.name))),
            ("place", .string(event.location?.name)),
        ])
    }

    /// The date as listings print it, with the end of a span: "2025-03-03 to 2025-03-05".
    static func dateText(_ event: Event) -> String? {
        event.date.map { date in event.endDate.map { "\(date) to \($0)" } ?? date.description }
    }

    /// Events by type, every type present so that the script need not default a missing one.
    private static func byType(_ tally: CountryNetwork.Tally) -> JSONText {
        .object(EventType.allCases.map { ($0.rawValue, .integer(tally.byType[$0] ?? 0)) })
    }
}
