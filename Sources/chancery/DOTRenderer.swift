import ChanceryCore

/// The country network in Graphviz's DOT language: `dot -Tsvg`, `neato` or `sfdp` draw it.
///
/// Every identifier and value is a quoted string, so that any code or name is one token. Nodes
/// are labelled with the English name (or the one `--names` asks for) and carry all three; an edge's `weight`
/// (events shared, an integer as `dot` wants) is also its label, its counts by type are attributes.
enum DOTRenderer {
    /// Writes `network`, each node labelled as `label` names its code: its English name unless `--names` says otherwise.
    static func render(_ network: CountryNetwork, label: (String) -> String = { CountryNetwork.names(of: $0).english }) {
        let quoted = MarkupText.dotQuoted
        Output.line("graph countries {")
        for node in network.nodes {
            let names = CountryNetwork.names(of: node.code)
            var attributes = [("label", label(node.code)), ("name_en", names.english), ("name_fr", names.french),
                              ("name_ar", names.arabic), ("events", String(node.tally.events))]
            attributes += EventType.allCases.map { ($0.rawValue, String(node.tally.byType[$0] ?? 0)) }
            Output.line("  \(quoted(node.code)) [\(list(attributes))];")
        }
        for edge in network.edges {
            var attributes = [("weight", String(edge.weight)), ("label", String(edge.weight))]
            attributes += EventType.allCases.map { ($0.rawValue, String(edge.tally.byType[$0] ?? 0)) }
            if let first = edge.tally.firstDay, let last = edge.tally.lastDay {
                attributes += [("first", first), ("last", last)]
            }
            Output.line("  \(quoted(edge.first)) -- \(quoted(edge.second)) [\(list(attributes))];")
        }
        Output.line("}")
    }

    private static func list(_ attributes: [(String, String)]) -> String {
        attributes.map { "\($0.0)=\(MarkupText.dotQuoted($0.1))" }.joined(separator: ", ")
    }
}
