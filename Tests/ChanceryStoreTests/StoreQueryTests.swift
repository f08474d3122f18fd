import ChanceryCore
@testable import ChanceryStore
import SQLiteDB
import Testing

@Suite("Reading events back")
struct StoreQueryTests {
    /// A store opened for questions keeps a small cache of pages, read once; one opened to ingest
    /// a large one, for the index pages every document rereads. Neither maps the file.
    @Test func aStoreForQuestionsKeepsASmallCache() throws {
        try withStore { store, path in
            try Fixture.populate(store)
            let forQuestions = try Store(path: path, forQuestions: true)
            #expect(try store.db.scalar("PRAGMA cache_size").int == -Store.cacheKibibytes)
            #expect(try forQuestions.db.scalar("PRAGMA cache_size").int == -Store.questionCacheKibibytes)
            #expect(Store.questionCacheKibibytes < Store.cacheKibibytes)
            for opened in [store, forQuestions] { #expect(try opened.db.scalar("PRAGMA mmap_size").int == 0) }
            #expect(try forQuestions.events(matching: EventFilter()).count == (try store.events(matching: EventFilter()).count))
        }
    }

    @Test func storedEventComesBackWhole() throws {
        try withStore { store, _ in
            let outcome = try store.ingest(
                Fixture.document("ma-ru", "Moscow text", published: "2025-10-16"),
                events: [Fixture.moscowMeeting]
            )
            #expect(outcome == .added(documentID: "ma-ru", events: 1))
            let meetings = try store.meetings(between: "MA", and: "RU")
            try #require(meetings.count == 1)
            let meeting = meetings[0]
            #expect(meeting.id != nil)
            #expect(meeting.type == .meeting)
            #expect(meeting.status == .occurred)
            #expect(meeting.date?.description == "2025-10-16")
            #expect(meeting.countries == ["MA", "RU"])
            #expect(meeting.location == Location(name: "Moscow", country: "RU"))
            #expect(meeting.mode == .inPerson)
            #expect(meeting.participants == [Fixture.bourita, Fixture.lavrov])
            #expect(meeting.confidence == 0.9)
            #expect(meeting.sources == [Source(
                document: "ma-ru", url: "https://example.org/ma-ru", title: "Title of ma-ru",
                published: PartialDate("2025-10-16"), evidence: Fixture.moscowMeeting.evidence!
            )])
        }
    }

    @Test func datesComeBackAtTheirPrecision() throws {
        try withStore { store, _ in
            try Fixture.populate(store)
            let dates = try store.meetings(between: "MA", and: "RU").map { $0.date?.description ?? "undated" }
            #expect(dates == ["2024", "2025-04", "2025-10-16", "2025-12-02"])
            let session = try store.events(matching: EventFilter(types: [.commissionSession]))
            #expect(session.map(\.date) == [nil])
            #expect(session.first?.ordinal == 8)
            #expect(session.first?.body == "اللجنة المشتركة للتعاون")
        }
    }

    @Test func countryOrderDoesNotMatter() throws {
        try withStore { store, _ in
            try Fixture.populate(store)
            let forwards = try store.meetings(between: "MA", and: "RU")
            let backwards = try store.meetings(between: "RU", and: "MA")
            #expect(forwards.count == 4)
            #expect(forwards == backwards)
            #expect(try store.meetings(between: "RU", and: "FR").isEmpty)
        }
    }

    @Test func meetingsLeaveOutOtherTypesAndCountries() throws {
        try withStore { store, _ in
            try Fixture.populate(store)
            let meetings = try store.meetings(between: "FR", and: "MA")
            #expect(meetings.map(\.summary) == ["meeting occurred 2025-06-10 FR-MA"])
        }
    }

    @Test func sinceAtMonthPrecisionKeepsEventsKnownToThatMonth() throws {
        try withStore { store, _ in
            try Fixture.populate(store)
            let filter = EventFilter(since: date("2025-04"))
            let dates = try store.meetings(between: "MA", and: "RU", filter: filter).compactMap { $0.date?.description }
            #expect(dates == ["2025-04", "2025-10-16", "2025-12-02"])
            // A day inside April still reaches the event known only to April.
            let mid = try store.meetings(between: "MA", and: "RU", filter: EventFilter(since: date("2025-04-15")))
            #expect(mid.compactMap { $0.date?.description } == ["2025-04", "2025-10-16", "2025-12-02"])
            let may = try store.meetings(between: "MA", and: "RU", filter: EventFilter(since: date("2025-05")))
            #expect(may.compactMap { $0.date?.description } == ["2025-10-16", "2025-12-02"])
        }
    }

    @Test func untilAtMonthPrecisionIncludesTheWholeMonth() throws {
        try withStore { store, _ in
            try Fixture.populate(store)
            let april = try store.meetings(between: "MA", and: "RU", filter: EventFilter(until: date("2025-04")))
            #expect(april.compactMap { $0.date?.description } == ["2024", "2025-04"])
            let march = try store.meetings(between: "MA", and: "RU", filter: EventFilter(until: date("2025-03")))
            #expect(march.compactMap { $0.date?.description } == ["2024"])
        }
    }

    @Test func yearPrecisionBounds() throws {
        try withStore { store, _ in
            try Fixture.populate(store)
            let in2025 = EventFilter(since: date("2025"), until: date("2025"))
            #expect(try store.meetings(between: "MA", and: "RU", filter: in2025).compactMap { $0.date?.description }
                    == ["2025-04", "2025-10-16", "2025-12-02"])
            let in2024 = EventFilter(since: date("2024"), until: date("2024"))
            #expect(try store.meetings(between: "MA", and: "RU", filter: in2024).compactMap { $0.date?.description }
                    == ["2024"])
            // An event known only to 2024 overlaps a bound inside 2024.
            let midYear = EventFilter(since: date("2024-07-01"), until: date("2024-07-31"))
            #expect(try store.meetings(between: "MA", and: "RU", filter: midYear).count == 1)
        }
    }

    @Test func undatedEventsComeLastAndFallOutOfDateFilters() throws {
        try withStore { store, _ in
            try Fixture.populate(store)
            let all = try store.events(matching: EventFilter(countries: ["MA", "RU"]))
            #expect(all.last?.type == .commissionSession)
            #expect(all.last?.date == nil)
            let since = try store.events(matching: EventFilter(countries: ["MA", "RU"], since: date("2000")))
            #expect(!since.contains { $0.date == nil })
            #expect(since.count == all.count - 1)
        }
    }

    @Test func statusFilter() throws {
        try withStore { store, _ in
            try Fixture.populate(store)
            let planned = try store.meetings(between: "MA", and: "RU", filter: EventFilter(status: .planned))
            #expect(planned.map(\.summary) == ["meeting planned 2025-12-02 MA-RU"])
            let occurred = try store.meetings(between: "MA", and: "RU", filter: EventFilter(status: .occurred))
            #expect(occurred.count == 3)
        }
    }

    @Test func modeFilter() throws {
        try withStore { store, _ in
            try Fixture.populate(store)
            let phone = try store.meetings(between: "MA", and: "RU", filter: EventFilter(mode: .phone))
            #expect(phone.map(\.summary) == ["meeting occurred 2025-04 MA-RU"])
            let video = try store.meetings(between: "MA", and: "RU", filter: EventFilter(mode: .video))
            #expect(video.map(\.mode) == [.video])
        }
    }

    @Test func agreementsWithInstrumentAndCountryFilters() throws {
        try withStore { store, _ in
            try Fixture.populate(store)
            #expect(try store.agreements().map(\.summary) == [
                "agreement planned 2025-03 EG-JO",
                "agreement occurred 2025-06-10 FR-MA",
                "agreement occurred 2025-10-16 MA-RU",
            ])
            let mous = try store.agreements(filter: EventFilter(instrument: .mou))
            #expect(mous.map(\.summary) == ["agreement occurred 2025-10-16 MA-RU"])
            #expect(mous.first?.count == 1)
            #expect(mous.first?.title == "لجنة عمل روسية-مغربية")
            let moroccan = try store.agreements(filter: EventFilter(countries: ["MA"]))
            #expect(moroccan.count == 2)
            let french = try store.agreements(filter: EventFilter(countries: ["FR"], since: date("2025-01-01")))
            #expect(french.map(\.count) == [3])
            let arab = try store.agreements(filter: EventFilter(countries: ["JO"]))
            #expect(arab.first?.organizations == ["LAS"])
            #expect(arab.first?.instrument == .protocol)
        }
    }

    @Test func aMultilateralMeetingCountsForEveryPairOfItsCountries() throws {
        try withStore { store, _ in
            let summit = Event(type: .meeting, date: PartialDate("2025-05-20"), countries: ["SN", "MA", "EG"],
                               evidence: Fixture.evidence("summit"))
            _ = try store.ingest(Fixture.document("summit", "Summit text"), events: [summit])
            for (first, second) in [("MA", "SN"), ("SN", "EG"), ("EG", "MA")] {
                #expect(try store.meetings(between: first, and: second).map(\.summary) == ["meeting occurred 2025-05-20 EG-MA-SN"])
            }
            #expect(try store.events(matching: EventFilter(countries: ["SN", "EG", "MA"])).count == 1)
            #expect(try store.events(matching: EventFilter(countries: ["SN", "EG", "RU"])).isEmpty)
        }
    }

    @Test func aLongVisitReachesAPeriodThatStartsAfterItsFirstDay() throws {
        try withStore { store, _ in
            // Only days in the base, and three weeks of talks: the widest span is the talks'.
            _ = try store.ingest(Fixture.document("ma-ru", "Moscow text"), events: [Fixture.moscowMeeting])
            let talks = Event(type: .meeting, date: PartialDate("2023-12-20"), endDate: PartialDate("2024-01-10"),
                              countries: ["FR", "SN"], evidence: Fixture.evidence("talks"))
            _ = try store.ingest(Fixture.document("talks", "Talks text"), events: [talks])
            let january = EventFilter(types: [.meeting], since: date("2024-01-05"), until: date("2024-01-31"))
            #expect(try store.events(matching: january).map(\.summary) == ["meeting occurred 2023-12-20 FR-SN"])
            let later = EventFilter(types: [.meeting], since: date("2024-01-11"), until: date("2024-01-31"))
            #expect(try store.events(matching: later).isEmpty)
        }
    }

    @Test func limit() throws {
        try withStore { store, _ in
            try Fixture.populate(store)
            let first = try store.meetings(between: "MA", and: "RU", filter: EventFilter(limit: 1))
            #expect(first.map { $0.date?.description } == ["2024"])
            let two = try store.events(matching: EventFilter(limit: 2))
            #expect(two.count == 2)
            #expect(try store.events(matching: EventFilter(limit: 100)).count == 9)
        }
    }

    @Test func eventByID() throws {
        try withStore { store, _ in
            try Fixture.populate(store)
            let mou = try #require(try store.agreements(filter: EventFilter(instrument: .mou)).first)
            let again = try #require(try store.event(id: mou.id!))
            #expect(again == mou)
            #expect(try store.event(id: 987_654) == nil)
        }
    }

    @Test func documentTextByExternalID() throws {
        try withStore { store, _ in
            try Fixture.populate(store)
            #expect(try store.documentText(id: "ma-fr") == "Rabat text")
            #expect(try store.documentText(id: "nope") == nil)
        }
    }

    @Test func forEachEventVisitsEveryEventInIDOrderWithItsDetails() throws {
        try withStore { store, _ in
            try Fixture.populate(store)
            // An event with no country, participant or organisation must not take another's rows.
            _ = try store.ingest(Fixture.document("bare", "Bare text"), events: [
                Event(type: .meeting, date: PartialDate("2025-01-02"), evidence: Fixture.evidence("bare")),
                Event(type: .agreement, countries: ["DZ", "TN"], participants: [Participant(name: "X", country: "DZ")],
                      instrument: .mou, evidence: Fixture.evidence("mou")),
            ])
            var visited: [Event] = []
            try store.forEachEvent { visited.append($0) }
            #expect(visited.count == 11)
            let ids = visited.compactMap(\.id)
            #expect(ids == ids.sorted())
            #expect(Set(ids).count == 11)
            for event in visited {
                let single = try #require(try store.event(id: event.id!))
                #expect(event == single, "forEachEvent and event(id:) disagree on event \(event.id!)")
            }
            let moscow = try #require(visited.first { $0.location?.name == "Moscow" && $0.type == .meeting })
            #expect(moscow.participants == [Fixture.bourita, Fixture.lavrov])
            #expect(moscow.sources.map(\.document) == ["ma-ru"])
            #expect(moscow.sources.first?.evidence == Fixture.moscowMeeting.evidence)
            let bare = try #require(visited.first { $0.sources.first?.document == "bare" && $0.type == .meeting })
            #expect(bare.countries.isEmpty && bare.participants.isEmpty && bare.organizations.isEmpty)
        }
    }

    @Test func forEachEventOnAnEmptyStore() throws {
        try withStore { store, _ in
            var visited = 0
            try store.forEachEvent { _ in visited += 1 }
            #expect(visited == 0)
        }
    }

    @Test func theSamePersonIsOneActorAcrossEvents() throws {
        try withStore { store, _ in
            try Fixture.populate(store)
            let bouritaRows = try store.db.scalar(
                "SELECT count(*) FROM actors WHERE country = 'MA'"
            ).int
            #expect(bouritaRows == 1)
        }
    }
}
