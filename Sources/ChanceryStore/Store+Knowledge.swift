import ChanceryCore
import SQLiteDB

/// A country another one has dealt with, and how.
public struct Partner: Hashable, Sendable {
    public var country: String
    public var events: Int
    /// Events by type, for the types there are.
    public var byType: [EventType: Int]
    public var firstContact: PartialDate?
    public var lastContact: PartialDate?
}

/// A person as the knowledge base knows them.
public struct ActorSummary: Hashable, Sendable {
    public var id: Int64
    public var name: String
    public var country: String?
    /// Roles with the dates they were seen in: "foreign minister (2023-01-05…2025-10-16)".
    public var roles: [ActorRole]
    public var aliases: [String]
    public var events: Int
}

/// A role an actor held, as first and last seen.
public struct ActorRole: Hashable, Sendable {
    public var role: String
    public var country: String?
    public var firstSeen: PartialDate?
    public var lastSeen: PartialDate?
}

/// The size and span of the knowledge base.
public struct KnowledgeBaseStatistics: Hashable, Sendable {
    public var documents: Int
    public var events: Int
    public var eventsByTypeAndStatus: [EventType: [EventStatus: Int]]
    public var sources: Int
    public var countries: Int
    public var actors: Int
    public var firstDate: PartialDate?
    public var lastDate: PartialDate?
}

/// A document that matches a search, where it matches, and what events it gave.
public struct SearchHit: Hashable, Sendable {
    public var document: String
    public var title: String?
    public var url: String?
    public var published: PartialDate?
    public var language: String?
    /// The text around the first match, from the document as written, the matched words marked.
    public var snippet: Snippet
    public var events: [Event]
}

/// The SQL of the knowledge-base questions, kept together so that a test can check each plan.
enum KnowledgeSQL {
    static let partnerEvents = """
        SELECT p.partner, e.type, e.date, e.end_date
        FROM event_country_pairs p JOIN events e ON e.id = p.event_id
        WHERE p.country = ?
        """
    // Without a name to look for, the people who took part in something: the curated officials
    // loaded as reference data would otherwise bury them under hundreds of rows with no events.
    static let allActors = "SELECT DISTINCT actor_id FROM participations"
    static let actorsByAliasPrefix = "SELECT DISTINCT actor_id FROM actor_aliases WHERE folded_alias >= ? AND folded_alias < ?"
    static let actorsByWordPrefix = "SELECT DISTINCT actor_id FROM actor_name_words WHERE word >= ? AND word < ?"
    static let actor = "SELECT id, name, country FROM actors WHERE id = ?"
    static let actorAliases = "SELECT alias FROM actor_aliases WHERE actor_id = ? ORDER BY alias"
    static let actorRoles = "SELECT role, country, first_seen, last_seen FROM actor_roles WHERE actor_id = ? ORDER BY first_seen"
    static let actorEventCount = "SELECT count(*) FROM participations WHERE actor_id = ?"
    static let actorEvents = "SELECT \(Store.eventColumns) FROM participations p JOIN events e ON e.id = p.event_id WHERE p.actor_id = ?"
    static let documentCount = "SELECT count(*) FROM documents"
    static let eventsByTypeAndStatus = "SELECT type, status, count(*) FROM events GROUP BY type, status"
    static let sourceCount = "SELECT count(*) FROM sources"
    static let countryCount = "SELECT count(DISTINCT country) FROM event_countries"
    static let actorCount = "SELECT count(DISTINCT actor_id) FROM participations"
    static let firstDate = "SELECT date FROM events WHERE date_first IS NOT NULL ORDER BY date_first LIMIT 1"
    static let lastDate = "SELECT coalesce(end_date, date) FROM events WHERE date_last IS NOT NULL ORDER BY date_last DESC LIMIT 1"
    static let search = """
        SELECT d.id, d.external_id, d.title, d.url, d.published, d.language, d.text
        FROM document_search JOIN documents d ON d.id = document_search.rowid
        WHERE document_search MATCH ? ORDER BY rank LIMIT ?
        """
    static let documentEvents = "SELECT event_id FROM sources WHERE document_id = ? ORDER BY event_id"

    /// Every question with parameters of the right kind, for `EXPLAIN QUERY PLAN`.
    static var all: [(String, [any SQLiteBindable])] { [
        (partnerEvents, ["MA"]), (allActors, []), (actorsByAliasPrefix, ["a", "b"]),
        (actorsByWordPrefix, ["a", "b"]), (actor, [1]), (actorAliases, [1]), (actorRoles, [1]),
        (actorEventCount, [1]), (actorEvents, [1]), (documentCount, []), (eventsByTypeAndStatus, []),
        (sourceCount, []), (countryCount, []), (actorCount, []), (firstDate, []), (lastDate, []),
        (search, ["word", 10]), (documentEvents, [1]),
    ] }
}

extension Store {
    /// The countries `country` took part in events with, most events first.
    public func partners(of country: String, filter: EventFilter = EventFilter()) throws -> [Partner] {
        var sql = KnowledgeSQL.partnerEvents
        var parameters: [any SQLiteBindable] = [country]
        if !filter.types.isEmpty {
            sql += " AND e.type IN (\(filter.types.map { _ in "?" }.joined(separator: ", ")))"
            parameters += filter.types.map(\.rawValue) as [any SQLiteBindable]
        }
        if let since = filter.since { sql += " AND e.date_last >= ?"; parameters.append(since.firstDay) }
        if let until = filter.until { sql += " AND e.date_first <= ?"; parameters.append(until.lastDay) }
        if let status = filter.status { sql += " AND e.status = ?"; parameters.append(status.rawValue) }
        return try wrap {
            var partners: [String: Partner] = [:]
            for row in try db.rows(sql, parameters) {
                guard let code = row[0].string, let type = row[1].string.flatMap(EventType.init(rawValue:)) else { continue }
                var partner = partners[code] ?? Partner(country: code, events: 0, byType: [:])
                partner.events += 1
                partner.byType[type, default: 0] += 1
                if let date = row[2].string.flatMap(PartialDate.init) {
                    let end = row[3].string.flatMap(PartialDate.init) ?? date
                    if partner.firstContact.map({ date.firstDay < $0.firstDay }) ?? true { partner.firstContact = date }
                    if partner.lastContact.map({ end.lastDay > $0.lastDay }) ?? true { partner.lastContact = end }
                }
                partners[code] = partner
            }
            let ranked = partners.values.sorted { ($0.events, $1.country) > ($1.events, $0.country) }
            return filter.limit.map { Array(ranked.prefix($0)) } ?? ranked
        }
    }

    /// Actors whose names (in any script) start with the words of `text` (curated officials included),
    /// or, without `text`, every actor who took part in an event; most events first.
    public func actors(matching text: String? = nil, country: String? = nil, limit: Int? = nil) throws -> [ActorSummary] {
        try wrap {
            var ids: [Int64]
            let words = (text.map(CountryCatalog.key) ?? "").split(separator: " ").map(String.init)
            if let first = words.max(by: { $0.count < $1.count }) {
                var found = Set<Int64>()
                for row in try db.rows(KnowledgeSQL.actorsByWordPrefix, [first, first + "\u{10FFFF}"]) {
                    if let id = row[0].int64 { found.insert(id) }
                }
                let whole = words.joined(separator: " ")
                for row in try db.rows(KnowledgeSQL.actorsByAliasPrefix, [whole, whole + "\u{10FFFF}"]) {
                    if let id = row[0].int64 { found.insert(id) }
                }
                ids = Array(found)
            } else {
                ids = try db.rows(KnowledgeSQL.allActors).compactMap { $0[0].int64 }
            }
            var result: [ActorSummary] = []
            for id in ids {
                guard let actor = try actorSummary(id: id) else { continue }
                if let country, actor.country != country { continue }
                if !words.isEmpty {
                    let aliasWords = actor.aliases.map { CountryCatalog.key($0).split(separator: " ") }
                    let matches = words.allSatisfy { word in aliasWords.contains { $0.contains { $0.hasPrefix(word) } } }
                    guard matches else { continue }
                }
                result.append(actor)
            }
            result.sort { ($0.events, $1.name, $1.id) > ($1.events, $0.name, $0.id) }
            return limit.map { Array(result.prefix($0)) } ?? result
        }
    }

    /// One actor by id, with roles, aliases and the number of events they took part in.
    public func actorSummary(id: Int64) throws -> ActorSummary? {
        try wrap {
            guard let row = try db.rows(KnowledgeSQL.actor, [id]).first else { return nil }
            let roles = try db.rows(KnowledgeSQL.actorRoles, [id]).map {
                ActorRole(role: $0[0].string ?? "", country: $0[1].string.flatMap { $0.isEmpty ? nil : $0 },
                          firstSeen: $0[2].string.flatMap(PartialDate.init), lastSeen: $0[3].string.flatMap(PartialDate.init))
            }
            return ActorSummary(
                id: id, name: row[1].string ?? "", country: row[2].string, roles: roles,
                aliases: try db.rows(KnowledgeSQL.actorAliases, [id]).compactMap { $0[0].string },
                events: try db.scalar(KnowledgeSQL.actorEventCount, [id]).int ?? 0
            )
        }
    }

    /// The events an actor took part in, in date order.
    public func events(ofActor id: Int64) throws -> [Event] {
        try wrap {
            let statement = try db.cachedStatement(KnowledgeSQL.actorEvents)
            try statement.bind([id])
            var events: [Event] = []
            let reader = EventReader(columnsOf: statement)
            while try statement.step() {
                events.append(reader.read(statement))
            }
            statement.reset()
            try loadSources(of: &events)
            return events.sorted(by: Self.inDateOrder)
        }
    }

    static func inDateOrder(_ a: Event, _ b: Event) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?): return (x.firstDay, a.id ?? 0) < (y.firstDay, b.id ?? 0)
        case (nil, nil): return (a.id ?? 0) < (b.id ?? 0)
        case (_?, nil): return true
        case (nil, _?): return false
        }
    }

    /// Counts of documents, events, countries and actors, and the span of the dates.
    public func statistics() throws -> KnowledgeBaseStatistics {
        try wrap {
            var byType: [EventType: [EventStatus: Int]] = [:]
            var events = 0
            for row in try db.rows(KnowledgeSQL.eventsByTypeAndStatus) {
                guard let type = row[0].string.flatMap(EventType.init(rawValue:)),
                      let status = row[1].string.flatMap(EventStatus.init(rawValue:)) else { continue }
                let count = row[2].int ?? 0
                byType[type, default: [:]][status] = count
                events += count
            }
            return KnowledgeBaseStatistics(
                documents: try db.scalar(KnowledgeSQL.documentCount).int ?? 0,
                events: events, eventsByTypeAndStatus: byType,
                sources: try db.scalar(KnowledgeSQL.sourceCount).int ?? 0,
                countries: try db.scalar(KnowledgeSQL.countryCount).int ?? 0,
                actors: try db.scalar(KnowledgeSQL.actorCount).int ?? 0,
                firstDate: try db.scalar(KnowledgeSQL.firstDate).string.flatMap(PartialDate.init),
                lastDate: try db.scalar(KnowledgeSQL.lastDate).string.flatMap(PartialDate.init)
            )
        }
    }

    /// Documents whose text contains every word of `text`, best first, a known name in it
    /// searched by all its names (see `searchQuery(for:)`).
    ///
    /// Words are folded as the index is (diacritics, harakat, alef forms); an Arabic word also
    /// matches with its clitics (و ف ب ل ك ال) attached or stripped, and with suffixes.
    public func search(_ text: String, limit: Int = 20) throws -> [SearchHit] {
        try search(searchQuery(for: text), limit: limit)
    }

    /// Documents in which every term of `query` occurs, best first.
    public func search(_ query: SearchQuery, limit: Int = 20) throws -> [SearchHit] {
        guard let match = query.ftsExpression else { return [] }
        return try wrap {
            var hits: [SearchHit] = []
            for row in try db.rows(KnowledgeSQL.search, [match, limit]) {
                let documentRow = row[0].int64 ?? 0
                let eventIDs = try db.rows(KnowledgeSQL.documentEvents, [documentRow]).compactMap { $0[0].int64 }
                hits.append(SearchHit(
                    document: row[1].string ?? "", title: row[2].string, url: row[3].string,
                    published: row[4].string.flatMap(PartialDate.init), language: row[5].string,
                    snippet: Snippet(of: row[6].string ?? "", for: query),
                    events: try eventIDs.compactMap { try event(id: $0) }
                ))
            }
            return hits
        }
    }
}
