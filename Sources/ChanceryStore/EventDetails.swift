import ChanceryCore
import SQLiteDB

/// Reads the details of events — countries, organisations, participants, sources — with one
/// statement per detail table, each ordered by event id, walked side by side with the events:
/// a merge join, so that the cost is one query per table whatever the number of events.
///
/// Events must be filled in ascending id order.
struct EventDetailReader {
    /// Which events' details to read.
    enum Scope {
        /// Every event in the base.
        case all
        /// Only these events (any order, duplicates allowed).
        case events([Int64])
    }

    private let countries: DetailCursor
    private let organizations: DetailCursor
    private let participants: DetailCursor
    /// Nil when the caller has no use for sources: a table of events does not show them, and
    /// reading them joins every source to its document.
    private let sources: DetailCursor?

    init(_ db: Connection, scope: Scope, includingSources: Bool = true) throws {
        // One bound parameter holds the whole id list, as a JSON array that json_each reads.
        var idList: String?
        if case .events(let ids) = scope { idList = "[" + ids.map(String.init).joined(separator: ",") + "]" }
        let parameters: [any SQLiteBindable] = idList.map { [$0] } ?? []
        func only(_ column: String) -> String {
            idList == nil ? "" : "WHERE \(column) IN (SELECT value FROM json_each(?))"
        }
        countries = try DetailCursor(db, "SELECT event_id, country FROM event_countries \(only("event_id")) ORDER BY event_id, country", parameters)
        organizations = try DetailCursor(db, "SELECT event_id, organization FROM event_organizations \(only("event_id")) ORDER BY event_id, organization", parameters)
        participants = try DetailCursor(db, "SELECT event_id, name, country, role FROM participations \(only("event_id")) ORDER BY event_id, position", parameters)
        sources = !includingSources ? nil : try DetailCursor(db, """
            SELECT s.event_id, d.external_id, d.url, d.title, d.published, s.evidence, s.start, s."end"
            FROM sources s JOIN documents d ON d.id = s.document_id \(only("s.event_id"))
            ORDER BY s.event_id, d.published IS NULL, d.published, d.external_id
            """, parameters)
    }

    /// Adds its details to `event`, whose id must not be lower than that of the event filled before.
    func fill(_ event: inout Event) throws {
        guard let id = event.id else { return }
        try countries.rows(for: id) { event.countries.append($0.text(at: 1) ?? "") }
        try organizations.rows(for: id) { event.organizations.append($0.text(at: 1) ?? "") }
        try participants.rows(for: id) {
            event.participants.append(Participant(name: $0.text(at: 1) ?? "", country: $0.text(at: 2), role: $0.text(at: 3)))
        }
        try sources?.rows(for: id) {
            event.sources.append(Source(
                document: $0.text(at: 1) ?? "", url: $0.text(at: 2), title: $0.text(at: 3),
                published: $0.text(at: 4).flatMap(PartialDate.init),
                evidence: Evidence(text: $0.text(at: 5) ?? "", start: Int($0.int64(at: 6)), end: Int($0.int64(at: 7)))
            ))
        }
    }
}

extension Store {
    /// Fills in the details of `events`, kept in their order, with one query per detail table.
    func loadDetails(of events: inout [Event], includingSources: Bool = true) throws {
        guard !events.isEmpty else { return }
        let byID = events.indices.sorted { (events[$0].id ?? 0) < (events[$1].id ?? 0) }
        let reader = try EventDetailReader(db, scope: .events(byID.compactMap { events[$0].id }),
                                           includingSources: includingSources)
        for index in byID {
            try reader.fill(&events[index])
        }
    }
}

/// A statement whose rows are ordered by an event id in column 0, read in step with the events.
private final class DetailCursor {
    let statement: Statement
    var hasRow: Bool

    init(_ db: Connection, _ sql: String, _ parameters: [any SQLiteBindable]) throws {
        statement = try db.prepare(sql)
        try statement.bind(parameters)
        hasRow = try statement.step()
    }

    /// Calls `body` with each row for `eventID`, skipping rows of events before it.
    func rows(for eventID: Int64, _ body: (Statement) -> Void) throws {
        while hasRow {
            let current = statement.int64(at: 0)
            if current > eventID { return }
            if current == eventID { body(statement) }
            hasRow = try statement.step()
        }
    }
}
