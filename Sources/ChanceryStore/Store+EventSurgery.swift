import ChanceryCore
import SQLiteDB

/// One document's report of an event as a correction holds on to it: the document (row id), the
/// type, the countries the document named and where its evidence lies.
///
/// Unlike an event's id, this stays the same when more documents come in, and when the document
/// is read again it is carried over to the report that stands where it stood (see `reread`).
struct Anchor: Hashable {
    var document: Int64
    var type: String
    var countryKey: String
    var start: Int
    var end: Int
    /// What the report said, as extraction gave it (see `Store.fingerprint`): what tells apart
    /// two reports a document gives from one passage.
    var fingerprint: String
}

// The operations corrections are made of: finding an event by its reports, joining two events,
// taking a report out of one, deleting one, and recomputing an event from its reports. Each keeps
// the reports of the events it changes (see Migrations/0009_corrections.sql), so that what
// extraction gave can always be recomputed under the corrections.
extension Store {
    /// The reports of an event as anchors, earliest published first (then by document id).
    func anchors(of eventID: Int64) throws -> [Anchor] {
        try db.rows(
            """
            SELECT \(Self.anchorColumns) FROM \(Self.reportSources) JOIN documents d ON d.id = s.document_id
            WHERE s.event_id = ? ORDER BY d.published IS NULL, d.published, d.external_id
            """, [eventID]
        ).map(Self.anchor)
    }

    /// Each source with its event and, when the event keeps them, its report (`r`).
    static let reportSources = """
        sources s JOIN events e ON e.id = s.event_id
        LEFT JOIN reports r ON r.event_id = s.event_id AND r.document_id = s.document_id
        """

    /// What a report said that goes into its fingerprint, from its row in `reports` or, for an
    /// event that keeps none, from the event's row; as `fingerprint(of:)` writes it.
    static let fingerprintSQL = """
        CASE WHEN r.event_id IS NULL
             THEN e.status || '|' || ifnull(e.date, '') || '|' || ifnull(e.end_date, '') || '|' || ifnull(e.ordinal, '')
                  || '|' || ifnull(e.mode, '') || '|' || ifnull(e.instrument, '')
             ELSE r.status || '|' || ifnull(r.date, '') || '|' || ifnull(r.end_date, '') || '|' || ifnull(r.ordinal, '')
                  || '|' || ifnull(r.mode, '') || '|' || ifnull(r.instrument, '')
        END
        """

    /// The columns `anchor(_:)` reads, over `reportSources`.
    static let anchorColumns = "s.document_id, e.type, coalesce(s.country_key, e.country_key, ''), s.start, s.\"end\", \(fingerprintSQL)"

    static func anchor(_ row: Row) -> Anchor {
        Anchor(document: row[0].int64 ?? 0, type: row[1].string ?? "", countryKey: row[2].string ?? "",
               start: row[3].int ?? 0, end: row[4].int ?? 0, fingerprint: row[5].string ?? "")
    }

    /// What a report says that tells it apart from another of the same passage: status, date, end
    /// date, session number, mode and instrument, separated by '|'.
    static func fingerprint(of event: Event) -> String {
        [event.status.rawValue, event.date?.description ?? "", event.endDate?.description ?? "",
         event.ordinal.map(String.init) ?? "", event.mode?.rawValue ?? "", event.instrument?.rawValue ?? ""]
            .joined(separator: "|")
    }

    /// The report an extracted event of the document with row id `document` is, as an anchor.
    static func anchor(of event: Event, inDocument document: Int64) -> Anchor {
        Anchor(document: document, type: event.type.rawValue, countryKey: countryKey(event.countries),
               start: event.evidence?.start ?? 0, end: event.evidence?.end ?? 0, fingerprint: fingerprint(of: event))
    }

    /// The event that holds the report `anchor` stands for, or nil when none does (it was deleted,
    /// or the document read again no longer reports it).
    func resolve(_ anchor: Anchor) throws -> Int64? {
        try db.scalar(
            """
            SELECT s.event_id FROM \(Self.reportSources)
            WHERE s.document_id = ? AND s.start = ? AND s."end" = ? AND coalesce(s.country_key, e.country_key, '') = ?
              AND e.type = ? AND \(Self.fingerprintSQL) = ?
            """, [anchor.document, anchor.start, anchor.end, anchor.countryKey, anchor.type, anchor.fingerprint]
        ).int64
    }

    /// The events that hold these reports, each once, in the order of the reports.
    func resolve(_ anchors: [Anchor]) throws -> [Int64] {
        var events: [Int64] = []
        for anchor in anchors {
            if let event = try resolve(anchor), !events.contains(event) { events.append(event) }
        }
        return events
    }

    /// How a correction names the report: `ar-001:meeting:MA,RU:812`.
    func label(_ anchor: Anchor) throws -> String {
        let document = try db.scalar("SELECT external_id FROM documents WHERE id = ?", [anchor.document]).string ?? "?"
        return "\(document):\(anchor.type):\(anchor.countryKey):\(anchor.start)"
    }

    func eventType(of id: Int64) throws -> EventType? {
        try db.scalar("SELECT type FROM events WHERE id = ?", [id]).string.flatMap(EventType.init(rawValue:))
    }

    func sourceCount(of id: Int64) throws -> Int {
        try db.scalar("SELECT count(*) FROM sources WHERE event_id = ?", [id]).int ?? 0
    }

    /// The event's row and people as they stand, corrections included.
    func currentAccount(of id: Int64) throws -> EventAccount? {
        guard let row = try db.rows("SELECT \(EventAccount.columnList()) FROM events WHERE id = ?", [id]).first
        else { return nil }
        var account = EventAccount.Reader(columnsOf: row).read(row)
        account.participants = try db.rows(
            "SELECT actor_id, name, country, role FROM participations WHERE event_id = ? ORDER BY position", [id]
        ).map { ReportedParticipant(actor: $0[0].int64 ?? 0, name: $0[1].string ?? "", country: $0[2].string, role: $0[3].string) }
        return account
    }

    /// What each report of an event said, as extraction gave it. An event no correction has
    /// touched and that has one source is its report.
    func reportAccounts(of id: Int64) throws -> [EventAccount] {
        let reports = try reports(of: id)
        if !reports.isEmpty { return reports.map(\.account) }
        return try currentAccount(of: id).map { [$0] } ?? []
    }

    /// What the document with row id `document` reported of event `id`, as extraction gave it,
    /// with the actors its people resolved to; nil when the document is not a source of it.
    func report(ofDocument document: Int64, inEvent id: Int64) throws -> (event: Event, actors: [Int64])? {
        guard let type = try eventType(of: id),
              let source = try db.rows(
                  "SELECT evidence, start, \"end\", country_key, organizations FROM sources WHERE event_id = ? AND document_id = ?", [id, document]
              ).first else { return nil }
        let account: EventAccount
        if let report = try reportsByDocument(of: id)[document] {
            account = report.account
        } else if try sourceCount(of: id) == 1, let row = try currentAccount(of: id) {
            account = row
        } else {
            return nil
        }
        let countries = (source[3].string ?? "").split(separator: ",").map(String.init)
        // The document's own organisations; for a source stored before they were kept, the event's.
        let organizations = try source[4].string.map { $0.split(separator: ",").map(String.init) }
            ?? db.rows("SELECT organization FROM event_organizations WHERE event_id = ?", [id]).compactMap { $0[0].string }
        let event = account.event(type: type, countries: countries, organizations: organizations,
                                  evidence: Evidence(text: source[0].string ?? "", start: source[1].int ?? 0, end: source[2].int ?? 0))
        return (event, account.participants.map(\.actor))
    }

    /// An account as a stored event that a new report is weighed against (see `Store.fit`).
    static func storedEvent(_ account: EventAccount, id: Int64) -> StoredEvent {
        StoredEvent(id: id, account: account)
    }

    /// The countries the documents of an event named for it: those that are no copy, when there
    /// are any. A copy reports nothing its article does not (see Store+Copies), and its report
    /// joining the event adds no country; so recomputing the event adds none either, and the
    /// event is the same whether a copy came in after its article or was read again as its copy.
    func reportedCountries(of id: Int64) throws -> Set<String> {
        var countries = Set<String>()
        var copied = Set<String>()
        for row in try db.rows(
            """
            SELECT coalesce(s.country_key, e.country_key, ''), c.copy_of IS NOT NULL
            FROM sources s JOIN events e ON e.id = s.event_id LEFT JOIN document_signatures c ON c.document_id = s.document_id
            WHERE s.event_id = ?
            """, [id]
        ) {
            for code in (row[0].string ?? "").split(separator: ",") {
                if row[1].int == 1 { copied.insert(String(code)) } else { countries.insert(String(code)) }
            }
        }
        return countries.isEmpty ? copied : countries
    }

    /// Sets an event's organisations to those its sources named, when every source kept them
    /// (see Migrations/0011_unsettled_groups.sql): a report taken out takes its own with it.
    func setOrganizationsFromSources(of id: Int64) throws {
        let kept = try db.rows("SELECT organizations FROM sources WHERE event_id = ?", [id]).map { $0[0].string }
        guard !kept.isEmpty, !kept.contains(nil) else { return }
        let named = Set(kept.compactMap { $0 }.flatMap { $0.split(separator: ",").map(String.init) })
        for row in try db.rows("SELECT organization FROM event_organizations WHERE event_id = ?", [id]) {
            guard let organization = row[0].string, !named.contains(organization) else { continue }
            try db.run("DELETE FROM event_organizations WHERE event_id = ? AND organization = ?", [id, organization])
        }
        for organization in named.sorted() {
            try db.run("INSERT OR IGNORE INTO event_organizations (event_id, organization) VALUES (?, ?)", [id, organization])
        }
    }

    func countries(of id: Int64) throws -> Set<String> {
        Set(try db.rows("SELECT country FROM event_countries WHERE event_id = ?", [id]).compactMap { $0[0].string })
    }

    /// Sets an event's countries, and with them the pairs `meetings A B` reads (the trigger of
    /// 0004 adds a new country's pairs; a country taken away has its pairs deleted here), then
    /// writes its listing again unless `listing` is false. An event keeps at least one country.
    func setCountries(_ countries: Set<String>, of id: Int64, listing: Bool = true) throws {
        let current = try self.countries(of: id)
        guard current != countries, !countries.isEmpty else { return }
        for gone in current.subtracting(countries) {
            for other in current where other != gone {
                try db.run("DELETE FROM event_country_pairs WHERE country = ? AND partner = ? AND event_id = ?", [gone, other, id])
                try db.run("DELETE FROM event_country_pairs WHERE country = ? AND partner = ? AND event_id = ?", [other, gone, id])
            }
            try db.run("DELETE FROM event_countries WHERE event_id = ? AND country = ?", [id, gone])
        }
        for added in countries.subtracting(current).sorted() {
            try db.run("INSERT INTO event_countries (event_id, country) VALUES (?, ?)", [id, added])
        }
        if listing { try writeListing(of: id) }
    }

    /// Recomputes an event from its reports, as extraction and the merge rules give it: its
    /// fields and people from the reports combined, its countries those its documents named.
    /// The corrections in force are applied again afterwards by whoever called this.
    func recompute(_ id: Int64) throws {
        guard try eventType(of: id) != nil else { return }
        try setCountries(try reportedCountries(of: id), of: id, listing: false)
        try setOrganizationsFromSources(of: id)
        if let combined = Report.combine(try reports(of: id)) {
            try write(combined, toEvent: id)
        } else {
            try writeListing(of: id)
        }
        touchedEvents?.insert(id)
    }

    /// Makes event `other` part of event `target`: its sources and reports become the target's,
    /// its countries and organisations are added, and the target is recomputed from all its
    /// reports. A document that reports both keeps its report of the target.
    func join(_ other: Int64, into target: Int64) throws {
        guard other != target, try eventType(of: other) != nil, try eventType(of: target) != nil else { return }
        try keepReportOfSoleSource(of: target)
        try keepReportOfSoleSource(of: other)
        let shared = "document_id IN (SELECT document_id FROM sources WHERE event_id = ?2)"
        try db.run("DELETE FROM reports WHERE event_id = ?1 AND \(shared)", [other, target])
        try db.run("DELETE FROM sources WHERE event_id = ?1 AND \(shared)", [other, target])
        // The reports move before the people they name, whose rows refer to them.
        try db.run(
            """
            INSERT INTO reports (event_id, document_id, \(EventAccount.columnList()))
            SELECT ?2, document_id, \(EventAccount.columnList()) FROM reports WHERE event_id = ?1
            """, [other, target])
        try db.run("UPDATE report_participants SET event_id = ?2 WHERE event_id = ?1", [other, target])
        try db.run("DELETE FROM reports WHERE event_id = ?", [other])
        try db.run("UPDATE sources SET event_id = ?2 WHERE event_id = ?1", [other, target])
        try db.run(
            "INSERT OR IGNORE INTO event_organizations (event_id, organization) SELECT ?2, organization FROM event_organizations WHERE event_id = ?1",
            [other, target])
        try db.run("DELETE FROM events WHERE id = ?", [other])
        try recompute(target)
    }

    /// Takes the report of one document out of an event: the event goes when that was its only
    /// source, else it is recomputed from the others.
    func removeReport(ofDocument document: Int64, fromEvent id: Int64) throws {
        guard try sourceCount(of: id) > 1 else {
            try db.run("DELETE FROM events WHERE id = ?", [id])
            return
        }
        try keepReportOfSoleSource(of: id)
        try db.run("DELETE FROM reports WHERE event_id = ? AND document_id = ?", [id, document])
        try db.run("DELETE FROM sources WHERE event_id = ? AND document_id = ?", [id, document])
        try recompute(id)
    }

    /// Takes one document's report out of an event into a new event of its own, numbered
    /// `preferredID` when that id is free; returns the new event's id (the event's own when the
    /// report was its only one), nil when the document is not a source of it.
    @discardableResult
    func splitOut(document: Int64, of id: Int64, preferredID: Int64? = nil) throws -> Int64? {
        guard try sourceCount(of: id) > 1 else { return try report(ofDocument: document, inEvent: id) == nil ? nil : id }
        try keepReportOfSoleSource(of: id)
        guard let (event, actors) = try report(ofDocument: document, inEvent: id) else { return nil }
        try removeReport(ofDocument: document, fromEvent: id)
        let new = try insertEvent(event, actors: actors, id: preferredID)
        try insertSource(of: event, event: new, document: document)
        touchedEvents?.insert(new)
        return new
    }
}
