import ChanceryCore
@testable import ChanceryStore
import Testing

/// `forEachEventInIDOrder(matching:)`, what `export` reads: the listings' events for a filter,
/// in id order, each complete with its own sources.
@Suite struct FilteredExportTests {
    /// The events a filter gives, as export reads them and as a listing does.
    static func ids(_ store: Store, _ filter: EventFilter) throws -> (exported: [Int64], listed: [Int64]) {
        var exported: [Event] = []
        try store.forEachEventInIDOrder(matching: filter) { exported.append($0) }
        for event in exported {
            #expect(event == (try store.event(id: event.id!)), "event \(event.id!) is not exported whole")
        }
        return (exported.compactMap(\.id), try store.events(matching: filter).compactMap(\.id))
    }

    @Test(arguments: [
        EventFilter(countries: ["FR"]),
        EventFilter(countries: ["MA", "RU"], status: .occurred),
        EventFilter(types: [.agreement]),
        EventFilter(since: PartialDate("2025-06"), until: PartialDate("2025-10")),
        EventFilter(mode: .phone),
        EventFilter(instrument: .protocol),
        EventFilter(countries: ["ZZ"]),
    ])
    func aFilterGivesTheListingsEventsInIDOrder(_ filter: EventFilter) throws {
        try withStore { store, _ in
            try Fixture.populate(store)
            let (exported, listed) = try Self.ids(store, filter)
            #expect(exported == listed.sorted())
        }
    }

    @Test func aFilterNarrowsAndKeepsEachEventsSources() throws {
        try withStore { store, _ in
            try Fixture.populate(store)
            var events: [Event] = []
            try store.forEachEventInIDOrder(matching: EventFilter(countries: ["FR"])) { events.append($0) }
            #expect(events.map(\.summary) == ["meeting occurred 2025-06-10 FR-MA", "agreement occurred 2025-06-10 FR-MA"])
            #expect(events.allSatisfy { $0.sources.map(\.document) == ["ma-fr"] })
        }
    }

    @Test func noFilterIsEveryEvent() throws {
        try withStore { store, _ in
            try Fixture.populate(store)
            var filtered: [Event] = []
            try store.forEachEventInIDOrder(matching: EventFilter()) { filtered.append($0) }
            var all: [Event] = []
            try store.forEachEvent { all.append($0) }
            #expect(filtered.count == 9)
            #expect(filtered == all)
        }
    }
}
