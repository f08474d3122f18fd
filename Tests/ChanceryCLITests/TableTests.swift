@testable import chancery
import Testing

/// Tables count characters, not bytes: a cell too long for its column is cut to the column's
/// width with an ellipsis, whatever its script.
@Suite struct TableTests {
    static func lines(of table: borrowing Table) -> [String] {
        var text = TextBuffer()
        table.render { writeLine in writeLine(&text) }
        return text.string.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    @Test func longCellsAreCutToTheColumnWidthWithAnEllipsis() {
        let cells = [
            "Jean-Noël Barrot, ministre de l’Europe",     // Latin letters with accents, a curly apostrophe
            "عبد الرّحمن بن محمّد آل ثاني، وزير الدولة",  // Arabic with a shadda, which joins the letter before it
            "Nasser Bourita (foreign minister, MA); Sergei Lavrov",
            "short",
        ]
        var table = Table(headers: ["WHO", "N"], maximumWidth: 12)
        for (index, cell) in cells.enumerated() {
            table.addCell(cell)
            table.addCell(String(index))
        }
        let lines = Self.lines(of: table)
        #expect(lines.count == 2 + cells.count)
        #expect(lines[0] == "WHO           N")
        #expect(lines[1] == "────────────  ─")
        #expect(lines[2] == "Jean-Noël B…  0")
        #expect(lines[3] == "عبد الرّحمن …  1")
        #expect(lines[4] == "Nasser Bour…  2")
        #expect(lines[5] == "short         3")
        for line in lines { #expect(line.count == 15, "\(line) is \(line.count) characters wide") }
    }

    /// A cell is as wide as its characters, whether it is ASCII but for one dash or sign, or not
    /// ASCII at all; a line's columns then line up.
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
        #expect(Table.width(of: cell) == cell.count)
    }
}
