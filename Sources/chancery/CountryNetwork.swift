import ChanceryCore

/// The countries of a set of events as a network: a node per country, an edge per pair of
/// countries that took part in an event together, counted by type, with the days they did.
///
/// An event of three states counts on each of its three pairs. Organisations are not nodes: the
/// network is of states, as `relations` is. What the graph formats (GraphML, GEXF, DOT) write.
struct CountryNetwork {
    /// The days of one event, or of several that follow without a gap: `YYYY-MM-DD`, both included.
    struct Span: Equatable {
        var start: String
        var end: String
    }

    /// What is counted of a node or an edge: its events, by type, and when they were.
    struct Tally {
        var events = 0
        var byType: [EventType: Int] = [:]
        /// One span per dated event, as added.
        var spans: [Span] = []

        mutating func add(_ event: Event) {
            events += 1
            byType[event.type, default: 0] += 1
            if let date = event.date {
                spans.append(Span(start: date.firstDay, end: (event.endDate ?? date).lastDay))
            }
        }

        /// The events' days as the fewest spans, in date order: spans that share a day are
        /// merged, because Gephi refuses overlapping intervals on one element.
        var mergedSpans: [Span] {
            var merged: [Span] = []
            for span in spans.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
                if let last = merged.last, span.start <= last.end {
                    merged[merged.count - 1].end = max(last.end, span.end)
                } else {
                    merged.append(span)
                }
            }
            return merged
        }

        /// The first day of the first dated event and the last of the last, or nil when none has a date.
        var firstDay: String? { spans.map(\.start).min() }
        var lastDay: String? { spans.map(\.end).max() }
    }

    struct Node {
        let code: String
        var tally = Tally()
    }

    struct Edge {
        /// The pair's codes in alphabetical order: edges have no direction.
        let first: String
        let second: String
        var tally = Tally()
        /// The edge's weight: the events the two countries took part in together.
        var weight: Int { tally.events }
        /// An id for formats that want one, "MA-RU".
        var id: String { first + "-" + second }
    }

    private var nodesByCode: [String: Node] = [:]
    private var edgesByPair: [String: Edge] = [:]

    mutating func add(_ event: Event) {
        let countries = event.countries
        for country in countries {
            nodesByCode[country, default: Node(code: country)].tally.add(event)
        }
        for (index, first) in countries.enumerated() {
            for second in countries[(index + 1)...] {
                let (a, b) = first < second ? (first, second) : (second, first)
                edgesByPair[a + "-" + b, default: Edge(first: a, second: b)].tally.add(event)
            }
        }
    }

    /// The countries, by code.
    var nodes: [Node] { nodesByCode.values.sorted { $0.code < $1.code } }
    /// The pairs, by their first code then their second.
    var edges: [Edge] { edgesByPair.values.sorted { ($0.first, $0.second) < ($1.first, $1.second) } }

    /// The country's names in English, French and Arabic from the gazetteer compiled into
    /// Chancery, or the code for a code it does not know.
    static func names(of code: String) -> (english: String, french: String, arabic: String) {
        guard let country = CountryCatalog.shared.country(code: code) else { return (code, code, code) }
        return (country.english, country.french, country.arabic)
    }
}
