@testable import chancery
import Foundation
import Testing

/// Rows of the tidy tables as CSV and TSV, and the README's list of their columns.
@Suite struct DelimitedTextTests {
    static func written(_ fields: [String], as text: DelimitedText) -> String {
        var out = TextBuffer()
        text.writeRow(fields, into: &out)
        return out.string
    }

    static let awkward = ["plain", "with,comma", "with \"quotes\"", "two\nlines", "cr\rlf", "tab\there", "back\\slash", "", "عربي، نص"]

    @Test func csvQuotesOnlyTheFieldsThatNeedItAndReadsBack() throws {
        let line = Self.written(Self.awkward, as: .csv)
        #expect(line == "plain,\"with,comma\",\"with \"\"quotes\"\"\",\"two\nlines\",\"cr\rlf\",tab\there,back\\slash,,عربي، نص\n")
        #expect(try readCSV(line) == [Self.awkward])
    }

    @Test func tsvEscapesSoThatARowIsOneLine() throws {
        let line = Self.written(Self.awkward, as: .tsv)
        #expect(line == "plain\twith,comma\twith \"quotes\"\ttwo\\nlines\tcr\\rlf\ttab\\there\tback\\\\slash\t\tعربي، نص\n")
        #expect(line.filter { $0 == "\n" }.count == 1)
        #expect(try readTSV(line) == [Self.awkward])
    }

    /// The README's table of columns is the tidy table's header, in order, and it names every
    /// column of the long tables.
    @Test func theReadmeDocumentsEveryColumn() throws {
        let readme = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let section = try #require(text.components(separatedBy: "### Tidy tables\n").dropFirst().first?
            .components(separatedBy: "\n### ").first, "the README has no '### Tidy tables' section")
        let documented = section.split(separator: "\n")
            .drop { !$0.hasPrefix("| column |") }.dropFirst(2)
            .prefix { $0.hasPrefix("|") }
            .flatMap { line in
                (line.split(separator: "|").first ?? "").split(separator: ",").map {
                    $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "`", with: "")
                }
            }
        #expect(documented == TidyEventRenderer.header(.events))
        for shape in [TidyEventRenderer.Shape.countries, .participants] {
            for column in TidyEventRenderer.header(shape) {
                #expect(section.contains("`\(column)`"), "the README does not name the column \(column)")
            }
        }
    }
}
