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

    init(events: [Event]) {
        self.events = events
        var network = CountryNetwork()
        for event in events { network.add(event) }
        self.network = network
    }

    /// The JSON text, keys in a fixed order so that one base always gives one page.
    ///
    /// `{"events": [{"id", "type", "status", "date", "first", "last", "summary", "countries",
    /// "participants", "place"}…], "nodes": [{"code", "events", "byType"}…], "edges": [{"a", "b",
    /// "weight", "byType"}…], "countries": {"MA": ["Morocco", "Maroc", "المغرب"]…}}`. `first` and
    /// `last` are the first and last day the date (or the span to `end_date`) can stand for, null
    /// for an undated event; `summary` is what a listing prints of the event.
    var json: String {
        let eventItems = events.map { event -> String in
            JSON.object([
                ("id", JSON.number(event.id.map(Int.init))),
                ("type", JSON.string(event.type.rawValue)),
                ("status", JSON.string(event.status.rawValue)),
                ("date", JSON.string(Self.dateText(event))),
                ("first", JSON.string(event.date?.firstDay)),
                ("last", JSON.string(event.date.map { (event.endDate ?? $0).lastDay })),
                ("summary", JSON.string(EventRenderer.summary(event))),
                ("countries", JSON.array(event.countries.map { JSON.string($0) })),
                ("participants", JSON.array(event.participants.map { JSON.string($0.name) })),
                ("place", JSON.string(event.location?.name)),
            ])
        }
        let nodeItems = network.nodes.map { node in
            JSON.object([("code", JSON.string(node.code)), ("events", JSON.number(node.tally.events)),
                         ("byType", Self.byType(node.tally))])
        }
        let edgeItems = network.edges.map { edge in
            JSON.object([("a", JSON.string(edge.first)), ("b", JSON.string(edge.second)),
                         ("weight", JSON.number(edge.weight)), ("byType", Self.byType(edge.tally))])
        }
        let names = network.nodes.map { node -> (String, String) in
            let names = CountryNetwork.names(of: node.code)
            return (node.code, JSON.array([names.english, names.french, names.arabic].map { JSON.string($0) }))
        }
        return JSON.object([
            ("events", "[\n" + eventItems.joined(separator: ",\n") + "\n]"),
            ("nodes", JSON.array(nodeItems)),
            ("edges", JSON.array(edgeItems)),
            ("countries", JSON.object(names)),
        ])
    }

    /// The date as listings print it, with the end of a span: "2025-03-03 to 2025-03-05".
    static func dateText(_ event: Event) -> String? {
        event.date.map { date in event.endDate.map { "\(date) to \($0)" } ?? date.description }
    }

    /// Events by type, every type present so that the script need not default a missing one.
    private static func byType(_ tally: CountryNetwork.Tally) -> String {
        JSON.object(EventType.allCases.map { ($0.rawValue, JSON.number(tally.byType[$0] ?? 0)) })
    }
}
