import ChanceryCore
import Foundation
import Testing

/// Presentation and full-width forms, which fold through the table in `Data/presentation-forms.tsv`.
@Suite struct PresentationFormTests {
    static let ranges = [0xFB50...0xFDFF, 0xFE70...0xFEFF, 0xFF00...0xFFEF]

    /// What folding gave when it went through Foundation's NFKC: the folded parts of the scalar's NFKC form,
    /// without the scalar itself (one that is its own NFKC form folded to nothing).
    static func foldedThroughFoundation(_ scalar: Unicode.Scalar) -> String {
        String(scalar).precomposedStringWithCompatibilityMapping.unicodeScalars
            .filter { $0 != scalar }
            .map { TextFolding.fold(String($0)) }
            .joined()
    }

    @Test func everyFormFoldsAsItDidThroughFoundationsNFKC() {
        var checked = 0
        for range in Self.ranges {
            for value in range {
                let scalar = Unicode.Scalar(UInt32(value))!
                let expected = Self.foldedThroughFoundation(scalar)
                #expect(TextFolding.fold(String(scalar)) == expected, "U+\(String(value, radix: 16, uppercase: true))")
                #expect(FoldedText(String(scalar)).string == expected, "U+\(String(value, radix: 16, uppercase: true))")
                checked += 1
            }
        }
        #expect(checked == 1072)
    }

    @Test func ligaturesAndWideLettersFoldToTheirParts() {
        #expect(TextFolding.fold("ﻻ") == "لا")
        #expect(TextFolding.fold("ＵＮ ２０２５") == "un 2025")
        #expect(TextFolding.fold("ﻣﻐﺮﺏ") == "مغرب")
        #expect(TextFolding.fold("\u{FDFA}").unicodeScalars.count == 18)
    }

    @Test func aFormsPartsKeepTheOffsetOfTheForm() {
        let folded = FoldedText("xﻻy")
        #expect(folded.string == "xلاy")
        #expect(folded.origins == [0, 1, 1, 2])
        #expect(folded.originalLength == 3)
    }
}
