import ChanceryCore
import SQLiteDB

/// Reads the sources of events with one statement, ordered by event id, walked side by side with
/// the events: a merge join, so that the cost is one query whatever the number of events.
///
/// Events must be filled in ascending id order.
struct EventSourceReader {
    /// Which events' sources to read.
    enum Scope {
        /// Every event in the base.
        case all
        /// Only these events (any order, duplicates allowed).
        case events([Int64])
        /// Only the events whose ids a query selects, with its parameters.
        case selected(String, [any SQLiteBindable])
    }

    private let sources: SourceCursor

    init(_ db: Connection, scope: Scope) throws {
        var filter = ""
        var parameters: [any SQLiteBindable] = []
        if case .events(let ids) = scope {
            // One bound parameter holds the whole id list, as a JSON array that json_each reads.
            filter = "WHERE s.event_id IN (SELECT value FROM json_each(?))"
            parameters.append("[" + ids.map(String.init).joined(separator: ",") + "]")
        } else if case .selected(let ids, let idParameters) = scope {
            filter = "WHERE s.event_id IN (\(ids))"
            parameters = idParameters
        }
        sources = try SourceCursor(db, """
            SELECT s.event_id, d.external_id, d.url, d.title, d.published, s.evidence, s.start, s."end"
            FROM sources s JOIN documents d ON d.id = s.document_id \(filter)
            ORDER BY s.event_id, d.published IS NULL, d.published, d.external_id
            """, parameters)
    }

    /// Adds its sources to `event`, whose id must not be lower than that of the event filled before.
    func fill(_ event: inout Event) throws {
        guard let id = event.id else { return }
        try sources.rows(for: id) {
            event.sources.append(Source(
                document: $0.text(at: 1) ?? "", url: $0.text(at: 2), title: $0.text(at: 3),
                published: $0.text(at: 4).flatMap(PartialDate.init),
                evidence: Evidence(text: $0.text(at: 5) ?? "", start: Int($0.int64(at: 6)), end: Int($0.int64(at: 7)))
            ))
        }
    }
}

extension Store {
    /// Fills in the sources of `events`, kept in their order, with one query.
    func loadSources(of events: inout [Event]) throws {
        guard !events.isEmpty else { return }
        let byID = events.indices.sorted { (events[$0].id ?? 0) < (events[$1].id ?? 0) }
        let reader = try EventSourceReader(db, scope: .events(byID.compactMap { events[$0].id }))
        for index in byID {
            try reader.fill(&events[index])
        }
    }
}

/// A statement whose rows are ordered by an event id in column 0, read in step with the events.
private final class SourceCursor {
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
