import ChanceryCore
import SQLiteDB

/// What storing one document did.
public enum IngestOutcome: Equatable, Sendable {
    /// A new document, stored with this many events.
    case added(documentID: String, events: Int)
    /// The same text was stored before, under this id; nothing was added.
    case alreadyKnown(documentID: String)
    /// A new document, nearly the same as the one stored under `original` (another headline, a
    /// trailing line, a few words changed): stored with this many events, each of those that
    /// `original` reports too one more source of its event.
    case copy(documentID: String, original: String, events: Int)
}

extension Store {
    /// Prepares the database for ingesting: reference tables filled from the compiled-in catalog,
    /// and every document signed for finding its copies.
    public func prepareForIngest() throws {
        try wrap {
            try syncCountries()
            try signUnsignedDocuments()
        }
    }

    /// Stores a document and the events read from it, together or not at all.
    ///
    /// A document nearly the same as a stored one before it (the earlier published, else the
    /// lower id) is a copy of it (see Store+Copies): its events are added as sources of the stored
    /// document's events from the same passages. A stored document after it that it turns out to
    /// be the original of is read again as its copy (see `reweighDocuments`).
    ///
    /// Inside an open transaction this is a savepoint, so a failure loses only this document.
    public func ingest(_ document: Document, events: [Event]) throws -> IngestOutcome {
        let events = Self.inTextOrder(events)
        let hash = SHA256.hex(of: document.text)
        let externalID = document.id ?? "doc-" + hash.prefix(12)
        let signature = DocumentSignature(text: document.text)
        return try wrap {
            try db.transaction {
                if let known = try db.scalar("SELECT external_id FROM documents WHERE content_hash = ?", [hash]).string {
                    return .alreadyKnown(documentID: known)
                }
                if try db.scalar("SELECT 1 FROM documents WHERE external_id = ?", [externalID]) != .null {
                    throw StoreError.conflictingDocument(id: externalID)
                }
                let published = document.published?.description
                let copy = try storedDocument(copiedBy: signature, published: published, externalID: externalID)
                try db.run(
                    """
                    INSERT INTO documents (external_id, url, title, language, published, content_hash, text)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                    [externalID, document.url, document.title, document.language,
                     document.published?.description, hash, document.text]
                )
                let documentRow = db.lastInsertRowID
                try db.run(
                    "INSERT INTO document_search (rowid, title, body) VALUES (?, ?, ?)",
                    [documentRow, TextFolding.fold(document.title ?? ""), TextFolding.fold(document.text)]
                )
                try insertSignature(signature, of: documentRow, copyOf: copy)
                let copied = try copiedReports(of: events, inDocument: documentRow)
                for (event, copied) in zip(events, copied) {
                    try addReport(event, fromDocument: documentRow, copied: copied)
                }
                try reweighDocuments(after: documentRow, signature: signature, published: published, externalID: externalID)
                if let copy, let original = try db.scalar("SELECT external_id FROM documents WHERE id = ?", [copy.original]).string {
                    return .copy(documentID: externalID, original: original, events: events.count)
                }
                return .added(documentID: externalID, events: events.count)
            }
        }
    }

    /// A document's events in the order of its text (of two from one passage, the earlier dated
    /// first), as a group is weighed again (see Store+Settling) and however they were read.
    static func inTextOrder(_ events: [Event]) -> [Event] {
        events.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            return (x.evidence?.start ?? 0, x.evidence?.end ?? 0, x.date?.firstDay ?? "", x.type.rawValue, a.offset)
                < (y.evidence?.start ?? 0, y.evidence?.end ?? 0, y.date?.firstDay ?? "", y.type.rawValue, b.offset)
        }.map(\.element)
    }

    /// Stores what the document with row id `document` tells of one event: another report of a
    /// stored event becomes one more source of it unless `merging` is false, anything else a new
    /// event, numbered `preferredID` when that id is free. Returns the event's id; nil when
    /// nothing was stored.
    ///
    /// The report of a copy is another report of the event its original reports from the same
    /// passage (see Store+Copies); or, when the original's was deleted by hand, an event of its
    /// own that the correction then deletes too; or nothing, when its original does not report
    /// it or the copy reports it already. Any other report is weighed by the merge rules (see Store+Merge).
    @discardableResult
    func addReport(_ event: Event, fromDocument document: Int64, preferredID: Int64? = nil, merging: Bool = true) throws -> Int64? {
        let copied = merging ? try copiedReports(of: [event], inDocument: document)[0] : nil
        return try addReport(event, fromDocument: document, copied: copied, preferredID: preferredID, merging: merging)
    }

    /// Stores a report, `copied` saying what it is of the document its document copies.
    @discardableResult
    func addReport(_ event: Event, fromDocument document: Int64, copied: CopiedReport?,
                   preferredID: Int64? = nil, merging: Bool = true) throws -> Int64? {
        var event = event
        switch copied {
        case .again(let id): return id
        case .unreported: return nil
        case .event(let id): event.participants = try participants(of: event, alsoNamedByOriginalOf: document, inEvent: id)
        case .deleted, nil: break
        }
        let actors = try event.participants.map { try actorID(for: $0, on: event.date) }
        let eventRow: Int64
        if case .event(let id) = copied {
            try merge(event, actors: actors, fromDocument: document, intoEvent: id)
            eventRow = id
        } else if merging, copied == nil, let stored = try storedEvent(reportedAgainBy: event, actors: actors, excludingDocument: document) {
            try merge(event, actors: actors, fromDocument: document, intoEvent: stored.id)
            eventRow = stored.id
        } else {
            eventRow = try insertEvent(event, actors: actors, id: preferredID)
        }
        try insertSource(of: event, event: eventRow, document: document)
        touchedEvents?.insert(eventRow)
        // A report weighed by the merge rules, which may have grouped otherwise in document order.
        if merging, copied == nil { try noteOrder(of: event, fromDocument: document) }
        return eventRow
    }

    /// Records that a document reports an event, with its evidence and the countries and
    /// organisations it named.
    func insertSource(of event: Event, event eventRow: Int64, document: Int64) throws {
        let evidence = event.evidence ?? Evidence(text: "", start: 0, end: 0)
        try db.run(
            """
            INSERT INTO sources (event_id, document_id, evidence, start, "end", country_key, organizations)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
            [eventRow, document, evidence.text, evidence.start, evidence.end, Self.countryKey(event.countries),
             Self.organizationKey(event.organizations)]
        )
    }

    /// The sorted, comma-separated organisation codes a source keeps (see Migrations/0011_unsettled_groups.sql).
    static func organizationKey(_ organizations: [String]) -> String {
        Array(Set(organizations)).sorted().joined(separator: ",")
    }

    /// Inserts a new event whose participants are already resolved to `actors`, numbered `id`
    /// when that id is given and free.
    func insertEvent(_ event: Event, actors: [Int64], id: Int64? = nil) throws -> Int64 {
        var id = id
        if let wanted = id, try db.scalar("SELECT 1 FROM events WHERE id = ?", [wanted]) != .null { id = nil }
        if id == nil, let floor = try eventIDFloor() { id = floor + 1 }
        let countries = Set(event.countries)
        let organizations = Set(event.organizations)
        // A person named twice is listed once, at their first mention.
        var seen = Set<Int64>()
        let listed = zip(event.participants, actors).enumerated().compactMap { position, named in
            seen.insert(named.1).inserted ? (position: position, participant: named.0, actor: named.1) : nil
        }
        var listing = event
        listing.participants = listed.map(\.participant)
        let account = EventAccount(event)
        try db.run(Self.insertEventSQL, [id, event.type.rawValue] + account.columnValues + account.dateRangeValues
                   + [Self.countryKey(event.countries), EventListing.json(of: listing)])
        let eventRow = db.lastInsertRowID
        for country in countries {
            try db.run("INSERT INTO event_countries (event_id, country) VALUES (?, ?)", [eventRow, country])
        }
        for organization in organizations {
            try db.run("INSERT INTO event_organizations (event_id, organization) VALUES (?, ?)", [eventRow, organization])
        }
        for (position, participant, actor) in listed {
            try insertParticipation(event: eventRow, actor: actor, position: position, as: participant)
        }
        return eventRow
    }

    static let insertEventSQL = """
        INSERT INTO events (id, type, \(EventAccount.columnList(including: EventAccount.dateRangeColumnNames)), country_key, listing)
        VALUES (?, ?, \(EventAccount.placeholders(EventAccount.columnNames.count + EventAccount.dateRangeColumnNames.count + 2)))
        """

    /// Lists `actor` among the people of an event, under the name, country and role one report gives.
    func insertParticipation(event: Int64, actor: Int64, position: Int, as participant: Participant) throws {
        try db.run(
            "INSERT INTO participations (event_id, actor_id, position, name, country, role) VALUES (?, ?, ?, ?, ?, ?)",
            [event, actor, position, participant.name, participant.country, participant.role]
        )
    }

    static func precisionName(_ precision: PartialDate.Precision) -> String {
        switch precision {
        case .year: "year"
        case .month: "month"
        case .day: "day"
        }
    }
}
