import Foundation
import Testing

/// The scorer's matching rule (EVENTS.md, "How the scorer counts"), per document and one to one:
/// same type, equal country sets, and the date equal at the gold's precision (a null gold date
/// accepts any). Required gold is matched first, so that an optional one never takes a prediction.
struct Scoring {
    struct Miss: CustomStringConvertible {
        let document: String
        let event: [String: Any]
        let spurious: Bool
        var description: String {
            "\(document): \(spurious ? "spurious" : "missed") \(event["type"] as? String ?? "?") "
                + "\(event.countries.joined(separator: "-")) \(event["date"] as? String ?? "no-date") \(event["status"] as? String ?? "")"
        }
    }

    var matchedRequired = 0
    var required = 0
    var predicted = 0
    var spurious = 0
    var misses: [Miss] = []

    var recall: Double { required == 0 ? 1 : Double(matchedRequired) / Double(required) }
    var precision: Double { predicted == 0 ? 1 : Double(predicted - spurious) / Double(predicted) }

    static func matches(gold: [String: Any], predicted: [String: Any]) -> Bool {
        guard gold["type"] as? String == predicted["type"] as? String,
              Set(gold.countries) == Set(predicted.countries) else { return false }
        guard let goldDate = gold["date"] as? String else { return true }
        guard let predictedDate = predicted["date"] as? String else { return false }
        return predictedDate.hasPrefix(goldDate)
    }

    init(gold: [[String: Any]], predictions: [[String: Any]]) {
        var byDocument: [String: [[String: Any]]] = [:]
        for event in predictions {
            for document in event.documents { byDocument[document, default: []].append(event) }
        }
        for goldDocument in gold {
            let document = goldDocument["document"] as? String ?? "?"
            let goldEvents = goldDocument["events"] as? [[String: Any]] ?? []
            let predicted = byDocument[document] ?? []
            self.predicted += predicted.count
            var used = Set<Int>()
            let order = goldEvents.indices.sorted { !Self.isOptional(goldEvents[$0]) && Self.isOptional(goldEvents[$1]) }
            for index in order {
                let goldEvent = goldEvents[index]
                let optional = Self.isOptional(goldEvent)
                if !optional { required += 1 }
                var best: (score: Int, index: Int)?
                for (predictedIndex, candidate) in predicted.enumerated()
                where !used.contains(predictedIndex) && Self.matches(gold: goldEvent, predicted: candidate) {
                    let score = (candidate["date"] as? String == goldEvent["date"] as? String ? 1 : 0)
                        + (candidate["status"] as? String == goldEvent["status"] as? String ? 1 : 0)
                    if best == nil || score > best!.score { best = (score, predictedIndex) }
                }
                if let best {
                    used.insert(best.index)
                    if !optional { matchedRequired += 1 }
                } else if !optional {
                    misses.append(Miss(document: document, event: goldEvent, spurious: false))
                }
            }
            for (predictedIndex, event) in predicted.enumerated() where !used.contains(predictedIndex) {
                spurious += 1
                misses.append(Miss(document: document, event: event, spurious: true))
            }
        }
    }

    private static func isOptional(_ event: [String: Any]) -> Bool { event["optional"] as? Bool == true }
}

@Suite("Extraction on SampleData, end to end")
struct SampleDataRecallTests {
    /// A floor against regressions, not a goal: measured 0.955 (21 of 22) on 2026-11-29 after planned periods,
    /// working sessions, bare numbered sessions and weekday spans were read (still missed: a signing set off by
    /// commas from its instrument, "la signature, jeudi dernier à Tunis, d'un mémorandum"). Raise it as extraction improves.
    static let minimumRecall = 0.95

    static func loadGold() throws -> [[String: Any]] {
        try String(contentsOfFile: Paths.sampleExpected, encoding: .utf8)
            .split(separator: "\n")
            .map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:] }
    }

    @Test func scoringMatchesTheGoldWithItself() throws {
        // The rule applied to the gold as predictions: every required event found, nothing spurious
        // beyond the optional events (which match themselves).
        let gold = try Self.loadGold()
        let predictions = gold.flatMap { document in
            (document["events"] as? [[String: Any]] ?? []).map { event -> [String: Any] in
                var event = event
                event["sources"] = [["document": document["document"] as? String ?? ""]]
                return event
            }
        }
        let score = Scoring(gold: gold, predictions: predictions)
        #expect(score.required == 22)
        #expect(score.recall == 1)
        #expect(score.spurious == 0)
    }

    @Test func recallOfRequiredEvents() throws {
        try withCLI { cli in
            let ingest = try cli.run(["ingest", Paths.sampleArticles])
            try #require(ingest.status == 0, "\(ingest)")
            let score = Scoring(gold: try Self.loadGold(), predictions: try cli.exportedEvents())
            let report = String(format: "recall %.3f (%d of %d required), precision %.3f (%d predicted, %d spurious)",
                                score.recall, score.matchedRequired, score.required, score.precision,
                                score.predicted, score.spurious)
            print("SampleData: " + report)
            let misses = score.misses.map(\.description).joined(separator: "\n")
            #expect(score.recall >= Self.minimumRecall, "\(report)\n\(misses)")
        }
    }
}
