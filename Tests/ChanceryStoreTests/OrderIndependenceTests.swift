import ChanceryCore
@testable import ChanceryStore
import Testing

/// The same documents give the same events whatever order they are ingested in: which of two
/// alike documents is the copy, and so which events there are, is decided by the documents (the
/// earlier published, else the lower id, is the original), not by which came first.
@Suite("The same documents in any order")
struct OrderIndependenceTests {
    typealias Input = (document: Document, events: [Event])

    /// What a base holds, event ids aside: each event's type, date, countries, place, people,
    /// confidence and documents, sorted.
    static func contents(of store: Store) throws -> [String] {
        try store.events(matching: EventFilter()).map { event in
            [event.type.rawValue, event.status.rawValue, event.date?.description ?? "undated", event.countries.joined(separator: ","),
             event.location?.name ?? "-", event.participants.map(\.name).sorted().joined(separator: "+"),
             String(format: "%.4f", event.confidence), event.sources.map(\.document).sorted().joined(separator: "+")]
                .joined(separator: " | ")
        }.sorted()
    }

    /// Which document each copy was found a copy of, sorted.
    static func copies(in store: Store) throws -> [String] {
        try store.db.rows("SELECT document, copy_of FROM document_copies").map { "\($0[0].string ?? "") ~ \($0[1].string ?? "")" }.sorted()
    }

    /// Ingests `inputs` in `order`, each in a batch of its own, into a new base, the store reading
    /// a document again as extraction did (the events given for it); what the base then holds.
    static func ingest(_ inputs: [Input], inOrder order: [Int]) throws -> (events: [String], copies: [String]) {
        try withStore { store, _ in
            var given: [String: [Event]] = [:]
            for input in inputs { given[input.document.id ?? ""] = input.events }
            store.reading = { given[$0.id ?? ""] ?? [] }
            for index in order {
                _ = try store.ingestBatch { try store.ingest(inputs[index].document, events: inputs[index].events) }
            }
            // As the ingest command does at its end.
            try store.settleGroups()
            #expect(try store.unsettledGroupCount() == 0)
            return (try contents(of: store), try copies(in: store))
        }
    }

    /// Every order of `0..<count`.
    static func orders(of count: Int) -> [[Int]] {
        guard count > 1 else { return [Array(0..<count)] }
        return orders(of: count - 1).flatMap { order in
            (0...order.count).map { position in
                var longer = order
                longer.insert(count - 1, at: position)
                return longer
            }
        }
    }

    /// The wire story, and a copy whose edits made the extractor read two events more (a
    /// session and the headline's meeting again), published the same day.
    static var articleAndCopy: [Input] {
        let copy = CopyTests.copy
        let session = Event(type: .commissionSession, status: .planned, countries: ["MA", "SN"], confidence: 0.5,
                            evidence: CopyTests.evidence("the next session of the joint commission", in: copy))
        let headline = Event(type: .meeting, status: .occurred, countries: ["MA", "SN"], confidence: 0.5,
                             evidence: CopyTests.evidence("Morocco and Senegal sign fisheries pact", in: copy))
        return [(CopyTests.document("agency-wire", CopyTests.wire), CopyTests.events(of: CopyTests.wire)),
                (CopyTests.document("outlet", copy), CopyTests.events(of: copy) + [session, headline])]
    }

    @Test func aCopyStoredBeforeItsArticleIsReadAgainAsItsCopy() throws {
        let inputs = Self.articleAndCopy
        let articleFirst = try Self.ingest(inputs, inOrder: [0, 1])
        let copyFirst = try Self.ingest(inputs, inOrder: [1, 0])
        #expect(articleFirst.copies == ["outlet ~ agency-wire"])
        #expect(articleFirst.events.count == 2, "\(articleFirst.events)")
        #expect(articleFirst.events.allSatisfy { $0.hasSuffix("| agency-wire+outlet") }, "\(articleFirst.events)")
        #expect(copyFirst.copies == articleFirst.copies)
        #expect(copyFirst.events == articleFirst.events)
    }

    /// The article, two copies of it (the second a copy of the first copy's text), and another
    /// article on another meeting: the 24 orders give one base.
    @Test func anArticleItsCopiesAndAnotherArticleGiveTheSameEventsInEveryOrder() throws {
        let third = CopyTests.copy + "\nFollow us for the latest news."
        let other = "Foreign Minister Nasser Bourita received the Mauritanian foreign minister in Rabat on 12 June 2025 for talks on the border crossing at Guerguerat."
        let otherMeeting = Event(type: .meeting, status: .occurred, date: PartialDate("2025-06-12"), countries: ["MA", "MR"],
                                 participants: [CopyTests.bourita], confidence: 0.7,
                                 evidence: CopyTests.evidence(other, in: other))
        let inputs = Self.articleAndCopy + [
            (CopyTests.document("third", third), CopyTests.events(of: third)),
            (CopyTests.document("another", other), [otherMeeting]),
        ]
        let orders = Self.orders(of: inputs.count)
        try #require(orders.count == 24)
        let first = try Self.ingest(inputs, inOrder: orders[0])
        #expect(first.events.count == 3, "\(first.events)")
        #expect(first.copies.count == 2, "\(first.copies)")
        for order in orders.dropFirst() {
            let result = try Self.ingest(inputs, inOrder: order)
            #expect(result.copies == first.copies, "order \(order)")
            #expect(result.events == first.events, "order \(order)")
        }
    }

    /// Talks of Morocco and Russia on two days of October, and a report of them in that month
    /// alone. Weighed as they come, the month joins whichever day came first; in document order
    /// (the earliest published first) both days are stored when the month comes, and the month,
    /// which could be either, stays an event of its own. Every order ends so.
    @Test func reportsThatComeInOutOfOrderAreGroupedAsInDocumentOrder() throws {
        // Texts of their own, so that none is taken for a copy of another.
        func talks(_ id: String, on day: String, published: String, _ text: String) -> Input {
            let event = Event(type: .meeting, status: .occurred, date: PartialDate(day), countries: ["MA", "RU"],
                              participants: [Fixture.bourita, Fixture.lavrov], confidence: 0.7,
                              evidence: CopyTests.evidence(text, in: text))
            return (Fixture.document(id, text, published: published), [event])
        }
        let inputs = [talks("fourteenth", on: "2025-10-14", published: "2025-10-14",
                            "Nasser Bourita received Sergei Lavrov in Rabat on Tuesday to prepare the strategic dialogue."),
                      talks("sixteenth", on: "2025-10-16", published: "2025-10-16",
                            "Before leaving Morocco on Thursday, the Russian minister met his counterpart again over lunch."),
                      talks("month", on: "2025-10", published: "2025-10-20",
                            "Earlier this month the two foreign ministers discussed fisheries, wheat and the Sahel.")]
        let inDocumentOrder = try Self.ingest(inputs, inOrder: [0, 1, 2])
        #expect(inDocumentOrder.events.count == 3, "\(inDocumentOrder.events)")
        for order in Self.orders(of: inputs.count) {
            #expect(try Self.ingest(inputs, inOrder: order).events == inDocumentOrder.events, "order \(order)")
        }
        // Weighed as they came and left so, the month first is taken into the first day that comes.
        let unsettled = try withStore { store, _ in
            for index in [2, 0, 1] {
                _ = try store.ingestBatch { try store.ingest(inputs[index].document, events: inputs[index].events) }
            }
            #expect(try store.unsettledGroupCount() == 1)
            return try Self.contents(of: store)
        }
        #expect(unsettled.count == 2, "\(unsettled)")
    }
}
