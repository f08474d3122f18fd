/// Minimal JSON text building, so that keys come out in the order the spec shows them.
enum JSON {
    static func string(_ text: String) -> String {
        var json = TextBuffer()
        json.appendJSON(text)
        return json.string
    }

    static func string(_ text: String?) -> String {
        text.map { string($0) } ?? "null"
    }

    static func number(_ value: Int?) -> String {
        value.map(String.init) ?? "null"
    }

    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) + ".0" : String(rounded)
    }

    static func array(_ items: [String]) -> String {
        "[" + items.joined(separator: ", ") + "]"
    }

    /// An object from key–value pairs whose values are already JSON text.
    static func object(_ pairs: KeyValuePairs<String, String>) -> String {
        "{" + pairs.map { string($0.key) + ": " + $0.value }.joined(separator: ", ") + "}"
    }

    static func object(_ pairs: [(String, String)]) -> String {
        "{" + pairs.map { string($0.0) + ": " + $0.1 }.joined(separator: ", ") + "}"
    }
}
