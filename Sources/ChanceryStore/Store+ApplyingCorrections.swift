import ChanceryCore
import SQLiteDB

// Corrections applied on top of what extraction gives: once when made, and again at the end of
// every ingest or rebuild batch, in its transaction. Applying one is idempotent: it finds the
// events its reports are in now, and changes only what is not yet as it says.
extension Store {
    /// Runs `body`, which stores documents (with `ingest`), in one transaction, then applies the
    /// corrections in force again, so that they hold over what the new documents brought:
    /// a later report of a deleted event is deleted too, one of an edited or merged event is
    /// folded into it, and the edits are made again on events the new reports were merged into.
    public func ingestBatch<T>(_ body: () throws -> T) throws -> T {
        try wrap {
            try db.transaction {
                touchedEvents = []
                storedCopiesFound = []
                defer { touchedEvents = nil }
                let result = try body()
                try applyCorrections(absorbing: true)
                return result
            }
        }
    }

    /// Applies every correction in force: first those that make and unmake events (deletes,
    /// merges, splits, and the later reports an edit took in), then those that set what events
    /// say (edits, people merged or renamed), each pass in the order they were made, so that an
    /// event recomputed by the first pass has its edits made again by the second.
    ///
    /// With `absorbing`, the events written to since the batch began (`touchedEvents`) that no
    /// correction is about are first weighed against what the corrected events' reports said:
    /// one that the merge rules would have made another report of a corrected event is taken in
    /// by its correction.
    func applyCorrections(absorbing: Bool) throws {
        guard try hasCorrectionsInForce() else { return }
        var corrections = try storedCorrections()
        if absorbing, let touched = touchedEvents, !touched.isEmpty,
           try absorb(touched, into: corrections) {
            corrections = try storedCorrections()
        }
        for correction in corrections { try reshape(correction) }
        for correction in corrections { try overlay(correction) }
    }

    /// Applies what a correction does to which events there are.
    private func reshape(_ correction: StoredCorrection) throws {
        switch correction.kind {
        case .delete:
            for id in try resolve(correction.anchors(.event, .absorbed)) {
                try deleteEvent(id, keepingReportsFor: correction.id)
            }
        case .edit:
            guard let kept = try editedEvent(of: correction) else { return }
            for anchor in correction.anchors(.absorbed) { try bring(anchor, into: kept) }
        case .merge:
            let events = try resolve(correction.anchors(.event, .merged))
            // The event kept keeps its id while one of them bears it.
            let into = try json(correction.change, "$.into").int64
            guard let kept = events.first(where: { $0 == into }) ?? events.first else { return }
            for other in events where other != kept { try join(other, into: kept) }
            for anchor in correction.anchors(.absorbed) { try bring(anchor, into: kept) }
        case .split:
            guard let taken = correction.anchors(.taken).first, let from = try resolve(taken) else { return }
            if try resolve(correction.anchors(.event)).contains(from) {
                try splitOut(document: taken.document, of: from, preferredID: try json(correction.change, "$.to_event").int64)
            }
        case .actorMerge, .actorRename:
            break
        }
    }

    /// Makes the report `anchor` stands for part of event `kept`: alone, taken out of the event
    /// it is in when that has other reports, and never from a document `kept` has a report of.
    private func bring(_ anchor: Anchor, into kept: Int64) throws {
        guard let holder = try resolve(anchor), holder != kept,
              try db.scalar("SELECT 1 FROM sources WHERE event_id = ? AND document_id = ?", [kept, anchor.document]) == .null
        else { return }
        let alone = try sourceCount(of: holder) > 1 ? try splitOut(document: anchor.document, of: holder) : holder
        if let alone { try join(alone, into: kept) }
    }

    /// Applies what a correction says of events and people.
    private func overlay(_ correction: StoredCorrection) throws {
        switch correction.kind {
        case .edit:
            if let id = try editedEvent(of: correction) { try applyEdit(correction.change, to: id) }
        case .actorMerge:
            try applyActorMerge(correction)
        case .actorRename:
            try applyActorRename(correction)
        case .delete, .merge, .split:
            break
        }
    }

    /// The event an edit is about: the one holding most of its reports, wherever merges and
    /// splits have put them since; of two holding as many, the one with the id it was edited
    /// under, else the one holding the earliest published.
    func editedEvent(of correction: StoredCorrection) throws -> Int64? {
        var held: [(event: Int64, reports: Int, first: Int)] = []
        for (index, anchor) in correction.anchors(.event, .absorbed).enumerated() {
            guard let event = try resolve(anchor) else { continue }
            if let at = held.firstIndex(where: { $0.event == event }) { held[at].reports += 1 } else { held.append((event, 1, index)) }
        }
        func rank(_ entry: (event: Int64, reports: Int, first: Int)) -> (Int, Int, Int) {
            (entry.reports, entry.event == correction.eventID ? 1 : 0, -entry.first)
        }
        return held.max { rank($0) < rank($1) }?.event
    }

    /// Deletes an event, keeping what each of its reports said for the correction that deletes
    /// it: a later report is weighed against them, and undoing the correction brings them back.
    func deleteEvent(_ id: Int64, keepingReportsFor correction: Int64) throws {
        guard let type = try eventType(of: id) else { return }
        for anchor in try anchors(of: id) {
            guard let (event, actors) = try report(ofDocument: anchor.document, inEvent: id) else { continue }
            let participants = JSONText.array(zip(event.participants, actors).map { participant, actor in
                .object([("actor", .number(actor)), ("name", .string(participant.name)),
                         ("country", .string(participant.country)), ("role", .string(participant.role))])
            })
            try db.run(
                """
                INSERT INTO deleted_reports (correction_id, document_id, type, country_key, \(EventAccount.columnList()),
                    organizations, participants, evidence, start, "end")
                VALUES (?, ?, ?, ?, \(EventAccount.placeholders(EventAccount.columnNames.count)), ?, ?, ?, ?, ?)
                """,
                [correction, anchor.document, type.rawValue, anchor.countryKey] + EventAccount(event).columnValues
                + [JSONText.strings(event.organizations).text, participants.text, event.evidence?.text ?? "", anchor.start, anchor.end]
            )
        }
        try db.run("DELETE FROM events WHERE id = ?", [id])
    }

    /// The reports a delete correction keeps, as events with their documents, oldest first.
    func deletedReports(of correction: Int64) throws -> [(row: Int64, document: Int64, event: Event, actors: [Int64])] {
        let rows = try db.rows(
            """
            SELECT id, document_id, type, country_key, \(EventAccount.columnList()), organizations, participants, evidence, start, "end"
            FROM deleted_reports WHERE correction_id = ? ORDER BY id
            """, [correction])
        guard let first = rows.first else { return [] }
        let accounts = EventAccount.Reader(columnsOf: first)
        return try rows.map { row in
            let people = try db.rows(
                """
                SELECT json_extract(value, '$.actor'), json_extract(value, '$.name'), json_extract(value, '$.country'),
                       json_extract(value, '$.role')
                FROM json_each(?)
                """, [row["participants"].string ?? "[]"])
            var account = accounts.read(row)
            account.participants = people.map {
                ReportedParticipant(actor: $0[0].int64 ?? 0, name: $0[1].string ?? "", country: $0[2].string, role: $0[3].string)
            }
            let event = account.event(
                type: row["type"].string.flatMap(EventType.init(rawValue:)) ?? .meeting,
                countries: (row["country_key"].string ?? "").split(separator: ",").map(String.init),
                organizations: try jsonStrings(row["organizations"].string ?? "[]", "$"),
                evidence: Evidence(text: row["evidence"].string ?? "", start: row["start"].int ?? 0, end: row["end"].int ?? 0))
            return (row["id"].int64 ?? 0, row["document_id"].int64 ?? 0, event, people.map { $0[0].int64 ?? 0 })
        }
    }

    /// Sets the fields an edit names to what it says, on an event whose reports are kept.
    func applyEdit(_ change: String, to id: Int64) throws {
        guard let current = try currentAccount(of: id) else { return }
        var edited = current
        if try jsonHas(change, "$.date") {
            edited.date = try json(change, "$.date.to").string.flatMap(PartialDate.init)
        }
        if try jsonHas(change, "$.end_date") {
            edited.endDate = try json(change, "$.end_date.to").string.flatMap(PartialDate.init)
        }
        // An end before the date set (read again from a document) is no end.
        if let date = edited.date, let end = edited.endDate, end.lastDay <= date.lastDay { edited.endDate = nil }
        if edited.date == nil { edited.endDate = nil }
        if try jsonHas(change, "$.status") {
            edited.status = try json(change, "$.status.to").string.flatMap(EventStatus.init(rawValue:)) ?? edited.status
        }
        if try jsonHas(change, "$.location") {
            edited.location = try jsonLocation(change, "$.location.to")
        }
        var countries: Set<String>?
        if try jsonHas(change, "$.countries") {
            let current = try self.countries(of: id)
            let wanted = current.union(try jsonStrings(change, "$.countries.add")).subtracting(try jsonStrings(change, "$.countries.remove"))
            if wanted != current, !wanted.isEmpty { countries = wanted }
        }
        guard edited != current || countries != nil else { return }
        try keepReportOfSoleSource(of: id)
        if let countries { try setCountries(countries, of: id, listing: false) }
        if edited != current { try writeFields(of: edited, toEvent: id) }
        try writeListing(of: id)
    }

    /// Takes into their corrections the events of `touched` that no correction is about and that
    /// the merge rules would have made another report of a corrected event (of what one of its
    /// reports said before any correction): the report is added to the correction as absorbed,
    /// and applying the correction then deletes it or folds it in. True when any was taken in.
    private func absorb(_ touched: Set<Int64>, into corrections: [StoredCorrection]) throws -> Bool {
        var curated = Set<Int64>()
        // What each correction weighs a later report against, and the documents it has a report
        // of (a document never reports one event twice: its other reports are other events).
        var references: [(correction: Int64, type: String, key: String, stored: StoredEvent, deleted: DeletedReport?)] = []
        var documents: [Int64: Set<Int64>] = [:]
        for correction in corrections {
            let events = try resolve(correction.reports.map(\.anchor))
            curated.formUnion(events)
            documents[correction.id] = Set(correction.reports.map(\.anchor.document))
            for event in events { documents[correction.id, default: []].formUnion(try anchors(of: event).map(\.document)) }
            switch correction.kind {
            case .delete:
                for (_, document, event, actors) in try deletedReports(of: correction.id) {
                    let account = EventAccount(event, actors: actors)
                    let published = try db.scalar("SELECT published FROM documents WHERE id = ?", [document]).string
                    references.append((correction.id, event.type.rawValue, Self.countryKey(event.countries),
                                       Self.storedEvent(account, id: 0),
                                       DeletedReport(document: document, evidence: event.evidence?.text ?? "",
                                                     published: published.flatMap(PartialDate.init))))
                }
            case .edit, .merge:
                for id in events {
                    guard let type = try eventType(of: id) else { continue }
                    let keys = Set(try anchors(of: id).map(\.countryKey))
                    for account in try reportAccounts(of: id) {
                        for key in keys { references.append((correction.id, type.rawValue, key, Self.storedEvent(account, id: id), nil)) }
                    }
                }
            case .split, .actorMerge, .actorRename:
                break
            }
        }
        guard !references.isEmpty else { return false }
        var absorbed = false
        for id in touched.sorted() where !curated.contains(id) {
            guard let type = try eventType(of: id), let account = try currentAccount(of: id) else { continue }
            let key = try db.scalar("SELECT coalesce(country_key, '') FROM events WHERE id = ?", [id]).string ?? ""
            let event = account.event(type: type, countries: key.split(separator: ",").map(String.init))
            let actors = account.participants.map(\.actor)
            let reports = try anchors(of: id)
            let sources = Set(reports.map(\.document))
            let reading = try sourcesAsRead(of: id)
            guard let reference = references.first(where: { reference in
                guard reference.type == type.rawValue, (documents[reference.correction] ?? []).isDisjoint(with: sources) else { return false }
                if reference.key == key, Self.fit(of: event, actors: actors, with: reference.stored) != nil { return true }
                guard let deleted = reference.deleted else { return false }
                // A copy of a deleted report's document, reporting the event from the same passage.
                if reading.contains(where: { $0.copyOf == deleted.document && Self.copiedEvidence($0.evidence, matches: deleted.evidence) }) {
                    return true
                }
                // An undated report of a document published close to the deleted report's (see `tiedByReports`).
                guard reference.key == key,
                      let close = reading.first(where: { Self.publishedClose($0.published, deleted.published) }) else { return false }
                var stored = reference.stored
                stored.nearbyEvidence = [ContentWords(deleted.evidence)]
                var told = event
                told.evidence = Evidence(text: close.evidence, start: 0, end: 0)
                return Self.fit(of: told, actors: actors, with: stored) != nil
            }) else { continue }
            for anchor in reports { try add(anchor, as: .absorbed, to: reference.correction) }
            documents[reference.correction, default: []].formUnion(sources)
            absorbed = true
        }
        return absorbed
    }

    /// What a delete correction keeps of a report that a later one is weighed against beyond its
    /// account: its document, its evidence and the document's day of publication.
    struct DeletedReport {
        var document: Int64
        var evidence: String
        var published: PartialDate?
    }

    /// Each source of an event: its document's row id, the evidence, the document it is a copy of
    /// and its day of publication.
    private func sourcesAsRead(of id: Int64) throws -> [(document: Int64, evidence: String, copyOf: Int64?, published: PartialDate?)] {
        try db.rows(
            """
            SELECT s.document_id, s.evidence, g.copy_of, d.published
            FROM sources s JOIN documents d ON d.id = s.document_id
            LEFT JOIN document_signatures g ON g.document_id = s.document_id
            WHERE s.event_id = ?
            """, [id]
        ).map { ($0[0].int64 ?? 0, $0[1].string ?? "", $0[2].int64, $0[3].string.flatMap(PartialDate.init)) }
    }

    /// Whether two documents were published within `closeDays` of each other, both days known.
    static func publishedClose(_ one: PartialDate?, _ other: PartialDate?) -> Bool {
        guard let one, let other, one.precision == .day, other.precision == .day,
              let earliest = one.adding(days: -closeDays), let latest = one.adding(days: closeDays) else { return false }
        return earliest <= other && other <= latest
    }
}
