import ChanceryCore
@testable import chancery
import Foundation
import Testing

/// What the graph formats are written with: markup escaping and the network's counts and spells.
@Suite struct NetworkRenderingTests {
    @Test func xmlEscapingSurvivesAParser() throws {
        let text = "Bosnia & Herzegovina <\"Côte d'Ivoire\">\tA\nB\u{1}"
        let escaped = MarkupText.xml(text)
        #expect(escaped == "Bosnia &amp; Herzegovina &lt;&quot;Côte d&apos;Ivoire&quot;&gt;&#9;A&#10;B\u{FFFD}")
        let element = try parseXML("<x name=\"\(escaped)\">\(escaped)</x>")
        #expect(element.attributes["name"] == "Bosnia & Herzegovina <\"Côte d'Ivoire\">\tA\nB\u{FFFD}")
        #expect(element.text == "Bosnia & Herzegovina <\"Côte d'Ivoire\">\tA\nB\u{FFFD}")
    }

    @Test func dotQuotingMakesOneToken() throws {
        let quoted = MarkupText.dotQuoted("say \"hi\" \\N\nnext")
        #expect(quoted == "\"say \\\"hi\\\" \\\\N\\nnext\"")
        #expect(try DOTGraph.tokens(quoted) == [.quoted("say \"hi\" \\N\nnext")])
    }

    /// Gephi refuses overlapping intervals on one element: spans that share a day become one.
    @Test func spansThatShareADayAreMerged() {
        var network = CountryNetwork()
        for (date, end) in [("2025-03-10", nil), ("2025-03", nil), ("2025-03-31", "2025-04-02"), ("2025-04-03", nil), ("2024", nil)] {
            network.add(Event(type: .meeting, date: PartialDate(date), endDate: end.flatMap { PartialDate($0) }, countries: ["MA", "SN"]))
        }
        network.add(Event(type: .agreement, countries: ["MA", "SN"]))
        let edge = network.edges[0]
        #expect(edge.weight == 6)
        #expect(edge.tally.byType == [.meeting: 5, .agreement: 1])
        #expect(edge.tally.mergedSpans == [
            .init(start: "2024-01-01", end: "2024-12-31"),
            .init(start: "2025-03-01", end: "2025-04-02"),
            .init(start: "2025-04-03", end: "2025-04-03"),
        ])
        #expect(edge.tally.firstDay == "2024-01-01" && edge.tally.lastDay == "2025-04-03")
    }

    @Test func anEventOfThreeStatesCountsOnEachOfItsPairs() {
        var network = CountryNetwork()
        network.add(Event(type: .meeting, date: PartialDate("2024-06-12"), countries: ["SN", "MR", "MA"], organizations: ["AU"]))
        #expect(network.nodes.map(\.code) == ["MA", "MR", "SN"])
        #expect(network.edges.map(\.id) == ["MA-MR", "MA-SN", "MR-SN"])
        #expect(network.edges.allSatisfy { $0.weight == 1 })
    }
}
