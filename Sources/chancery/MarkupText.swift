/// Escaping for the graph formats, whose values (names from the gazetteer, codes, dates) are
/// written inside markup: XML for GraphML and GEXF, quoted identifiers for DOT.
enum MarkupText {
    /// `text` for an XML attribute value or element content: the five special characters as
    /// entities, tab and line breaks as character references, and what XML 1.0 cannot hold at
    /// all (the other controls, U+FFFE and U+FFFF) as U+FFFD.
    static func xml(_ text: String) -> String {
        var escaped = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped.append(contentsOf: "&amp;".unicodeScalars)
            case "<": escaped.append(contentsOf: "&lt;".unicodeScalars)
            case ">": escaped.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": escaped.append(contentsOf: "&quot;".unicodeScalars)
            case "'": escaped.append(contentsOf: "&apos;".unicodeScalars)
            // Kept as characters, a tab or line break in an attribute would be read back as a space.
            case "\t": escaped.append(contentsOf: "&#9;".unicodeScalars)
            case "\n": escaped.append(contentsOf: "&#10;".unicodeScalars)
            case "\r": escaped.append(contentsOf: "&#13;".unicodeScalars)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    escaped.append("\u{FFFD}")
                } else {
                    escaped.append(scalar)
                }
            }
        }
        return String(escaped)
    }

    /// `text` as a DOT quoted string, quotes included: `"` and `\` escaped with a backslash (so
    /// that no `\N`, `\G` or `\l` of Graphviz's labels is formed by accident), a line break as `\n`.
    static func dotQuoted(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\r": break
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }
}
