import Foundation
import ChanceryCore

/// Turns events into each output format. Commands choose the events; this decides how they look.
enum EventRenderer {
    /// The event as one JSON object in the spec's export format.
    static func json(_ event: Event) -> String {
        JSON.object([
            ("id", event.id.map(String.init) ?? "null"),
            ("type", JSON.string(event.type.rawValue)),
            ("status", JSON.string(event.status.rawValue)),
            ("date", JSON.string(event.date?.description)),
            ("end_date", JSON.string(event.endDate?.description)),
            ("countries", JSON.array(event.countries.map { JSON.string($0) })),
            ("organizations", JSON.array(event.organizations.map { JSON.string($0) })),
            ("location", event.location.map {
                JSON.object(["name": JSON.string($0.name), "country": JSON.string($0.country)])
            } ?? "null"),
            ("participants", JSON.array(event.participants.map {
                JSON.object(["name": JSON.string($0.name), "country": JSON.string($0.country), "role": JSON.string($0.role)])
            })),
            ("mode", JSON.string(event.mode?.rawValue)),
            ("instrument", JSON.string(event.instrument?.rawValue)),
            ("count", JSON.number(event.count)),
            ("title", JSON.string(event.title)),
            ("body", JSON.string(event.body)),
            ("ordinal", JSON.number(event.ordinal)),
            ("confidence", JSON.number(event.confidence)),
            ("sources", JSON.array(event.sources.map {
                JSON.object([
                    "document": JSON.string($0.document), "url": JSON.string($0.url),
                    "evidence": JSON.string($0.evidence.text),
                    "start": String($0.evidence.start), "end": String($0.evidence.end),
                ])
            })),
        ])
    }

    static let csvHeader = [
        "id", "type", "status", "date", "end_date", "countries", "organizations", "location",
        "location_country", "participants", "mode", "instrument", "count", "title", "body",
        "ordinal", "confidence", "documents",
    ]

    static func csvRow(_ event: Event) -> [String] {
        [
            event.id.map(String.init) ?? "", event.type.rawValue, event.status.rawValue,
            event.date?.description ?? "", event.endDate?.description ?? "",
            event.countries.joined(separator: ";"), event.organizations.joined(separator: ";"),
            event.location?.name ?? "", event.location?.country ?? "",
            event.participants.map(participantLabel).joined(separator: "; "),
            event.mode?.rawValue ?? "", event.instrument?.rawValue ?? "",
            event.count.map(String.init) ?? "", event.title ?? "", event.body ?? "",
            event.ordinal.map(String.init) ?? "", JSON.number(event.confidence),
            event.sources.map(\.document).joined(separator: ";"),
        ]
    }

    static func csvLine(_ fields: [String]) -> String {
        fields.map { field in
            field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                : field
        }.joined(separator: ",") + "\n"
    }

    static func participantLabel(_ participant: Participant) -> String {
        var details: [String] = []
        if let role = participant.role { details.append(role) }
        if let country = participant.country { details.append(country) }
        return details.isEmpty ? participant.name : "\(participant.name) (\(details.joined(separator: ", ")))"
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
    static func render(_ events: [Event], as format: OutputFormat, showSources: Bool = false) {
        switch format {
        case .jsonl:
            for event in events { Output.line(json(event)) }
        case .json:
            Output.line("[")
            for (index, event) in events.enumerated() {
                Output.line("  " + json(event) + (index + 1 < events.count ? "," : ""))
            }
            Output.line("]")
        case .csv:
            Output.write(csvLine(csvHeader))
            for event in events { Output.write(csvLine(csvRow(event))) }
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
