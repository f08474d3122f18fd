import ChanceryCore
import Testing

/// Reading back the JSON Chancery and SQLite write.
@Suite struct JSONValueTests {
    @Test func readsWhatJSONTextWrites() {
        let written = JSONText.object([
            ("name", .string("ناصر \"بوريطة\"\\\n\u{1}")), ("count", .number(3)), ("none", .string(nil)),
            ("flags", .array([.bool(true), .bool(false)])), ("confidence", .decimal(0.9)),
        ]).text
        #expect(JSONValue(parsing: written) == .object([
            ("name", .string("ناصر \"بوريطة\"\\\n\u{1}")), ("count", .number(3)), ("none", .null),
            ("flags", .array([.bool(true), .bool(false)])), ("confidence", .number(0.9)),
        ]))
    }

    @Test func escapesOfEveryKindDecode() {
        #expect(JSONValue(parsing: #""a\/b\t\u00e9\ud83d\ude00""#) == .string("a/b\té😀"))
        #expect(JSONValue(parsing: #"  [ ]  "#) == .array([]))
        #expect(JSONValue(parsing: #"{}"#) == .object([]))
    }

    @Test func whatIsNotOneJSONValueIsNil() {
        for text in ["", "[1,", "{\"a\" 1}", "\"open", "[1] 2", "nul", "{\"a\": }"] {
            #expect(JSONValue(parsing: text) == nil, "\(text)")
        }
    }

    @Test func aScannerReadsTokenByToken() {
        var text = #"{"codes": ["MA", "RU"], "who": null}"#
        let steps: [String] = text.withUTF8 { bytes in
            var scanner = JSONScanner(bytes)
            var steps: [String] = []
            steps.append("\(scanner.take("{"))")
            steps.append(scanner.string() ?? "?")
            steps.append("\(scanner.take(":"))")
            steps.append((scanner.strings() ?? []).joined(separator: "+"))
            steps.append("\(scanner.take(","))")
            steps.append("\(scanner.key(among: ["codes", "who"]) ?? -1)")
            steps.append(scanner.stringOrNull() == .some(nil) ? "null" : "?")
            steps.append("\(scanner.take("}"))")
            steps.append("\(scanner.atEnd)")
            return steps
        }
        #expect(steps == ["true", "codes", "true", "MA+RU", "true", "1", "null", "true", "true"])
    }
}
