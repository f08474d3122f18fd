import ChanceryCore
import SQLiteDB

extension Store {
    /// Calls `body` with every event in id order, complete with participants and sources.
    ///
    /// Reads the event table and the sources with one cursor apiece, both ordered by event id,
    /// and walks them side by side: a merge join that never loads the whole base.
    public func forEachEvent(_ body: (Event) throws -> Void) throws {
        try wrap {
            let events = try db.prepare("SELECT \(Self.eventColumns) FROM events e ORDER BY e.id")
            let sources = try EventSourceReader(db, scope: .all)
            while try events.step() {
                var event = Self.readEvent(events)
                try sources.fill(&event)
                try body(event)
            }
        }
    }
}
