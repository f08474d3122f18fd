/// JSON made safe to embed in an HTML `<script>` element.
///
/// The HTML parser ends a script at the first `</script` and treats `<!--` inside it specially,
/// whatever the JavaScript or JSON around them means; an article's evidence or title may hold
/// either. JSON lets any character of a string be written as `\uXXXX`, and `<`, `>` and `&` occur
/// in JSON text only inside strings, so writing every one of them so leaves the same value and
/// no markup. U+2028 and U+2029 are escaped too: older JavaScript engines end a line at them.
enum ScriptSafeJSON {
    static func escaped(_ json: String) -> String {
        var safe = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": safe.append(contentsOf: "\\u003c".unicodeScalars)
            case ">": safe.append(contentsOf: "\\u003e".unicodeScalars)
            case "&": safe.append(contentsOf: "\\u0026".unicodeScalars)
            case "\u{2028}": safe.append(contentsOf: "\\u2028".unicodeScalars)
            case "\u{2029}": safe.append(contentsOf: "\\u2029".unicodeScalars)
            default: safe.append(scalar)
            }
        }
        return String(safe)
    }
}
