@testable import chancery
import Testing

/// Tables count terminal cells, not bytes: a cell too long for its column is cut to the column's
/// width with an ellipsis, whatever its script.
@Suite struct TableTests {
    static func lines(of table: borrowing Table, fitting width: Int? = nil) -> [String] {
        var text = TextBuffer()
        table.render(fitting: width) { writeLine in writeLine(&text) }
        return text.string.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    @Test func longCellsAreCutToTheColumnWidthWithAnEllipsis() {
        let cells = [
            "Jean-Noël Barrot, ministre de l’Europe",     // Latin letters with accents, a curly apostrophe
            "عبد الرّحمن بن محمّد آل ثاني، وزير الدولة",  // Arabic with a shadda, which joins the letter before it
            "Nasser Bourita (foreign minister, MA); Sergei Lavrov",
            "short",
        ]
        var table = Table(headers: ["WHO", "N"])
        for (index, cell) in cells.enumerated() {
            table.addCell(cell)
            table.addCell(String(index))
        }
        let lines = Self.lines(of: table, fitting: 15)
        #expect(lines.count == 2 + cells.count)
        #expect(lines[0] == "WHO           N")
        #expect(lines[1] == "────────────  ─")
        #expect(lines[2] == "Jean-Noël B…  0")
        // Arabic is isolated, the ellipsis inside the isolate: the cut cell still ends it.
        #expect(lines[3] == "\u{2068}عبد الرّحمن …\u{2069}  1")
        #expect(lines[4] == "Nasser Bour…  2")
        #expect(lines[5] == "short         3")
        for line in lines {
            let visible = line.filter { !TerminalText.isInvisibleFormat($0) }.count
            #expect(visible == 15, "\(line) is \(visible) characters wide")
        }
    }

    /// An article's text cannot drive the terminal from a table: ESC, BEL and the other controls
    /// are printed as escapes, counted as the characters they show.
    @Test func controlCharactersInACellArePrintedAsEscapes() {
        var table = Table(headers: ["TITLE", "N"])
        table.addCell("a\u{1B}]0;pwned\u{07}b\u{1B}[2J")
        table.addCell("1")
        table.addCell("tab\there, C1\u{9B}1m, line\nbreak")
        table.addCell("2")
        let lines = Self.lines(of: table)
        #expect(lines == [
            "TITLE                                 N",
            "────────────────────────────────────  ─",
            #"a\x1b]0;pwned\x07b\x1b[2J             1"#,
            #"tab\x09here, C1\x9b1m, line\x0abreak  2"#,
        ])
    }

    /// A right-to-left override the cell does not close is printed as an escape: it would turn
    /// the next columns around. One it closes is kept, inside the cell's isolate.
    @Test func aBidiOverrideRunsNoFurtherThanItsCell() {
        var table = Table(headers: ["TITLE", "N"])
        table.addCell("evil\u{202E}gnp.exe")
        table.addCell("1")
        table.addCell("a\u{202B}b\u{202C}c")
        table.addCell("2")
        table.addCell("close\u{202C} first\u{2069}")
        table.addCell("3")
        let lines = Self.lines(of: table)
        #expect(lines == [
            "TITLE                    N",
            "───────────────────────  ─",
            #"evil\u202egnp.exe        1"#,
            "\u{2068}a\u{202B}b\u{202C}c\u{2069}                      2",
            #"close\u202c first\u2069  3"#,
        ])
    }

    /// A cell cut inside an embedding it opens closes that embedding before the ellipsis, so that
    /// the isolate around it ends where the cell ends.
    @Test func cuttingACellClosesWhatTheCutLeftOpen() {
        var table = Table(headers: ["NAME", "N"])
        table.addCell("x\u{2067}مذكرة تفاهم\u{2069}")
        table.addCell("1")
        let lines = Self.lines(of: table, fitting: 11)
        #expect(lines[2] == "\u{2068}x\u{2067}مذكرة \u{2069}…\u{2069}  1")
    }

    /// A cell of these scripts is as wide as its characters, whether it is ASCII but for one dash
    /// or sign, or not ASCII at all; a line's columns then line up.
    @Test(arguments: [
        "AF–QA",
        "treaty ×2: cooperation in fisheries and maritime transport",
        "Nasser Bourita (foreign minister, MA); Jean-Noël Barrot (foreign minister, FR)",
        "mémorandum d’entente",
        "عبد الرّحمن بن محمّد آل ثاني",
        "2025-03-01…2025-03-04",
        "",
    ])
    func aCellIsAsWideAsItsCharacters(cell: String) {
        #expect(TerminalCells.width(of: cell) == cell.count)
    }
}
