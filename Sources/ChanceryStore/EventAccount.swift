import ChanceryCore
import SQLiteDB

/// What is told of an event, by one document or by all its reports together: its own fields,
/// and the people it names. The one type of them: `events`, `reports` and `deleted_reports`
/// store it in the columns of `columnNames`, written by `columnValues` and read by `Reader`,
/// and nothing else spells its fields out.
struct EventAccount: Equatable {
    var status: EventStatus
    var date: PartialDate?
    var endDate: PartialDate?
    var location: Location?
    var mode: MeetingMode?
    var instrument: Instrument?
    var count: Int?
    var title: String?
    var body: String?
    var ordinal: Int?
    var confidence: Double
    var participants: [ReportedParticipant] = []

    /// The first day the date can stand for, as `events.date_first` holds it.
    var dateFirst: String? { date?.firstDay }
    /// The last day the date or its end can stand for, as `events.date_last` holds it.
    var dateLast: String? { (endDate ?? date)?.lastDay }
}

extension EventAccount {
    /// What extraction told of an event; its people resolved to `actors` when given, in order.
    init(_ event: Event, actors: [Int64] = []) {
        self.init(status: event.status, date: event.date, endDate: event.endDate, location: event.location,
                  mode: event.mode, instrument: event.instrument, count: event.count, title: event.title,
                  body: event.body, ordinal: event.ordinal, confidence: event.confidence,
                  participants: zip(event.participants, actors).map {
                      ReportedParticipant(actor: $1, name: $0.name, country: $0.country, role: $0.role)
                  })
    }

    /// The account as an event of `type`, as extraction would hand it over.
    func event(type: EventType, id: Int64? = nil, countries: [String] = [], organizations: [String] = [],
               evidence: Evidence? = nil) -> Event {
        Event(id: id, type: type, status: status, date: date, endDate: endDate,
              countries: countries, organizations: organizations, location: location,
              participants: participants.map(\.participant),
              mode: mode, instrument: instrument, count: count, title: title,
              body: body, ordinal: ordinal, confidence: confidence, evidence: evidence)
    }
}

// MARK: Its columns

extension EventAccount {
    /// The columns an account is stored in, in `events`, `reports` and `deleted_reports` alike.
    static let columnNames = [
        "status", "date", "end_date", "location_name", "location_country", "mode", "instrument",
        "count", "title", "body", "ordinal", "confidence",
    ]

    /// What `events` derives from the date besides, so that periods compare as text (see 0001).
    static let dateRangeColumnNames = ["date_precision", "date_first", "date_last"]

    /// `columnNames` for a column list, each after `prefix` ("e." for `e.status, e.date, …`).
    static func columnList(_ prefix: String = "", including extra: [String] = []) -> String {
        (columnNames + extra).map { prefix + $0 }.joined(separator: ", ")
    }

    /// As many placeholders as `count` columns: "?, ?, ?".
    static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }

    /// The values of `columnNames`, in their order: the one place an account is written.
    var columnValues: [any SQLiteBindable] {
        [status.rawValue, date?.description, endDate?.description, location?.name, location?.country,
         mode?.rawValue, instrument?.rawValue, count, title, body, ordinal, confidence]
    }

    /// The values of `dateRangeColumnNames`.
    var dateRangeValues: [any SQLiteBindable] {
        [date.map { Store.precisionName($0.precision) }, dateFirst, dateLast]
    }

    /// Reads accounts from the rows of one query, its columns found by name once: the one place
    /// an account is read. The people are not among the columns: a caller adds them.
    struct Reader {
        let status, date, endDate, locationName, locationCountry, mode, instrument: Int32?
        let count, title, body, ordinal, confidence: Int32?

        /// The reader of the columns of `row`'s query (a statement, or any row copied from it).
        init(columnsOf row: some ColumnReading) {
            let index = { (name: String) in row.columnIndex(named: name) }
            (status, date, endDate) = (index("status"), index("date"), index("end_date"))
            (locationName, locationCountry) = (index("location_name"), index("location_country"))
            (mode, instrument, count) = (index("mode"), index("instrument"), index("count"))
            (title, body, ordinal, confidence) = (index("title"), index("body"), index("ordinal"), index("confidence"))
        }

        func read(_ row: some ColumnReading) -> EventAccount {
            func text(_ column: Int32?) -> String? { column.flatMap(row.text(at:)) }
            func integer(_ column: Int32?) -> Int? {
                guard let column, !row.isNull(at: column) else { return nil }
                return Int(row.int64(at: column))
            }
            return EventAccount(
                status: text(status).flatMap(EventStatus.init(rawValue:)) ?? .occurred,
                date: text(date).flatMap(PartialDate.init), endDate: text(endDate).flatMap(PartialDate.init),
                location: text(locationName).map { Location(name: $0, country: text(locationCountry)) },
                mode: text(mode).flatMap(MeetingMode.init(rawValue:)),
                instrument: text(instrument).flatMap(Instrument.init(rawValue:)),
                count: integer(count), title: text(title), body: text(body), ordinal: integer(ordinal),
                confidence: confidence.map { row.isNull(at: $0) ? 0.5 : row.double(at: $0) } ?? 0.5)
        }
    }
}

/// Someone a report names, with the name as that document writes it.
struct ReportedParticipant: Equatable {
    var actor: Int64
    var name: String
    var country: String?
    var role: String?

    var participant: Participant { Participant(name: name, country: country, role: role) }
}
