import ChanceryCore
@testable import ChanceryStore
import SQLiteDB
import Testing

/// What a listing prints of an event travels with its row, as JSON in `events.listing`.
@Suite struct EventListingTests {
    static let people = [
        Participant(name: "ناصر بوريطة", country: "MA", role: "foreign minister"),
        Participant(name: "Jean-Noël \"JN\" Barrot\\", country: "FR"),
        Participant(name: "an envoy\u{1F}\n", role: "special envoy"),
        Participant(name: "Someone"),
    ]

    @Test func whatIsWrittenReadsBackTheSame() throws {
        let event = Event(type: .agreement, status: .planned, date: PartialDate("2025-11"), endDate: PartialDate("2025-12-02"),
                          countries: ["RU", "MA", "FR"], organizations: ["الجامعة العربية", "AU"],
                          location: Location(name: "Dakar", country: "SN"), participants: Self.people,
                          instrument: .mou, count: 3, title: "fisheries \"and\" ports", body: nil, ordinal: -2)
        let read = try #require(EventListing.event(json: EventListing.json(of: event)))
        #expect(read == event)
        #expect(read.countries == ["FR", "MA", "RU"])
        #expect(read.organizations == ["AU", "الجامعة العربية"])
    }

    /// SQLite's JSON functions write the listings of a migrated base: the reader takes their form too.
    @Test func theReaderTakesWhatSQLiteWrites() throws {
        let db = try Connection(path: ":memory:")
        let json = try db.scalar("""
            SELECT json_object('type', 'commission_session', 'status', 'planned', 'date', '2025', 'end_date', NULL,
                               'location', json(NULL), 'mode', NULL, 'instrument', NULL, 'count', NULL, 'title', NULL,
                               'body', 'joint commission', 'ordinal', 8, 'countries', json_array('EG', 'MA'), 'organizations', json_array(),
                               'participants', json_array(json_object('name', ?, 'country', NULL, 'role', 'minister')))
            """, ["سامح \"شكري\"\u{1}"]).string ?? ""
        let read = try #require(EventListing.event(json: json))
        #expect(read == Event(type: .commissionSession, status: .planned, date: PartialDate("2025"), countries: ["EG", "MA"],
                              participants: [Participant(name: "سامح \"شكري\"\u{1}", role: "minister")],
                              body: "joint commission", ordinal: 8))
    }

    /// A listing written by hand, its keys in another order and some left out, reads the same.
    @Test func keysInAnyOrderReadTheSame() throws {
        let json = #"{"countries": ["EG", "MA"], "participants": [{"role": "king", "name": "Mohammed VI"}], "type": "agreement", "count": 2, "extra": [1, {"a": null}]}"#
        let read = try #require(EventListing.event(json: json))
        #expect(read == Event(type: .agreement, countries: ["EG", "MA"], participants: [Participant(name: "Mohammed VI", role: "king")], count: 2))
    }

    @Test func brokenTextReadsAsNoListing() {
        for text in ["", "{\"countries\": [\"MA\"", "null", "[1, 2]", "{\"count\": 1.5}", "{} {}"] {
            #expect(EventListing.event(json: text) == nil, "\(text)")
        }
        #expect(EventListing.event(json: "{}") == Event(type: .meeting))
    }

    /// The file stays readable by hand: sqlite3's JSON functions read each listing.
    @Test func sqliteReadsTheListingsTheStoreWrites() throws {
        try withStore { store, _ in
            try Fixture.populate(store)
            let rows = try store.db.rows("""
                SELECT e.id, json_extract(e.listing, '$.countries'), json_extract(e.listing, '$.participants[0].name'),
                       (SELECT group_concat(country, ',') FROM (SELECT country FROM event_countries WHERE event_id = e.id ORDER BY country)),
                       (SELECT name FROM participations WHERE event_id = e.id ORDER BY position LIMIT 1)
                FROM events e ORDER BY e.id
                """)
            try #require(!rows.isEmpty)
            for row in rows {
                let codes = (row[3].string ?? "").split(separator: ",").map { "\"\($0)\"" }.joined(separator: ",")
                #expect(row[1].string == "[\(codes)]")
                #expect(row[2] == row[4])
            }
        }
    }

    /// A listing reads each field of an event's own row from its columns, as ingest stored it.
    @Test func aListingReadsAnEventsOwnFields() throws {
        try withStore { store, _ in
            let signing = Event(type: .agreement, status: .planned, date: PartialDate("2025-11"), endDate: PartialDate("2025-12-02"),
                                countries: ["SN", "MA"], location: Location(name: "Dakar", country: "SN"),
                                participants: [Participant(name: "Yassine Fall", country: "SN", role: "foreign minister")],
                                instrument: .mou, count: 3, title: "fisheries\u{1F}and ports", confidence: 0.7,
                                evidence: Fixture.evidence("three memoranda on fisheries and ports"))
            let session = Event(type: .commissionSession, date: PartialDate("2024"), countries: ["EG", "MA"],
                                body: "the joint higher committee", ordinal: 12, confidence: 0.6,
                                evidence: Fixture.evidence("the twelfth session", at: 40))
            _ = try store.ingest(Fixture.document("fields", "A signing in Dakar and a session in Cairo."), events: [signing, session])
            var read: [String] = []
            try store.forEachEvent(matching: EventFilter(), includingSources: false) { event in
                read.append([event.type.rawValue, event.status.rawValue, event.date?.description ?? "", event.endDate?.description ?? "",
                             event.location?.name ?? "", event.mode?.rawValue ?? "-", event.instrument?.rawValue ?? "-",
                             "\(event.count ?? -1)", event.title ?? "", event.body ?? "", "\(event.ordinal ?? -1)",
                             event.countries.joined(separator: ","),
                             event.participants.map { $0.name + "/" + ($0.role ?? "") }.joined(separator: ";")].joined(separator: "|"))
            }
            #expect(read == [
                "commission_session|occurred|2024|||-|-|-1||the joint higher committee|12|EG,MA|",
                "agreement|planned|2025-11|2025-12-02|Dakar|-|mou|3|fisheries\u{1F}and ports||-1|MA,SN|Yassine Fall/foreign minister",
            ])
        }
    }
}
