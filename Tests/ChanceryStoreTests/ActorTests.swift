import ChanceryCore
@testable import ChanceryStore
import SQLiteDB
import Testing

/// One actor per person, whatever the script their name was written in.
@Suite struct ActorTests {
    static func meeting(_ date: String, _ participants: [Participant]) -> Event {
        Event(type: .meeting, date: PartialDate(date), countries: ["MA", "RU"], participants: participants,
              evidence: Fixture.evidence("met"))
    }

    @Test func registeredAliasesInThreeSpellingsAreOneActor() throws {
        try withStore { store, _ in
            try store.register([KnownActor(names: ["ناصر بوريطة", "Nasser Bourita", "Naser Burita"], country: "MA",
                                           role: "foreign minister", start: PartialDate("2017-04"))])
            for (index, name) in ["ناصر بوريطة", "Nasser Bourita", "Naser Burita"].enumerated() {
                _ = try store.ingest(Fixture.document("d\(index)", "text \(index)"),
                                     events: [Self.meeting("2025-0\(index + 1)-10", [Participant(name: name, country: "MA", role: "foreign minister")])])
            }
            let actors = try store.actors(matching: "burita")
            #expect(actors.count == 1)
            #expect(actors.first?.aliases.count == 3)
            #expect(actors.first?.events == 3)
            #expect(try store.actors(matching: "بوريطة").first?.id == actors.first?.id)
        }
    }

    @Test func aListWithoutTextShowsThePeopleInEventsNotTheWholeReferenceList() throws {
        try withStore { store, _ in
            try store.register([KnownActor(names: ["Sameh Shoukry", "سامح شكري"], country: "EG", role: "foreign minister")])
            _ = try store.ingest(Fixture.document("d1", "text"), events: [Self.meeting("2025-03-10", [Fixture.bourita])])
            #expect(try store.actors().map(\.name) == ["ناصر بوريطة"])
            #expect(try store.statistics().actors == 1)
            #expect(try store.actors(matching: "shoukry").map(\.country) == ["EG"])
        }
    }

    @Test func aNamedListIsRegisteredOnceAndAgainWhenItsChecksumChanges() throws {
        try withStore { store, _ in
            let bourita = KnownActor(names: ["ناصر بوريطة", "Nasser Bourita"], country: "MA", role: "foreign minister")
            var reads = 0
            let list = { () -> [KnownActor] in reads += 1; return [bourita] }
            let first = try store.register(list: "officials", checksum: "v1", list)
            let again = try store.register(list: "officials", checksum: "v1", list)
            #expect(first && !again)
            #expect(reads == 1, "an unchanged list is not even read")
            let changed = try store.register(list: "officials", checksum: "v2", list)
            #expect(changed && reads == 2)
            #expect(try store.actors(matching: "Bourita").map(\.aliases) == [["Nasser Bourita", "ناصر بوريطة"]])
        }
    }

    /// An ingest starting while another writes finds the list it would register already there
    /// without waiting for the other's write lock; a list it must write waits, and says so.
    @Test func aListAlreadyRegisteredIsFoundWithoutTheWriteLock() throws {
        try withStore { store, path in
            let bourita = KnownActor(names: ["ناصر بوريطة", "Nasser Bourita"], country: "MA", role: "foreign minister")
            #expect(try store.register(list: "officials", checksum: "v1") { [bourita] })
            let other = try Connection(path: path)
            try other.beginImmediateTransaction()
            defer { try? other.execute("ROLLBACK") }

            let starting = try Store(path: path, lockWait: .milliseconds(200))
            #expect(try !starting.register(list: "officials", checksum: "v1") { [bourita] })
            #expect {
                try starting.register(list: "officials", checksum: "v2") { [bourita] }
            } throws: { error in
                guard case StoreError.locked(let lockedPath, let waited) = error else { return false }
                return lockedPath == path && waited == .milliseconds(200)
            }
        }
    }

    @Test func aSurnameAloneResolvesToTheOnlyPersonOfThatCountryBearingIt() throws {
        try withStore { store, _ in
            _ = try store.ingest(Fixture.document("a", "a"), events: [Self.meeting("2025-01-10", [Participant(name: "Sergey Lavrov", country: "RU")])])
            _ = try store.ingest(Fixture.document("b", "b"), events: [Self.meeting("2025-02-10", [Participant(name: "Lavrov", country: "RU")])])
            #expect(try count("actors", in: store) == 1)
        }
    }

    @Test func aNameInAnotherScriptHoldingTheSameOfficeAtTheSameTimeIsTheSamePerson() throws {
        try withStore { store, _ in
            _ = try store.ingest(Fixture.document("a", "a"), events: [Self.meeting("2025-06-10", [Fixture.bourita])])
            _ = try store.ingest(Fixture.document("b", "b"), events: [Self.meeting("2025-07-01", [MergeTests.bouritaFR])])
            #expect(try count("actors", in: store) == 1)
        }
    }

    @Test func theSameOfficeYearsApartIsHeldByDifferentPeople() throws {
        try withStore { store, _ in
            _ = try store.ingest(Fixture.document("a", "a"), events: [Self.meeting("2014-03-10", [Participant(name: "صلاح الدين مزوار", country: "MA", role: "foreign minister")])])
            _ = try store.ingest(Fixture.document("b", "b"), events: [Self.meeting("2025-07-01", [MergeTests.bouritaFR])])
            #expect(try count("actors", in: store) == 2)
            let roles = try store.actors(matching: "Bourita").first?.roles ?? []
            #expect(roles.map(\.firstSeen) == [PartialDate("2025-07-01")])
        }
    }
}
