import ChanceryCore
import ChanceryStore

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
