import ChanceryCore
@testable import ChanceryStore
import Testing

/// Undated reports of one event (an article that says "today" with no date the extractor can
/// resolve) merge when documents published within a few days tell it of the same people or in
/// the same words; a look-alike, another meeting of the pair or of other people, stays apart.
@Suite struct UndatedMergeTests {
    static let ambassador = Participant(name: "Mikhail Bogdanov", country: "RU", role: "deputy foreign minister")

    /// An undated meeting of Morocco and Russia, no place stated: the merge rules of dated
    /// events, and the tie of the same place, have nothing to go on.
    static func talks(_ people: [Participant], _ evidence: String) -> Event {
        Event(type: .meeting, status: .occurred, countries: ["RU", "MA"], participants: people, confidence: 0.7,
              evidence: Fixture.evidence(evidence))
    }

    static func ingest(_ store: Store, _ id: String, published: String?, _ events: [Event]) throws {
        _ = try store.ingestBatch { try store.ingest(Fixture.document(id, "text of \(id)", published: published), events: events) }
    }

    @Test func theSameTwoPeopleReportedADayApartAreOneEvent() throws {
        try withStore { store, _ in
            try Self.ingest(store, "ar", published: "2025-10-16", [Self.talks([Fixture.bourita, Fixture.lavrov], "أجرى بوريطة مباحثات مع لافروف")])
            try Self.ingest(store, "fr", published: "2025-10-17", [Self.talks([Fixture.bourita, Fixture.lavrov], "Bourita s'est entretenu avec Lavrov")])
            let events = try store.events(matching: EventFilter())
            #expect(events.count == 1)
            #expect(events.first?.sources.map(\.document).sorted() == ["ar", "fr"])
        }
    }

    @Test func reportsInTheSameWordsAreOneEventThoughOneNamesNoOne() throws {
        try withStore { store, _ in
            let told = "Foreign Minister Nasser Bourita received the Russian deputy foreign minister in Rabat today"
            try Self.ingest(store, "a", published: "2025-10-16", [Self.talks([Fixture.bourita], told)])
            try Self.ingest(store, "b", published: "2025-10-18", [Self.talks([], "Nasser Bourita received today in Rabat the Russian deputy foreign minister")])
            #expect(try store.eventCount() == 1)
        }
    }

    @Test func twoUndatedMeetingsOfThePairAMonthApartStayTwo() throws {
        try withStore { store, _ in
            try Self.ingest(store, "october", published: "2025-10-16", [Self.talks([Fixture.bourita, Fixture.lavrov], "Bourita held talks with Lavrov today")])
            try Self.ingest(store, "november", published: "2025-11-16", [Self.talks([Fixture.bourita, Fixture.lavrov], "Bourita held talks with Lavrov today")])
            #expect(try store.eventCount() == 2)
        }
    }

    @Test func meetingsOfOtherPeopleInTheSameWordsStayTwo() throws {
        try withStore { store, _ in
            try Self.ingest(store, "a", published: "2025-10-16", [Self.talks([Fixture.bourita, Fixture.lavrov], "the minister received his Russian counterpart today")])
            try Self.ingest(store, "b", published: "2025-10-16", [Self.talks([Fixture.bourita, Self.ambassador], "the minister received his Russian counterpart today")])
            #expect(try store.eventCount() == 2)
        }
    }

    @Test func oneSharedPersonAndOtherWordsAreNotEnough() throws {
        try withStore { store, _ in
            try Self.ingest(store, "a", published: "2025-10-16", [Self.talks([Fixture.bourita], "Bourita received a Russian delegation on energy")])
            try Self.ingest(store, "b", published: "2025-10-17", [Self.talks([Fixture.bourita], "Bourita met Russian business leaders at the forum")])
            #expect(try store.eventCount() == 2)
        }
    }

    @Test func reportsWithNoDayOfPublicationStayTwo() throws {
        try withStore { store, _ in
            try Self.ingest(store, "a", published: nil, [Self.talks([Fixture.bourita, Fixture.lavrov], "Bourita held talks with Lavrov today")])
            try Self.ingest(store, "b", published: "2025-10-16", [Self.talks([Fixture.bourita, Fixture.lavrov], "Bourita held talks with Lavrov today")])
            #expect(try store.eventCount() == 2)
        }
    }

    @Test func aPhoneCallIsNotTheMeetingOfTheSameDay() throws {
        try withStore { store, _ in
            try Self.ingest(store, "a", published: "2025-10-16", [Self.talks([Fixture.bourita, Fixture.lavrov], "Bourita held talks with Lavrov today")])
            var call = Self.talks([Fixture.bourita, Fixture.lavrov], "Bourita held talks with Lavrov today by telephone")
            call.mode = .phone
            try Self.ingest(store, "b", published: "2025-10-16", [call])
            #expect(try store.eventCount() == 2)
        }
    }
}
