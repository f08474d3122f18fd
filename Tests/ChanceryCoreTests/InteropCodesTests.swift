import ChanceryCore
import Foundation
import Testing

/// The CAMEO and PLOVER codes: EVENTS.md's by type, and the README's table the same as the code's.
@Suite struct InteropCodesTests {
    @Test func eachTypeHasTheSpecsCodes() {
        #expect(InteropCodes.of(.meeting) == InteropCodes(cameo: "040", plover: "CONSULT"))
        #expect(InteropCodes.of(.agreement) == InteropCodes(cameo: "057", plover: "AGREE"))
        #expect(InteropCodes.of(.commissionSession) == InteropCodes(cameo: "040", plover: "CONSULT"))
    }

    @Test func aPhoneCallIsCAMEOsDiscussByTelephone() {
        #expect(InteropCodes.of(.meeting, mode: .phone).cameo == "041")
        #expect(InteropCodes.of(.meeting, mode: .inPerson).cameo == "040")
        #expect(InteropCodes.of(.meeting, mode: .video).cameo == "040")
    }

    /// Every meeting code lies in the 040–046 EVENTS.md gives meetings, and every one is CONSULT.
    @Test func meetingCodesStayInTheSpecsRange() {
        for mode in MeetingMode.allCases {
            let codes = InteropCodes.of(.meeting, mode: mode)
            #expect(("040"..."046").contains(codes.cameo), "\(mode): \(codes.cameo)")
            #expect(codes.plover == "CONSULT")
        }
    }

    @Test func theTableListsEveryTypeModeAndInstrumentOnce() {
        let table = InteropCodes.table
        #expect(table.count == EventType.allCases.count + MeetingMode.allCases.count + Instrument.allCases.count)
        #expect(Set(table.map { "\($0.type.rawValue) \($0.refinement ?? "-")" }).count == table.count)
    }

    /// The README's `codes` table, row by row, is `InteropCodes.table`: one source of truth.
    @Test func theReadmesCodesTableIsTheCodes() throws {
        let readme = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let section = try #require(text.components(separatedBy: "### Codes\n").dropFirst().first,
                                   "the README has no '### Codes' section")
        let rows = section.split(separator: "\n")
            .drop { !$0.hasPrefix("| type |") }.dropFirst(2)
            .prefix { $0.hasPrefix("|") }
            .map { line in
                line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "`", with: "") }
            }
        let expected = InteropCodes.table.map { entry in
            [entry.type.rawValue, entry.refinement ?? "—", entry.codes.cameo, entry.codes.plover]
        }
        #expect(rows == expected)
    }
}
