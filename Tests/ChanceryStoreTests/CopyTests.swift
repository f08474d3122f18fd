import ChanceryCore
import Foundation
@testable import ChanceryStore
import SQLiteDB
import Testing

/// Syndicated copies: a document nearly the same as a stored one is taken for a copy of it, and
/// its events are sources of the stored one's. The article is our own.
@Suite("Syndicated copies")
struct CopyTests {
    static let talksSentence = "Foreign Minister Nasser Bourita held talks in Rabat on Tuesday with his Senegalese counterpart Yassine Fall."
    static let signingSentence = "The two ministers signed a memorandum of understanding on fisheries and maritime transport."
    static let wire = """
        \(talksSentence) The two sides reviewed the preparations for the next session of the joint \
        commission, which is to meet in Dakar before the end of the year, and the progress of the \
        projects launched at the last one.
        \(signingSentence) They also agreed to open a direct shipping line between Dakar and Agadir \
        and to widen cooperation in higher education and energy.
        """

    static let fall = Participant(name: "Yassine Fall", country: "SN", role: "foreign minister")
    static let bourita = Participant(name: "Nasser Bourita", country: "MA", role: "foreign minister")

    /// The events of a text holding the two sentences: undated talks (the document gives no
    /// date that the extractor could read) and the signing.
    static func events(of text: String, talks: String = talksSentence, people: [Participant] = [bourita, fall]) -> [Event] {
        [Event(type: .meeting, status: .occurred, countries: ["MA", "SN"], participants: people, confidence: 0.8,
               evidence: evidence(talks, in: text)),
         Event(type: .agreement, status: .occurred, countries: ["MA", "SN"], participants: [bourita, fall],
               instrument: .mou, confidence: 0.8, evidence: evidence(signingSentence, in: text))]
    }

    static func evidence(_ sentence: String, in text: String) -> Evidence {
        let start = text.range(of: sentence).map { text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: $0.lowerBound) } ?? 0
        return Evidence(text: sentence, start: start, end: start + sentence.unicodeScalars.count)
    }

    static func document(_ id: String, _ text: String, published: String? = "2025-06-10") -> Document {
        Document(id: id, language: "en", url: "https://example.org/\(id)", title: nil,
                 published: published.flatMap(PartialDate.init), text: text)
    }

    /// The wire story as another outlet prints it: its own headline, a line of its own at the end.
    static let copy = "Morocco and Senegal sign fisheries pact\n" + wire + "\nReported by our news desk."

    func ingest(_ store: Store, _ document: Document, _ events: [Event]) throws -> IngestOutcome {
        try store.ingestBatch { try store.ingest(document, events: events) }
    }

    @Test func aCopyWithAnotherHeadlineAndATrailingLineAddsNoEventAndIsASourceOfEach() throws {
        try withStore { store, _ in
            _ = try ingest(store, Self.document("agency-wire", Self.wire), Self.events(of: Self.wire))
            let outcome = try ingest(store, Self.document("outlet", Self.copy), Self.events(of: Self.copy))
            #expect(outcome == .copy(documentID: "outlet", original: "agency-wire", events: 2))
            let events = try store.events(matching: EventFilter())
            #expect(events.count == 2)
            #expect(events.map { $0.sources.map(\.document).sorted() } == [["agency-wire", "outlet"], ["agency-wire", "outlet"]])
            // The copy's evidence is its own, where its text has it.
            let copied = try #require(events.first { $0.type == .meeting }?.sources.first { $0.document == "outlet" })
            #expect(copied.evidence == Self.evidence(Self.talksSentence, in: Self.copy))
        }
    }

    @Test func theSameUndatedEventsReadFromAnotherArticleAreNotTakenForACopy() throws {
        try withStore { store, _ in
            _ = try ingest(store, Self.document("agency-wire", Self.wire), Self.events(of: Self.wire))
            let other = "\(Self.talksSentence) They spoke of fisheries.\nIn Dakar, the opposition criticised the visit."
            // Published a month later: the merge rules do not take the undated talks for the same either.
            let outcome = try ingest(store, Self.document("other", other, published: "2025-07-10"), [Self.events(of: other)[0]])
            #expect(outcome == .added(documentID: "other", events: 1))
            #expect(try store.eventCount() == 3)
        }
    }

    @Test func aCopyWithAFewWordsChangedIsStillACopy() throws {
        try withStore { store, _ in
            _ = try ingest(store, Self.document("agency-wire", Self.wire), Self.events(of: Self.wire))
            let edited = Self.wire.replacingOccurrences(of: "higher education", with: "tourism")
                .replacingOccurrences(of: "held talks", with: "met")
            let talks = Self.talksSentence.replacingOccurrences(of: "held talks", with: "met")
            let outcome = try ingest(store, Self.document("edited", edited), Self.events(of: edited, talks: talks))
            #expect(outcome == .copy(documentID: "edited", original: "agency-wire", events: 2))
            #expect(try store.eventCount() == 2)
        }
    }

    @Test func aCopyIsNoIndependentReport() throws {
        try withStore { store, _ in
            _ = try ingest(store, Self.document("agency-wire", Self.wire), Self.events(of: Self.wire))
            let before = try store.events(matching: EventFilter()).map(\.confidence)
            _ = try ingest(store, Self.document("outlet", Self.copy), Self.events(of: Self.copy))
            #expect(try store.events(matching: EventFilter()).map(\.confidence) == before)
        }
    }

    @Test func aCopyNamesNoOneItsOriginalDoesNot() throws {
        try withStore { store, _ in
            _ = try ingest(store, Self.document("agency-wire", Self.wire), Self.events(of: Self.wire))
            // An edit read as a name: "Tuesday Yassine Fall".
            let misread = Participant(name: "Tuesday Yassine Fall", country: "SN", role: "foreign minister")
            _ = try ingest(store, Self.document("outlet", Self.copy), Self.events(of: Self.copy, people: [Self.bourita, misread]))
            let meeting = try #require(try store.events(matching: EventFilter(types: [.meeting])).first)
            #expect(meeting.participants.map(\.name) == ["Nasser Bourita", "Yassine Fall"])
            #expect(meeting.sources.count == 2)
        }
    }

    @Test func whatOnlyTheCopysEditsMadeTheExtractorReadAddsNoEvent() throws {
        try withStore { store, _ in
            _ = try ingest(store, Self.document("agency-wire", Self.wire), Self.events(of: Self.wire))
            let session = Event(type: .commissionSession, status: .planned, countries: ["MA", "SN"], confidence: 0.5,
                                evidence: Self.evidence("the next session of the joint commission", in: Self.copy))
            let secondReading = Event(type: .meeting, status: .occurred, countries: ["MA", "SN"], confidence: 0.5,
                                      evidence: Self.evidence("Morocco and Senegal sign fisheries pact", in: Self.copy))
            let outcome = try ingest(store, Self.document("outlet", Self.copy), Self.events(of: Self.copy) + [session, secondReading])
            #expect(outcome == .copy(documentID: "outlet", original: "agency-wire", events: 4))
            #expect(try store.eventCount() == 2)
        }
    }

    @Test func aCopyOfACopyIsASourceOfTheSameEvents() throws {
        try withStore { store, _ in
            _ = try ingest(store, Self.document("agency-wire", Self.wire), Self.events(of: Self.wire))
            _ = try ingest(store, Self.document("outlet", Self.copy), Self.events(of: Self.copy))
            let again = Self.copy + "\nFollow us for the latest news."
            #expect(try ingest(store, Self.document("third", again), Self.events(of: again))
                    == .copy(documentID: "third", original: "outlet", events: 2))
            #expect(try store.events(matching: EventFilter()).map { $0.sources.count } == [3, 3])
        }
    }

    /// A short article with four words changed resembles its copy by about 0.55: a copy when
    /// both are published the same day, not when the days differ or one is unknown.
    @Test func aLessAlikeCopyIsACopyOnlyWhenPublishedTheSameDay() throws {
        var edited = Self.wire
        for (word, other) in [("Tuesday", "Monday"), ("preparations", "plans"), ("launched", "started"), ("maritime", "sea")] {
            edited = edited.replacingOccurrences(of: word, with: other)
        }
        edited = "Morocco and Senegal sign fisheries pact\n" + edited
        let resemblance = WordShingles(edited).resemblance(to: WordShingles(Self.wire))
        try #require(resemblance >= Store.sameDayCopyResemblance && resemblance < Store.copyResemblance, "\(resemblance)")
        for (published, copy) in [("2025-06-10", true), ("2025-06-11", false), (nil, false)] as [(String?, Bool)] {
            try withStore { store, _ in
                _ = try ingest(store, Self.document("agency-wire", Self.wire), Self.events(of: Self.wire))
                let outcome = try ingest(store, Self.document("edited", edited, published: published), [])
                #expect(outcome == (copy ? .copy(documentID: "edited", original: "agency-wire", events: 0) : .added(documentID: "edited", events: 0)),
                        "published \(published ?? "on a day unknown")")
            }
        }
    }

    @Test func aBaseFromBeforeCopiesWereFoundHasItsDocumentsSignedWhenItNextIngests() throws {
        try withStore { store, path in
            _ = try ingest(store, Self.document("agency-wire", Self.wire), Self.events(of: Self.wire))
            // What a base migrated from schema 9 holds: documents, no signatures.
            try store.db.execute("DELETE FROM document_bands; DELETE FROM document_signatures")
            let reopened = try Store(path: path)
            try reopened.prepareForIngest()
            #expect(try count("document_signatures", in: reopened) == 1)
            #expect(try count("document_bands", in: reopened) == MinHash.bands)
            let outcome = try ingest(reopened, Self.document("outlet", Self.copy), Self.events(of: Self.copy))
            #expect(outcome == .copy(documentID: "outlet", original: "agency-wire", events: 2))
        }
    }

    @Test func theCopiesViewSaysWhichDocumentCopiesWhich() throws {
        try withStore { store, _ in
            _ = try ingest(store, Self.document("agency-wire", Self.wire), Self.events(of: Self.wire))
            _ = try ingest(store, Self.document("outlet", Self.copy), Self.events(of: Self.copy))
            let rows = try store.db.rows("SELECT document, copy_of, resemblance FROM document_copies")
            #expect(rows.map { [$0[0].string, $0[1].string] } == [["outlet", "agency-wire"]])
            #expect((rows.first?[2].double ?? 0) > Store.copyResemblance)
        }
    }

    // Corrections hold over copies.

    func meetings(_ store: Store) throws -> [Event] {
        try store.events(matching: EventFilter(types: [.meeting]))
    }

    @Test func aDeletedUndatedEventStaysDeletedWhenACopyOfItsArticleComesInAndUndoBringsBothBack() throws {
        try withStore { store, _ in
            _ = try ingest(store, Self.document("agency-wire", Self.wire), Self.events(of: Self.wire))
            let meeting = try #require(try meetings(store).first?.id)
            _ = try store.delete(event: meeting, by: "tester")
            _ = try ingest(store, Self.document("outlet", Self.copy), Self.events(of: Self.copy))
            #expect(try meetings(store).isEmpty)
            #expect(try store.eventCount() == 1)
            _ = try store.undoLastCorrection(by: "tester")
            #expect(try meetings(store).map { $0.sources.map(\.document).sorted() } == [["agency-wire", "outlet"]])
        }
    }

    @Test func aDeletedEventStaysDeletedWhenACopyOfACopyComesIn() throws {
        try withStore { store, _ in
            _ = try ingest(store, Self.document("agency-wire", Self.wire), Self.events(of: Self.wire))
            _ = try ingest(store, Self.document("outlet", Self.copy), Self.events(of: Self.copy))
            let meeting = try #require(try meetings(store).first?.id)
            _ = try store.delete(event: meeting, by: "tester")
            let again = Self.copy + "\nFollow us for the latest news."
            _ = try ingest(store, Self.document("third", again), Self.events(of: again))
            #expect(try meetings(store).isEmpty)
        }
    }

    @Test func aCopyOfAnEditedEventsArticleIsASourceOfTheEditedEvent() throws {
        try withStore { store, _ in
            _ = try ingest(store, Self.document("agency-wire", Self.wire), Self.events(of: Self.wire))
            let meeting = try #require(try meetings(store).first?.id)
            _ = try store.edit(event: meeting, EventEdit(date: date("2025-06-10")), by: "tester")
            _ = try ingest(store, Self.document("outlet", Self.copy), Self.events(of: Self.copy))
            let events = try meetings(store)
            #expect(events.map(\.date) == [date("2025-06-10")])
            #expect(events.map { $0.sources.map(\.document).sorted() } == [["agency-wire", "outlet"]])
        }
    }

    @Test func aDeletedUndatedMeetingStaysDeletedWhenAnotherArticleReportsItOfTheSamePeopleADayLater() throws {
        try withStore { store, _ in
            _ = try ingest(store, Self.document("agency-wire", Self.wire), Self.events(of: Self.wire))
            let meeting = try #require(try meetings(store).first?.id)
            _ = try store.delete(event: meeting, by: "tester")
            let other = "Yassine Fall was received by Nasser Bourita, his Moroccan counterpart. Fisheries were discussed."
            let talks = Event(type: .meeting, status: .occurred, countries: ["SN", "MA"], participants: [Self.fall, Self.bourita],
                              confidence: 0.7, evidence: Self.evidence("Yassine Fall was received by Nasser Bourita, his Moroccan counterpart.", in: other))
            #expect(try ingest(store, Self.document("other", other, published: "2025-06-11"), [talks]) == .added(documentID: "other", events: 1))
            #expect(try meetings(store).isEmpty)
        }
    }
}
