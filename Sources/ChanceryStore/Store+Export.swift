import ChanceryCore
import SQLiteDB

extension Store {
    /// Calls `body` with every event in id order, complete with participants and sources.
    public func forEachEvent(_ body: (Event) throws -> Void) throws {
        try forEachEventInIDOrder(matching: EventFilter(), body)
    }

    /// Calls `body` with every event matching `filter` in id order, complete with participants and
    /// sources: what `export` writes, in the order the same base always gives.
    ///
    /// Reads the events and their sources with one cursor apiece, both ordered by event id, and
    /// walks them side by side: a merge join that never loads the whole base. A filter picks the
    /// ids with the listings' own query (`selectSQL`), so that export and listings agree on
    /// which events a filter means; its limit, if any, applies in the listings' date order.
    public func forEachEventInIDOrder(matching filter: EventFilter, _ body: (Event) throws -> Void) throws {
        try wrap {
            let events: Statement
            let sources: EventSourceReader
            if Self.filtersNothing(filter) {
                events = try db.prepare("SELECT \(Self.eventColumns) FROM events e ORDER BY e.id")
                sources = try EventSourceReader(db, scope: .all)
            } else {
                let (ids, parameters) = Self.selectSQL(for: filter, columns: "e.id")
                events = try db.prepare("SELECT \(Self.eventColumns) FROM events e WHERE e.id IN (\(ids)) ORDER BY e.id")
                try events.bind(parameters)
                sources = try EventSourceReader(db, scope: .selected(ids, parameters))
            }
            let reader = EventReader(columnsOf: events)
            while try events.step() {
                var event = reader.read(events)
                try sources.fill(&event)
                try body(event)
            }
        }
    }

    /// Whether `filter` lets every event through.
    static func filtersNothing(_ filter: EventFilter) -> Bool {
        filter.types.isEmpty && filter.countries.isEmpty && filter.since == nil && filter.until == nil
            && filter.status == nil && filter.mode == nil && filter.instrument == nil && filter.limit == nil
    }
}
