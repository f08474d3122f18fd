import ChanceryCore
import ChanceryIngest

/// Prints how extraction read an event: its trigger, then each slot with the words that filled it and the rule
/// that chose them.
enum ExplanationRenderer {
    static func render(_ extracted: ExtractedEvent, number: Int) -> String {
        let event = extracted.event
        var lines: [String] = []
        var head = "\(number). \(event.type.rawValue), \(event.status.rawValue)"
        if let date = event.date { head += ", \(date)" + (event.endDate.map { " to \($0)" } ?? "") }
        head += ", " + (event.countries + event.organizations).joined(separator: "–")
        if let place = event.location { head += ", \(place.name)" }
        lines.append(head)
        for note in order(extracted.notes) {
            var line = "   " + note.slot.padding(12) + note.value
            if let words = note.words, !words.isEmpty, words != note.value { line += "  ← «\(words)»" }
            line += "  (\(note.rule))"
            lines.append(line)
        }
        if !event.participants.isEmpty {
            let people = event.participants.map { p in
                p.name + ([p.role, p.country].compactMap { $0 }.isEmpty ? "" : " (" + [p.role, p.country].compactMap { $0 }.joined(separator: ", ") + ")")
            }
            lines.append("   " + "people".padding(12) + people.joined(separator: "; "))
        }
        if let evidence = event.evidence {
            lines.append("   " + "evidence".padding(12) + "«\(evidence.text)» [\(evidence.start)–\(evidence.end)]")
        }
        return lines.joined(separator: "\n")
    }

    /// The trigger first, then the slots in the order of the export, then how frames were merged.
    private static func order(_ notes: [SlotNote]) -> [SlotNote] {
        let slots = ["trigger", "countries", "date", "status", "background", "location", "mode", "instrument", "count", "title", "body", "ordinal", "merge"]
        return notes.enumerated().sorted { a, b in
            let (x, y) = (slots.firstIndex(of: a.element.slot) ?? slots.count, slots.firstIndex(of: b.element.slot) ?? slots.count)
            return x != y ? x < y : a.offset < b.offset
        }.map(\.element)
    }
}

private extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
