import ChanceryCore
@testable import ChanceryStore
import Testing

/// A known person's or country's name is searched by every name it goes by, in every script.
@Suite struct SearchNamesTests {
    static let lavrov = KnownActor(names: ["سيرغي لافروف", "Sergueï Lavrov", "Sergei Lavrov"], country: "RU", role: "foreign minister")
    static let arabic = "وصل وزير الخارجية الروسي سيرغي لافروف إلى الرباط أمس."
    static let arabicSurnameAlone = "وقال الوزير إن زيارته ناجحة، وأكد لافروف ذلك، ثم غادر ولافروف مرتاح."
    static let french = "Le ministre Sergueï Lavrov est arrivé à Rabat."
    static let unrelated = "Les ministres ont parlé de la pêche."

    func withNamedDocuments<T>(_ body: (Store) throws -> T) throws -> T {
        try withStore { store, _ in
            try store.register([Self.lavrov])
            for (id, text) in [("ar", Self.arabic), ("ar-surname", Self.arabicSurnameAlone), ("fr", Self.french), ("other", Self.unrelated)] {
                _ = try store.ingest(Fixture.document(id, text), events: [])
            }
            return try body(store)
        }
    }

    @Test func aSurnameFindsThePersonInEveryScript() throws {
        try withNamedDocuments { store throws in
            #expect(Set(try store.search("Lavrov").map(\.document)) == ["ar", "ar-surname", "fr"])
            #expect(Set(try store.search("لافروف").map(\.document)) == ["ar", "ar-surname", "fr"])
        }
    }

    @Test func theSnippetMarksTheWordsAsTheDocumentWritesThem() throws {
        try withNamedDocuments { store throws in
            let hits = try store.search("Lavrov")
            let surname = try #require(hits.first { $0.document == "ar-surname" })
            #expect(surname.snippet.matchedWords == ["لافروف", "ولافروف"])
            #expect(surname.snippet.marked(opening: "[", closing: "]").contains("وأكد [لافروف] ذلك، ثم غادر [ولافروف]"))
            let french = try #require(hits.first { $0.document == "fr" })
            #expect(french.snippet.text == "Le ministre Sergueï Lavrov est arrivé à Rabat.")
            #expect(french.snippet.marks == [20..<26])
        }
    }

    @Test func aFullNameIsSearchedWholeInEachOfItsSpellings() throws {
        try withNamedDocuments { store throws in
            #expect(Set(try store.search("Sergei Lavrov").map(\.document)) == ["ar", "fr"])
            let hit = try #require(try store.search("Sergei Lavrov").first { $0.document == "ar" })
            #expect(hit.snippet.matchedWords == ["سيرغي لافروف"])
        }
    }

    @Test func aNameAndAWordMustBothOccur() throws {
        try withNamedDocuments { store throws in
            #expect(try store.search("Lavrov الرباط").map(\.document) == ["ar"])
            #expect(try store.search("Lavrov pêche").isEmpty)
        }
    }

    @Test func theTermSaysWhatTheNameWasTakenFor() throws {
        try withNamedDocuments { store throws in
            let term = try #require(try store.searchQuery(for: "Lavrov").terms.first)
            #expect(term.typed == "Lavrov")
            #expect(term.otherForms == ["لافروف"])
            guard case .actor(_, let name, let country) = try #require(term.named.first) else {
                Issue.record("not taken for a person: \(term.named)")
                return
            }
            #expect(name == "سيرغي لافروف" && country == "RU")
        }
    }

    @Test func aCountryIsSearchedByItsNamesInTheThreeLanguagesAndByTheDemonymsGiven() throws {
        try withStore { store, _ in
            _ = try store.ingest(Fixture.document("ar", "زار الوزير المغرب الأسبوع الماضي."), events: [])
            _ = try store.ingest(Fixture.document("en", "The Moroccan delegation arrived."), events: [])
            _ = try store.ingest(Fixture.document("fr", "La délégation marocaine est arrivée."), events: [])
            // "marocaine" starts with Maroc; "Moroccan" does not start with Morocco.
            #expect(Set(try store.search("Morocco").map(\.document)) == ["ar", "fr"])
            let withDemonyms = try store.searchQuery(for: "Morocco") { $0 == "MA" ? ["Moroccan"] : [] }
            #expect(Set(try store.search(withDemonyms).map(\.document)) == ["ar", "en", "fr"])
        }
    }

    @Test func aShortNameOtherThanTheOneTypedMatchesOnlyAWholeWord() throws {
        try withStore { store, _ in
            _ = try store.ingest(Fixture.document("usa", "Talks with the USA resumed."), events: [])
            _ = try store.ingest(Fixture.document("usage", "The usage of force was discussed."), events: [])
            #expect(try store.search("United States").map(\.document) == ["usa"])
        }
    }

    @Test func aCodeIsNoNameToASearch() throws {
        try withStore { store, _ in
            // AND is Andorra's alpha-3 code, and "and" a word.
            let query = try store.searchQuery(for: "trade and fishing")
            #expect(query.terms.map(\.named) == [[], [], []])
            #expect(query.terms.map(\.otherForms) == [[], [], []])
        }
    }

    @Test func plainWordsAreSearchedAsTheyAre() throws {
        try withStore { store, _ in
            let query = try store.searchQuery(for: "مذكرة تفاهم")
            #expect(query == SearchQuery(words: "مذكرة تفاهم"))
            #expect(query.terms.map(\.typed) == ["مذكرة", "تفاهم"])
        }
    }
}
