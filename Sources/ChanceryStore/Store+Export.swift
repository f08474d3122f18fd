import ChanceryCore
import SQLiteDB

extension Store {
    /// Calls `body` with every event in id order, complete with participants and sources.
    ///
    /// Reads the event table and each detail table with one cursor apiece, all ordered by
    /// event id, and walks them side by side: a merge join that never loads the whole base.
    public func forEachEvent(_ body: (Event) throws -> Void) throws {
        try wrap {
            let events = try db.prepare("SELECT \(Self.eventColumns) FROM events e ORDER BY e.id")
            let countries = try Cursor(db, "SELECT event_id, country FROM event_countries ORDER BY event_id, country")
            let organizations = try Cursor(db, "SELECT event_id, organization FROM event_organizations ORDER BY event_id, organization")
            let participants = try Cursor(db, "SELECT event_id, name, country, role FROM participations ORDER BY event_id, position")
            let sources = try Cursor(db, """
                SELECT s.event_id, d.external_id, d.url, d.title, d.published, s.evidence, s.start, s."end"
                FROM sources s JOIN documents d ON d.id = s.document_id
                ORDER BY s.event_id, d.published IS NULL, d.published, d.id
                """)
            while try events.step() {
                var event = Self.readEvent(events)
                let id = event.id ?? 0
                try countries.rows(for: id) { event.countries.append($0.text(at: 1) ?? "") }
                try organizations.rows(for: id) { event.organizations.append($0.text(at: 1) ?? "") }
                try participants.rows(for: id) {
                    event.participants.append(Participant(name: $0.text(at: 1) ?? "", country: $0.text(at: 2), role: $0.text(at: 3)))
                }
                try sources.rows(for: id) {
                    event.sources.append(Source(
                        document: $0.text(at: 1) ?? "", url: $0.text(at: 2), title: $0.text(at: 3),
                        published: $0.text(at: 4).flatMap(PartialDate.init),
                        evidence: Evidence(text: $0.text(at: 5) ?? "", start: Int($0.int64(at: 6)), end: Int($0.int64(at: 7)))
                    ))
                }
                try body(event)
            }
        }
    }
}

/// A statement whose rows are ordered by an event id in column 0, read in step with the events.
private final class Cursor {
    let statement: Statement
    var hasRow: Bool

    init(_ db: Connection, _ sql: String) throws {
        statement = try db.prepare(sql)
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
