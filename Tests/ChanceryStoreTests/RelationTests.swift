import ChanceryCore
@testable import ChanceryStore
import Testing

@Suite struct RelationTests {
    @Test func partnersAreRankedByEventsWithCountsByTypeAndFirstAndLastContact() throws {
        try withStore { store, _ in
            try Fixture.populate(store)
            let partners = try store.partners(of: "MA")
            #expect(partners.map(\.country) == ["RU", "FR"])
            #expect(partners.first?.events == 6)
            #expect(partners.first?.byType[.agreement] == 1)
            #expect(partners.first?.firstContact == PartialDate("2024"))
            #expect(partners.first?.lastContact == PartialDate("2025-12-02"))
            #expect(try store.partners(of: "MA", filter: EventFilter(types: [.agreement])).map(\.events) == [1, 1])
        }
    }
}
