import ChanceryCore
import SQLiteDB

extension Store {
    /// What `EventReader` reads (see EventListing). events_by_type_date holds them, so that a
    /// period's events are read from that index alone.
    static let eventColumns = "e.id, e.confidence, e.listing"

    /// Meetings in which both countries took part, in date order.
    public func meetings(between first: String, and second: String, filter: EventFilter = EventFilter(),
                         includingSources: Bool = true) throws -> [Event] {
        var filter = filter
        filter.types = [.meeting]
        filter.countries = [first, second]
        return try events(matching: filter, includingSources: includingSources)
    }

    /// Agreement signings in date order.
    public func agreements(filter: EventFilter = EventFilter(), includingSources: Bool = true) throws -> [Event] {
        var filter = filter
        filter.types = [.agreement]
        return try events(matching: filter, includingSources: includingSources)
    }

    /// Every event matching `filter`, in date order (undated last), with participants, and with
    /// sources unless the caller will not show them.
    public func events(matching filter: EventFilter, includingSources: Bool = true) throws -> [Event] {
        let (sql, parameters) = Self.selectSQL(for: filter)
        return try wrap {
            let statement = try db.cachedStatement(sql)
            try statement.bind(parameters)
            var events: [Event] = []
            let reader = EventReader(columnsOf: statement)
            while try statement.step() {
                events.append(reader.read(statement))
            }
            statement.reset()
            if includingSources { try loadSources(of: &events) }
            return events
        }
    }

    /// Calls `body` with every event matching `filter`, in date order. Without sources, each event
    /// is handed over as it is read, so that a long listing never holds them all.
    public func forEachEvent(matching filter: EventFilter, includingSources: Bool = true,
                             _ body: (Event) throws -> Void) throws {
        guard !includingSources else { return try events(matching: filter).forEach(body) }
        let (sql, parameters) = Self.selectSQL(for: filter)
        try wrap {
            let statement = try db.cachedStatement(sql)
            try statement.bind(parameters)
            defer { statement.reset() }
            let reader = EventReader(columnsOf: statement)
            while try statement.step() {
                try body(reader.read(statement))
            }
        }
    }

    /// How many events the knowledge base holds.
    public func eventCount() throws -> Int {
        try wrap { try db.scalar("SELECT count(*) FROM events").int ?? 0 }
    }

    /// How many events match `filter`, its limit aside: what a listing that a limit cut says it
    /// was cut from.
    public func eventCount(matching filter: EventFilter) throws -> Int {
        var filter = filter
        filter.limit = nil
        let (sql, parameters) = Self.selectSQL(for: filter, columns: "count(*)", ordered: false)
        return try wrap { try db.scalar(sql, parameters).int ?? 0 }
    }

    /// One event with everything known about it, or nil when there is no such id.
    public func event(id: Int64) throws -> Event? {
        try wrap {
            let statement = try db.cachedStatement("SELECT \(Self.eventColumns) FROM events e WHERE e.id = ?")
            try statement.bind([id])
            guard try statement.step() else { return nil }
            var events = [EventReader(columnsOf: statement).read(statement)]
            statement.reset()
            try loadSources(of: &events)
            return events.first
        }
    }

    /// The full text of a stored document, by the caller's id.
    public func documentText(id: String) throws -> String? {
        try wrap { try db.scalar("SELECT text FROM documents WHERE external_id = ?", [id]).string }
    }

    /// The query of the events matching `filter`, in date order unless not `ordered` (a count).
    static func selectSQL(for filter: EventFilter, columns: String = eventColumns, ordered: Bool = true) -> (String, [any SQLiteBindable]) {
        var sql = "SELECT \(columns) FROM "
        var parameters: [any SQLiteBindable] = []
        var conditions: [String] = []
        // Start from the most selective index: the pairs' when two countries are named (a pair
        // has a few hundred events where a country has tens of thousands), else the countries'.
        var countries: [String] = []
        for country in filter.countries where !countries.contains(country) { countries.append(country) }
        let remaining: ArraySlice<String>
        if countries.count >= 2 {
            // CROSS JOIN keeps the pair as the outer loop: without statistics the planner would
            // rather walk the date index whenever a period is given.
            sql += "event_country_pairs p CROSS JOIN events e ON e.id = p.event_id"
            conditions.append("p.country = ? AND p.partner = ?")
            parameters += [countries[0], countries[1]] as [any SQLiteBindable]
            remaining = countries.dropFirst(2)
        } else if let country = countries.first {
            sql += "event_countries c0 JOIN events e ON e.id = c0.event_id"
            conditions.append("c0.country = ?")
            parameters.append(country)
            remaining = []
        } else {
            sql += "events e"
            remaining = []
        }
        for (offset, country) in remaining.enumerated() {
            conditions.append("EXISTS (SELECT 1 FROM event_countries c\(offset + 1) WHERE c\(offset + 1).event_id = e.id AND c\(offset + 1).country = ?)")
            parameters.append(country)
        }
        if !filter.types.isEmpty {
            conditions.append("e.type IN (\(filter.types.map { _ in "?" }.joined(separator: ", ")))")
            parameters.append(contentsOf: filter.types.map(\.rawValue) as [any SQLiteBindable])
        }
        if let since = filter.since {
            conditions.append("e.date_last >= ?")
            parameters.append(since.firstDay)
            // Implied by the line above, but on date_first, so that the scan of the date index
            // starts near `since` rather than at the first event ever stored.
            conditions.append("e.date_first >= date(?, '-' || (\(Self.widestSpanSQL)) || ' days')")
            parameters.append(since.firstDay)
        }
        if let until = filter.until {
            conditions.append("e.date_first <= ?")
            parameters.append(until.lastDay)
        }
        if let status = filter.status {
            conditions.append("e.status = ?")
            parameters.append(status.rawValue)
        }
        if let mode = filter.mode {
            conditions.append("e.mode = ?")
            parameters.append(mode.rawValue)
        }
        if let instrument = filter.instrument {
            conditions.append("e.instrument = ?")
            parameters.append(instrument.rawValue)
        }
        if !conditions.isEmpty {
            sql += " WHERE " + conditions.joined(separator: " AND ")
        }
        guard ordered else { return (sql, parameters) }
        // A period leaves undated events out, so that their place at the end need not be asked
        // for: asking would make SQLite sort the rows that events_by_type_date gives in order.
        sql += filter.since == nil && filter.until == nil
            ? " ORDER BY e.date_first IS NULL, e.date_first, e.id" : " ORDER BY e.date_first, e.id"
        if let limit = filter.limit {
            sql += " LIMIT ?"
            parameters.append(limit)
        }
        return (sql, parameters)
    }

    /// The most days any stored date stands for, read from the top of events_by_span.
    static let widestSpanSQL = "SELECT ifnull(max(julianday(date_last) - julianday(date_first)), 0) FROM events"
}

/// Reads events from the rows of a query of `Store.eventColumns`, its columns found by name once.
struct EventReader {
    let id, confidence, listing: Int32?

    init(columnsOf row: some ColumnReading) {
        id = row.columnIndex(named: "id")
        confidence = row.columnIndex(named: "confidence")
        listing = row.columnIndex(named: "listing")
    }

    /// The event of the current row, without its sources.
    func read(_ row: some ColumnReading) -> Event {
        var event = listing.flatMap(row.text(at:)).flatMap(EventListing.event(json:)) ?? Event(type: .meeting)
        event.id = id.map(row.int64(at:))
        if let confidence { event.confidence = row.double(at: confidence) }
        return event
    }
}
