import ChanceryCore
@testable import ChanceryStore
import Testing

@Suite struct SearchTests {
    static let arabic = "وَأَجْرى وزيرُ الخارجية مباحثات مع نظيره، وتم التوقيع على مذكرتي تفاهم بالمغرب."
    static let french = "Le ministre des Affaires étrangères a reçu son homologue à Rabat."

    @Test func arabicMatchesRegardlessOfDiacriticsAndClitics() throws {
        try withStore { store, _ in
            _ = try store.ingest(Fixture.document("ar", Self.arabic), events: [Fixture.moscowMeeting])
            _ = try store.ingest(Fixture.document("fr", Self.french), events: [])
            #expect(try store.search("المغرب").map(\.document) == ["ar"])
            #expect(try store.search("مذكرة").map(\.document) == ["ar"])
            #expect(try store.search("أجرى").map(\.document) == ["ar"])
            #expect(try store.search("etrangeres").map(\.document) == ["fr"])
            #expect(try store.search("ÉTRANGÈRES rabat").map(\.document) == ["fr"])
            #expect(try store.search("Moscou").isEmpty)
        }
    }

    @Test func aHitCarriesASnippetFromTheTextAsWrittenAndTheDocumentsEvents() throws {
        try withStore { store, _ in
            _ = try store.ingest(Fixture.document("ar", Self.arabic), events: [Fixture.moscowMeeting])
            let hit = try #require(try store.search("تفاهم").first)
            #expect(hit.snippet.text.contains("تفاهم"))
            #expect(hit.snippet.text.contains("مذكرتي تفاهم بالمغرب"), "the text as written, not folded")
            #expect(hit.events.map(\.summary) == ["meeting occurred 2025-10-16 MA-RU"])
        }
    }

    @Test func aMatchFarIntoTheTextIsWithinTheFirstCharactersATableShows() throws {
        try withStore { store, _ in
            let text = String(repeating: "Une longue introduction sans rapport avec la question posée. ", count: 5)
                + "Le ministre a signé un mémorandum sur la pêche."
            _ = try store.ingest(Fixture.document("fr", text), events: [])
            let hit = try #require(try store.search("mémorandum").first)
            #expect(hit.snippet.text.hasPrefix("…"))
            #expect(String(hit.snippet.text.prefix(47)).contains("mémorandum"))
        }
    }
}
