import ChanceryCore

/// The country network as GEXF 1.2, Gephi's own format, with time: each node and edge has the
/// days of its events as spells, so that Gephi's timeline plays the network as it grew.
///
/// An edge's weight is the events its two countries shared, in all the time exported; its
/// attributes count them by type. Undated events count in the totals but give no spell, and an
/// element none of whose events is dated has no spells, which Gephi shows at every time.
enum GEXFRenderer {
    /// Writes `network`, each node labelled as `label` names its code: its English name unless `--names` says otherwise.
    static func render(_ network: CountryNetwork, label: (String) -> String = { CountryNetwork.names(of: $0).english }) {
        let nodes = network.nodes
        let edges = network.edges
        let allSpans = nodes.flatMap(\.tally.spans)
        var graph = "  <graph mode=\"dynamic\" defaultedgetype=\"undirected\" timeformat=\"date\""
        if let start = allSpans.map(\.start).min(), let end = allSpans.map(\.end).max() {
            graph += " start=\"\(start)\" end=\"\(end)\""
        }
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:schemaLocation=\"http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd\" version=\"1.2\">",
            "  <meta>",
            "    <creator>Chancery \(Chancery.version)</creator>",
            "    <description>Countries that took part in diplomatic events together</description>",
            "  </meta>",
            graph + ">",
            "    <attributes class=\"node\" mode=\"static\">",
        ]
        for (index, (name, type)) in nodeAttributes.enumerated() {
            lines.append("      <attribute id=\"\(index)\" title=\"\(name)\" type=\"\(type)\"/>")
        }
        lines.append("    </attributes>")
        lines.append("    <attributes class=\"edge\" mode=\"static\">")
        for (index, type) in EventType.allCases.enumerated() {
            lines.append("      <attribute id=\"\(index)\" title=\"\(type.rawValue)\" type=\"integer\"/>")
        }
        lines.append("    </attributes>")
        lines.append("    <nodes>")
        for node in nodes {
            let names = CountryNetwork.names(of: node.code)
            lines.append("      <node id=\"\(MarkupText.xml(node.code))\" label=\"\(MarkupText.xml(label(node.code)))\">")
            let values = [names.english, names.french, names.arabic, String(node.tally.events)]
                + EventType.allCases.map { String(node.tally.byType[$0] ?? 0) }
            append(values, spans: node.tally.mergedSpans, to: &lines)
            lines.append("      </node>")
        }
        lines.append("    </nodes>")
        lines.append("    <edges>")
        for edge in edges {
            lines.append("      <edge id=\"\(MarkupText.xml(edge.id))\" source=\"\(MarkupText.xml(edge.first))\""
                         + " target=\"\(MarkupText.xml(edge.second))\" weight=\"\(edge.weight)\">")
            append(EventType.allCases.map { String(edge.tally.byType[$0] ?? 0) }, spans: edge.tally.mergedSpans, to: &lines)
            lines.append("      </edge>")
        }
        lines.append("    </edges>")
        lines.append("  </graph>")
        lines.append("</gexf>")
        for line in lines { Output.line(line) }
    }

    /// The node attributes, by their index as id: names, then events in all and by type.
    static var nodeAttributes: [(String, String)] {
        [("name_en", "string"), ("name_fr", "string"), ("name_ar", "string"), ("events", "integer")]
            + EventType.allCases.map { ($0.rawValue, "integer") }
    }

    /// An element's attribute values, by index, and its spells.
    private static func append(_ values: [String], spans: [CountryNetwork.Span], to lines: inout [String]) {
        lines.append("        <attvalues>")
        for (index, value) in values.enumerated() {
            lines.append("          <attvalue for=\"\(index)\" value=\"\(MarkupText.xml(value))\"/>")
        }
        lines.append("        </attvalues>")
        guard !spans.isEmpty else { return }
        lines.append("        <spells>")
        for span in spans {
            lines.append("          <spell start=\"\(span.start)\" end=\"\(span.end)\"/>")
        }
        lines.append("        </spells>")
    }
}
