import ChanceryCore
@testable import ChanceryStore
import Testing

/// Reports of one event from several documents become one event with one source per document.
@Suite struct MergeTests {
    static let bouritaFR = Participant(name: "Nasser Bourita", country: "MA", role: "foreign minister")
    static let barrotAR = Participant(name: "جان نويل بارو", country: "FR", role: "foreign minister")

    static func talks(_ date: String?, status: EventStatus = .occurred, participants: [Participant] = [Fixture.bourita, Fixture.barrot],
                      location: String? = "Rabat", confidence: Double = 0.6) -> Event {
        Event(type: .meeting, status: status, date: date.flatMap(PartialDate.init), countries: ["MA", "FR"],
              location: location.map { Location(name: $0, country: "MA") }, participants: participants,
              confidence: confidence, evidence: Fixture.evidence("talks"))
    }

    @Test func anArabicAndAFrenchReportOfOneMeetingAreOneEventWithTwoSources() throws {
        try withStore { store, _ in
            _ = try store.ingest(Fixture.document("ar", "نص عربي"), events: [Self.talks("2025-06-10", participants: [Fixture.bourita, Self.barrotAR])])
            _ = try store.ingest(Fixture.document("fr", "texte français"), events: [Self.talks("2025-06-10", participants: [Self.bouritaFR, Fixture.barrot])])
            let events = try store.events(matching: EventFilter())
            #expect(events.count == 1)
            #expect(events.first?.sources.map(\.document).sorted() == ["ar", "fr"])
            #expect(events.first?.participants.count == 2, "one participant per person, whatever the script")
            #expect((events.first?.confidence ?? 0) > 0.6)
        }
    }

    @Test func aPlannedEventReportedAsOccurredBecomesOneOccurredEventWithTheFinerDate() throws {
        try withStore { store, _ in
            _ = try store.ingest(Fixture.document("a", "a"), events: [Self.talks("2025-06", status: .planned)])
            _ = try store.ingest(Fixture.document("b", "b"), events: [Self.talks("2025-06-10")])
            let events = try store.events(matching: EventFilter())
            #expect(events.map(\.summary) == ["meeting occurred 2025-06-10 FR-MA"])
            #expect(events.first?.sources.count == 2)
        }
    }

    @Test func aMonthContainingTwoStoredDaysMergesWithNeither() throws {
        try withStore { store, _ in
            _ = try store.ingest(Fixture.document("a", "a"), events: [Self.talks("2025-06-10")])
            _ = try store.ingest(Fixture.document("b", "b"), events: [Self.talks("2025-06-12")])
            _ = try store.ingest(Fixture.document("c", "c"), events: [Self.talks("2025-06")])
            #expect(try count("events", in: store) == 3)
        }
    }

    @Test func differentDaysAreDifferentEvents() throws {
        try withStore { store, _ in
            _ = try store.ingest(Fixture.document("a", "a"), events: [Self.talks("2025-06-10")])
            _ = try store.ingest(Fixture.document("b", "b"), events: [Self.talks("2025-06-12")])
            #expect(try count("events", in: store) == 2)
        }
    }

    @Test func aDifferentPlaceIsAConflict() throws {
        try withStore { store, _ in
            _ = try store.ingest(Fixture.document("a", "a"), events: [Self.talks("2025-06-10")])
            _ = try store.ingest(Fixture.document("b", "b"), events: [Self.talks("2025-06-10", location: "Paris")])
            #expect(try count("events", in: store) == 2)
        }
    }

    @Test func twoEventsOfOneDocumentNeverMerge() throws {
        try withStore { store, _ in
            _ = try store.ingest(Fixture.document("a", "a"), events: [Self.talks("2025-06-10"), Self.talks("2025-06-10")])
            #expect(try count("events", in: store) == 2)
        }
    }

    @Test func undatedEventsDoNotMergeOnTypeAndCountriesAlone() throws {
        try withStore { store, _ in
            let first = Event(type: .commissionSession, countries: ["MA", "RU"], body: "joint commission", evidence: Fixture.evidence("s"))
            _ = try store.ingest(Fixture.document("a", "a"), events: [first])
            _ = try store.ingest(Fixture.document("b", "b"), events: [first])
            #expect(try count("events", in: store) == 2)
        }
    }

    @Test func undatedSessionsWithTheSameOrdinalMerge() throws {
        try withStore { store, _ in
            _ = try store.ingest(Fixture.document("a", "a"), events: [Fixture.plannedSession])
            var occurred = Fixture.plannedSession
            occurred.status = .occurred
            occurred.date = PartialDate("2025-11-03")
            _ = try store.ingest(Fixture.document("b", "b"), events: [occurred])
            let events = try store.events(matching: EventFilter())
            #expect(events.map(\.summary) == ["commission_session occurred 2025-11-03 MA-RU"])
        }
    }

    @Test func theSeniorOfficialsSessionIsNotTheMinistersSessionOfTheSameNumber() throws {
        try withStore { store, _ in
            func session(_ body: String) -> Event {
                Event(type: .commissionSession, countries: ["MA", "RU"], location: Location(name: "Rabat", country: "MA"),
                      body: body, ordinal: 8, evidence: Fixture.evidence("s"))
            }
            _ = try store.ingest(Fixture.document("a", "a"), events: [session("اللجنة المشتركة")])
            _ = try store.ingest(Fixture.document("b", "b"), events: [session("اللجنة المشتركة على مستوى كبار الموظفين")])
            #expect(try count("events", in: store) == 2, "the officials' preparatory session stays an event of its own")
            _ = try store.ingest(Fixture.document("c", "c"), events: [session("la commission mixte")])
            #expect(try count("events", in: store) == 2, "a second report of the ministers' session joins the first")
        }
    }

    @Test func theResultDoesNotDependOnTheOrderOfIngest() throws {
        var earlyTalks = Self.talks("2025-06-10", participants: [Self.bouritaFR, Fixture.barrot], location: nil)
        earlyTalks.mode = .inPerson
        let documents: [(Document, [Event])] = [
            (Fixture.document("a", "a"), [Self.talks("2025-06", status: .planned, confidence: 0.5)]),
            (Fixture.document("b", "b"), [Self.talks("2025-06-10", participants: [Fixture.bourita, Self.barrotAR]), Fixture.parisAgreements]),
            (Fixture.document("c", "c"), [Self.talks("2025-06-10", participants: [Self.bouritaFR]), Fixture.moscowMeeting]),
            (Fixture.document("d", "d"), [Self.talks("2025-07-02"), Fixture.plannedSession]),
            (Fixture.document("e", "e", published: "2025-06-10"), [earlyTalks]),
        ]
        /// Everything the export shows of each event but its id.
        func content(_ order: [Int]) throws -> [String] {
            try withStore { store, _ in
                for index in order { _ = try store.ingest(documents[index].0, events: documents[index].1) }
                return try store.events(matching: EventFilter()).map { event in
                    let people = event.participants.map { "\($0.name)|\($0.country ?? "-")|\($0.role ?? "-")" }
                    return "\(event.summary) \(event.endDate?.description ?? "-") \(event.location?.name ?? "-") "
                        + "\(event.mode?.rawValue ?? "-") \(event.instrument?.rawValue ?? "-") \(event.count ?? 0) "
                        + "\(event.title ?? "-") \(event.body ?? "-") \(event.ordinal ?? 0) \(event.organizations) \(people) "
                        + "\(event.sources.map { "\($0.document):\($0.evidence.text)" }) \(JSONNumber(event.confidence))"
                }.sorted()
            }
        }
        let forward = try content([0, 1, 2, 3, 4])
        #expect(forward.count == 5)
        #expect(try content([4, 3, 2, 1, 0]) == forward)
        #expect(try content([2, 0, 4, 3, 1]) == forward)
        #expect(try content([1, 4, 0, 2, 3]) == forward)
    }

    @Test func theEarliestPublishedReportNamesThePeopleAndTheLaterOnesFillWhatItLeavesOut() throws {
        try withStore { store, _ in
            // Ingested first, published later and without a place.
            _ = try store.ingest(Fixture.document("late", "late", published: "2025-06-12"),
                                 events: [Self.talks("2025-06-10", participants: [Fixture.bourita, Self.barrotAR], location: nil)])
            _ = try store.ingest(Fixture.document("early", "early", published: "2025-06-10"),
                                 events: [Self.talks("2025-06", participants: [Self.bouritaFR, Fixture.barrot], location: "Rabat")])
            let events = try store.events(matching: EventFilter())
            try #require(events.count == 1)
            #expect(events[0].participants.map(\.name) == ["Nasser Bourita", "Jean-Noël Barrot"])
            #expect(events[0].location?.name == "Rabat")
            #expect(events[0].date?.description == "2025-06-10", "the finer date, whichever report gives it")
            #expect(events[0].sources.map(\.document) == ["early", "late"])
        }
    }

    @Test func anEventMergedBeforeReportsWereKeptTakesAThirdReport() throws {
        try withStore { store, _ in
            _ = try store.ingest(Fixture.document("a", "a", published: "2025-06-10"), events: [Self.talks("2025-06-10")])
            _ = try store.ingest(Fixture.document("b", "b", published: "2025-06-11"), events: [Self.talks("2025-06-10")])
            // A base migrated from before 0005 holds merged events without their reports.
            try store.db.execute("DELETE FROM report_participants; DELETE FROM reports;")
            _ = try store.ingest(Fixture.document("c", "c", published: "2025-06-12"),
                                 events: [Self.talks("2025-06-10", participants: [Self.bouritaFR])])
            let events = try store.events(matching: EventFilter())
            try #require(events.count == 1)
            #expect(events[0].sources.map(\.document) == ["a", "b", "c"])
            #expect(events[0].participants == [Fixture.bourita, Fixture.barrot], "the stored event stands for its first source")
            #expect(try count("reports", in: store) == 2)
        }
    }

    @Test func combiningReportsKeepsEveryPersonOnceInTheOrderOfTheReports() {
        func report(_ document: String, published: String?, people: [(Int64, String)], confidence: Double = 0.5) -> Report {
            Report(published: published, document: document, account: EventAccount(
                status: .planned, confidence: confidence,
                participants: people.map { ReportedParticipant(actor: $0.0, name: $0.1, country: nil, role: nil) }))
        }
        let undated = report("a", published: nil, people: [(3, "C"), (1, "A (undated)")])
        let later = report("z", published: "2025-06-12", people: [(2, "B"), (1, "A (later)")])
        let earlier = report("m", published: "2025-06-11", people: [(1, "A")], confidence: 0.9)
        for order in [[undated, later, earlier], [earlier, undated, later], [later, earlier, undated]] {
            let combined = Report.combine(order)
            #expect(combined?.participants.map(\.name) == ["A", "B", "C"])
            #expect(combined?.status == .planned)
            #expect(combined.map { abs($0.confidence - 0.975) < 1e-9 } == true)
        }
        #expect(Report.combine([]) == nil)
    }

    private func JSONNumber(_ value: Double) -> String { String(format: "%.3f", value) }
}
