import ChanceryCore
import SQLiteDB

/// One document's report of one event, as a group is weighed again.
private struct GroupReport {
    var event: Int64
    var document: Int64
    var key: DocumentKey
    var start: Int
    var end: Int
    /// The document this one is a copy of, when that one reports the same event: the report then
    /// follows that one's wherever it goes, as it joined it when it came in.
    var original: Int64?
    var told: Event
    var actors: [Int64]
}

private struct PlacedReport: Hashable {
    var document: Int64
    var event: Int64
}

// Settling: which reports make one event does not depend on the order the documents came in.
// A report is weighed against the events stored when it comes (Store+Merge), the closest of those
// that agree taking it, so reports that came in another order may group otherwise (a month's
// report joins whichever of two days came first). The order that counts is document order (the
// earlier published first, then by id, see `comesBefore`): a report that comes in after one of a
// document after it, of the same group and near its dates, marks its group unsettled, in the
// transaction that stores it; each unsettled group is then weighed again in document order, as an
// ingest in that order would have weighed it, at the end of the ingest or rebuild. An ingest in
// document order, the usual one, marks nothing.
extension Store {
    /// Marks unsettled the group of the report of `event` the document with row id `document` has
    /// just stored, when a document after it in document order reports an event of that group
    /// whose dates could agree with it: an undated one, or for a dated report one that begins from
    /// the year before its own to the end of its year. That is wider than the candidates
    /// `storedEvent(reportedAgainBy:)` reads, since an event's date is the finest of its reports',
    /// and one of them could agree with this report when the event's day does not (a month taken
    /// into the 16th when this report is of the 14th).
    func noteOrder(of event: Event, fromDocument document: Int64) throws {
        guard !settling, !event.countries.isEmpty,
              let row = try db.rows("SELECT published, external_id FROM documents WHERE id = ?", [document]).first else { return }
        let key = Self.countryKey(event.countries)
        let fixed: [any SQLiteBindable] = [row[0].string, row[1].string ?? "", event.type.rawValue, key, document]
        var later = try db.scalar(Self.laterReports + " AND e.date_first IS NULL LIMIT 1", fixed) != .null
        if !later {
            if let date = event.date {
                later = try db.scalar(Self.laterReports + " AND e.date_first BETWEEN ?6 AND ?7 LIMIT 1",
                                      fixed + ["\(date.year - 1)-01-01", "\((event.endDate ?? date).year)-12-31"]) != .null
            } else {
                later = try db.scalar(Self.laterReports + " LIMIT 1", fixed) != .null
            }
        }
        guard later else { return }
        try db.run("INSERT OR IGNORE INTO unsettled_groups (type, country_key) VALUES (?, ?)", [event.type.rawValue, key])
    }

    /// Sources of a group's events by documents after one: (published, id, type, countries, row
    /// id); a date range or none is added by the caller.
    private static let laterReports = """
        SELECT 1 FROM events e JOIN sources s ON s.event_id = e.id JOIN documents d ON d.id = s.document_id
        WHERE e.type = ?3 AND e.country_key = ?4 AND d.id <> ?5 AND NOT \(comesBefore)
        """

    /// Marks unsettled the groups of the events the document with row id `document` reports.
    func markGroupsUnsettled(reportedBy document: Int64) throws {
        guard !settling else { return }
        try db.run(
            """
            INSERT OR IGNORE INTO unsettled_groups (type, country_key)
            SELECT DISTINCT e.type, e.country_key FROM sources s JOIN events e ON e.id = s.event_id
            WHERE s.document_id = ? AND e.country_key <> ''
            """, [document])
    }

    /// Weighs again, in document order, every group a report came into out of order, each group
    /// one transaction at the end of which the corrections are applied again, until none is left
    /// or `stop` says to stop (what is left is settled by the next ingest). Returns how many more
    /// events there are than before (fewer when negative), counted inside each transaction, so
    /// that another writer's events are not.
    @discardableResult
    public func settleGroups(until stop: () -> Bool = { false }) throws -> Int {
        try wrap {
            var added = 0
            while !stop() {
                let settled = try db.transaction { () throws -> Int? in
                    guard let row = try db.rows("SELECT type, country_key FROM unsettled_groups ORDER BY type, country_key LIMIT 1").first,
                          let type = row[0].string, let key = row[1].string else { return nil }
                    let before = try eventCount()
                    touchedEvents = []
                    settling = true
                    defer {
                        touchedEvents = nil
                        settling = false
                    }
                    try settle(type: type, countryKey: key)
                    try db.run("DELETE FROM unsettled_groups WHERE type = ? AND country_key = ?", [type, key])
                    try applyCorrections(absorbing: true)
                    return try eventCount() - before
                }
                guard let settled else { break }
                added += settled
            }
            return added
        }
    }

    /// How many groups are waiting to be settled.
    public func unsettledGroupCount() throws -> Int {
        try wrap { try db.scalar("SELECT count(*) FROM unsettled_groups").int ?? 0 }
    }

    /// Weighs the reports of one group again in document order (within a document, in the order
    /// of its text): the group's events deleted, then each report added as `addReport` adds a
    /// new document's, but with the people it named already resolved, and a copy's report put
    /// with its original's. An event keeps its id when its first report makes an event again.
    private func settle(type: String, countryKey: String) throws {
        var reports: [GroupReport] = []
        for row in try db.rows(
            """
            SELECT s.event_id, s.document_id, d.published, d.external_id, s.start, s."end",
                   CASE WHEN EXISTS (SELECT 1 FROM sources o WHERE o.event_id = s.event_id AND o.document_id = c.copy_of)
                        THEN c.copy_of END
            FROM events e JOIN sources s ON s.event_id = e.id JOIN documents d ON d.id = s.document_id
            LEFT JOIN document_signatures c ON c.document_id = s.document_id
            WHERE e.type = ? AND e.country_key = ?
            """, [type, countryKey]
        ) {
            guard let event = row[0].int64, let document = row[1].int64 else { continue }
            // A report that cannot be read back as it was told leaves the group as it is: better
            // grouped by the order of ingest than lost.
            guard let (told, actors) = try report(ofDocument: document, inEvent: event) else { return }
            reports.append(GroupReport(event: event, document: document, key: DocumentKey(published: row[2].string, id: row[3].string ?? ""),
                                       start: row[4].int ?? 0, end: row[5].int ?? 0, original: row[6].int64, told: told, actors: actors))
        }
        // Within a document as `inTextOrder` puts its events when it is stored.
        reports.sort {
            ($0.key, $0.start, $0.end, $0.told.date?.firstDay ?? "", $0.event) < ($1.key, $1.start, $1.end, $1.told.date?.firstDay ?? "", $1.event)
        }
        for event in Set(reports.map(\.event)) {
            try db.run("DELETE FROM events WHERE id = ?", [event])
        }
        var placed: [PlacedReport: Int64] = [:]
        var idsGiven = Set<Int64>()
        for report in reports {
            let eventRow: Int64
            if let original = report.original, let target = placed[PlacedReport(document: original, event: report.event)] {
                try merge(report.told, actors: report.actors, fromDocument: report.document, intoEvent: target)
                eventRow = target
            } else if let stored = try storedEvent(reportedAgainBy: report.told, actors: report.actors, excludingDocument: report.document) {
                try merge(report.told, actors: report.actors, fromDocument: report.document, intoEvent: stored.id)
                eventRow = stored.id
            } else {
                eventRow = try insertEvent(report.told, actors: report.actors,
                                           id: idsGiven.insert(report.event).inserted ? report.event : nil)
            }
            try insertSource(of: report.told, event: eventRow, document: report.document)
            placed[PlacedReport(document: report.document, event: report.event)] = eventRow
            touchedEvents?.insert(eventRow)
        }
    }
}
