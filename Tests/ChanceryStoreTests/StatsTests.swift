import ChanceryCore
@testable import ChanceryStore
import Testing

@Suite struct StatsTests {
    @Test func statisticsCountDocumentsEventsCountriesActorsAndTheDateSpan() throws {
        try withStore { store, _ in
            try Fixture.populate(store)
            let stats = try store.statistics()
            #expect(stats.documents == 4)
            #expect(stats.events == 9)
            #expect(stats.eventsByTypeAndStatus[.meeting]?[.occurred] == 4)
            #expect(stats.eventsByTypeAndStatus[.agreement]?[.planned] == 1)
            #expect(stats.countries == 5)
            #expect(stats.actors == 3)
            #expect(stats.firstDate == PartialDate("2024"))
            #expect(stats.lastDate == PartialDate("2025-12-02"))
        }
    }

    @Test func anEmptyBaseHasNoDateSpan() throws {
        try withStore { store, _ in
            let stats = try store.statistics()
            #expect(stats.documents == 0 && stats.events == 0 && stats.firstDate == nil)
        }
    }
}
