import ChanceryCore

/// The country network as GraphML, which Gephi, Cytoscape, yEd, igraph and NetworkX read.
///
/// Nodes carry their names in three languages and their events by type; edges their weight
/// (events shared), the same by type, and the first and last day of those events. Key ids are
/// `node_…` and `edge_…`, as an id may serve one key only; programs read the `attr.name`.
enum GraphMLRenderer {
    /// Writes `network`, each node labelled as `label` names its code: its English name unless `--names` says otherwise.
    static func render(_ network: CountryNetwork, label: (String) -> String = { CountryNetwork.names(of: $0).english }) {
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">",
        ]
        for (name, type) in nodeKeys {
            lines.append("  <key id=\"node_\(name)\" for=\"node\" attr.name=\"\(name)\" attr.type=\"\(type)\"/>")
        }
        for (name, type) in edgeKeys {
            lines.append("  <key id=\"edge_\(name)\" for=\"edge\" attr.name=\"\(name)\" attr.type=\"\(type)\"/>")
        }
        lines.append("  <graph id=\"countries\" edgedefault=\"undirected\">")
        for node in network.nodes {
            let names = CountryNetwork.names(of: node.code)
            lines.append("    <node id=\"\(MarkupText.xml(node.code))\">")
            var data = [("label", label(node.code)), ("name_en", names.english), ("name_fr", names.french),
                        ("name_ar", names.arabic), ("events", String(node.tally.events))]
            data += EventType.allCases.map { ($0.rawValue, String(node.tally.byType[$0] ?? 0)) }
            for (key, value) in data {
                lines.append("      <data key=\"node_\(key)\">\(MarkupText.xml(value))</data>")
            }
            lines.append("    </node>")
        }
        for edge in network.edges {
            lines.append("    <edge id=\"\(MarkupText.xml(edge.id))\" source=\"\(MarkupText.xml(edge.first))\" target=\"\(MarkupText.xml(edge.second))\">")
            var data = [("weight", String(edge.weight))]
            data += EventType.allCases.map { ($0.rawValue, String(edge.tally.byType[$0] ?? 0)) }
            if let first = edge.tally.firstDay, let last = edge.tally.lastDay {
                data += [("first", first), ("last", last)]
            }
            for (key, value) in data {
                lines.append("      <data key=\"edge_\(key)\">\(MarkupText.xml(value))</data>")
            }
            lines.append("    </edge>")
        }
        lines.append("  </graph>")
        lines.append("</graphml>")
        for line in lines { Output.line(line) }
    }

    /// The node attributes: names, then events in all and by type.
    static var nodeKeys: [(String, String)] {
        [("label", "string"), ("name_en", "string"), ("name_fr", "string"), ("name_ar", "string"), ("events", "int")]
            + EventType.allCases.map { ($0.rawValue, "int") }
    }

    /// The edge attributes: the weight, events by type, and the first and last day (absent when no event is dated).
    static var edgeKeys: [(String, String)] {
        [("weight", "double")] + EventType.allCases.map { ($0.rawValue, "int") } + [("first", "string"), ("last", "string")]
    }
}
