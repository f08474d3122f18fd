import Foundation
import ChanceryCore

/// Turns events into each output format. Commands choose the events; this decides how they look.
enum EventRenderer {
    /// The event as one JSON object in the spec's export format.
    static func json(_ event: Event) -> String {
        var text = TextBuffer()
        writeJSON(event, into: &text)
        return text.string
    }

    /// Writes the event as one JSON object in the spec's export format, keys in the spec's order.
    static func writeJSON(_ event: Event, into out: inout TextBuffer) {
        out.append("{\"id\": ")
        if let id = event.id { out.append(String(id)) } else { out.append("null") }
        out.append(", \"type\": "); out.appendJSON(event.type.rawValue)
        out.append(", \"status\": "); out.appendJSON(event.status.rawValue)
        out.append(", \"date\": "); out.appendJSON(event.date?.description)
        out.append(", \"end_date\": "); out.appendJSON(event.endDate?.description)
        out.append(", \"countries\": "); writeJSONArray(event.countries, into: &out)
        out.append(", \"organizations\": "); writeJSONArray(event.organizations, into: &out)
        out.append(", \"location\": ")
        if let location = event.location {
            out.append("{\"name\": "); out.appendJSON(location.name)
            out.append(", \"country\": "); out.appendJSON(location.country)
            out.append("}")
        } else {
            out.append("null")
        }
        out.append(", \"participants\": [")
        for (index, participant) in event.participants.enumerated() {
            if index > 0 { out.append(", ") }
            out.append("{\"name\": "); out.appendJSON(participant.name)
            out.append(", \"country\": "); out.appendJSON(participant.country)
            out.append(", \"role\": "); out.appendJSON(participant.role)
            out.append("}")
        }
        out.append("], \"mode\": "); out.appendJSON(event.mode?.rawValue)
        out.append(", \"instrument\": "); out.appendJSON(event.instrument?.rawValue)
        out.append(", \"count\": "); out.append(JSON.number(event.count))
        out.append(", \"title\": "); out.appendJSON(event.title)
        out.append(", \"body\": "); out.appendJSON(event.body)
        out.append(", \"ordinal\": "); out.append(JSON.number(event.ordinal))
        out.append(", \"confidence\": "); out.append(JSON.number(event.confidence))
        out.append(", \"sources\": [")
        for (index, source) in event.sources.enumerated() {
            if index > 0 { out.append(", ") }
            out.append("{\"document\": "); out.appendJSON(source.document)
            out.append(", \"url\": "); out.appendJSON(source.url)
            out.append(", \"evidence\": "); out.appendJSON(source.evidence.text)
            out.append(", \"start\": "); out.append(String(source.evidence.start))
            out.append(", \"end\": "); out.append(String(source.evidence.end))
            out.append("}")
        }
        out.append("]}")
    }

    private static func writeJSONArray(_ items: [String], into out: inout TextBuffer) {
        out.append("[")
        for (index, item) in items.enumerated() {
            if index > 0 { out.append(", ") }
            out.appendJSON(item)
        }
        out.append("]")
    }

    static let csvHeader = [
        "id", "type", "status", "date", "end_date", "countries", "organizations", "location",
        "location_country", "participants", "mode", "instrument", "count", "title", "body",
        "ordinal", "confidence", "documents",
    ]

    /// Writes the event as one CSV line, its fields in the order of `csvHeader`.
    static func writeCSVRow(_ event: Event, into out: inout TextBuffer) {
        let comma = UInt8(ascii: ",")
        var field = TextBuffer()
        /// A field made of several parts, assembled first so that it is quoted as a whole when it must be.
        func list(_ items: [String], separator: String) {
            field.bytes.removeAll(keepingCapacity: true)
            for (index, item) in items.enumerated() {
                if index > 0 { field.append(separator) }
                field.append(item)
            }
            out.appendCSV(field)
            out.append(byte: comma)
        }
        func text(_ value: String?) {
            if let value { out.appendCSV(value) }
            out.append(byte: comma)
        }
        text(event.id.map(String.init))
        text(event.type.rawValue)
        text(event.status.rawValue)
        text(event.date?.description)
        text(event.endDate?.description)
        list(event.countries, separator: ";")
        list(event.organizations, separator: ";")
        text(event.location?.name)
        text(event.location?.country)
        field.bytes.removeAll(keepingCapacity: true)
        for (index, participant) in event.participants.enumerated() {
            if index > 0 { field.append("; ") }
            writeParticipantLabel(participant, into: &field)
        }
        out.appendCSV(field)
        out.append(byte: comma)
        text(event.mode?.rawValue)
        text(event.instrument?.rawValue)
        text(event.count.map(String.init))
        text(event.title)
        text(event.body)
        text(event.ordinal.map(String.init))
        text(JSON.number(event.confidence))
        field.bytes.removeAll(keepingCapacity: true)
        for (index, source) in event.sources.enumerated() {
            if index > 0 { field.append(";") }
            field.append(source.document)
        }
        out.appendCSV(field)
        out.append(byte: UInt8(ascii: "\n"))
    }

    /// Writes `fields` as one CSV line.
    static func writeCSVLine(_ fields: [String], into out: inout TextBuffer) {
        for (index, field) in fields.enumerated() {
            if index > 0 { out.append(byte: UInt8(ascii: ",")) }
            out.appendCSV(field)
        }
        out.append(byte: UInt8(ascii: "\n"))
    }

    /// "name (role, country)", or the name alone when neither is known.
    static func writeParticipantLabel(_ participant: Participant, into out: inout TextBuffer) {
        out.append(participant.name)
        switch (participant.role, participant.country) {
        case let (role?, country?): out.append(" ("); out.append(role); out.append(", "); out.append(country); out.append(")")
        case let (role?, nil): out.append(" ("); out.append(role); out.append(")")
        case let (nil, country?): out.append(" ("); out.append(country); out.append(")")
        case (nil, nil): break
        }
    }

    static func participantLabel(_ participant: Participant) -> String {
        var label = TextBuffer()
        writeParticipantLabel(participant, into: &label)
        return label.string
    }

    /// What happened, in a few words: "mou ×2: …", "8th session of …", "phone call".
    static func summary(_ event: Event) -> String {
        switch event.type {
        case .meeting:
            switch event.mode ?? .inPerson {
            case .phone: return "phone call"
            case .video: return "video call"
            case .inPerson: return "meeting"
            }
        case .agreement:
            var text = (event.instrument ?? .agreement).displayName
            if let count = event.count, count > 1 { text += " ×\(count)" }
            if let title = event.title { text += ": " + title }
            return text
        case .commissionSession:
            var text = event.ordinal.map { "session \($0)" } ?? "session"
            if let body = event.body { text += " of " + body }
            return text
        }
    }

    /// Renders a list of events for the listing commands.
    /// Whether `format` prints events' sources without being asked (JSON, JSON Lines and CSV
    /// do; a table only with `showSources`): a command need not read what is not printed.
    static func showsSources(_ format: OutputFormat) -> Bool {
        format != .table
    }

    static func render(_ events: [Event], as format: OutputFormat, showSources: Bool = false) {
        switch format {
        case .jsonl:
            for event in events {
                Output.write { out in
                    writeJSON(event, into: &out)
                    out.append(byte: UInt8(ascii: "\n"))
                }
            }
        case .json:
            Output.line("[")
            for (index, event) in events.enumerated() {
                Output.write { out in
                    out.append("  ")
                    writeJSON(event, into: &out)
                    out.append(index + 1 < events.count ? ",\n" : "\n")
                }
            }
            Output.line("]")
        case .csv:
            Output.write { writeCSVLine(csvHeader, into: &$0) }
            for event in events { Output.write { writeCSVRow(event, into: &$0) } }
        case .table:
            guard !events.isEmpty else {
                Output.line("No events found.")
                return
            }
            var headers = ["ID", "DATE", "TYPE", "STATUS", "COUNTRIES", "PLACE", "WHAT", "PARTICIPANTS"]
            if showSources { headers.append("SOURCES") }
            let rows = events.map { event -> [String] in
                var row = [
                    event.id.map(String.init) ?? "",
                    event.date.map { date in event.endDate.map { "\(date)…\($0)" } ?? date.description } ?? "undated",
                    event.type.displayName,
                    event.status.rawValue,
                    event.countries.joined(separator: "–"),
                    event.location?.name ?? "",
                    summary(event),
                    event.participants.map(participantLabel).joined(separator: "; "),
                ]
                if showSources { row.append(event.sources.map(\.document).joined(separator: ", ")) }
                return row
            }
            Table(headers: headers, rows: rows).render()
            Output.line("\(events.count) event\(events.count == 1 ? "" : "s").")
        }
    }
}

extension EventType {
    var displayName: String {
        switch self {
        case .meeting: "meeting"
        case .agreement: "agreement"
        case .commissionSession: "commission"
        }
    }
}

extension Instrument {
    var displayName: String {
        switch self {
        case .mou: "MoU"
        default: rawValue
        }
    }
}
