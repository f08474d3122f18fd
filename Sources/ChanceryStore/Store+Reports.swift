import ChanceryCore
import SQLiteDB

/// One document's account of an event that several documents report (see Migrations/0005_reports.sql).
struct Report {
    /// The document's publication date as stored, nil when unknown.
    var published: String?
    /// The caller's id of the document: what orders two reports published on the same day.
    var document: String
    var account: EventAccount
    /// True when the document is a copy of another (see Store+Copies): no independent report.
    var fromCopy = false
}

extension Report {
    /// Whether `self` is weighed before `other`: the earlier published first, undated documents
    /// last, then by document id. The order of ingest plays no part.
    func precedes(_ other: Report) -> Bool {
        switch (published, other.published) {
        case let (mine?, theirs?) where mine != theirs: mine < theirs
        case (nil, _?): false
        case (_?, nil): true
        default: document < other.document
        }
    }

    /// The event the reports tell together, whatever order they are given in.
    ///
    /// Occurred once any report says so; the finest date given (a range over a single day of the
    /// same precision); the number of instruments is the highest stated; confidence grows with each
    /// independent report. Every other detail, and the name a person goes by, comes from the first
    /// report (in `precedes` order) that states it; people are listed in that order too.
    static func combine(_ reports: [Report]) -> EventAccount? {
        let ordered = reports.sorted { $0.precedes($1) }.map(\.account)
        guard let lead = ordered.first else { return nil }
        func first<T>(_ value: (EventAccount) -> T?) -> T? { ordered.lazy.compactMap(value).first }

        func fineness(_ account: EventAccount) -> Int {
            guard let date = account.date else { return -1 }
            return date.precision.rawValue * 2 + (account.endDate == nil ? 0 : 1)
        }
        let finest = ordered.map(fineness).max() ?? -1
        let dating = ordered.first { fineness($0) == finest } ?? lead

        var participants: [ReportedParticipant] = []
        var named = Set<Int64>()
        for account in ordered {
            for participant in account.participants where named.insert(participant.actor).inserted {
                participants.append(participant)
            }
        }
        // Independent reports: the chance that all are wrong shrinks with each. A copy of an
        // article is the same report again, not another.
        let independent = reports.filter { !$0.fromCopy }.map(\.account)
        let doubt = (independent.isEmpty ? ordered : independent).reduce(1.0) { $0 * (1 - $1.confidence) }
        return EventAccount(
            status: ordered.contains { $0.status == .occurred } ? .occurred : .planned,
            date: dating.date, endDate: dating.endDate,
            location: first(\.location), mode: first(\.mode),
            // "other" says less than a named kind of instrument.
            instrument: first { $0.instrument == .other ? nil : $0.instrument } ?? first(\.instrument),
            count: ordered.compactMap(\.count).max(),
            title: first(\.title), body: first(\.body), ordinal: first(\.ordinal),
            confidence: min(0.99, 1 - doubt),
            participants: participants
        )
    }
}

extension Store {
    /// Makes `event`, read from the document with row id `document`, one more report of the
    /// stored event `id`, then rewrites the stored event from all its reports.
    func merge(_ event: Event, actors: [Int64], fromDocument document: Int64, intoEvent id: Int64) throws {
        try keepReportOfSoleSource(of: id)
        try insertReport(event, actors: actors, document: document, eventID: id)
        for organization in Set(event.organizations) {
            try db.run("INSERT OR IGNORE INTO event_organizations (event_id, organization) VALUES (?, ?)", [id, organization])
        }
        guard let combined = Report.combine(try reports(of: id)) else { return }
        try write(combined, toEvent: id)
    }

    /// Rewrites an event's own fields, its people and its listing from `account`; its countries
    /// and organisations are left as they are.
    func write(_ account: EventAccount, toEvent id: Int64) throws {
        try writeFields(of: account, toEvent: id)
        try db.run("DELETE FROM participations WHERE event_id = ?", [id])
        for (position, reported) in account.participants.enumerated() {
            try insertParticipation(event: id, actor: reported.actor, position: position, as: reported.participant)
        }
        try writeListing(of: id)
    }

    /// Rewrites an event's own fields from `account`, its people and listing left as they are.
    func writeFields(of account: EventAccount, toEvent id: Int64) throws {
        try db.run(Self.updateEventFieldsSQL, account.columnValues + account.dateRangeValues + [id])
    }

    static let updateEventFieldsSQL = "UPDATE events SET "
        + (EventAccount.columnNames + EventAccount.dateRangeColumnNames).map { "\($0) = ?" }.joined(separator: ", ")
        + " WHERE id = ?"

    /// Before a first merge, keeps what the event's one source said: the event row as it stands.
    func keepReportOfSoleSource(of eventID: Int64) throws {
        guard try db.scalar(Self.hasReports, [eventID]) == .null else { return }
        try db.run(Self.reportFromEvent, [eventID])
        try db.run(Self.reportParticipantsFromEvent, [eventID])
    }

    func insertReport(_ event: Event, actors: [Int64], document: Int64, eventID: Int64) throws {
        try db.run(Self.insertReportSQL, [eventID, document] + EventAccount(event).columnValues)
        var named = Set<Int64>()
        for (position, (participant, actor)) in zip(event.participants, actors).enumerated() where named.insert(actor).inserted {
            try db.run(
                """
                INSERT INTO report_participants (event_id, document_id, position, actor_id, name, country, role)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
                [eventID, document, position, actor, participant.name, participant.country, participant.role]
            )
        }
    }

    /// Every report of an event, with the people each names in its order.
    func reports(of eventID: Int64) throws -> [Report] {
        Array(try reportsByDocument(of: eventID).values)
    }

    /// Every report of an event by the row id of its document.
    func reportsByDocument(of eventID: Int64) throws -> [Int64: Report] {
        var reports: [Int64: Report] = [:]
        let rows = try db.rows(Self.eventReports, [eventID])
        if let first = rows.first {
            let accounts = EventAccount.Reader(columnsOf: first)
            for row in rows {
                reports[row["document_id"].int64 ?? 0] = Report(
                    published: row["published"].string, document: row["external_id"].string ?? "",
                    account: accounts.read(row), fromCopy: row["from_copy"].int == 1)
            }
        }
        for row in try db.rows(Self.eventReportParticipants, [eventID]) {
            let participant = ReportedParticipant(actor: row[1].int64 ?? 0, name: row[2].string ?? "",
                                                  country: row[3].string, role: row[4].string)
            reports[row[0].int64 ?? 0]?.account.participants.append(participant)
        }
        return reports
    }

    static let hasReports = "SELECT 1 FROM reports WHERE event_id = ? LIMIT 1"
    static let insertReportSQL = """
        INSERT INTO reports (event_id, document_id, \(EventAccount.columnList()))
        VALUES (?, ?, \(EventAccount.placeholders(EventAccount.columnNames.count)))
        """
    /// The event row as the report of its first source (its only one, unless merged before reports were kept).
    static let reportFromEvent = """
        INSERT INTO reports (event_id, document_id, \(EventAccount.columnList()))
        SELECT e.id, (SELECT s.document_id FROM sources s JOIN documents d ON d.id = s.document_id WHERE s.event_id = e.id
                      ORDER BY d.published IS NULL, d.published, d.external_id LIMIT 1),
               \(EventAccount.columnList("e."))
        FROM events e WHERE e.id = ?1 AND EXISTS (SELECT 1 FROM sources s WHERE s.event_id = e.id)
        """
    static let reportParticipantsFromEvent = """
        INSERT INTO report_participants (event_id, document_id, position, actor_id, name, country, role)
        SELECT p.event_id, r.document_id, p.position, p.actor_id, p.name, p.country, p.role
        FROM participations p JOIN reports r ON r.event_id = p.event_id
        WHERE p.event_id = ?1
        """
    static let eventReports = """
        SELECT r.document_id, d.published, d.external_id, \(EventAccount.columnList("r.")),
               EXISTS (SELECT 1 FROM document_signatures g WHERE g.document_id = r.document_id AND g.copy_of IS NOT NULL) AS from_copy
        FROM reports r JOIN documents d ON d.id = r.document_id
        WHERE r.event_id = ?
        """
    static let eventReportParticipants = """
        SELECT document_id, actor_id, name, country, role FROM report_participants WHERE event_id = ? ORDER BY document_id, position
        """
}
