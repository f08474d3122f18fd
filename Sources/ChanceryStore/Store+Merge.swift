import ChanceryCore
import SQLiteDB

/// What the store holds of an event, as far as deciding whether a new report is about it: its
/// account (`stored.date` reads `stored.account.date`), with the people read only for candidates
/// that agree otherwise.
@dynamicMemberLookup
struct StoredEvent {
    var id: Int64
    var account: EventAccount
    /// The content words of the evidence of its reports by documents published within
    /// `Store.closeDays` of the report weighed against it; read only when one of them is undated.
    var nearbyEvidence: [ContentWords] = []

    subscript<Value>(dynamicMember field: KeyPath<EventAccount, Value>) -> Value { account[keyPath: field] }
}

/// How well a new report agrees with a stored event; higher is a closer match.
enum MergeAgreement: Int, Comparable {
    /// One is undated; documents published within a few days tell it of the same people, or in
    /// the same words (see `Store.tiedByReports`).
    case tiedByReports = 0
    /// One is undated; the same place and the same principals (two shared participants) tie them.
    case tiedByPlace = 1
    /// Neither is dated, or one is not, and something else ties them (ordinal, instrument and title…).
    case tied = 2
    /// One date contains the other: a day inside a month, a range or a year.
    case containing = 3
    /// The same dates.
    case sameDates = 4

    static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// How a new report fits a stored event it may be another report of: the closer the dates, a
/// strong tie, then more people in common, the better.
struct MergeFit: Comparable {
    var agreement: MergeAgreement
    var strong: Bool
    var shared: Int

    static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.agreement, lhs.strong ? 1 : 0, lhs.shared) < (rhs.agreement, rhs.strong ? 1 : 0, rhs.shared)
    }
}

extension Store {
    /// The sorted, comma-separated country codes under which events are looked up for merging.
    static func countryKey(_ countries: [String]) -> String {
        Array(Set(countries)).sorted().joined(separator: ",")
    }

    /// The stored event that `event` reports again, or nil when it is a new one.
    ///
    /// Candidates share the type and the countries and come from other documents; they are read
    /// through `events_by_merge_key`, bounded by date. Among those whose dates agree and that
    /// conflict in nothing (place, mode, ordinal, a session's level, instrument, the holder of an office), the
    /// closest wins; when none agrees the event is new, since a false merge is worse than a missed one.
    /// A differing place or office holder is overlooked only on a strong tie (see `stronglyTied`).
    func storedEvent(reportedAgainBy event: Event, actors: [Int64], excludingDocument document: Int64) throws -> StoredEvent? {
        guard !event.countries.isEmpty else { return nil }
        let key = Self.countryKey(event.countries)
        var candidates: [StoredEvent] = []
        if let date = event.date {
            // A stored date containing this one starts at most a year earlier (a year, or a range across New Year).
            let lower = "\(date.year - 1)-01-01"
            let upper = (event.endDate ?? date).lastDay
            candidates += try storedEvents(Self.candidatesInDateRange, [event.type.rawValue, key, lower, upper, document])
            candidates += try storedEvents(Self.undatedCandidates, [event.type.rawValue, key, document])
        } else {
            candidates += try storedEvents(Self.allCandidates, [event.type.rawValue, key, document])
        }
        // What documents published close to this one said of undated candidates, or of every
        // candidate when this report is undated, for `tiedByReports`.
        var nearby: [Int64: [ContentWords]]?
        var ranked: [(fit: MergeFit, stored: StoredEvent)] = []
        for var stored in candidates {
            // People are read only for candidates whose dates and attributes agree.
            if Self.agreement(of: event, with: stored, weighingPlace: false) == nil {
                guard Self.dateRelation(of: event, to: stored) == .undated, !Self.attributesConflict(event, stored) else { continue }
                if nearby == nil { nearby = try evidencePublishedNear(document, type: event.type, countryKey: key) }
                stored.nearbyEvidence = nearby?[stored.id] ?? []
                guard !stored.nearbyEvidence.isEmpty else { continue }
            }
            stored.account.participants = try storedParticipants(of: stored.id)
            if let fit = Self.fit(of: event, actors: actors, with: stored) { ranked.append((fit, stored)) }
        }
        ranked.sort { $0.fit > $1.fit }
        // Two equally good candidates (a month that contains two stored days): which one it
        // reports is unknown, so it stays a separate event rather than risk a false merge.
        if ranked.count > 1, ranked[0].fit == ranked[1].fit {
            return nil
        }
        return ranked.first?.stored
    }

    /// The people taking part in a stored event, in order of first mention.
    func storedParticipants(of eventID: Int64) throws -> [ReportedParticipant] {
        try db.rows("SELECT actor_id, name, country, role FROM participations WHERE event_id = ? ORDER BY position", [eventID])
            .map { ReportedParticipant(actor: $0[0].int64 ?? 0, name: $0[1].string ?? "", country: $0[2].string, role: $0[3].string) }
    }

    /// How far apart, in days, the publication of two documents may be for their undated reports
    /// to be weighed as one event's (see `tiedByReports`).
    static let closeDays = 3

    /// The least resemblance (Jaccard index of content words) of two reports' evidence for them
    /// to tell an undated event in the same words.
    static let agreeingEvidence = 0.5

    /// The content words of the evidence of each report, by event, of the given type and countries
    /// by another document published within `closeDays` of the document with row id `document`;
    /// none when that one's day of publication is unknown.
    func evidencePublishedNear(_ document: Int64, type: EventType, countryKey: String) throws -> [Int64: [ContentWords]] {
        var evidence: [Int64: [ContentWords]] = [:]
        for row in try db.rows(Self.reportsPublishedNear, [document, "-\(Self.closeDays) days", "+\(Self.closeDays) days", type.rawValue, countryKey]) {
            guard let id = row[0].int64 else { continue }
            evidence[id, default: []].append(ContentWords(row[1].string ?? ""))
        }
        return evidence
    }

    /// Sources of events of a type and countries by documents published close to one, each day of
    /// publication known to the day: (document, before, after, type, countries).
    static let reportsPublishedNear = """
        SELECT s.event_id, s.evidence
        FROM documents n
        JOIN documents d ON d.published BETWEEN date(n.published, ?2) AND date(n.published, ?3)
        JOIN sources s ON s.document_id = d.id
        JOIN events e ON e.id = s.event_id
        WHERE n.id = ?1 AND length(n.published) = 10 AND length(d.published) = 10 AND d.id <> n.id
          AND e.type = ?4 AND e.country_key = ?5
        """

    /// Whether an undated report, or one of an undated event, tells the same event as `stored`
    /// (whose participants and `nearbyEvidence` are filled in): nothing they state differs, a
    /// document published within `closeDays` of the report's reports it, neither names anyone the
    /// other does not, and either they name the same two or more people, or the report's evidence
    /// and that document's share most of their content words. Two undated meetings of one pair a
    /// month apart, or of other people, stay two.
    static func tiedByReports(_ event: Event, actors: [Int64], _ stored: StoredEvent) -> Bool {
        guard !stored.nearbyEvidence.isEmpty, dateRelation(of: event, to: stored) == .undated,
              !attributesConflict(event, stored) else { return false }
        let named = Set(actors)
        let storedNamed = Set(stored.participants.map(\.actor))
        guard named.isSubset(of: storedNamed) || storedNamed.isSubset(of: named) else { return false }
        if named.count >= 2, named == storedNamed { return true }
        let words = ContentWords(event.evidence?.text ?? "")
        return stored.nearbyEvidence.contains { words.resemblance(to: $0) >= agreeingEvidence }
    }

    /// How well `event` (its people resolved to `actors`) fits `stored`, whose participants are
    /// filled in, as another report of it; nil when it may not be one.
    static func fit(of event: Event, actors: [Int64], with stored: StoredEvent) -> MergeFit? {
        // A different place is weighed below, against how strongly the rest ties them.
        guard let agreement = Self.agreement(of: event, with: stored, weighingPlace: false)
                ?? (tiedByReports(event, actors: actors, stored) ? .tiedByReports : nil) else { return nil }
        let shared = Set(actors).intersection(stored.participants.map(\.actor)).count
        let strong = Self.stronglyTied(event, stored, agreement: agreement, shared: shared)
        // On a strong tie a different place or office holder is more likely one report's misreading
        // (the signing venue read as "Rabat et Paris", a verb read as a minister's name) than a second event.
        if !strong, Self.placesConflict(event, stored) || Self.officeConflict(event, actors: actors, stored) { return nil }
        if agreement == .tiedByPlace, shared < (event.type == .meeting ? 1 : 2) { return nil }
        return MergeFit(agreement: agreement, strong: strong, shared: shared)
    }

    /// True when both state a place and the places differ.
    static func placesConflict(_ event: Event, _ stored: StoredEvent) -> Bool {
        guard let new = event.location?.name, let old = stored.location?.name else { return false }
        return CountryCatalog.key(new) != CountryCatalog.key(old)
    }

    /// True when, besides type and countries, the two are on the same day and something that
    /// identifies the occasion is stated alike by both: the place with a shared participant, the
    /// session's ordinal, or the number of agreements signed (two or more) or their title. Then a
    /// differing place or office holder does not make them two events. Different days never tie strongly.
    static func stronglyTied(_ event: Event, _ stored: StoredEvent, agreement: MergeAgreement, shared: Int) -> Bool {
        guard agreement == .sameDates, event.date?.precision == .day, stored.date?.precision == .day else { return false }
        if samePlace(event, stored), shared >= 1 { return true }
        if let new = event.ordinal, new == stored.ordinal { return true }
        if event.type == .agreement {
            if let new = event.count, new >= 2, new == stored.count { return true }
            if let new = event.title, let old = stored.title, CountryCatalog.key(new) == CountryCatalog.key(old) { return true }
        }
        // The same principals alone do not overlook a different place (see MergeTests.aDifferentPlaceIsAConflict).
        return false
    }

    private static let candidateColumns = "SELECT id, \(EventAccount.columnList()) FROM events"
    private static let notFromDocument = "AND NOT EXISTS (SELECT 1 FROM sources s WHERE s.event_id = events.id AND s.document_id = ?)"
    /// Stored events that may be another report of a dated one: (type, countries, lowest first day, highest first day, document).
    static let candidatesInDateRange = "\(candidateColumns) WHERE type = ? AND country_key = ? AND date_first BETWEEN ? AND ? \(notFromDocument)"
    /// Undated stored events of a type and countries: (type, countries, document).
    static let undatedCandidates = "\(candidateColumns) WHERE type = ? AND country_key = ? AND date_first IS NULL \(notFromDocument)"
    /// Every stored event of a type and countries, for an undated report: (type, countries, document).
    static let allCandidates = "\(candidateColumns) WHERE type = ? AND country_key = ? \(notFromDocument)"

    /// The stored event `id`, as far as weighing a report against it, its people left out.
    func storedEvent(id: Int64) throws -> StoredEvent? {
        try storedEvents("\(Self.candidateColumns) WHERE id = ?", [id]).first
    }

    private func storedEvents(_ sql: String, _ parameters: [any SQLiteBindable]) throws -> [StoredEvent] {
        let rows = try db.rows(sql, parameters)
        guard let first = rows.first else { return [] }
        let accounts = EventAccount.Reader(columnsOf: first)
        return rows.map { StoredEvent(id: $0["id"].int64 ?? 0, account: accounts.read($0)) }
    }

    /// How the new report's dates and attributes agree with a stored event, or nil when they conflict.
    /// With `weighingPlace` false a differing place is left for the caller to weigh.
    static func agreement(of event: Event, with stored: StoredEvent, weighingPlace: Bool = true) -> MergeAgreement? {
        if weighingPlace, placesConflict(event, stored) { return nil }
        if attributesConflict(event, stored) { return nil }
        switch dateRelation(of: event, to: stored) {
        case .same: return .sameDates
        case .containing: return .containing
        case .apart: return nil
        case .undated: break
        }
        // At least one is undated: only something beyond type and countries can tie them.
        switch event.type {
        case .commissionSession:
            guard let new = event.ordinal, new == stored.ordinal else { return nil }
            return .tied
        case .agreement:
            if let new = event.title, let old = stored.title, event.instrument == stored.instrument,
               CountryCatalog.key(new) == CountryCatalog.key(old) {
                return .tied
            }
            return samePlace(event, stored) ? .tiedByPlace : nil
        case .meeting:
            return samePlace(event, stored) ? .tiedByPlace : nil
        }
    }

    /// True when both state a mode, a session number, a session's level or a kind of instrument,
    /// and differently.
    static func attributesConflict(_ event: Event, _ stored: StoredEvent) -> Bool {
        if event.type == .meeting, (event.mode ?? .inPerson) != (stored.mode ?? .inPerson) { return true }
        if let new = event.ordinal, let old = stored.ordinal, new != old { return true }
        // The senior officials' session that prepares a commission's session is not the session itself.
        if event.type == .commissionSession, SessionLevel(body: event.body ?? "") != SessionLevel(body: stored.body ?? "") { return true }
        if let new = event.instrument, let old = stored.instrument, new != old, new != .other, old != .other { return true }
        return false
    }

    /// How two events' days compare.
    enum DateRelation {
        /// The same days.
        case same
        /// One's days contain the other's: a day inside a month, a range or a year.
        case containing
        /// Days that do not contain each other.
        case apart
        /// One or both undated.
        case undated
    }

    static func dateRelation(of event: Event, to stored: StoredEvent) -> DateRelation {
        guard let date = event.date, let first = stored.dateFirst, let last = stored.dateLast else { return .undated }
        let newFirst = date.firstDay
        let newLast = (event.endDate ?? date).lastDay
        if newFirst == first && newLast == last { return .same }
        if (first <= newFirst && newLast <= last) || (newFirst <= first && last <= newLast) { return .containing }
        return .apart
    }

    private static func samePlace(_ event: Event, _ stored: StoredEvent) -> Bool {
        guard let new = event.location?.name, let old = stored.location?.name else { return false }
        return CountryCatalog.key(new) == CountryCatalog.key(old)
    }

    /// True when both name a different holder of the same one-person office of the same country.
    static func officeConflict(_ event: Event, actors: [Int64], _ stored: StoredEvent) -> Bool {
        for (participant, actor) in zip(event.participants, actors) {
            guard let role = participant.role, singleHolderRoles.contains(role) else { continue }
            if stored.participants.contains(where: { $0.role == role && $0.country == participant.country && $0.actor != actor }),
               !stored.participants.contains(where: { $0.actor == actor }) {
                return true
            }
        }
        return false
    }
}
