import ChanceryCore
import SQLiteDB

/// A document as stored, with its row id: what a rebuild reads again.
public struct StoredDocument: Sendable {
    public var row: Int64
    public var document: Document
}

/// How far a rebuild has gone: documents reread of those there were when it began.
public struct RebuildProgress: Sendable, Hashable {
    public var reread: Int
    public var total: Int
    /// True when this goes on with a rebuild an interruption left unfinished.
    public var resumed: Bool
    public var finished: Bool { reread >= total }
}

// `chancery rebuild`: every stored document read again by the current extractor and its events
// put in place of those it gave before, a batch at a time, each batch one transaction at the end
// of which the corrections are applied again. Progress is recorded in `rebuild_progress`, so that
// a rebuild interrupted goes on where it stopped; the base is whole at every commit.
extension Store {
    /// Begins a rebuild, or goes on with the one an interruption left.
    public func beginRebuild() throws -> RebuildProgress {
        try wrap {
            try db.transaction {
                let unfinished = try db.scalar("SELECT 1 FROM rebuild_progress WHERE id = 1 AND finished_at IS NULL") != .null
                if !unfinished {
                    try db.run(
                        """
                        INSERT OR REPLACE INTO rebuild_progress (id, last_document, last_to_read)
                        VALUES (1, 0, (SELECT coalesce(max(id), 0) FROM documents))
                        """)
                }
                var progress = try rebuildProgress()
                progress.resumed = unfinished
                return progress
            }
        }
    }

    private func rebuildProgress() throws -> RebuildProgress {
        let row = try db.rows(
            """
            SELECT (SELECT count(*) FROM documents WHERE id <= p.last_document),
                   (SELECT count(*) FROM documents WHERE id <= p.last_to_read)
            FROM rebuild_progress p WHERE p.id = 1
            """).first
        return RebuildProgress(reread: row?[0].int ?? 0, total: row?[1].int ?? 0, resumed: false)
    }

    /// The next documents the rebuild under way has to read again, at most `limit`, in the order they were stored.
    public func documentsToReread(limit: Int) throws -> [StoredDocument] {
        try wrap {
            try db.rows(
                """
                SELECT \(Self.documentColumns)
                FROM documents d JOIN rebuild_progress p ON p.id = 1
                WHERE d.id > p.last_document AND d.id <= p.last_to_read
                ORDER BY d.id LIMIT ?
                """, [limit]
            ).map { row in StoredDocument(row: row[0].int64 ?? 0, document: Self.document(row)) }
        }
    }

    /// The stored document with row id `row`, as it was given.
    func storedDocument(row: Int64) throws -> Document? {
        try db.rows("SELECT \(Self.documentColumns) FROM documents d WHERE d.id = ?", [row]).first.map(Self.document)
    }

    private static let documentColumns = "d.id, d.external_id, d.language, d.url, d.title, d.published, d.text"

    private static func document(_ row: Row) -> Document {
        Document(id: row[1].string, language: row[2].string, url: row[3].string, title: row[4].string,
                 published: row[5].string.flatMap(PartialDate.init), text: row[6].string ?? "")
    }

    /// Puts the events read again from each document of `batch` in place of those it gave, in
    /// one transaction that also records the progress and applies the corrections again.
    public func reread(_ batch: [(document: StoredDocument, events: [Event])]) throws -> RebuildProgress {
        try wrap {
            try db.transaction {
                touchedEvents = []
                defer { touchedEvents = nil }
                for (document, events) in batch {
                    try reread(document.row, events: events)
                }
                if let last = batch.map(\.document.row).max() {
                    try db.run("UPDATE rebuild_progress SET last_document = max(last_document, ?) WHERE id = 1", [last])
                }
                try applyCorrections(absorbing: true)
                var progress = try rebuildProgress()
                if progress.finished {
                    try db.run("UPDATE rebuild_progress SET finished_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = 1")
                }
                progress.resumed = false
                return progress
            }
        }
    }

    /// Replaces what one document reports with `events`.
    ///
    /// Each report the document gave before, and each a correction holds on to, is matched to
    /// one of the new reports (see `match`): a correction's report moves to the one matched, and
    /// a new event takes the id of the event it replaces, so that ids stay as they were where
    /// the document still reports the same.
    private func reread(_ document: Int64, events: [Event]) throws {
        let live = try db.rows(
            """
            SELECT \(Self.anchorColumns), s.event_id, (SELECT count(*) FROM sources x WHERE x.event_id = s.event_id)
            FROM \(Self.reportSources) WHERE s.document_id = ?
            """, [document]
        ).map { (anchor: Self.anchor($0), event: $0[6].int64 ?? 0, sources: $0[7].int ?? 0) }
        let held = try db.rows(
            "SELECT document_id, type, country_key, start, \"end\", fingerprint, id FROM correction_reports WHERE document_id = ?",
            [document]
        ).map { (anchor: Self.anchor($0), row: $0[6].int64 ?? 0) }
        let fresh = events.map { Self.anchor(of: $0, inDocument: document) }
        var before: [Anchor] = []
        for anchor in live.map(\.anchor) + held.map(\.anchor) where !before.contains(anchor) { before.append(anchor) }
        let matched = Self.match(before, to: fresh)

        // A report a correction holds stays where it was, in its event or under its event's id:
        // what a person decided of it is not decided again by the merge rules.
        let corrected = Set(held.map(\.anchor))
        var vacated: [Anchor: Int64] = [:]
        var pinned: [Int: Int64] = [:]
        var replaced = Set<Int>()
        for (anchor, event, sources) in live {
            let index = matched[anchor]
            // A report read again exactly as before stays as it is: only what the extractor reads
            // differently is weighed again by the merge rules, whose verdicts depend a little on
            // which reports are stored already.
            if let index, fresh[index] == anchor, let old = try report(ofDocument: document, inEvent: event)?.event,
               Self.sameReport(old, events[index]) {
                for organization in Set(events[index].organizations) {
                    try db.run("INSERT OR IGNORE INTO event_organizations (event_id, organization) VALUES (?, ?)", [event, organization])
                }
                try db.run("UPDATE sources SET organizations = ? WHERE event_id = ? AND document_id = ?",
                           [Self.organizationKey(events[index].organizations), event, document])
                replaced.insert(index)
                continue
            }
            if sources <= 1 {
                try db.run("DELETE FROM events WHERE id = ?", [event])
                vacated[anchor] = event
                if let index, corrected.contains(anchor) { pinned[index] = event }
            } else if let index, fresh[index].countryKey == anchor.countryKey,
                      try replaceReport(ofDocument: document, inEvent: event, with: events[index],
                                        evenIfApart: corrected.contains(anchor)) {
                replaced.insert(index)
            } else {
                try removeReport(ofDocument: document, fromEvent: event)
            }
        }
        // What the document said of events deleted by hand: the corrections keep its new reports instead.
        try db.run("DELETE FROM deleted_reports WHERE document_id = ?", [document])
        var preferred: [Int: Int64] = [:]
        for (anchor, index) in matched { if let id = vacated[anchor] { preferred[index] = id } }
        for (index, event) in events.enumerated() where !replaced.contains(index) {
            try addReport(event, fromDocument: document, preferredID: pinned[index] ?? preferred[index], merging: pinned[index] == nil)
        }
        for (anchor, row) in held {
            guard let index = matched[anchor], fresh[index] != anchor else { continue }
            let now = fresh[index]
            try db.run("UPDATE correction_reports SET type = ?, country_key = ?, start = ?, \"end\" = ?, fingerprint = ? WHERE id = ?",
                       [now.type, now.countryKey, now.start, now.end, now.fingerprint, row])
        }
    }

    /// Whether two readings of one report say the same, organisations aside (an event reported
    /// by several documents holds all theirs).
    static func sameReport(_ old: Event, _ new: Event) -> Bool {
        var old = old
        old.organizations = new.organizations
        return old == new
    }

    /// Puts `event`, read again from the document with row id `document`, in place of its report
    /// of an event that other documents report too, when the merge rules still make it another
    /// report of what the others say (or `evenIfApart`); false, changing nothing, when they do not.
    private func replaceReport(ofDocument document: Int64, inEvent id: Int64, with event: Event, evenIfApart: Bool) throws -> Bool {
        try keepReportOfSoleSource(of: id)
        let others = try reportsByDocument(of: id).filter { $0.key != document }.map(\.value)
        guard let rest = Report.combine(others) else { return false }
        let stored = Self.storedEvent(rest, id: id)
        let actors = try event.participants.map { try actorID(for: $0, on: event.date) }
        guard evenIfApart || Self.fit(of: event, actors: actors, with: stored) != nil else { return false }
        try db.run("DELETE FROM reports WHERE event_id = ? AND document_id = ?", [id, document])
        try insertReport(event, actors: actors, document: document, eventID: id)
        let evidence = event.evidence ?? Evidence(text: "", start: 0, end: 0)
        try db.run("UPDATE sources SET evidence = ?, start = ?, \"end\" = ?, organizations = ? WHERE event_id = ? AND document_id = ?",
                   [evidence.text, evidence.start, evidence.end, Self.organizationKey(event.organizations), id, document])
        for organization in Set(event.organizations) {
            try db.run("INSERT OR IGNORE INTO event_organizations (event_id, organization) VALUES (?, ?)", [id, organization])
        }
        try recompute(id)
        return true
    }

    /// Pairs reports a document gave before with those it gives now, each at most once: of the
    /// same type, naming the same countries with evidence near where it was (within 500 Unicode
    /// scalars) or with evidence overlapping where it was; the closest pairs first, and of two
    /// equally close, the one that says the same (its fingerprint).
    static func match(_ before: [Anchor], to now: [Anchor]) -> [Anchor: Int] {
        var pairs: [(cost: Int, old: Int, new: Int)] = []
        for (i, old) in before.enumerated() {
            for (j, new) in now.enumerated() where new.type == old.type {
                let distance = abs(new.start - old.start) * 2 + (new.fingerprint == old.fingerprint ? 0 : 1)
                let overlaps = new.start < old.end && old.start < new.end
                if new.countryKey == old.countryKey, overlaps || distance <= 1_000 {
                    pairs.append((distance, i, j))
                } else if overlaps {
                    pairs.append((1_000_000 + distance, i, j))
                }
            }
        }
        pairs.sort { ($0.cost, $0.old, $0.new) < ($1.cost, $1.old, $1.new) }
        var matched: [Anchor: Int] = [:]
        var taken = Set<Int>()
        for (_, old, new) in pairs where matched[before[old]] == nil && !taken.contains(new) {
            matched[before[old]] = new
            taken.insert(new)
        }
        return matched
    }
}
