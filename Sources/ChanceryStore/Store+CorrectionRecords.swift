import ChanceryCore
import SQLiteDB

/// A row of `corrections` with the reports it is about (`correction_reports`), by part.
struct StoredCorrection {
    /// Which of a correction's reports: the event corrected (for a merge, the one kept), the event
    /// merged into it, the report a split took out, a later report folded in or deleted with it.
    enum Part: String, CaseIterable {
        case event, merged, taken, absorbed
    }

    var id: Int64
    var kind: CorrectionKind
    var madeAt: String
    var author: String
    var target: String
    var eventID: Int64?
    var actorID: Int64?
    var change: String
    var undoneAt: String?
    var undoneBy: String?
    var reports: [(part: Part, anchor: Anchor)] = []

    func anchors(_ parts: Part...) -> [Anchor] {
        reports.filter { parts.contains($0.part) }.map(\.anchor)
    }
}

extension Store {
    /// Records a correction and the reports it is about; returns its id.
    func recordCorrection(_ kind: CorrectionKind, by author: String, target: String, eventID: Int64? = nil,
                          actorID: Int64? = nil, change: JSONText,
                          reports: [(part: StoredCorrection.Part, anchor: Anchor)] = []) throws -> Int64 {
        try db.run(
            "INSERT INTO corrections (author, kind, target, event_id, actor_id, change) VALUES (?, ?, ?, ?, ?, ?)",
            [author, kind.rawValue, target, eventID, actorID, change.text]
        )
        let id = db.lastInsertRowID
        for (part, anchor) in reports { try add(anchor, as: part, to: id) }
        if let eventID { highestCorrectedEventID = max(highestCorrectedEventID ?? 0, eventID) }
        return id
    }

    /// The id below which a new event must not be numbered: the highest a correction names when
    /// it is above every stored event's (a deleted event's), so that "event 12" in a correction
    /// never comes to mean another event; nil when no correction names one.
    func eventIDFloor() throws -> Int64? {
        if !correctedEventIDsLoaded {
            highestCorrectedEventID = try db.scalar("SELECT max(event_id) FROM corrections").int64
            correctedEventIDsLoaded = true
        }
        guard let floor = highestCorrectedEventID else { return nil }
        let top = try db.scalar("SELECT max(id) FROM events").int64 ?? 0
        return floor > top ? floor : nil
    }

    func add(_ anchor: Anchor, as part: StoredCorrection.Part, to correction: Int64) throws {
        try db.run(
            """
            INSERT INTO correction_reports (correction_id, part, document_id, type, country_key, start, "end", fingerprint)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, [correction, part.rawValue, anchor.document, anchor.type, anchor.countryKey, anchor.start, anchor.end,
                  anchor.fingerprint]
        )
    }

    private static let correctionColumns =
        "id, kind, made_at, author, target, event_id, actor_id, change, undone_at, undone_by FROM corrections"

    /// The corrections recorded, in the order they were made; only those in force unless `includingUndone`.
    func storedCorrections(includingUndone: Bool = false, ids: [Int64]? = nil) throws -> [StoredCorrection] {
        var conditions: [String] = []
        var parameters: [any SQLiteBindable] = []
        if !includingUndone { conditions.append("undone_at IS NULL") }
        if let ids {
            conditions.append("id IN (SELECT value FROM json_each(?))")
            parameters.append("[" + ids.map(String.init).joined(separator: ",") + "]")
        }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        var corrections = try db.rows("SELECT \(Self.correctionColumns)\(filter) ORDER BY id", parameters).compactMap { row -> StoredCorrection? in
            guard let id = row[0].int64, let kind = row[1].string.flatMap(CorrectionKind.init(rawValue:)) else { return nil }
            return StoredCorrection(id: id, kind: kind, madeAt: row[2].string ?? "", author: row[3].string ?? "",
                                    target: row[4].string ?? "", eventID: row[5].int64, actorID: row[6].int64,
                                    change: row[7].string ?? "{}", undoneAt: row[8].string, undoneBy: row[9].string)
        }
        guard !corrections.isEmpty else { return [] }
        let index = Dictionary(uniqueKeysWithValues: corrections.enumerated().map { ($1.id, $0) })
        let anchors = try db.rows(
            """
            SELECT correction_id, part, document_id, type, country_key, start, "end", fingerprint FROM correction_reports
            WHERE correction_id IN (SELECT value FROM json_each(?)) ORDER BY correction_id, id
            """, ["[" + corrections.map { String($0.id) }.joined(separator: ",") + "]"])
        for row in anchors {
            guard let at = row[0].int64.flatMap({ index[$0] }), let part = row[1].string.flatMap(StoredCorrection.Part.init) else { continue }
            corrections[at].reports.append((part, Anchor(document: row[2].int64 ?? 0, type: row[3].string ?? "",
                                                         countryKey: row[4].string ?? "", start: row[5].int ?? 0, end: row[6].int ?? 0,
                                                         fingerprint: row[7].string ?? "")))
        }
        return corrections
    }

    func storedCorrection(id: Int64) throws -> StoredCorrection? {
        try storedCorrections(includingUndone: true, ids: [id]).first
    }

    /// Whether any correction is in force: when none is, a batch has nothing to apply again.
    func hasCorrectionsInForce() throws -> Bool {
        try db.scalar("SELECT 1 FROM corrections WHERE undone_at IS NULL LIMIT 1") != .null
    }

    // Reading a correction's JSON is left to SQLite, as anyone reading the file would.

    func json(_ text: String, _ path: String) throws -> Value {
        try db.scalar("SELECT json_extract(?, ?)", [text, path])
    }

    func jsonHas(_ text: String, _ path: String) throws -> Bool {
        try db.scalar("SELECT json_type(?, ?)", [text, path]) != .null
    }

    func jsonStrings(_ text: String, _ path: String) throws -> [String] {
        try db.rows("SELECT value FROM json_each(?, ?)", [text, path]).compactMap { $0[0].string }
    }

    func jsonLocation(_ text: String, _ path: String) throws -> Location? {
        guard let name = try json(text, path + ".name").string else { return nil }
        return Location(name: name, country: try json(text, path + ".country").string)
    }

    /// The correction as the public type, its change told field by field.
    func correction(_ stored: StoredCorrection) throws -> Correction {
        Correction(id: stored.id, kind: stored.kind, madeAt: stored.madeAt, author: stored.author, target: stored.target,
                   eventID: stored.eventID, actorID: stored.actorID, changes: try changes(of: stored),
                   change: stored.change, undoneAt: stored.undoneAt, undoneBy: stored.undoneBy)
    }

    func correction(id: Int64) throws -> Correction? {
        try storedCorrection(id: id).map(correction)
    }

    /// What a correction changed, field by field, as text.
    private func changes(of correction: StoredCorrection) throws -> [FieldChange] {
        let change = correction.change
        func text(_ path: String) throws -> String? {
            let value = try json(change, path)
            return value.string ?? value.int64.map(String.init)
        }
        func place(_ path: String) throws -> String? {
            try jsonLocation(change, path).map { location in location.country.map { "\(location.name) (\($0))" } ?? location.name }
        }
        switch correction.kind {
        case .delete:
            return [FieldChange(field: "event", before: try text("$.event.summary"), after: "deleted")]
        case .edit:
            var changes: [FieldChange] = []
            if try jsonHas(change, "$.date") {
                changes.append(FieldChange(field: "date", before: try text("$.date.from"), after: try text("$.date.to")))
            }
            if try jsonHas(change, "$.end_date") {
                changes.append(FieldChange(field: "end_date", before: try text("$.end_date.from"), after: try text("$.end_date.to")))
            }
            if try jsonHas(change, "$.status") {
                changes.append(FieldChange(field: "status", before: try text("$.status.from"), after: try text("$.status.to")))
            }
            if try jsonHas(change, "$.countries") {
                let from = Set(try jsonStrings(change, "$.countries.from"))
                let to = from.union(try jsonStrings(change, "$.countries.add")).subtracting(try jsonStrings(change, "$.countries.remove"))
                changes.append(FieldChange(field: "countries", before: from.sorted().joined(separator: ","),
                                           after: to.sorted().joined(separator: ",")))
            }
            if try jsonHas(change, "$.location") {
                changes.append(FieldChange(field: "place", before: try place("$.location.from"), after: try place("$.location.to")))
            }
            return changes
        case .split:
            return [FieldChange(field: "source", before: try text("$.document"), after: try text("$.to_event").map { "event \($0)" })]
        case .merge:
            return [FieldChange(field: "event", before: try text("$.events[1]").map { "event \($0)" },
                                after: try text("$.into").map { "event \($0)" })]
        case .actorMerge:
            func person(_ path: String) throws -> String? {
                try text(path + ".id").map { id in try text(path + ".name").map { "\(id) (\($0))" } ?? id }
            }
            return [FieldChange(field: "actor", before: try person("$.from"), after: try person("$.into"))]
        case .actorRename:
            return [FieldChange(field: "name", before: try text("$.from"), after: try text("$.to"))]
        }
    }

    /// "meeting MA–RU 2025-10-16": what a correction says an event was.
    static func summary(of event: Event) -> String {
        let date = event.date.map { date in event.endDate.map { "\(date)…\($0)" } ?? date.description } ?? "undated"
        return "\(event.type.rawValue) \(event.countries.joined(separator: "–")) \(date)"
    }
}
