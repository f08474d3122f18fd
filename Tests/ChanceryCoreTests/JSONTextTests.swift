import ChanceryCore
import Foundation
import Testing

@Suite struct JSONTextTests {
    /// What an article could hold that would end a script or a comment, or run as markup.
    static let hostile = "a</script><script>alert(1)</script><!-- b & c > d \u{2028}"

    static func text(_ value: JSONText, escaping: JSONText.Escaping) -> String {
        var bytes: [UInt8] = []
        value.write(into: &bytes, escaping: escaping)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func scriptEscapingLeavesNoMarkupAndReadsBackTheSame() throws {
        let safe = Self.text(.object([("text", .string(Self.hostile)), ("slash", .string("\\<"))]), escaping: .script)
        #expect(!safe.contains("<") && !safe.contains(">") && !safe.contains("&") && !safe.contains("\u{2028}"))
        #expect(safe.contains("a\\u003c/script\\u003e"))
        let value = try JSONSerialization.jsonObject(with: Data(safe.utf8)) as? [String: String]
        #expect(value == ["text": Self.hostile, "slash": "\\<"])
    }

    @Test func plainEscapingEscapesOnlyWhatJSONRequires() {
        let text = JSONText.string("«\"Rabat\"»\tالرباط\\\u{1b}<b>\u{2028}").text
        #expect(text == "\"«\\\"Rabat\\\"»\\tالرباط\\\\\\u001b<b>\u{2028}\"")
    }

    @Test func objectsKeepTheirKeysInTheOrderGiven() {
        let value = JSONText.object([("type", .string("mou")), ("count", .integer(2)), ("title", .string(nil)),
                                     ("countries", .strings(["MA", "RU"])), ("confidence", .decimal(0.9)), ("ok", .bool(true))])
        #expect(value.text == #"{"type": "mou", "count": 2, "title": null, "countries": ["MA", "RU"], "confidence": 0.9, "ok": true}"#)
    }

    @Test func fractionsHaveTwoDecimalsAtMostAndAlwaysAPoint() {
        #expect([1.0, 0.9, 0.856, 0.0].map(JSONText.decimalText) == ["1.0", "0.9", "0.86", "0.0"])
    }

    @Test func textThatIsJSONAlreadyIsWrittenAsItIs() {
        #expect(JSONText.array([.json(#"{"a": [1]}"#), .number(nil)]).text == #"[{"a": [1]}, null]"#)
    }
}
