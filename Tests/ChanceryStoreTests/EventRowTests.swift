import ChanceryCore
import ChanceryStore
import Testing

/// A listing reads events from their stored rows; every kind a row can hold must read back as written.
@Suite struct EventRowTests {
    /// One event of each type, status, meeting mode and instrument, one day apart.
    static let everyKind: [Event] = {
        var events: [Event] = []
        func add(_ type: EventType, status: EventStatus = .occurred, mode: MeetingMode? = nil, instrument: Instrument? = nil) {
            let day = 1 + events.count
            events.append(Event(type: type, status: status, date: PartialDate("2024-03-\(day < 10 ? "0" : "")\(day)"),
                                countries: ["MA", "SN"], mode: mode, instrument: instrument, count: instrument == nil ? nil : day,
                                title: instrument == nil ? nil : "trade", confidence: 0.8,
                                evidence: Fixture.evidence("event \(day)", at: day * 20)))
        }
        for mode in MeetingMode.allCases { add(.meeting, mode: mode) }
        for instrument in Instrument.allCases { add(.agreement, instrument: instrument) }
        for status in EventStatus.allCases { add(.commissionSession, status: status) }
        return events
    }()

    @Test func everyKindReadsBackFromItsRow() throws {
        try withStore { store, _ in
            _ = try store.ingest(Fixture.document("kinds", "A week of talks and signatures."), events: Self.everyKind)
            var read: [(EventType, EventStatus, MeetingMode?, Instrument?, Int?)] = []
            try store.forEachEvent(matching: EventFilter(), includingSources: false) { event in
                read.append((event.type, event.status, event.mode, event.instrument, event.count))
            }
            try #require(read.count == Self.everyKind.count)
            for (row, event) in zip(read, Self.everyKind) {
                #expect(row.0 == event.type && row.1 == event.status && row.2 == event.mode && row.3 == event.instrument
                        && row.4 == event.count, "read \(row) for \(event.type) \(event.status) \(String(describing: event.mode)) \(String(describing: event.instrument))")
            }
        }
    }
}
