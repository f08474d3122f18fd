@testable import chancery
import Testing

/// Text is measured in the cells a terminal gives it, as glibc's `wcwidth` counts them: an Arabic
/// letter one and its harakat none, a combining accent none, a Chinese character or an emoji two.
@Suite(.enabled(if: utf8Locale, "the C.UTF-8 locale is missing: wcwidth cannot be asked"))
struct TerminalCellsTests {
    @Test(arguments: [
        "Jean-Noël Barrot",
        "Jean-Noe\u{308}l Barrot",                       // ë as e and a combining diaeresis
        "ناصر بوريطة",
        "عَبْدُ الرَّحْمٰنِ بْنُ مُحَمَّد",                      // harakat, shadda and a dagger alef
        "وزير الخارجية ـــ",                              // tatweel takes a cell
        "王毅 (foreign minister, CN)",
        "习近平、李强",
        "윤석열 대통령",
        "ＡＢＣ full width",
        "🇲🇦 Maroc 📄",
        "\u{2068}ناصر بوريطة\u{2069} and \u{200F}marks\u{200E}",
        "a\u{200B}zero\u{200D}width",
    ])
    func widthIsWhatWcwidthSays(text: String) {
        #expect(TerminalCells.width(of: text) == terminalCells(of: text), "\(text)")
    }

    @Test func wideCharactersTakeTwoCellsAndMarksNone() {
        #expect(TerminalCells.width(of: "王毅") == 4)
        #expect(TerminalCells.width(of: "بَدْر") == 3)
        #expect(TerminalCells.width(of: "e\u{301}") == 1)
    }

    static func prefix(of text: String, fitting cells: Int) -> (String, Int) {
        var out = TextBuffer()
        var text = text
        let written = text.withUTF8 { TerminalCells.writePrefix(of: $0, fitting: cells, into: &out) }
        return (out.string, written)
    }

    /// A cut keeps a letter's marks with it: the sukun stays on the ba.
    @Test func aCutKeepsTheMarksOfTheLastLetter() {
        #expect(Self.prefix(of: "عَبْدُ", fitting: 2) == ("عَبْ", 2))
        #expect(Self.prefix(of: "Noe\u{308}l", fitting: 3) == ("Noe\u{308}", 3))
    }

    /// A wide character that would overrun the room is left out whole, not half printed.
    @Test func aCutNeverSplitsAWideCharacter() {
        #expect(Self.prefix(of: "王毅外长", fitting: 3) == ("王", 2))
        #expect(Self.prefix(of: "王毅外长", fitting: 4) == ("王毅", 4))
    }

    /// Cut inside an isolate the text opens, the prefix closes it.
    @Test func aCutClosesTheIsolateItFallsIn() {
        #expect(Self.prefix(of: "ab\u{2067}مذكرة\u{2069}cd", fitting: 4) == ("ab\u{2067}مذ\u{2069}", 4))
    }
}
