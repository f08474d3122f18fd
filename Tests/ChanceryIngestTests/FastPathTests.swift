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

    /// `FoldedText` as it was written before it decoded UTF-8 itself: every scalar through the general fold.
    static func referenceFold(_ text: String) -> (scalars: [Unicode.Scalar], origins: [Int], original: [Unicode.Scalar]) {
        var scalars: [Unicode.Scalar] = []
        var origins: [Int] = []
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            TextFolding.fold(scalar) { folded in
                scalars.append(folded)
                origins.append(offset)
            }
        }
        return (scalars, origins, Array(text.unicodeScalars))
    }

    @Test func foldedTextDecodesAndFoldsEveryLengthOfUTF8() {
        // One, two, three and four bytes a scalar; marks that fold to nothing; forms that fold to more scalars than
        // they have bytes (ﷺ, ﷲ), which overflow the first buffers; and texts made only of those.
        let texts = ["", "a", "Le Maroc ET la France", "وزير الخارجية المصري سامح شكري", "œuvre Æ ß İstanbul",
                     "\u{FDFA}", "\u{FDFA}\u{FDFA}\u{FDF2} ﷺ", "x\u{FDFA}y", "😀 emoji 𝐀 \u{10FFFF}", "\u{200B}\u{200F}",
                     "أُسْبُوعٌ ـــ آمنة إِلى", "ﻻ ﷲ ١٢٣ ۴۵", "Ωμέγα ΣΟΦΙΑ", "e\u{301}te\u{301}", "\r\n\t \u{A0}\u{3000}"]
        for text in texts {
            var original: [Unicode.Scalar] = []
            let folded = FoldedText(text, original: &original)
            let reference = Self.referenceFold(text)
            #expect(folded.scalars == reference.scalars, "\(text)")
            #expect(folded.origins == reference.origins, "\(text)")
            #expect(original == reference.original, "\(text)")
            #expect(folded.originalLength == reference.original.count, "\(text)")
            #expect(FoldedText(text).scalars == reference.scalars, "\(text)")
            // Appends to what the caller already holds, as before.
            var held: [Unicode.Scalar] = ["x"]
            _ = FoldedText(text, original: &held)
            #expect(held == ["x"] + reference.original, "\(text)")
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
    }
}
