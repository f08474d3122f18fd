import Foundation
import Testing
@testable import ChanceryIngest

/// The JSON parser against RFC 8259, one rule a test, then against Foundation's `JSONSerialization`, which read
/// our input before it.
@Suite struct JSONValueTests {
    func parse(_ text: String) -> JSONValue? {
        JSONValue.parse(Array(text.utf8))
    }

    @Test func nestedValuesAndTheFourWhiteSpaceCharacters() {
        #expect(parse(" {\"a\" :\t[1, -2.5e3, true, false, null, {}, []],\r\n\"b\": \"x\"} ") == .object([
            "a": .array([.number("1"), .number("-2.5e3"), .bool(true), .bool(false), .null, .object([:]), .array([])]),
            "b": .string("x"),
        ]))
    }

    @Test(arguments: ["\u{0C}{}", "{}\u{0C}", "\u{A0}{}", "{\"a\":\u{0B}1}", "{}\u{2028}"])
    func otherWhiteSpaceIsRefused(text: String) {
        #expect(parse(text) == nil)
    }

    @Test func aScalarMayBeTheWholeText() {
        #expect(parse(" 42 ") == .number("42"))
        #expect(parse("\"x\"") == .string("x"))
        #expect(parse("null") == .null)
    }

    @Test func theLastOfTwoEqualNamesCounts() {
        #expect(parse(#"{"a": 1, "a": 2}"#) == .object(["a": .number("2")]))
    }

    @Test func escapes() {
        #expect(parse(#""\" \\ \/ \b \f \n \r \t""#) == .string("\" \\ / \u{08} \u{0C} \n \r \t"))
    }

    @Test func unicodeEscapesIncludingSurrogatePairs() {
        #expect(parse(#""\u00e9\u00C9 \uD83D\uDE00 \u0000 \u0627""#) == .string("éÉ 😀 \u{0} ا"))
    }

    @Test func runsBetweenEscapesAreKeptWhole() {
        #expect(parse(#""وزير الخارجية\nاستقبل \"نظيره\" اليوم""#) == .string("وزير الخارجية\nاستقبل \"نظيره\" اليوم"))
    }

    @Test(arguments: [#""\uD800""#, #""\uDC00""#, #""\uD800\u0041""#, #""\uD800x""#, #""\uDBFF\uDBFF""#, #""\uD800\n""#])
    func loneSurrogatesAreRefused(text: String) {
        #expect(parse(text) == nil)
    }

    @Test(arguments: [#""\a""#, #""\x41""#, #""\U0041""#, #""\u12""#, #""\u12G4""#, #""\'""#, #""\ ""#])
    func unknownOrShortEscapesAreRefused(text: String) {
        #expect(parse(text) == nil)
    }

    @Test func controlCharactersMustBeEscapedInStrings() {
        for byte in UInt8(0)..<0x20 {
            #expect(JSONValue.parse([0x22, 0x61, byte, 0x22]) == nil, "byte \(byte)")
        }
        #expect(parse("\"\u{7F}\"") == .string("\u{7F}"))
    }

    @Test(arguments: [[0xC3], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0x80], [0xE2, 0x82], [0xF8, 0x88, 0x80, 0x80, 0x80]] as [[UInt8]])
    func invalidUTF8IsRefused(sequence: [UInt8]) {
        #expect(JSONValue.parse([0x22] + sequence + [0x22]) == nil)
        #expect(JSONValue.parse(Array(#"{"a\"#.utf8) + sequence + Array(#"": 1}"#.utf8)) == nil)
        #expect(JSONValue.parse(Array(#"["x\n"#.utf8) + sequence + Array(#""]"#.utf8)) == nil)
    }

    @Test(arguments: ["é", "😀", "\u{FFFF}", "\u{2028}", "\u{10FFFF}"])
    func validUTF8IsKept(text: String) {
        #expect(parse("\"\(text)\"") == .string(text))
    }

    @Test(arguments: ["0", "-0", "1.5", "-1.5e+10", "1E-2", "0.0e0", "123456789012345678901234567890", "1e-400"])
    func numbersAreKeptAsWritten(text: String) {
        #expect(parse(text) == .number(text))
    }

    @Test(arguments: ["01", "-01", "-", "1.", ".5", "+1", "1e", "1e+", "0x1", "1.e5", "-.5", "Infinity", "NaN", "1e400", "-1e400",
                      String(repeating: "9", count: 400)])
    func malformedOrBoundlessNumbersAreRefused(text: String) {
        #expect(parse(text) == nil)
        #expect(parse("[\(text)]") == nil)
    }

    @Test(arguments: ["{}x", "{} {}", "[1]]", "{}\u{0}", "\"a\"\"b\"", "1 2", "truex"])
    func trailingGarbageIsRefused(text: String) {
        #expect(parse(text) == nil)
    }

    @Test(arguments: ["", " ", "{", "[", #"{"a""#, #"{"a":"#, #"{"a":1"#, "[1,", #""abc"#, #""abc\"#, #""\u00"#, "tru", "nul", "-"])
    func unterminatedInputIsRefused(text: String) {
        #expect(parse(text) == nil)
    }

    @Test(arguments: ["{,}", "[,]", "[1,]", #"{"a":1,}"#, #"{"a" 1}"#, "{a:1}", "[1 2]", #"{"a":1,,"b":2}"#, "True", "{'a':1}",
                      #"{"a":1 "b":2}"#, #"{1:2}"#, "[1:2]", "{\"a\"}"])
    func malformedStructureIsRefused(text: String) {
        #expect(parse(text) == nil)
    }

    @Test func nestingStopsAtTheDepthLimit() {
        let depth = JSONValue.maximumDepth
        #expect(parse(String(repeating: "[", count: depth) + String(repeating: "]", count: depth)) != nil)
        #expect(parse(String(repeating: "[", count: depth + 1) + String(repeating: "]", count: depth + 1)) == nil)
        #expect(parse(String(repeating: "{\"a\":", count: depth) + "1" + String(repeating: "}", count: depth)) != nil)
        #expect(parse(String(repeating: "{\"a\":", count: depth + 1) + "1" + String(repeating: "}", count: depth + 1)) == nil)
        #expect(parse(String(repeating: "[", count: 100_000)) == nil)
    }

    @Test func aByteOrderMarkBeforeTheTextIsSkippedButKeptInAString() {
        #expect(JSONValue.parse([0xEF, 0xBB, 0xBF] + Array("{}".utf8)) == .object([:]))
        #expect(parse("\"\u{FEFF}x\"") == .string("\u{FEFF}x"))
        #expect(JSONValue.parse(Array(" ".utf8) + [0xEF, 0xBB, 0xBF] + Array("{}".utf8)) == nil)
    }

    // MARK: Against Foundation

    /// Where Foundation strays from RFC 8259, which our parser follows: it takes a comma before `]` or `}`,
    /// and it drops a byte-order mark that begins a string or follows an escape in one.
    static func foundationStraysFromTheRFC(_ bytes: [UInt8]) -> Bool {
        var afterComma = false
        for byte in bytes {
            if afterComma, byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") { return true }
            if byte == UInt8(ascii: ",") { afterComma = true } else if ![0x20, 0x09, 0x0A, 0x0D].contains(byte) { afterComma = false }
        }
        return bytes.count >= 3 && (0..<bytes.count - 2).contains { bytes[$0] == 0xEF && bytes[$0 + 1] == 0xBB && bytes[$0 + 2] == 0xBF }
    }

    /// Whether our value and Foundation's object say the same; a number is compared through the id it gives.
    static func agree(_ value: JSONValue, _ object: Any) -> Bool {
        switch value {
        case .null: return object is NSNull
        case .bool(let bool): return (object as? NSNumber)?.stringValue == (bool ? "1" : "0")
        case .number(let text): return (object as? NSNumber)?.stringValue == DocumentReader.idText(ofNumber: text)
        case .string(let string): return (object as? String).map { Array($0.unicodeScalars) == Array(string.unicodeScalars) } ?? false
        case .array(let array):
            guard let objects = object as? [Any], objects.count == array.count else { return false }
            return zip(array, objects).allSatisfy { agree($0, $1) }
        case .object(let fields):
            guard let objects = object as? [String: Any], objects.count == fields.count else { return false }
            return fields.allSatisfy { name, value in objects[name].map { agree(value, $0) } ?? false }
        }
    }

    /// Nil when both refuse `bytes` or both read the same value from them; else what differs.
    static func disagreement(_ bytes: [UInt8]) -> String? {
        let ours = JSONValue.parse(bytes)
        let theirs = try? JSONSerialization.jsonObject(with: Data(bytes), options: .fragmentsAllowed)
        switch (ours, theirs) {
        case (nil, nil): return nil
        case (let ours?, let theirs?): return agree(ours, theirs) ? nil : "read differently"
        case (nil, _?): return "refused by us only"
        case (_?, nil): return "refused by Foundation only"
        }
    }

    static let samples = [
        #"{"id": "ar-002", "lang": "ar", "url": "https://example.org/a?b=1", "title": "وزير الخارجية", "published": "2023-04-01", "text": "مصر\nوزير الخارجية يستقبل \"نظيره\" السورى فى مقر الوزارة"}"#,
        #"{"id": 42, "text": "Ministers met in Rabat today.", "tags": [1, 2.5, -3e2, true, false, null, {"x": [{}]}]}"#,
        #"[{"a": "\u00e9\uD83D\uDE00\t\/"}, -0.0, 1E+2, 0.30000000000000004, 123456789012345678901234]"#,
    ]

    @Test func agreesWithFoundationOnEveryCaseAbove() {
        let texts = Self.samples + [
            "42", "-0", "1.5", "1e3", "1E3", "-9223372036854775808", "18446744073709551615", "18446744073709551616",
            "123456789.123456789", "1.2345678901234567890E5", "1.234567890123E100", "5e-324", "1e-400", "1e400",
            "01", "1.", "[1,,2]", "{\"a\":1}x", "\"\\uD800\"", "\"\\uDC00\"", "\"\\a\"", "\"x\u{1}\"", "\"\u{7F}\"",
            "{}\u{0C}", " {} ", "[" + String(repeating: "[", count: 511) + String(repeating: "]", count: 512),
            String(repeating: "[", count: 513) + String(repeating: "]", count: 513),
        ]
        for text in texts {
            #expect(Self.disagreement(Array(text.utf8)) == nil, "\(text.prefix(80))")
        }
        for bytes: [UInt8] in [[0x22, 0xC3, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22], [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], [0x5B, 0xFF, 0x5D]] {
            #expect(Self.disagreement(bytes) == nil, "\(bytes)")
        }
    }

    /// Thousands of near misses made by cutting and splicing well-formed lines: we refuse what Foundation refuses
    /// and read what it reads, but for its two departures from the RFC.
    @Test func agreesWithFoundationOnDamagedLines() {
        let splices: [[UInt8]] = ["{", "}", "[", "]", ",", ":", "\"", "\\", "0", "1", "-", ".", "e", "E", "+", " ", "\n", "t", "n", "u",
                                  "\\u", "\\uD83D", "\u{1}", "\u{7F}", "é", "😀"].map { Array($0.utf8) } + [[0x80], [0xC3], [0xED, 0xA0], [0xFF]]
        var random = SplitMix(seed: 2025)
        var compared = 0
        for sample in Self.samples.map({ Array($0.utf8) }) {
            for _ in 0..<1_500 {
                var bytes = sample
                for _ in 0...random.next(below: 3) {
                    let at = random.next(below: bytes.count + 1)
                    switch random.next(below: 3) {
                    case 0: if at < bytes.count { bytes.remove(at: at) }
                    case 1: bytes.insert(contentsOf: splices[random.next(below: splices.count)], at: at)
                    default: bytes.removeSubrange(at..<min(bytes.count, at + random.next(below: 8)))
                    }
                }
                // Foundation reads text whose first bytes hold a zero as UTF-16 or UTF-32.
                guard !Self.foundationStraysFromTheRFC(bytes), !bytes.prefix(4).contains(0) else { continue }
                compared += 1
                if let difference = Self.disagreement(bytes) {
                    Issue.record("\(difference): \(String(decoding: bytes, as: UTF8.self).debugDescription)")
                }
            }
        }
        #expect(compared > 3_000)
    }
}

/// A small seeded generator, so that the damaged lines are the same at every run.
struct SplitMix {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next(below bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Int(z % UInt64(max(1, bound)))
    }
}
