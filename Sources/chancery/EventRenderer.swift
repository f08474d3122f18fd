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
    static func writeJSON(_ event: Event, corrected: [String]? = nil, into out: inout TextBuffer) {
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
        out.append("]")
        if let corrected {
            out.append(", \"corrected\": "); writeJSONArray(corrected, into: &out)
        }
        out.append("}")
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

    /// Writes the event as one CSV line, its fields in the order of `csvHeader`; with `corrected`,
    /// a last field lists the fields a person corrected.
    static func writeCSVRow(_ event: Event, corrected: [String]? = nil, into out: inout TextBuffer) {
        let comma = UInt8(ascii: ",")
        var field = TextBuffer()
        /// A field made of several parts, assembled first so that it is quoted as a whole when it must be.
        func list(_ items: [String], separator: String) {
            field.removeAll()
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
        field.removeAll()
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
        field.removeAll()
        for (index, source) in event.sources.enumerated() {
            if index > 0 { field.append(";") }
            field.append(source.document)
        }
        out.appendCSV(field)
        if let corrected {
            field.removeAll()
            for (index, name) in corrected.enumerated() {
                if index > 0 { field.append(";") }
                field.append(name)
            }
            out.append(byte: comma)
            out.appendCSV(field)
        }
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
        participant.withText { writeParticipantLabel($0, into: &out) }
    }

    static func writeParticipantLabel(_ participant: EventRow.ParticipantText, into out: inout TextBuffer) {
        out.append(utf8: participant.name)
        writeParticipantDetails(participant, into: &out)
    }

    /// " (role, country)" after a participant's name, nothing when neither is known.
    static func writeParticipantDetails(_ participant: EventRow.ParticipantText, into out: inout TextBuffer) {
        guard !participant.role.isEmpty || !participant.country.isEmpty else { return }
        out.append(literal: " (")
        out.append(utf8: participant.role)
        if !participant.role.isEmpty && !participant.country.isEmpty { out.append(literal: ", ") }
        out.append(utf8: participant.country)
        out.append(literal: ")")
    }

    static func participantLabel(_ participant: Participant) -> String {
        var label = TextBuffer()
        writeParticipantLabel(participant, into: &label)
        return label.string
    }

    /// What happened, in a few words: "mou ×2: …", "8th session of …", "phone call".
    static func summary(_ event: Event) -> String {
        var text = TextBuffer()
        writeSummary(event, into: &text)
        return text.string
    }

    static func writeSummary(_ event: some ListedEvent, into out: inout TextBuffer) {
        writeSummary(event, type: event.type, into: &out)
    }

    /// The summary of an event whose type has been read already: a stored row spells it out.
    static func writeSummary(_ event: some ListedEvent, type: EventType, into out: inout TextBuffer) {
        switch type {
        case .meeting:
            switch event.mode ?? .inPerson {
            case .phone: out.append(literal: "phone call")
            case .video: out.append(literal: "video call")
            case .inPerson: out.append(literal: "meeting")
            }
        case .agreement:
            out.append((event.instrument ?? .agreement).displayName)
            if let count = event.count, count > 1 { out.append(literal: " ×"); out.append(decimal: Int64(count)) }
            event.withText(.title) { title in
                guard !title.isEmpty else { return }
                out.append(literal: ": ")
                out.append(utf8: title)
            }
        case .commissionSession:
            out.append(literal: "session")
            if let ordinal = event.ordinal { out.append(literal: " "); out.append(decimal: Int64(ordinal)) }
            event.withText(.body) { body in
                guard !body.isEmpty else { return }
                out.append(literal: " of ")
                out.append(utf8: body)
            }
        }
    }

    /// Whether `format` prints events' sources without being asked (JSON, JSON Lines and CSV
    /// do; a table only with `showSources`): a command need not read what is not printed.
    static func showsSources(_ format: OutputFormat) -> Bool {
        format != .table
    }

    /// Renders the events matching `filter` as they are read: a table from the stored rows, the
    /// other formats from whole events with their sources. A table fits `width` cells when given.
    static func render(_ filter: EventFilter, from store: Store, as format: OutputFormat, fitting width: Int?) throws {
        let total = { (shown: Int) in try store.total(of: filter, shown: shown) }
        if format == .table {
            var table = EventTable()
            try store.forEachEventRow(matching: filter) { table.add($0) }
            table.render(fitting: width, total: try total(table.rowCount))
        } else {
            try render(as: format, showSources: false, fitting: nil, total: total) { each in
                try store.forEachEvent(matching: filter, includingSources: true, each)
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
            Output.write { writeCSVLine(csvHeader, into: &$0) }
            try produce { event in
                Output.write { writeCSVRow(event, into: &$0) }
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

/// A table of events, filled one event at a time.
struct EventTable: ~Copyable {
    private var table: Table
    private let showSources: Bool

    /// The columns, and how each gives up room on a narrow terminal (see `TableLayout`): the
    /// countries and the participants' names say who met whom, the countries are never cut and
    /// the names last of all; the type repeats what WHAT says, and goes before the status;
    /// sources go first of all.
    init(showSources: Bool = false) {
        var columns: [Table.Column] = [
            .init("ID", .whole), .init("DATE", .whole), .init("TYPE", .whole, leaveOutRank: 2),
            .init("STATUS", .whole, leaveOutRank: 3), .init("COUNTRIES", .whole),
            .init("PLACE", .cut(minimum: 8, rank: 0), leaveOutRank: 1), .init("WHAT", .cut(minimum: 12, rank: 0)),
            .init("PARTICIPANTS", .names),
        ]
        if showSources { columns.append(.init("SOURCES", .cut(minimum: 8, rank: 0), leaveOutRank: 0)) }
        table = Table(columns: columns)
        self.showSources = showSources
    }

    /// Adds a row: an event read whole, or a row lent by the store, whose cells are copied at once.
    mutating func add(_ event: some ListedEvent, sources: [Source] = []) {
        Self.addRow(event, to: &table)
        guard showSources else { return }
        for (index, source) in sources.enumerated() {
            if index > 0 { table.cells.append(", ") }
            table.cells.append(source.document)
        }
        table.endCell()
    }

    var rowCount: Int { table.rowCount }

    /// Prints the table in lines of at most `width` cells, then its count: of `total` events
    /// when a limit cut the list.
    func render(fitting width: Int? = nil, total: Int? = nil) {
        guard table.rowCount > 0 else {
            Output.line("No events found.")
            return
        }
        Table.noteLeftOut(table.render(fitting: width), fitting: width)
        let count = table.rowCount
        Output.line((total.map { Self.shown(count, of: $0) } ?? "\(count) event\(count == 1 ? "" : "s")") + ".")
    }

    /// "5 events shown of 23".
    static func shown(_ count: Int, of total: Int) -> String {
        "\(count) event\(count == 1 ? "" : "s") shown of \(total)"
    }

    /// The cells of one event, up to its participants.
    private static func addRow(_ event: some ListedEvent, to table: inout Table) {
        if let id = event.id { table.cells.append(decimal: id) }
        table.endCell()
        event.withText(.date) { date in
            guard !date.isEmpty else { return table.cells.append(literal: "undated") }
            table.cells.append(utf8: date)
            event.withText(.endDate) { end in
                guard !end.isEmpty else { return }
                table.cells.append(literal: "…")
                table.cells.append(utf8: end)
            }
        }
        table.endCell()
        let type = event.type
        table.addCell(type.displayName)
        event.withText(.status) { table.cells.append(utf8: $0) }
        table.endCell()
        var first = true
        event.forEachCountry { country in
            if !first { table.cells.append(literal: "–") }
            table.cells.append(utf8: country)
            first = false
        }
        table.endCell()
        event.withText(.location) { table.cells.append(utf8: $0) }
        table.endCell()
        EventRenderer.writeSummary(event, type: type, into: &table.cells)
        table.endCell()
        event.forEachParticipant { participant in
            table.addItem(name: { $0.append(utf8: participant.name) },
                          details: { EventRenderer.writeParticipantDetails(participant, into: &$0) })
        }
        table.endCell()
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
