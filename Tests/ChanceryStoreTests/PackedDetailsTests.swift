import ChanceryCore
@testable import ChanceryStore
import SQLiteDB
import Testing

/// What a listing prints of an event travels with its row in `events.details`.
@Suite struct PackedDetailsTests {
    static let head = PackedDetails.Head(Event(type: .meeting))

    static func unpacked(_ text: String) -> Event {
        var event = Event(type: .meeting, status: .occurred)
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { PackedDetails.unpack(UnsafeBufferPointer($0), into: &event) }
        return event
    }

    @Test func whatIsPackedUnpacksTheSame() {
        let people = [
            Participant(name: "ناصر بوريطة", country: "MA", role: "foreign minister"),
            Participant(name: "Jean-Noël Barrot", country: "FR"),
            Participant(name: "an envoy", role: "special envoy"),
            Participant(name: "Someone"),
        ]
        let text = PackedDetails.pack(head: Self.head, countries: ["RU", "MA", "FR"], organizations: ["الجامعة العربية", "AU"], participants: people)
        let event = Self.unpacked(text)
        #expect(event.countries == ["FR", "MA", "RU"])
        #expect(event.organizations == ["AU", "الجامعة العربية"])
        #expect(event.participants == people)
    }

    @Test func emptySectionsGiveEmptyLists() {
        let event = Self.unpacked(PackedDetails.pack(head: Self.head, countries: ["EG"], organizations: [], participants: []))
        #expect(event.countries == ["EG"])
        #expect(event.organizations.isEmpty)
        #expect(event.participants.isEmpty)
        // A row written by hand, without details, reads as an event with none.
        let bare = Self.unpacked("")
        #expect(bare.countries.isEmpty && bare.organizations.isEmpty && bare.participants.isEmpty)
    }

    /// A listing reads each field of an event's own row from its details, as ingest stored it; a
    /// separator typed inside a field is read as a space and leaves the next field in its place.
    @Test func aListingReadsAnEventsOwnFieldsFromItsDetails() throws {
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
            try store.forEachEventRow(matching: EventFilter()) { row in
                func text(_ field: EventRow.Text) -> String { row.withText(field) { String(decoding: $0, as: UTF8.self) } }
                var countries: [String] = []
                row.forEachCountry { countries.append(String(decoding: $0, as: UTF8.self)) }
                var people: [String] = []
                row.forEachParticipant { people.append(String(decoding: $0.name, as: UTF8.self) + "/" + String(decoding: $0.role, as: UTF8.self)) }
                read.append([row.type.rawValue, row.status.rawValue, text(.status), text(.date), text(.endDate), text(.location),
                             "\(row.mode?.rawValue ?? "-")", "\(row.instrument?.rawValue ?? "-")", "\(row.count ?? -1)",
                             text(.title), text(.body), "\(row.ordinal ?? -1)", countries.joined(separator: ","),
                             people.joined(separator: ";")].joined(separator: "|"))
            }
            #expect(read == [
                "commission_session|occurred|occurred|2024|||-|-|-1||the joint higher committee|12|EG,MA|",
                "agreement|planned|planned|2025-11|2025-12-02|Dakar|-|mou|3|fisheries and ports||-1|MA,SN|Yassine Fall/foreign minister",
            ])
        }
    }

    /// A base made before migrations 0006 and 0007 gets its details from its columns and tables,
    /// packed as Chancery packs them when it writes an event: reading it after the migrations gives
    /// back every event as it was, and a listing the same rows.
    @Test func theMigrationPacksStoredEventsAsTheStoreDoes() throws {
        try withStore { store, path in
            try Fixture.populate(store)
            // A second report of the Moscow meeting, naming an organisation and someone without office.
            var again = Fixture.moscowMeeting
            again.organizations = ["BRICS"]
            again.participants.append(Participant(name: "Ivan\u{1E}Petrov", country: "RU"))  // a separator typed in a name
            _ = try store.ingest(Fixture.document("ma-ru-again", "Moscow text, once more", published: "2025-10-17"),
                                 events: [again])
            var before: [Event] = []
            try store.forEachEvent { before.append($0) }
            let packedBefore = try store.db.rows("SELECT id, details FROM events ORDER BY id").map { "\($0[0].int64 ?? 0) \($0[1].string ?? "")" }
            try #require(before.contains { $0.organizations == ["BRICS"] && $0.sources.count == 2 },
                         "the second report was not merged: \(before.map(\.summary))")

            let db = try Connection(path: path)
            try db.execute("""
                DROP INDEX events_by_type_date;
                ALTER TABLE events DROP COLUMN details;
                CREATE INDEX events_by_type_date ON events (type, date_first);
                DELETE FROM schema_migrations WHERE version IN (6, 7);
                """)
            let migrated = try Store(path: path)
            var after: [Event] = []
            try migrated.forEachEvent { after.append($0) }
            #expect(after == before)
            let packedAfter = try migrated.db.rows("SELECT id, details FROM events ORDER BY id").map { "\($0[0].int64 ?? 0) \($0[1].string ?? "")" }
            #expect(packedAfter == packedBefore)
        }
    }
}
