@testable import chancery
import Testing

/// A table narrowed to fit a terminal: names listed alone before anything is cut, then the other
/// columns cut with "…", then names after the second left out, a column left out, and names
/// going on over the next lines; never a name cut while room can be found for it.
@Suite struct TableFitTests {
    /// Two events, one with an Arabic and a French participant list.
    static func table() -> Table {
        var table = Table(columns: [
            .init("ID", .whole), .init("DATE", .whole), .init("WHAT", .cut(minimum: 12, rank: 0)),
            .init("PARTICIPANTS", .names), .init("PLACE", .cut(minimum: 8, rank: 0), leaveOutRank: 0),
        ])
        let rows: [(String, String, String, [(String, String)], String)] = [
            ("1", "2025-06-10", "meeting", [("Nasser Bourita", " (foreign minister, MA)"), ("Jean-Noël Barrot", " (foreign minister, FR)")], "Rabat"),
            ("2", "2025-03-13", "MoU ×2: cooperation in electricity",
             [("بدر عبد العاطي", " (foreign minister, EG)"), ("أيمن الصفدي", " (foreign minister, JO)"), ("Mohamed Ali Nafti", "")], "Cairo"),
        ]
        for (id, date, what, participants, place) in rows {
            table.addCell(id)
            table.addCell(date)
            table.addCell(what)
            for (name, details) in participants {
                table.addItem(name: { $0.append(name) }, details: { $0.append(details) })
            }
            table.endCell()
            table.addCell(place)
        }
        return table
    }

    static func render(fitting width: Int?) -> (lines: [String], leftOut: [String]) {
        let table = table()
        var text = TextBuffer()
        let leftOut = table.render(fitting: width) { writeLine in writeLine(&text) }
        return (text.string.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init), leftOut)
    }

    /// With no width to fit (a pipe, --wide), everything, roles included.
    @Test func withoutAWidthEveryCellIsWhole() {
        let (lines, leftOut) = Self.render(fitting: nil)
        #expect(leftOut == [])
        #expect(lines == [
            "ID  DATE        WHAT                                PARTICIPANTS                                                                                  PLACE",
            "──  ──────────  ──────────────────────────────────  ────────────────────────────────────────────────────────────────────────────────────────────  ─────",
            "1   2025-06-10  meeting                             Nasser Bourita (foreign minister, MA); Jean-Noël Barrot (foreign minister, FR)                Rabat",
            "2   2025-03-13  MoU ×2: cooperation in electricity  \u{2068}بدر عبد العاطي (foreign minister, EG); أيمن الصفدي (foreign minister, JO); Mohamed Ali Nafti\u{2069}  Cairo",
        ])
        #expect(Self.render(fitting: 151).lines == lines, "a table that fits is printed as it is")
    }

    /// The first room given up is the roles: the parties are listed by name alone.
    @Test func namesAreListedAloneBeforeAnythingIsCut() {
        #expect(Self.render(fitting: 120).lines == [
            "ID  DATE        WHAT                                PARTICIPANTS                                                   PLACE",
            "──  ──────────  ──────────────────────────────────  ─────────────────────────────────────────────────────────────  ─────",
            "1   2025-06-10  meeting                             Nasser Bourita; Jean-Noël Barrot                               Rabat",
            "2   2025-03-13  MoU ×2: cooperation in electricity  \u{2068}بدر عبد العاطي; أيمن الصفدي; Mohamed Ali Nafti\u{2069}                 Cairo",
        ])
    }

    /// Then the other columns are cut, and names after the second give way to "…", inside the
    /// cell's isolate.
    @Test func otherColumnsAreCutThenNamesAfterTheSecond() {
        let (lines, leftOut) = Self.render(fitting: 80)
        #expect(leftOut == [])
        #expect(lines == [
            "ID  DATE        WHAT          PARTICIPANTS                                 PLACE",
            "──  ──────────  ────────────  ───────────────────────────────────────────  ─────",
            "1   2025-06-10  meeting       Nasser Bourita; Jean-Noël Barrot             Rabat",
            "2   2025-03-13  MoU ×2: coo…  \u{2068}بدر عبد العاطي; أيمن الصفدي; …\u{2069}               Cairo",
        ])
    }

    /// Narrower still, a column is left out, and two names that do not fit on one line go on
    /// over the next, each whole, under their column.
    @Test func thenAColumnIsLeftOutAndNamesGoOnOverTheNextLine() {
        let (lines, leftOut) = Self.render(fitting: 60)
        #expect(leftOut == ["PLACE"])
        #expect(lines == [
            "ID  DATE        WHAT          PARTICIPANTS",
            "──  ──────────  ────────────  ──────────────────────────────",
            "1   2025-06-10  meeting       Nasser Bourita;",
            "                              Jean-Noël Barrot",
            "2   2025-03-13  MoU ×2: coo…  \u{2068}بدر عبد العاطي; أيمن الصفدي; …\u{2069}",
        ])
    }

    /// At any width, down to a terminal too narrow for names, no line is wider than the width,
    /// and every isolate a line opens it closes.
    @Test(.enabled(if: utf8Locale, "the C.UTF-8 locale is missing: wcwidth cannot be asked"), arguments: 30...160)
    func everyLineFits(width: Int) {
        for line in Self.render(fitting: width).lines {
            #expect(terminalCells(of: line) <= width, "\(line.debugDescription) is wider than \(width)")
            #expect(bidiControlsBalance(in: line), "\(line.debugDescription)")
        }
    }

    /// Both names of a meeting are shown whole at every width that has room for its other
    /// columns and its longest name.
    @Test(arguments: 47...160)
    func bothPartiesAreNamedWhole(width: Int) {
        let text = Self.render(fitting: width).lines.joined(separator: "\n")
        for name in ["Nasser Bourita", "Jean-Noël Barrot", "بدر عبد العاطي", "أيمن الصفدي"] {
            #expect(text.contains(name), "\(name) is cut at \(width):\n\(text)")
        }
    }
}
