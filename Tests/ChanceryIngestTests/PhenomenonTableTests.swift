import ChanceryCore
import ChanceryIngest
import Foundation
import Testing

/// One row of `Fixtures/phenomena-*.jsonl`: a passage of our own, the phenomenon it shows, and the events a careful
/// reader finds in it (see `Fixtures/README.md`).
struct PhenomenonRow: CustomTestStringConvertible, Sendable {
    let id: String
    let language: String
    let phenomenon: String
    let document: Document
    /// Each expected event as its JSON object, so that only the fields written are compared.
    let expected: [[String: any Sendable]]
    let knownIssue: String?

    var testDescription: String { id }

    static let all: [PhenomenonRow] = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
        var rows: [PhenomenonRow] = []
        for language in ["ar", "en", "fr"] {
            guard let text = try? String(contentsOf: folder.appendingPathComponent("phenomena-\(language).jsonl"), encoding: .utf8) else { continue }
            for line in text.split(separator: "\n") where !line.isEmpty {
                guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                      let id = object["id"] as? String, let body = object["text"] as? String else { continue }
                let expected = (object["expect"] as? [[String: Any]] ?? []).map { $0.mapValues(Self.sendable) }
                rows.append(PhenomenonRow(
                    id: id, language: object["lang"] as? String ?? language, phenomenon: object["phenomenon"] as? String ?? "?",
                    document: Document(id: id, language: object["lang"] as? String, title: object["title"] as? String,
                                       published: (object["published"] as? String).flatMap(PartialDate.init), text: body),
                    expected: expected, knownIssue: object["known_issue"] as? String))
            }
        }
        return rows
    }()

    private static func sendable(_ value: Any) -> any Sendable {
        switch value {
        case let text as String: text
        case let number as NSNumber: number.intValue
        case let list as [Any]: list.map(sendable)
        case let object as [String: Any]: object.mapValues(sendable)
        default: Optional<String>.none as any Sendable
        }
    }

    /// What is wrong with the events found, or nil when they are the expected ones.
    func mismatch(_ found: [Event]) -> String? {
        if found.count != expected.count {
            return "expected \(expected.count) event(s), found \(found.count): " + found.map(Self.describe).joined(separator: " | ")
        }
        var left = found
        for want in expected {
            guard let index = left.firstIndex(where: { matches(want, $0) }) else {
                return "no event matches \(Self.describe(want)); found " + found.map(Self.describe).joined(separator: " | ")
            }
            let event = left.remove(at: index)
            if let problem = fieldMismatch(want, event) { return "\(Self.describe(want)): \(problem)" }
        }
        return nil
    }

    private func matches(_ want: [String: any Sendable], _ event: Event) -> Bool {
        guard want["type"] as? String == event.type.rawValue, (want["countries"] as? [any Sendable])?.compactMap({ $0 as? String }) == event.countries
        else { return false }
        if want.keys.contains("date") { return (want["date"] as? String) == event.date?.description }
        return true
    }

    private func fieldMismatch(_ want: [String: any Sendable], _ event: Event) -> String? {
        func check(_ key: String, _ actual: String?) -> String? {
            guard want.keys.contains(key) else { return nil }
            let expected = want[key].flatMap { $0 as? String ?? ($0 as? Int).map(String.init) }
            return expected == actual ? nil : "\(key) \(actual ?? "null"), expected \(expected ?? "null")"
        }
        if let problem = check("status", event.status.rawValue) ?? check("end_date", event.endDate?.description)
            ?? check("mode", event.mode?.rawValue) ?? check("instrument", event.instrument?.rawValue)
            ?? check("count", event.count.map(String.init)) ?? check("title", event.title) ?? check("body", event.body)
            ?? check("ordinal", event.ordinal.map(String.init)) { return problem }
        if want.keys.contains("organizations") {
            let expected = (want["organizations"] as? [any Sendable])?.compactMap { $0 as? String } ?? []
            if expected != event.organizations { return "organizations \(event.organizations), expected \(expected)" }
        }
        if want.keys.contains("location") {
            let place = want["location"] as? [String: any Sendable]
            let expected = place.flatMap { $0["name"] as? String }
            if expected != event.location?.name { return "location \(event.location?.name ?? "null"), expected \(expected ?? "null")" }
        }
        if let people = want["participants"] as? [any Sendable] {
            let expected = people.compactMap { $0 as? [String: any Sendable] }.map {
                Participant(name: $0["name"] as? String ?? "", country: $0["country"] as? String, role: $0["role"] as? String)
            }
            let found = event.participants
            if Set(expected) != Set(found) || expected.count != found.count {
                return "participants \(found.map { "\($0.name) \($0.country ?? "-") \($0.role ?? "-")" }), expected "
                    + "\(expected.map { "\($0.name) \($0.country ?? "-") \($0.role ?? "-")" })"
            }
        }
        return nil
    }

    static func describe(_ event: Event) -> String {
        "\(event.type.rawValue) \(event.status.rawValue) \(event.date?.description ?? "undated") \(event.countries.joined(separator: "-"))"
    }

    static func describe(_ want: [String: any Sendable]) -> String {
        let countries = (want["countries"] as? [any Sendable])?.compactMap { $0 as? String }.joined(separator: "-") ?? ""
        return "\(want["type"] as? String ?? "?") \(want["status"] as? String ?? "?") \(want["date"] as? String ?? "undated") \(countries)"
    }
}

/// Every row of the phenomenon table: the events read from a passage of our own are the ones it expects. A row with
/// a `known_issue` is expected to fail, and is reported when it starts to pass.
struct PhenomenonTableTests {
    @Test(arguments: PhenomenonRow.all)
    func row(_ row: PhenomenonRow) {
        let found = EventExtractor().extract(from: row.document)
        let problem = row.mismatch(found)
        if let issue = row.knownIssue {
            withKnownIssue(Comment(rawValue: issue)) {
                if let problem { Issue.record(Comment(rawValue: problem)) }
            }
        } else if let problem {
            Issue.record(Comment(rawValue: problem))
        }
    }

    @Test func theTableCoversEveryLanguageWithAtLeastAHundredRows() {
        for language in ["ar", "en", "fr"] {
            #expect(PhenomenonRow.all.filter { $0.language == language }.count >= 100, "\(language)")
        }
    }
}

/// Prints the pass rate of the phenomenon table by phenomenon and language when CHANCERY_PHENOMENA_REPORT names a
/// file (`make phenomena`); it fails if a row without a known issue fails.
@Test(.enabled(if: ProcessInfo.processInfo.environment["CHANCERY_PHENOMENA_REPORT"] != nil))
func reportPhenomenonPassRates() throws {
    let extractor = EventExtractor()
    var passed: [String: [String: (Int, Int)]] = [:]
    var failures: [String] = []
    for row in PhenomenonRow.all {
        let problem = row.mismatch(extractor.extract(from: row.document))
        var cell = passed[row.phenomenon, default: [:]][row.language, default: (0, 0)]
        cell.1 += 1
        if problem == nil { cell.0 += 1 } else { failures.append("\(row.id): \(problem!)") }
        passed[row.phenomenon, default: [:]][row.language] = cell
    }
    var lines = ["phenomenon                          ar        en        fr        all"]
    var totals: [String: (Int, Int)] = [:]
    for phenomenon in passed.keys.sorted() {
        var line = phenomenon.padding(toLength: 34, withPad: " ", startingAt: 0)
        var all = (0, 0)
        for language in ["ar", "en", "fr"] {
            let cell = passed[phenomenon]?[language] ?? (0, 0)
            all = (all.0 + cell.0, all.1 + cell.1)
            totals[language] = ((totals[language]?.0 ?? 0) + cell.0, (totals[language]?.1 ?? 0) + cell.1)
            line += ("  " + (cell.1 == 0 ? "-" : "\(cell.0)/\(cell.1)")).padding(toLength: 10, withPad: " ", startingAt: 0)
        }
        lines.append(line + "  \(all.0)/\(all.1)")
    }
    let sum = totals.values.reduce((0, 0)) { ($0.0 + $1.0, $0.1 + $1.1) }
    lines.append("all".padding(toLength: 34, withPad: " ", startingAt: 0)
                 + ["ar", "en", "fr"].map { ("  \(totals[$0]?.0 ?? 0)/\(totals[$0]?.1 ?? 0)").padding(toLength: 10, withPad: " ", startingAt: 0) }.joined()
                 + "  \(sum.0)/\(sum.1) (\(sum.1 == 0 ? 0 : 100 * sum.0 / sum.1)%)")
    let path = ProcessInfo.processInfo.environment["CHANCERY_PHENOMENA_REPORT"] ?? "/tmp/phenomena.txt"
    try (lines.joined(separator: "\n") + "\n\nfailing rows:\n" + failures.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    print(lines.joined(separator: "\n"))
    let unexpected = PhenomenonRow.all.filter { row in row.knownIssue == nil && failures.contains { $0.hasPrefix(row.id + ":") } }.map(\.id)
    #expect(unexpected.isEmpty, "\(unexpected)")
}
