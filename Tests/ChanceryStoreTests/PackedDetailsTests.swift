import ChanceryCore
@testable import ChanceryStore
import SQLiteDB
import Testing

/// An event's countries, organisations and people travel with its row in `events.details`.
@Suite struct PackedDetailsTests {
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
        let text = PackedDetails.pack(countries: ["RU", "MA", "FR"], organizations: ["الجامعة العربية", "AU"], participants: people)
        let event = Self.unpacked(text)
        #expect(event.countries == ["FR", "MA", "RU"])
        #expect(event.organizations == ["AU", "الجامعة العربية"])
        #expect(event.participants == people)
    }

    @Test func emptySectionsGiveEmptyLists() {
        let event = Self.unpacked(PackedDetails.pack(countries: ["EG"], organizations: [], participants: []))
        #expect(event.countries == ["EG"])
        #expect(event.organizations.isEmpty)
        #expect(event.participants.isEmpty)
        // A row written by hand, without details, reads as an event with none.
        let bare = Self.unpacked("")
        #expect(bare.countries.isEmpty && bare.organizations.isEmpty && bare.participants.isEmpty)
    }

    /// A base made before migration 0006 gets its details from its tables, packed as Chancery packs
    /// them when it writes an event: reading it after the migration gives back every event as it was.
    @Test func theMigrationPacksStoredEventsAsTheStoreDoes() throws {
        try withStore { store, path in
            try Fixture.populate(store)
            // A second report of the Moscow meeting, naming an organisation and someone without office.
            var again = Fixture.moscowMeeting
            again.organizations = ["BRICS"]
            again.participants.append(Participant(name: "Ivan Petrov", country: "RU"))
            _ = try store.ingest(Fixture.document("ma-ru-again", "Moscow text, once more", published: "2025-10-17"),
                                 events: [again])
            var before: [Event] = []
            try store.forEachEvent { before.append($0) }
            try #require(before.contains { $0.organizations == ["BRICS"] && $0.sources.count == 2 },
                         "the second report was not merged: \(before.map(\.summary))")

            let db = try Connection(path: path)
            try db.execute("""
                DROP INDEX events_by_type_date;
                ALTER TABLE events DROP COLUMN details;
                CREATE INDEX events_by_type_date ON events (type, date_first);
                DELETE FROM schema_migrations WHERE version = 6;
                """)
            let migrated = try Store(path: path)
            var after: [Event] = []
            try migrated.forEachEvent { after.append($0) }
            #expect(after == before)
        }
    }
}
