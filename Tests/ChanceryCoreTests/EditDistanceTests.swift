import ChanceryCore
import Testing

@Suite struct EditDistanceTests {
    @Test(arguments: [
        ("morocco", "morocco", 0), ("marocco", "morocco", 1), ("moroco", "morocco", 1), ("moroccoo", "morocco", 1),
        ("buirta", "burita", 1), ("meetings", "meeting", 1), ("kongo", "congo", 1), ("abc", "", 3),
        ("المغربب", "المغرب", 1), ("لافرف", "لافروف", 1),
    ])
    func countsInsertionsDeletionsSubstitutionsAndSwapsAsOneEach(_ a: String, _ b: String, _ distance: Int) {
        #expect(EditDistance.between(a, b, atMost: 3) == distance)
        #expect(EditDistance.between(b, a, atMost: 3) == distance)
    }

    @Test func aPairFartherThanTheLimitIsNil() {
        #expect(EditDistance.between("buritaa", "bourita", atMost: 1) == nil)  // two edits
        #expect(EditDistance.between("buritaa", "bourita", atMost: 2) == 2)
        #expect(EditDistance.between("nobody", "noboa", atMost: 1) == nil)
        #expect(EditDistance.between("atlantis", "a", atMost: 2) == nil)
    }

    @Test func aLongerNameMayBeFartherOff() {
        #expect(EditDistance.allowed(forLength: 2) == 0)
        #expect(EditDistance.allowed(forLength: 7) == 1)
        #expect(EditDistance.allowed(forLength: 10) == 2)
        #expect(EditDistance.allowed(forLength: 20) == 3)
    }
}

@Suite struct CountrySuggestionTests {
    let catalog = CountryCatalog.shared

    func suggested(_ text: String) -> [String] {
        catalog.suggestions(for: text).map { "\($0.name) (\($0.country.code))" }
    }

    @Test func aSlipInAnyScriptSuggestsTheCountryByTheNameItCameNearest() {
        #expect(suggested("Marocco") == ["Morocco (MA)"])
        #expect(suggested("Marok") == ["Maroc (MA)"])
        #expect(suggested("المغربب") == ["المغرب (MA)"])
        #expect(suggested("Egpyt") == ["Egypt (EG)"])
    }

    @Test func aWordOfSeveralCountriesNamesThemAllAsWordsOfTheirNames() {
        let congo = catalog.suggestions(for: "Congo")
        #expect(congo.map(\.country.code) == ["CD", "CG"])
        #expect(congo.allSatisfy { $0.isWordOfName })
        #expect(catalog.suggestions(for: "Korea").map(\.country.code) == ["KP", "KR"])
        #expect(catalog.suggestions(for: "كونغو").map(\.country.code) == ["CD", "CG"], "the article aside")
    }

    @Test func aWholeNameComesBeforeTheSameWordInLongerNames() {
        #expect(suggested("Guinae") == ["Guinea (GN)"])
    }

    @Test func aWordOfMostCountriesNamesNone() {
        #expect(catalog.suggestions(for: "Republic").isEmpty)
    }

    @Test func whatIsNearNoNameHasNoSuggestion() {
        #expect(catalog.suggestions(for: "Atlantis").isEmpty)
        #expect(catalog.suggestions(for: "XQ").isEmpty)
        #expect(catalog.suggestions(for: "").isEmpty)
    }
}
