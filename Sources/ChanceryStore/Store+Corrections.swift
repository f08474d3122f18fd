import ChanceryCore
import SQLiteDB

// What a person can correct in an event, each correction recorded (Migrations/0009) and applied
// in the same transaction. See Store+ApplyingCorrections for how they hold over later ingests.
extension Store {
    /// Deletes an event, and with it every later report of the same event.
    public func delete(event id: Int64, by author: String) throws -> Correction {
        try correcting(event: id) { event, anchors in
            let change = JSONText.object([
                ("event", .object([("type", .string(event.type.rawValue)), ("date", .string(event.date?.description)),
                                   ("countries", .strings(event.countries)), ("summary", .string(Self.summary(of: event)))])),
                ("sources", .strings(event.sources.map(\.document))),
            ])
            return try recordCorrection(.delete, by: author, target: try label(anchors[0]), eventID: id, change: change,
                                        reports: anchors.map { (.event, $0) })
        }
    }

    /// Sets an event's date, status, countries or place; nil when it already is as asked.
    public func edit(event id: Int64, _ edit: EventEdit, by author: String) throws -> Correction? {
        try wrap {
            try db.transaction {
                guard let event = try event(id: id) else { throw StoreError.noSuchEvent(id) }
                var fields: [(String, JSONText)] = []
                if edit.date != nil || edit.endDate != nil {
                    let date = edit.date ?? event.date
                    guard let date else { throw StoreError.cannotCorrect("event \(id) has no date to end; give --date too") }
                    if let end = edit.endDate, end.lastDay <= date.lastDay {
                        throw StoreError.cannotCorrect("the end date \(end) is not after the date \(date)")
                    }
                    if date != event.date {
                        fields.append(("date", .object([("from", .string(event.date?.description)), ("to", .string(date.description))])))
                    }
                    if edit.endDate != event.endDate {
                        fields.append(("end_date", .object([("from", .string(event.endDate?.description)),
                                                            ("to", .string(edit.endDate?.description))])))
                    }
                }
                if let status = edit.status, status != event.status {
                    fields.append(("status", .object([("from", .string(event.status.rawValue)), ("to", .string(status.rawValue))])))
                }
                let current = Set(event.countries)
                let added = Set(edit.addedCountries).subtracting(current)
                let removed = Set(edit.removedCountries).intersection(current)
                if !added.isEmpty || !removed.isEmpty {
                    guard !current.union(added).subtracting(removed).isEmpty else {
                        throw StoreError.cannotCorrect("an event keeps at least one country; to drop event \(id) altogether, delete it")
                    }
                    fields.append(("countries", .object([("from", .strings(event.countries)), ("add", .strings(added.sorted())),
                                                         ("remove", .strings(removed.sorted()))])))
                }
                if let location = edit.location, location != event.location {
                    fields.append(("location", .object([("from", .location(event.location)), ("to", .location(location))])))
                }
                guard !fields.isEmpty else { return nil }
                let anchors = try anchors(of: id)
                guard let lead = anchors.first else { throw StoreError.cannotCorrect("event \(id) has no source") }
                let correction = try recordCorrection(.edit, by: author, target: try label(lead), eventID: id,
                                                      change: .object(fields), reports: anchors.map { (.event, $0) })
                return try applied(correction)
            }
        }
    }

    /// Takes the report of `document` (the caller's id) out of an event into an event of its own.
    public func split(event id: Int64, document: String, by author: String) throws -> (correction: Correction, newEvent: Int64) {
        try wrap {
            try db.transaction {
                guard let event = try event(id: id) else { throw StoreError.noSuchEvent(id) }
                let sources = event.sources.map(\.document)
                guard sources.contains(document) else {
                    throw StoreError.notASource(event: id, document: document, sources: sources)
                }
                guard sources.count > 1 else {
                    throw StoreError.cannotCorrect("document \(document) is the only source of event \(id): there is nothing to split it from")
                }
                let row = try db.scalar("SELECT id FROM documents WHERE external_id = ?", [document]).int64
                let anchors = try anchors(of: id)
                guard let taken = anchors.first(where: { $0.document == row }) else {
                    throw StoreError.notASource(event: id, document: document, sources: sources)
                }
                let rest = anchors.filter { $0 != taken }
                let change = JSONText.object([("document", .string(document)), ("from_event", .number(id)), ("to_event", .number(nil))])
                let correction = try recordCorrection(.split, by: author, target: try label(rest[0]), eventID: id, change: change,
                                                      reports: rest.map { (.event, $0) } + [(.taken, taken)])
                try applyCorrections(absorbing: false)
                let new = try resolve(taken) ?? id
                // The new event's id, so that applying the split again (after a rebuild) gives it the same.
                try db.run("UPDATE corrections SET change = json_set(change, '$.to_event', ?) WHERE id = ?", [new, correction])
                guard let recorded = try self.correction(id: correction) else { throw StoreError.cannotCorrect("correction \(correction) was not recorded") }
                return (recorded, new)
            }
        }
    }

    /// Makes two events one: `other` becomes part of `kept`, with all its sources.
    public func merge(event other: Int64, into kept: Int64, by author: String) throws -> Correction {
        guard other != kept else { throw StoreError.cannotCorrect("event \(kept) is already itself; name two events") }
        return try correcting(event: kept) { event, anchors in
            guard let second = try self.event(id: other) else { throw StoreError.noSuchEvent(other) }
            guard second.type == event.type else {
                func named(_ type: EventType) -> String { (type == .agreement ? "an " : "a ") + type.rawValue.replacing("_", with: " ") }
                throw StoreError.cannotCorrect("event \(kept) is \(named(event.type)) and event \(other) \(named(second.type)): they cannot be one event")
            }
            let change = JSONText.object([("events", .array([.number(kept), .number(other)])), ("into", .number(kept))])
            return try recordCorrection(.merge, by: author, target: try label(anchors[0]), eventID: kept, change: change,
                                        reports: anchors.map { (.event, $0) } + (try self.anchors(of: other)).map { (.merged, $0) })
        }
    }

    /// Records a correction of an event with `record` (given the event and its reports), applies
    /// it, and returns it, all in one transaction.
    private func correcting(event id: Int64, _ record: (Event, [Anchor]) throws -> Int64) throws -> Correction {
        try wrap {
            try db.transaction {
                guard let event = try event(id: id) else { throw StoreError.noSuchEvent(id) }
                let anchors = try anchors(of: id)
                guard !anchors.isEmpty else { throw StoreError.cannotCorrect("event \(id) has no source") }
                return try applied(try record(event, anchors))
            }
        }
    }

    /// Applies a correction just recorded, with those in force before it, and returns it.
    func applied(_ id: Int64) throws -> Correction {
        try applyCorrections(absorbing: false)
        guard let stored = try storedCorrection(id: id) else { throw StoreError.cannotCorrect("correction \(id) was not recorded") }
        return try correction(stored)
    }

    /// Every correction recorded, undone ones included, in the order they were made.
    public func corrections() throws -> [Correction] {
        try wrap { try storedCorrections(includingUndone: true).map(correction) }
    }

    /// The corrections of an event, undone ones included: those about its reports, those made to
    /// it under this id (a deleted event's), and those of the people taking part in it.
    public func corrections(ofEvent id: Int64) throws -> [Correction] {
        try wrap {
            let exists = try eventType(of: id) != nil
            let candidates = try db.rows(
                """
                SELECT correction_id FROM correction_reports WHERE document_id IN (SELECT document_id FROM sources WHERE event_id = ?1)
                UNION SELECT id FROM corrections WHERE event_id = ?1
                UNION SELECT id FROM corrections WHERE kind IN ('actor_merge', 'actor_rename')
                """, [id]).compactMap { $0[0].int64 }
            guard exists || !candidates.isEmpty else { throw StoreError.noSuchEvent(id) }
            let people = Set(try db.rows("SELECT actor_id FROM participations WHERE event_id = ?", [id]).compactMap { $0[0].int64 })
            var found: [Correction] = []
            for stored in try storedCorrections(includingUndone: true, ids: candidates) {
                let about: Bool
                switch stored.kind {
                case .actorMerge, .actorRename:
                    about = try stored.actorID.flatMap(survivingActor).map(people.contains) ?? false
                default:
                    about = try stored.eventID == id && !exists || resolve(stored.reports.map(\.anchor)).contains(id)
                }
                if about { found.append(try correction(stored)) }
            }
            return found
        }
    }

    /// Whether any correction is in force.
    public func hasCorrections() throws -> Bool {
        try wrap { try hasCorrectionsInForce() }
    }

    /// The fields a person corrected, by event id, named as the export names them, for the
    /// events that corrections in force are about.
    public func correctedFields() throws -> [Int64: [String]] {
        let order = ["status", "date", "end_date", "countries", "location", "participants", "sources"]
        return try wrap {
            var fields: [Int64: Set<String>] = [:]
            for correction in try storedCorrections() {
                let change = correction.change
                var named: [String] = []
                var events: [Int64] = []
                switch correction.kind {
                case .delete:
                    continue
                case .edit:
                    for (path, field) in [("$.date", "date"), ("$.end_date", "end_date"), ("$.status", "status"),
                                          ("$.countries", "countries"), ("$.location", "location")] where try jsonHas(change, path) {
                        named.append(field)
                    }
                    events = try editedEvent(of: correction).map { [$0] } ?? []
                case .merge, .split:
                    named = ["sources"]
                    events = try resolve(correction.reports.map(\.anchor))
                case .actorMerge, .actorRename:
                    named = ["participants"]
                    if let actor = try correction.actorID.flatMap(survivingActor) {
                        events = try db.rows("SELECT event_id FROM participations WHERE actor_id = ?", [actor]).compactMap { $0[0].int64 }
                    }
                }
                for event in events { fields[event, default: []].formUnion(named) }
            }
            return fields.mapValues { set in order.filter(set.contains) }
        }
    }

    /// Undoes the last correction in force: it is marked undone (by `author`, now), what it did
    /// is taken back, and the corrections made before it are applied again.
    public func undoLastCorrection(by author: String) throws -> UndoOutcome {
        try wrap {
            try db.transaction {
                guard let id = try db.scalar("SELECT max(id) FROM corrections WHERE undone_at IS NULL").int64,
                      let correction = try storedCorrection(id: id) else { throw StoreError.nothingToUndo }
                try db.run(
                    "UPDATE corrections SET undone_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), undone_by = ? WHERE id = ?",
                    [author, id])
                let events = try takeBack(correction)
                try applyCorrections(absorbing: false)
                var still: [Int64] = []
                for event in events where try eventType(of: event) != nil && !still.contains(event) { still.append(event) }
                guard let undone = try self.correction(id: id) else { throw StoreError.nothingToUndo }
                return UndoOutcome(correction: undone, events: still)
            }
        }
    }

    /// Takes back what a correction did; returns the events it was about, as they are after.
    private func takeBack(_ correction: StoredCorrection) throws -> [Int64] {
        let change = correction.change
        switch correction.kind {
        case .delete:
            var restored: [Int64] = []
            // A copy's report comes back after its article's, to be a source of the event that one brings back.
            let reports = try deletedReports(of: correction.id)
            var fromCopies = Set<Int64>()
            for report in reports where try original(ofCopy: report.document) != nil { fromCopies.insert(report.document) }
            let ordered = reports.filter { !fromCopies.contains($0.document) } + reports.filter { fromCopies.contains($0.document) }
            for (index, (row, document, event, _)) in ordered.enumerated() {
                if let event = try addReport(event, fromDocument: document, preferredID: index == 0 ? correction.eventID : nil) {
                    restored.append(event)
                }
                try db.run("DELETE FROM deleted_reports WHERE id = ?", [row])
            }
            return restored
        case .edit:
            let event = try editedEvent(of: correction)
            for anchor in correction.anchors(.absorbed) {
                if let event = try resolve(anchor) { try splitOut(document: anchor.document, of: event) }
            }
            if let event { try recompute(event) }
            return event.map { [$0] } ?? []
        case .merge:
            var back: Int64?
            for anchor in correction.anchors(.merged) {
                guard let event = try resolve(anchor) else { continue }
                let preferred = try back == nil ? json(change, "$.events[1]").int64 : nil
                guard let alone = try splitOut(document: anchor.document, of: event, preferredID: preferred) else { continue }
                if let back { try join(alone, into: back) } else { back = alone }
            }
            for anchor in correction.anchors(.absorbed) {
                if let event = try resolve(anchor) { try splitOut(document: anchor.document, of: event) }
            }
            return try resolve(correction.anchors(.event)) + (back.map { [$0] } ?? [])
        case .split:
            let rest = try resolve(correction.anchors(.event))
            guard let taken = correction.anchors(.taken).first, let alone = try resolve(taken), let into = rest.first else { return rest }
            try join(alone, into: into)
            return [into]
        case .actorMerge:
            return try takeBackActorMerge(correction)
        case .actorRename:
            return try takeBackActorRename(correction)
        }
    }
}
