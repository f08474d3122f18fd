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

    /// Adds a row, its cells copied at once.
    mutating func add(_ event: Event, sources: [Source] = []) {
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
    private static func addRow(_ event: Event, to table: inout Table) {
        if let id = event.id { table.cells.append(decimal: id) }
        table.endCell()
        if let date = event.date {
            table.cells.append(date.description)
            if let end = event.endDate {
                table.cells.append(literal: "…")
                table.cells.append(end.description)
            }
        } else {
            table.cells.append(literal: "undated")
        }
        table.endCell()
        table.addCell(event.type.displayName)
        table.cells.append(event.status.rawValue)
        table.endCell()
        for (index, country) in event.countries.enumerated() {
            if index > 0 { table.cells.append(literal: "–") }
            table.cells.append(country)
        }
        table.endCell()
        table.cells.append(event.location?.name ?? "")
        table.endCell()
        EventRenderer.writeSummary(event, into: &table.cells)
        table.endCell()
        for participant in event.participants {
            table.addItem(name: { $0.append(participant.name) },
                          details: { EventRenderer.writeParticipantDetails(participant, into: &$0) })
        }
        table.endCell()
    }
}
