import ChanceryCore
@testable import ChanceryStore
import SQLiteDB
import Testing

@Suite("Storing documents")
struct StoreIngestTests {
    @Test func theSameTextTwiceIsAlreadyKnownAndAddsNothing() throws {
        try withStore { store, _ in
            let document = Fixture.document("ma-ru", "Moscow text", published: "2025-10-16")
            let events = [Fixture.moscowMeeting, Fixture.moscowMoU]
            #expect(try store.ingest(document, events: events) == .added(documentID: "ma-ru", events: 2))
            let before = try rowCounts(in: store)
            #expect(try store.ingest(document, events: events) == .alreadyKnown(documentID: "ma-ru"))
            #expect(try rowCounts(in: store) == before)
        }
    }

    @Test func theSameTextUnderAnotherIDIsKnownByItsFirstID() throws {
        try withStore { store, _ in
            _ = try store.ingest(Fixture.document("first", "Same words"), events: [Fixture.moscowMeeting])
            let before = try rowCounts(in: store)
            let outcome = try store.ingest(Fixture.document("second", "Same words"), events: [Fixture.moscowMeeting])
            #expect(outcome == .alreadyKnown(documentID: "first"))
            #expect(try rowCounts(in: store) == before)
        }
    }

    @Test func aDocumentWithoutAnIDGetsOneFromItsText() throws {
        try withStore { store, _ in
            let outcome = try store.ingest(Document(text: "No id here"), events: [Fixture.yearMeeting])
            guard case .added(let id, 1) = outcome else {
                Issue.record("expected .added with one event, got \(outcome)")
                return
            }
            #expect(id.hasPrefix("doc-"))
            #expect(id.count == "doc-".count + 12)
            #expect(try store.ingest(Document(text: "No id here"), events: []) == .alreadyKnown(documentID: id))
        }
    }

    @Test func theSameIDWithDifferentTextIsRefusedAndNothingIsHalfWritten() throws {
        try withStore { store, _ in
            _ = try store.ingest(Fixture.document("ma-ru", "Moscow text"), events: [Fixture.moscowMeeting])
            let before = try rowCounts(in: store)
            #expect {
                _ = try store.ingest(Fixture.document("ma-ru", "Other text"), events: [Fixture.moscowMoU, Fixture.plannedSession])
            } throws: { error in
                guard case StoreError.conflictingDocument(let id) = error else { return false }
                return id == "ma-ru"
            }
            #expect(try rowCounts(in: store) == before)
            #expect(try store.documentText(id: "ma-ru") == "Moscow text")
            #expect(try store.agreements().isEmpty)
            // The store is still usable afterwards.
            #expect(try store.ingest(Fixture.document("other", "Other text"), events: [Fixture.moscowMoU])
                    == .added(documentID: "other", events: 1))
        }
    }

    @Test func aFailingDocumentInABatchLosesNoneOfTheOthers() throws {
        try withStore { store, path in
            _ = try store.ingest(Fixture.document("ma-ru", "Moscow text"), events: [Fixture.moscowMeeting])
            try store.beginBatch()
            #expect(try store.ingest(Fixture.document("ma-fr", "Rabat text"), events: [Fixture.parisMeeting, Fixture.parisAgreements])
                    == .added(documentID: "ma-fr", events: 2))
            #expect(throws: StoreError.self) {
                _ = try store.ingest(Fixture.document("ma-ru", "A different Moscow text"), events: [Fixture.plannedSession])
            }
            #expect(try store.ingest(Fixture.document("ma-fr", "Rabat text"), events: [Fixture.parisMeeting])
                    == .alreadyKnown(documentID: "ma-fr"))
            #expect(try store.ingest(Fixture.document("eg-jo", "Cairo text"), events: [Fixture.egyptJordanProtocol])
                    == .added(documentID: "eg-jo", events: 1))
            try store.commitBatch()

            // Read the file afresh: what was committed is on disk, what failed is not.
            let reopened = try Store(path: path)
            let documents = try reopened.db.rows("SELECT external_id, text FROM documents ORDER BY id")
                .map { "\($0[0].string ?? "?")=\($0[1].string ?? "?")" }
            #expect(documents == ["ma-ru=Moscow text", "ma-fr=Rabat text", "eg-jo=Cairo text"])
            #expect(try count("events", in: reopened) == 4)
            #expect(try count("sources", in: reopened) == 4)
            #expect(try reopened.events(matching: EventFilter(types: [.commissionSession])).isEmpty)
        }
    }

    @Test func aBatchThatIsNeverCommittedLeavesNothingBehind() throws {
        try withTemporaryDirectory { folder in
            let path = folder + "/base.sqlite"
            do {
                let store = try Store(path: path)
                try store.prepareForIngest()
                try store.beginBatch()
                _ = try store.ingest(Fixture.document("ma-ru", "Moscow text"), events: [Fixture.moscowMeeting])
                // Released without commitBatch(): closing the connection rolls the batch back.
            }
            let reopened = try Store(path: path)
            #expect(try count("documents", in: reopened) == 0)
            #expect(try count("events", in: reopened) == 0)
        }
    }

    @Test func commitBatchWithoutABatchIsHarmless() throws {
        try withStore { store, _ in
            try store.commitBatch()
            _ = try store.ingest(Fixture.document("ma-ru", "Moscow text"), events: [Fixture.moscowMeeting])
            try store.commitBatch()
            #expect(try count("documents", in: store) == 1)
        }
    }

    @Test func rowsWrittenPerEvent() throws {
        try withStore { store, _ in
            _ = try store.ingest(Fixture.document("ma-ru", "Moscow text"),
                                 events: [Fixture.moscowMeeting, Fixture.moscowMoU, Fixture.plannedSession])
            #expect(try rowCounts(in: store) == [
                "documents": 1, "events": 3, "event_countries": 6, "event_country_pairs": 6,
                "event_organizations": 0, "actors": 2, "participations": 5, "sources": 3,
            ])
        }
    }

    @Test func aParticipantNamedTwiceInOneEventIsStoredOnce() throws {
        try withStore { store, _ in
            var event = Fixture.moscowMeeting
            event.participants = [Fixture.bourita, Fixture.lavrov, Fixture.bourita]
            _ = try store.ingest(Fixture.document("dup", "Dup text"), events: [event])
            let stored = try #require(try store.meetings(between: "MA", and: "RU").first)
            #expect(stored.participants == [Fixture.bourita, Fixture.lavrov])
        }
    }

    @Test func prepareForIngestFillsTheCountryTableOnce() throws {
        try withStore { store, _ in
            let countries = try count("countries", in: store)
            #expect(countries == CountryCatalog.shared.countries.count)
            #expect(countries > 100)
            try store.prepareForIngest()
            #expect(try count("countries", in: store) == countries)
            let morocco = try store.db.scalar("SELECT name_en FROM countries WHERE code = 'MA'").string
            #expect(morocco == "Morocco")
        }
    }
}
