import Testing
import ChanceryCore

@Suite struct CountryCatalogTests {
    let catalog = CountryCatalog.shared

    @Test func coversEveryISOCountry() {
        #expect(catalog.countries.count >= 245)
        #expect(catalog.country(code: "MA")?.alpha3 == "MAR")
    }

    @Test(arguments: ["MA", "ma", "MAR", "Morocco", "Maroc", "المغرب", "المَغْرِب", "مغرب", "  morocco "])
    func oneCountryByAnyOfItsNames(_ text: String) {
        #expect(catalog.resolve(text)?.code == "MA")
    }

    @Test(arguments: [("Russie", "RU"), ("روسيا", "RU"), ("Côte d'Ivoire", "CI"), ("Cote d’Ivoire", "CI"),
                      ("Ivory Coast", "CI"), ("ساحل العاج", "CI"), ("Chine", "CN"), ("الصين", "CN"),
                      ("États-Unis", "US"), ("Etats Unis", "US"), ("الولايات المتحدة", "US"), ("Égypte", "EG")])
    func commonNamesInTheThreeLanguages(_ text: String, _ code: String) {
        #expect(catalog.resolve(text)?.code == code)
    }

    @Test func anUnknownNameIsNil() {
        #expect(catalog.resolve("Atlantis") == nil)
        #expect(catalog.resolve("") == nil)
    }
}

@Suite struct TextFoldingTests {
    @Test func arabicLosesHarakatAndTatweelAndUnifiesLetters() {
        #expect(TextFolding.fold("المَغْرِب") == "المغرب")
        #expect(TextFolding.fold("مبـــاحثات") == "مباحثات")
        #expect(TextFolding.fold("أحمد إلى آخر") == "احمد الي اخر")
        #expect(TextFolding.fold("الدورة الثامنة") == "الدوره الثامنه")
        #expect(TextFolding.fold("١٦ أكتوبر ٢٠٢٥") == "16 اكتوبر 2025")
    }

    @Test func frenchLosesAccentsAndCase() {
        #expect(TextFolding.fold("Ministre des Affaires Étrangères") == "ministre des affaires etrangeres")
        #expect(TextFolding.fold("Côte d’Ivoire") == "cote d'ivoire")
    }

    @Test func foldedOffsetsPointBackIntoTheOriginal() throws {
        let original = "قال الوزيـــرُ: مرحباً"
        let folded = FoldedText(original)
        let scalars = folded.scalars
        let needle = Array("الوزير".unicodeScalars)
        let at = try #require((0...(scalars.count - needle.count)).first { Array(scalars[$0..<$0 + needle.count]) == needle })
        let range = folded.originalRange(of: at..<at + needle.count)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: Array(original.unicodeScalars)[range])
        #expect(String(view) == "الوزيـــرُ")
    }
}

@Suite struct SHA256Tests {
    @Test func matchesTheStandardTestVectors() {
        #expect(SHA256.hex(of: "") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(of: "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(of: String(repeating: "a", count: 1000)).hasPrefix("41edece42d63e8d9bf515a9ba6932e1c"))
    }
}
