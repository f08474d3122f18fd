import Foundation
import Testing

/// `export --format graphml|gexf|dot`: the country network, parsed back as Gephi or Graphviz would.
///
/// In the fixture: MA–MR shares events 3 and 6 (meetings), MA–RU events 2 and 4 (a meeting, an
/// agreement), MA–SN events 1, 3 and 5 (two meetings, a session), MR–SN event 3.
@Suite("Network exports")
struct NetworkExportCLITests {
    @Test func graphMLHasACountryNodeWithThreeNamesAndAnEdgePerPair() throws {
        try withExportFixture { cli in
            let graphml = try parseXML(try cli.export(["--format", "graphml"]))
            #expect(graphml.name == "graphml")
            let keys = graphml.all("key")
            #expect(Set(keys.compactMap { $0.attributes["id"] }).count == keys.count, "key ids are unique")
            /// The data of an element, by the `attr.name` of its key.
            func data(_ element: XMLElementNode, _ domain: String) -> [String: String] {
                var names: [String: String] = [:]
                for key in keys where key.attributes["for"] == domain { names[key.attributes["id"]!] = key.attributes["attr.name"] }
                var values: [String: String] = [:]
                for child in element.all("data") { values[names[child.attributes["key"] ?? ""] ?? "?"] = child.text }
                return values
            }
            let graph = try #require(graphml.child("graph"))
            #expect(graph.attributes["edgedefault"] == "undirected")
            let nodes = graph.all("node")
            #expect(nodes.map { $0.attributes["id"] } == ["MA", "MR", "RU", "SN"])
            let morocco = data(nodes[0], "node")
            #expect(morocco["label"] == "Morocco" && morocco["name_en"] == "Morocco")
            #expect(morocco["name_fr"] == "Maroc" && morocco["name_ar"] == "المغرب")
            #expect([morocco["events"], morocco["meeting"], morocco["agreement"], morocco["commission_session"]] == ["6", "4", "1", "1"])
            let edges = graph.all("edge").map { edge in
                let values = data(edge, "edge")
                return [edge.attributes["source"] ?? "", edge.attributes["target"] ?? "", values["weight"] ?? "",
                        values["meeting"] ?? "", values["agreement"] ?? "", values["commission_session"] ?? "",
                        values["first"] ?? "", values["last"] ?? ""]
            }
            #expect(edges == [
                ["MA", "MR", "2", "2", "0", "0", "2021-01-01", "2024-06-12"],
                ["MA", "RU", "2", "1", "1", "0", "2023-09-09", "2024-11-19"],
                ["MA", "SN", "3", "2", "0", "1", "2022-05-10", "2025-03-04"],
                ["MR", "SN", "1", "1", "0", "0", "2024-06-12", "2024-06-12"],
            ])
        }
    }

    @Test func gexfPlaysOverTimeWithASpellPerStretchOfDays() throws {
        try withExportFixture { cli in
            let gexf = try parseXML(try cli.export(["--format", "gexf"]))
            #expect(gexf.name == "gexf" && gexf.attributes["version"] == "1.2")
            let graph = try #require(gexf.child("graph"))
            #expect(graph.attributes["mode"] == "dynamic")
            #expect(graph.attributes["timeformat"] == "date")
            #expect(graph.attributes["defaultedgetype"] == "undirected")
            #expect(graph.attributes["start"] == "2021-01-01" && graph.attributes["end"] == "2025-03-04")
            func spells(_ element: XMLElementNode) -> [[String]] {
                element.all("spell").map { [$0.attributes["start"] ?? "", $0.attributes["end"] ?? ""] }
            }
            let nodes = try #require(graph.child("nodes")).children
            #expect(nodes.map { $0.attributes["label"] } == ["Morocco", "Mauritania", "Russia", "Senegal"])
            #expect(spells(nodes[1]) == [["2021-01-01", "2021-01-31"], ["2024-06-12", "2024-06-12"]])
            let edges = try #require(graph.child("edges")).children
            let senegal = try #require(edges.first { $0.attributes["id"] == "MA-SN" })
            #expect(senegal.attributes["weight"] == "3")
            #expect(spells(senegal) == [["2022-05-10", "2022-05-12"], ["2024-06-12", "2024-06-12"], ["2025-03-04", "2025-03-04"]])
            // Attribute values by the titles their declarations give.
            let declared = try #require(graph.all("attributes").first { $0.attributes["class"] == "edge" })
            var titles: [String: String] = [:]
            for attribute in declared.children { titles[attribute.attributes["id"] ?? ""] = attribute.attributes["title"] }
            var counts: [String: String] = [:]
            for value in senegal.all("attvalue") { counts[titles[value.attributes["for"] ?? ""] ?? "?"] = value.attributes["value"] }
            #expect(counts == ["meeting": "2", "agreement": "0", "commission_session": "1"])
        }
    }

    @Test func dotIsOneUndirectedGraphOfQuotedNodesAndEdges() throws {
        try withExportFixture { cli in
            let graph = try DOTGraph(parsing: try cli.export(["--format", "dot"]))
            #expect(graph.kind == "graph")
            #expect(graph.nodes.map(\.id) == ["MA", "MR", "RU", "SN"])
            #expect(graph.nodes[0].attributes["label"] == "Morocco")
            #expect(graph.nodes[0].attributes["name_ar"] == "المغرب")
            #expect(graph.nodes[3].attributes["name_fr"] == "Sénégal")
            #expect(graph.edges.map { [$0.from, $0.to, $0.attributes["weight"] ?? ""] }
                    == [["MA", "MR", "2"], ["MA", "RU", "2"], ["MA", "SN", "3"], ["MR", "SN", "1"]])
            #expect(graph.edges.allSatisfy { edge in graph.nodes.contains { $0.id == edge.from } && graph.nodes.contains { $0.id == edge.to } })
            #expect(graph.edges[1].attributes["agreement"] == "1" && graph.edges[1].attributes["meeting"] == "1")
        }
    }

    @Test func filtersNarrowTheNetwork() throws {
        try withExportFixture { cli in
            let graph = try parseXML(try cli.export(["--format", "graphml", "--since", "2024"]))
            #expect(graph.all("node").map { $0.attributes["id"] } == ["MA", "MR", "RU", "SN"])
            #expect(graph.all("edge").map { $0.attributes["id"] } == ["MA-MR", "MA-RU", "MA-SN", "MR-SN"])
            let agreements = try parseXML(try cli.export(["--format", "graphml", "--type", "agreement"]))
            #expect(agreements.all("node").map { $0.attributes["id"] } == ["MA", "RU"])
            #expect(agreements.all("edge").map { $0.attributes["id"] } == ["MA-RU"])
        }
    }

    @Test func anEmptyNetworkIsStillAGraph() throws {
        try withExportFixture { cli in
            let graph = try DOTGraph(parsing: try cli.export(["--format", "dot", "--status", "planned"]))
            #expect(graph.nodes.isEmpty && graph.edges.isEmpty)
            let gexf = try parseXML(try cli.export(["--format", "gexf", "--status", "planned"]))
            #expect(gexf.all("node").isEmpty)
        }
    }
}

/// A DOT graph read with a small parser of the statements Chancery writes: `graph NAME? {`, then
/// node statements `ID [a=V, …];` and edge statements `ID -- ID [a=V, …];`, then `}`. IDs and
/// values may be quoted strings with `\"` and `\\`; anything else fails, so that a badly quoted
/// name cannot pass.
struct DOTGraph {
    struct Node { let id: String; let attributes: [String: String] }
    struct Edge { let from: String; let to: String; let attributes: [String: String] }

    var kind = ""
    var nodes: [Node] = []
    var edges: [Edge] = []

    enum Token: Equatable { case word(String), quoted(String), symbol(String) }

    static func tokens(_ text: String) throws -> [Token] {
        var tokens: [Token] = []
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace { index += 1; continue }
            if scalar == "\"" {
                var value = String.UnicodeScalarView()
                index += 1
                while true {
                    guard index < scalars.count else { throw JSONError("an unclosed quoted string") }
                    let character = scalars[index]
                    if character == "\"" { index += 1; break }
                    if character == "\\", index + 1 < scalars.count {
                        let next = scalars[index + 1]
                        value.append(next == "n" ? "\n" : next)
                        index += 2
                        continue
                    }
                    value.append(character)
                    index += 1
                }
                tokens.append(.quoted(String(value)))
            } else if scalar == "-", index + 1 < scalars.count, scalars[index + 1] == "-" {
                tokens.append(.symbol("--"))
                index += 2
            } else if "{}[]=,;".unicodeScalars.contains(scalar) {
                tokens.append(.symbol(String(scalar)))
                index += 1
            } else if scalar.properties.isAlphabetic || scalar == "_" || ("0"..."9").contains(scalar) {
                var word = String.UnicodeScalarView()
                while index < scalars.count, scalars[index].properties.isAlphabetic || scalars[index] == "_" || ("0"..."9").contains(scalars[index]) {
                    word.append(scalars[index])
                    index += 1
                }
                tokens.append(.word(String(word)))
            } else {
                throw JSONError("an unexpected character \(scalar) in DOT")
            }
        }
        return tokens
    }

    init(parsing text: String) throws {
        var tokens = try Self.tokens(text)[...]
        func take() throws -> Token {
            guard let token = tokens.popFirst() else { throw JSONError("DOT ends too soon") }
            return token
        }
        func expect(_ symbol: String) throws {
            let token = try take()
            guard token == .symbol(symbol) else { throw JSONError("expected \(symbol), found \(token)") }
        }
        func quotedID() throws -> String {
            guard case .quoted(let id) = try take() else { throw JSONError("an identifier that is not quoted") }
            return id
        }
        func attributes() throws -> [String: String] {
            try expect("[")
            var attributes: [String: String] = [:]
            while true {
                guard case .word(let name) = try take() else { throw JSONError("an attribute without a name") }
                try expect("=")
                attributes[name] = try quotedID()
                let next = try take()
                if next == .symbol("]") { return attributes }
                guard next == .symbol(",") else { throw JSONError("expected , or ] in attributes, found \(next)") }
            }
        }
        guard case .word(let kind) = try take() else { throw JSONError("DOT does not start with its kind of graph") }
        self.kind = kind
        if case .word = tokens.first { _ = try take() }
        try expect("{")
        while tokens.first != .symbol("}") {
            let id = try quotedID()
            if tokens.first == .symbol("--") {
                _ = try take()
                let other = try quotedID()
                edges.append(Edge(from: id, to: other, attributes: try attributes()))
            } else {
                nodes.append(Node(id: id, attributes: try attributes()))
            }
            try expect(";")
        }
        try expect("}")
        guard tokens.isEmpty else { throw JSONError("text after the graph's closing brace") }
    }
}
