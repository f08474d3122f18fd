import ChanceryCore
import Foundation
import Testing

/// The trimming helpers against Foundation's `trimmingCharacters(in:)`, which they replace.
@Suite struct StringTrimmingTests {
    static let texts = [
        "  Maroc ", "\t\nMorocco\r\n", "\u{A0}المغرب\u{3000}", "\u{200B}x\u{200B}", " \u{301}x", "x \u{301}", "\u{2028}x\u{85}",
        "", "   ", "\n", "a b", "\u{FEFF}x", "\u{180E}x", "\u{1680}x\u{205F}", "\r\n", " \r\nx\r\n ",
    ]

    @Test(arguments: texts)
    func trimmingWhitespaceTakesOffWhatWhitespacesAndNewlinesDid(text: String) {
        #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(text.dropFirst(0).trimmingWhitespace() == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test(arguments: texts)
    func trimmingSpacesTakesOffWhatWhitespacesDid(text: String) {
        #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces))
    }

    @Test func everyScalarThatMightBeSpaceAgrees() {
        for value in Array(0..<0x3100) + Array(0xFE00...0xFFFF) {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let text = "\(scalar)x\(scalar)"
            #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespacesAndNewlines), "U+\(String(value, radix: 16))")
            #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces), "U+\(String(value, radix: 16))")
        }
    }
}
