import ChanceryCore
@testable import ChanceryStore
import Testing

/// A differing place or office holder keeps two reports apart unless they are strongly tied:
/// the same day and, stated alike by both, something that identifies the occasion.
@Suite struct StrongTieMergeTests {
    static let lavrovFR = Participant(name: "Sergueï Lavrov", country: "RU", role: "foreign minister")
    /// A word misread as the Russian foreign minister's name.
    static let misread = Participant(name: "سيزور", country: "RU", role: "foreign minister")
    static let putin = Participant(name: "Vladimir Putin", country: "RU", role: "president")

    static func meeting(_ date: String, place: String? = "Moscow", participants: [Participant], mode: MeetingMode = .inPerson) -> Event {
        Event(type: .meeting, status: .occurred, date: PartialDate(date), countries: ["MA", "RU"],
              location: place.map { Location(name: $0, country: $0 == "Rabat" ? "MA" : "RU") },
              participants: participants, mode: mode, confidence: 0.6, evidence: Fixture.evidence("talks"))
    }

    static func signing(_ date: String, place: String?, count: Int?, title: String? = nil,
                        participants: [Participant] = [Fixture.bourita]) -> Event {
        Event(type: .agreement, status: .occurred, date: PartialDate(date), countries: ["MA", "RU"],
              location: place.map { Location(name: $0, country: $0 == "Rabat" ? "MA" : "RU") },
              participants: participants, instrument: .agreement, count: count, title: title,
              confidence: 0.6, evidence: Fixture.evidence("signed"))
    }

    private func events(after reports: [[Event]]) throws -> [[String]] {
        try withStore { store, _ in
            for (index, events) in reports.enumerated() {
                _ = try store.ingest(Fixture.document("d\(index)", "text \(index)"), events: events)
            }
            return try store.events(matching: EventFilter()).map { $0.sources.map(\.document).sorted() }.sorted { $0.description < $1.description }
        }
    }

    @Test func aMisreadOfficeHolderDoesNotSplitTheSameDayPlaceAndPrincipal() throws {
        let merged = try events(after: [
            [Self.meeting("2025-10-16", participants: [Fixture.bourita, Fixture.lavrov])],
            [Self.meeting("2025-10-16", participants: [Fixture.bourita, Self.misread])],
        ])
        #expect(merged == [["d0", "d1"]])
    }

    @Test func aDifferentOfficeHolderStillSplitsReportsKnownOnlyToTheMonth() throws {
        let kept = try events(after: [
            [Self.meeting("2025-10-16", participants: [Fixture.bourita, Fixture.lavrov])],
            [Self.meeting("2025-10", participants: [Fixture.bourita, Self.misread])],
        ])
        #expect(kept.count == 2)
    }

    @Test func theSameNumberOfAgreementsOnTheSameDayOverlooksADifferentPlace() throws {
        let merged = try events(after: [
            [Self.signing("2025-10-16", place: "Moscow", count: 3)],
            [Self.signing("2025-10-16", place: "Rabat", count: 3)],
        ])
        #expect(merged == [["d0", "d1"]])
    }

    @Test func theSameTitleOnTheSameDayOverlooksADifferentPlace() throws {
        let merged = try events(after: [
            [Self.signing("2025-10-16", place: "Moscow", count: 1, title: "Accord de coopération culturelle")],
            [Self.signing("2025-10-16", place: "Rabat", count: 1, title: "accord de cooperation culturelle")],
        ])
        #expect(merged == [["d0", "d1"]])
    }

    @Test func oneAgreementEachInDifferentPlacesOnOneDayStayApart() throws {
        let kept = try events(after: [
            [Self.signing("2025-10-16", place: "Moscow", count: 1)],
            [Self.signing("2025-10-16", place: "Rabat", count: nil)],
        ])
        #expect(kept.count == 2)
    }

    @Test func theSameCountOnDifferentDaysNeverMerges() throws {
        let kept = try events(after: [
            [Self.signing("2025-10-16", place: "Moscow", count: 3)],
            [Self.signing("2025-10-17", place: "Moscow", count: 3)],
        ])
        #expect(kept.count == 2)
    }

    @Test func meetingsInDifferentPlacesSharingOnePrincipalStayApart() throws {
        // The visiting minister meets the president in one city and the minister in another, the same day.
        let kept = try events(after: [
            [Self.meeting("2025-10-16", place: "Moscow", participants: [Fixture.bourita, Self.putin])],
            [Self.meeting("2025-10-16", place: "Sochi", participants: [Fixture.bourita, Fixture.lavrov])],
        ])
        #expect(kept.count == 2)
    }

    @Test func theSameSessionOrdinalOnTheSameDayOverlooksADifferentPlace() throws {
        func session(_ place: String) -> Event {
            Event(type: .commissionSession, status: .occurred, date: PartialDate("2025-10-16"), countries: ["MA", "RU"],
                  location: Location(name: place, country: nil), ordinal: 8, confidence: 0.6, evidence: Fixture.evidence("session"))
        }
        let merged = try events(after: [[session("Moscow")], [session("Rabat")]])
        #expect(merged == [["d0", "d1"]])
    }

    @Test func aStrongTieNeverOverlooksADifferentMode() throws {
        let kept = try events(after: [
            [Self.meeting("2025-10-16", participants: [Fixture.bourita, Fixture.lavrov])],
            [Self.meeting("2025-10-16", participants: [Fixture.bourita, Fixture.lavrov], mode: .phone)],
        ])
        #expect(kept.count == 2)
    }

    @Test func twoEventsOfOneDocumentNeverMergeEvenWhenStronglyTied() throws {
        let kept = try events(after: [
            [Self.signing("2025-10-16", place: "Moscow", count: 3), Self.signing("2025-10-16", place: "Rabat", count: 3)],
        ])
        #expect(kept.count == 2)
    }

    @Test func strongTiesDoNotDependOnTheOrderOfIngest() throws {
        let reports: [[Event]] = [
            [Self.signing("2025-10-16", place: "Moscow", count: 3), Self.meeting("2025-10-16", participants: [Fixture.bourita, Fixture.lavrov])],
            [Self.signing("2025-10-16", place: "Rabat", count: 3), Self.meeting("2025-10-16", participants: [Fixture.bourita, Self.misread])],
            [Self.meeting("2025-10-16", place: "Sochi", participants: [Fixture.bourita, Self.putin])],
        ]
        func shape(_ order: [Int]) throws -> [Int] {
            try events(after: order.map { reports[$0] }).map(\.count).sorted()
        }
        let forward = try shape([0, 1, 2])
        #expect(forward == [1, 2, 2])
        #expect(try shape([2, 1, 0]) == forward)
        #expect(try shape([1, 2, 0]) == forward)
    }
}
