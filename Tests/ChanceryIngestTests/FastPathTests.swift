@testable import ChanceryIngest
import ChanceryCore
import Testing

/// The tokenizer's and lexicon's fast paths answer exactly what the general code they stand in for answers.
struct FastPathTests {
    /// Every scalar of the Basic Multilingual Plane, surrogates excluded.
    static let plane: [Unicode.Scalar] = (0..<0x1_0000).compactMap { Unicode.Scalar(UInt32($0)) }

    @Test func scalarClassesMatchUnicodeProperties() {
        for scalar in Self.plane {
            #expect(ScalarClass.isWhitespace(scalar) == scalar.properties.isWhitespace, "\(scalar.value)")
            #expect(ScalarClass.isAlphabetic(scalar) == scalar.properties.isAlphabetic, "\(scalar.value)")
            #expect(ScalarClass.isUppercase(scalar) == scalar.properties.isUppercase, "\(scalar.value)")
        }
    }

    @Test func foldingTakesTheSamePathForEveryScalar() {
        for scalar in Self.plane {
            var general = String.UnicodeScalarView()
            TextFolding.fold(scalar) { general.append($0) }
            let text = String(scalar)
            #expect(TextFolding.fold(text) == String(general), "\(scalar.value)")
            #expect(FoldedText(text).scalars == Array(general), "\(scalar.value)")
        }
    }

    @Test func boilerplateScalarSearchAgreesWithStringSearch() {
        let lines = ["lire aussi : le sommet", "share this", "اقرا ايضا: القمة", "the shared plan", "نص عادي",
                     "partager", "newsletter du jour", "comment", "sha re", "e\u{301}share"]
        for line in lines {
            let scalars = FoldedText(line).scalars
            let expected = Boilerplate.markers.contains { FoldedText(line).string.contains($0) }
            #expect(Boilerplate.isBoilerplate(scalars[...], tokenCount: 1) == expected, "\(line)")
        }
    }

    @Test func wordTableFindsExactlyTheInternedWords() {
        let ids: [String: Int32] = ["تونس": 0, "maroc": 1, "اجتماع": 2, "a": 3]
        let table = WordTable(ids: ids)
        for (word, id) in ids {
            #expect(table.lookup(word.unicodeScalars.map(\.value)[...]) == id)
        }
        for word in ["تونسي", "maro", "", "b"] {
            #expect(table.lookup(word.unicodeScalars.map(\.value)[...]) == nil)
        }
    }

    @Test func cliticReadingsOverScalarsMatchTheStringReadings() {
        let table = Lexicon.shared.words
        let words = ["والتعاون", "للجنة", "للتعاون", "سيرأس", "وسيلتقي", "بالرئيس", "فالوزير", "كالعادة", "الاجتماع",
                     "لل", "س", "وس", "maroc", "ولل", "فللجنه"]
        var scratch: [UInt32] = []
        for word in words {
            var fast: [Clitics.Reading] = []
            Clitics.forEachReading(of: word.unicodeScalars.map(\.value)[...], scratch: &scratch) { key, future, prefix in
                var view = String.UnicodeScalarView()
                view.append(contentsOf: key.compactMap(Unicode.Scalar.init))
                let reading = Clitics.Reading(key: String(view), future: future, prefixLength: prefix)
                if !fast.contains(where: { $0.key == reading.key }) { fast.append(reading) }
            }
            #expect(fast == Clitics.readings(of: word), "\(word)")
        }
        _ = table
    }
}
