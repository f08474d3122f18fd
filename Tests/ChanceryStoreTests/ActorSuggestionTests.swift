import ChanceryCore
@testable import ChanceryStore
import Testing

/// The people offered for a name no one goes by.
@Suite struct ActorSuggestionTests {
    static let bourita = KnownActor(names: ["ناصر بوريطة", "Nasser Bourita", "Naser Bourita", "Nasser Burita"], country: "MA")
    static let barrot = KnownActor(names: ["جان نويل بارو", "Jean-Noël Barrot"], country: "FR")

    @Test func aSlipOfASurnameSuggestsThePersonByTheirUsualNameInTheScriptTyped() throws {
        try withStore { store, _ in
            try store.register([Self.bourita, Self.barrot])
            #expect(try store.actors(resembling: "Buritaa").map(\.name) == ["Nasser Bourita"])
            #expect(try store.actors(resembling: "Nasser Boureta").map(\.name) == ["Nasser Bourita"])
            #expect(try store.actors(resembling: "بوريطا").map(\.name) == ["ناصر بوريطة"])
            #expect(try store.actors(resembling: "Barot").map(\.name) == ["Jean-Noël Barrot"])
        }
    }

    @Test func aCountryNarrowsTheSuggestions() throws {
        try withStore { store, _ in
            try store.register([Self.bourita, Self.barrot])
            #expect(try store.actors(resembling: "Buritaa", country: "FR").isEmpty)
            #expect(try store.actors(resembling: "Buritaa", country: "MA").map(\.actor.country) == ["MA"])
        }
    }

    @Test func aNameNearNoOneSuggestsNoOne() throws {
        try withStore { store, _ in
            try store.register([Self.bourita, Self.barrot])
            #expect(try store.actors(resembling: "Nobody").isEmpty)
        }
    }

    @Test func theUsualSpellingIsTheOneTheOthersDifferFromLeast() {
        #expect(Store.middleSpelling(of: ["Naser Bourita", "Nasser Bourita", "Nasser Burita", "Bourita"]) == "Nasser Bourita")
        #expect(Store.middleSpelling(of: []) == nil)
    }
}
