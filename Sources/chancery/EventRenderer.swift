import ChanceryCore
import ChanceryStore

/// Turns events into each output format. Commands choose the events; this decides how they look.
enum EventRenderer {
    /// The event as one JSON object in the spec's export format.
    static func json(_ event: Event) -> String {
        var text = TextBuffer()
        writeJSON(event, into: &text)
        return text.string
    }

    /// Writes the event as one JSON object in the spec's export format, keys in the spec's order;
    /// with `corrected`, a last key lists the fields a person corrected.
    ///
    /// Written a value at a time rather than as one `JSONText`: an export writes a million of
    /// them, and a tree of values per event would cost more than reading it from the base.
    static func writeJSON(_ event: Event, corrected: [String]? = nil, into out: inout TextBuffer) {
        out.append(literal: "{\"id\": ")
        if let id = event.id { JSONText.write(number: id, into: &out) } else { out.append(literal: "null") }
        out.append(literal: ", \"type\": "); JSONText.write(string: event.type.rawValue, into: &out)
        out.append(literal: ", \"status\": "); JSONText.write(string: event.status.rawValue, into: &out)
        out.append(literal: ", \"date\": "); JSONText.write(string: event.date?.description, into: &out)
        out.append(literal: ", \"end_date\": "); JSONText.write(string: event.endDate?.description, into: &out)
        out.append(literal: ", \"countries\": "); JSONText.write(strings: event.countries, into: &out)
        out.append(literal: ", \"organizations\": "); JSONText.write(strings: event.organizations, into: &out)
        out.append(literal: ", \"location\": ")
        if let location = event.location {
            out.append(literal: "{\"name\": "); JSONText.write(string: location.name, into: &out)
            out.append(literal: ", \"country\": "); JSONText.write(string: location.country, into: &out)
            out.append(literal: "}")
        } else {
            out.append(literal: "null")
        }
        out.append(literal: ", \"participants\": [")
        for (index, participant) in event.participants.enumerated() {
            if index > 0 { out.append(literal: ", ") }
            out.append(literal: "{\"name\": "); JSONText.write(string: participant.name, into: &out)
            out.append(literal: ", \"country\": "); JSONText.write(string: participant.country, into: &out)
            out.append(literal: ", \"role\": "); JSONText.write(string: participant.role, into: &out)
            out.append(literal: "}")
        }
        out.append(literal: "], \"mode\": "); JSONText.write(string: event.mode?.rawValue, into: &out)
        out.append(literal: ", \"instrument\": "); JSONText.write(string: event.instrument?.rawValue, into: &out)
        out.append(literal: ", \"count\": "); JSONText.integer(event.count).write(into: &out)
        out.append(literal: ", \"title\": "); JSONText.write(string: event.title, into: &out)
        out.append(literal: ", \"body\": "); JSONText.write(string: event.body, into: &out)
        out.append(literal: ", \"ordinal\": "); JSONText.integer(event.ordinal).write(into: &out)
        out.append(literal: ", \"confidence\": "); JSONText.write(decimal: event.confidence, into: &out)
        out.append(literal: ", \"sources\": [")
        for (index, source) in event.sources.enumerated() {
            if index > 0 { out.append(literal: ", ") }
            out.append(literal: "{\"document\": "); JSONText.write(string: source.document, into: &out)
            out.append(literal: ", \"url\": "); JSONText.write(string: source.url, into: &out)
            out.append(literal: ", \"evidence\": "); JSONText.write(string: source.evidence.text, into: &out)
            out.append(literal: ", \"start\": "); JSONText.write(number: Int64(source.evidence.start), into: &out)
            out.append(literal: ", \"end\": "); JSONText.write(number: Int64(source.evidence.end), into: &out)
            out.append(literal: "}")
        }
        out.append(literal: "]")
        if let corrected {
            out.append(literal: ", \"corrected\": "); JSONText.write(strings: corrected, into: &out)
        }
        out.append(literal: "}")
    }

    /// The columns of a listing's CSV: the event's fields one a column, lists in one cell.
    static let csvColumns: [TextColumn<Event>] = [
        TextColumn("id") { $0.id.map(String.init) ?? "" },
        TextColumn("type") { $0.type.rawValue },
        TextColumn("status") { $0.status.rawValue },
        TextColumn("date") { $0.date?.description ?? "" },
        TextColumn("end_date") { $0.endDate?.description ?? "" },
        TextColumn("countries") { $0.countries.joined(separator: ";") },
        TextColumn("organizations") { $0.organizations.joined(separator: ";") },
        TextColumn("location") { $0.location?.name ?? "" },
        TextColumn("location_country") { $0.location?.country ?? "" },
        TextColumn("participants") { participantLabels($0.participants) },
        TextColumn("mode") { $0.mode?.rawValue ?? "" },
        TextColumn("instrument") { $0.instrument?.rawValue ?? "" },
        TextColumn("count") { $0.count.map(String.init) ?? "" },
        TextColumn("title") { $0.title ?? "" },
        TextColumn("body") { $0.body ?? "" },
        TextColumn("ordinal") { $0.ordinal.map(String.init) ?? "" },
        TextColumn("confidence") { JSONText.decimalText($0.confidence) },
        TextColumn("documents") { $0.sources.map(\.document).joined(separator: ";") },
    ]

    /// "name (role, country)", or the name alone when neither is known.
    static func writeParticipantLabel(_ participant: Participant, into out: inout TextBuffer) {
        out.append(participant.name)
        writeParticipantDetails(participant, into: &out)
    }

    /// " (role, country)" after a participant's name, nothing when neither is known.
    static func writeParticipantDetails(_ participant: Participant, into out: inout TextBuffer) {
        let role = participant.role ?? ""
        let country = participant.country ?? ""
        guard !role.isEmpty || !country.isEmpty else { return }
        out.append(literal: " (")
        out.append(role)
        if !role.isEmpty && !country.isEmpty { out.append(literal: ", ") }
        out.append(country)
        out.append(literal: ")")
    }

    static func participantLabel(_ participant: Participant) -> String {
        participantLabels([participant])
    }

    /// Everyone's label, separated by "; ", written in one buffer rather than joined from a
    /// String each: CSV writes one such cell per event.
    static func participantLabels(_ participants: [Participant]) -> String {
        var labels = TextBuffer(capacity: 48 * participants.count)
        for (index, participant) in participants.enumerated() {
            if index > 0 { labels.append(literal: "; ") }
            writeParticipantLabel(participant, into: &labels)
        }
        return labels.string
    }

    /// What happened, in a few words: "mou ×2: …", "8th session of …", "phone call".
    static func summary(_ event: Event) -> String {
        var text = TextBuffer()
        writeSummary(event, into: &text)
        return text.string
    }

    static func writeSummary(_ event: Event, into out: inout TextBuffer) {
        switch event.type {
        case .meeting:
            switch event.mode ?? .inPerson {
            case .phone: out.append(literal: "phone call")
            case .video: out.append(literal: "video call")
            case .inPerson: out.append(literal: "meeting")
            }
        case .agreement:
            out.append((event.instrument ?? .agreement).displayName)
            if let count = event.count, count > 1 { out.append(literal: " ×"); out.append(decimal: Int64(count)) }
            if let title = event.title, !title.isEmpty {
                out.append(literal: ": ")
                out.append(title)
            }
        case .commissionSession:
            out.append(literal: "session")
            if let ordinal = event.ordinal { out.append(literal: " "); out.append(decimal: Int64(ordinal)) }
            if let body = event.body, !body.isEmpty {
                out.append(literal: " of ")
                out.append(body)
            }
        }
    }

    /// Whether `format` prints events' sources without being asked (JSON, JSON Lines and CSV
    /// do; a table only with `showSources`): a command need not read what is not printed.
    static func showsSources(_ format: OutputFormat) -> Bool {
        format != .table
    }

    /// Renders the events matching `filter` as they are read: a table of names as written from
    /// events without their sources, the other formats, and a table of names in another script,
    /// from whole events (with their sources but in a table). A table fits `width` cells when given.
    static func render(_ filter: EventFilter, from store: Store, as format: OutputFormat, fitting width: Int?,
                       names: DisplayNames) throws {
        let total = { (shown: Int) in try store.total(of: filter, shown: shown) }
        if format == .table, names.showsOriginal {
            var table = EventTable()
            try store.forEachEvent(matching: filter, includingSources: false) { table.add($0) }
            table.render(fitting: width, total: try total(table.rowCount))
        } else {
            try render(as: format, showSources: false, fitting: width, total: total) { each in
                let sources = showsSources(format)
                guard !names.showsOriginal else { return try store.forEachEvent(matching: filter, includingSources: sources, each) }
                try store.forEachEvent(matching: filter, includingSources: sources) { each(try names.renamed($0)) }
            }
        }
    }

    static func render(_ events: [Event], as format: OutputFormat, showSources: Bool = false, fitting width: Int? = nil) {
        render(events, as: format, showSources: showSources, fitting: width, total: { _ in nil })
    }

    static func render(_ events: [Event], as format: OutputFormat, showSources: Bool, fitting width: Int?,
                       total: (_ shown: Int) throws -> Int?) rethrows {
        try render(as: format, showSources: showSources, fitting: width, total: total) { each in events.forEach(each) }
    }

    static func render(as format: OutputFormat, showSources: Bool = false, fitting width: Int? = nil,
                       corrected: [Int64: [String]]? = nil, _ produce: (_ each: (Event) -> Void) throws -> Void) rethrows {
        try render(as: format, showSources: showSources, fitting: width, total: { _ in nil }, corrected: corrected, produce)
    }

    /// Renders the events `produce` hands over one by one, without holding them: a table keeps
    /// only its cells, the other formats write each event as it comes.
    ///
    /// `total` says, of as many events as were shown, how many there are in all when a limit
    /// cut the list (nil when none did): a table says so on its last line, and the other formats,
    /// whose output a program reads, on standard error. With `corrected` (a base that holds
    /// corrections), json says for each event the fields a person corrected; jsonl stays the
    /// exchange format of EVENTS.md.
    static func render(as format: OutputFormat, showSources: Bool, fitting width: Int?,
                       total: (_ shown: Int) throws -> Int?, corrected: [Int64: [String]]? = nil,
                       _ produce: (_ each: (Event) -> Void) throws -> Void) rethrows {
        var count = 0
        switch format {
        case .jsonl:
            try produce { event in
                Output.write { out in
                    writeJSON(event, into: &out)
                    out.append(byte: UInt8(ascii: "\n"))
                }
                count += 1
            }
        case .json:
            Output.line("[")
            try produce { event in
                Output.write { out in
                    out.append(count == 0 ? "  " : ",\n  ")
                    writeJSON(event, corrected: corrected.map { $0[event.id ?? 0] ?? [] }, into: &out)
                }
                count += 1
            }
            if count > 0 { Output.line() }
            Output.line("]")
        case .csv:
            Output.write { DelimitedText.csv.writeRow(csvColumns.map(\.name), into: &$0) }
            try produce { event in
                Output.write { DelimitedText.csv.writeRow(of: event, csvColumns, into: &$0) }
                count += 1
            }
        case .table:
            var table = EventTable(showSources: showSources)
            try produce { table.add($0, sources: $0.sources) }
            table.render(fitting: width, total: try total(table.rowCount))
            return
        }
        if let all = try total(count) {
            Output.flush()
            Output.note("\(EventTable.shown(count, of: all)) (--limit \(count)).")
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
