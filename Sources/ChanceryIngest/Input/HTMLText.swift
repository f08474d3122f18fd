/// The readable text of an HTML page: tags, scripts and styles dropped, entities decoded,
/// block elements on lines of their own.
public struct HTMLText: Sendable {
    public let title: String?
    public let text: String
    /// The `content` of `<meta name="date">` (or `article:published_time`, `pubdate`…), when present.
    public let publishedValue: String?
    /// The `href` of `<link rel="canonical">`, when present.
    public let canonicalURL: String?

    public init(html: String) {
        var output = String.UnicodeScalarView()
        var title: String?
        var published: String?
        var canonical: String?
        let scalars = Array(html.unicodeScalars)
        var index = 0
        var skipUntil: String?  // inside <script>, <style>…: skip to this closing tag
        var inTitle = false
        var titleText = String.UnicodeScalarView()

        func emit(_ scalar: Unicode.Scalar) {
            if inTitle { titleText.append(scalar) } else if skipUntil == nil { output.append(scalar) }
        }

        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<" {
                guard let close = scalars[index...].firstIndex(of: ">") else { break }
                let tag = String(String.UnicodeScalarView(scalars[(index + 1)..<close]))
                index = close + 1
                if tag.hasPrefix("!--") {
                    // A comment may hold '>' before its end.
                    if !tag.hasSuffix("--") {
                        var probe = index
                        while probe + 2 < scalars.count, !(scalars[probe] == "-" && scalars[probe + 1] == "-" && scalars[probe + 2] == ">") {
                            probe += 1
                        }
                        index = min(scalars.count, probe + 3)
                    }
                    continue
                }
                let name = HTMLText.tagName(tag)
                if let waiting = skipUntil {
                    if name == "/" + waiting { skipUntil = nil }
                    continue
                }
                switch name {
                case "script", "style", "noscript", "svg", "template", "iframe":
                    if !tag.hasSuffix("/") { skipUntil = name }
                case "title":
                    inTitle = true
                case "/title":
                    inTitle = false
                    if title == nil {
                        title = HTMLText.decodeEntities(String(titleText)).trimmed
                    }
                case "meta":
                    let attributes = HTMLText.attributes(tag)
                    let key = (attributes["name"] ?? attributes["property"] ?? attributes["itemprop"] ?? "").lowercased()
                    if published == nil,
                       ["date", "pubdate", "publishdate", "article:published_time", "datepublished", "dc.date", "og:published_time"].contains(key) {
                        published = attributes["content"]
                    }
                case "link":
                    let attributes = HTMLText.attributes(tag)
                    if attributes["rel"]?.lowercased() == "canonical" { canonical = attributes["href"] }
                case "br", "br/", "p", "/p", "div", "/div", "li", "/li", "h1", "/h1", "h2", "/h2", "h3", "/h3",
                     "h4", "/h4", "h5", "/h5", "h6", "/h6", "tr", "/tr", "section", "/section", "article",
                     "/article", "header", "/header", "footer", "/footer", "nav", "/nav", "ul", "/ul", "ol",
                     "/ol", "blockquote", "/blockquote", "table", "/table", "figure", "/figure", "figcaption",
                     "/figcaption", "main", "/main", "aside", "/aside", "hr", "dd", "dt", "/dd", "/dt":
                    emit("\n")
                case "td", "/td", "th", "/th":
                    emit(" ")
                default:
                    break
                }
                continue
            }
            emit(scalar)
            index += 1
        }
        self.title = title
        self.text = HTMLText.tidy(HTMLText.decodeEntities(String(output)))
        self.publishedValue = published
        self.canonicalURL = canonical
    }

    /// The lower-cased element name, with a leading "/" for closing tags.
    static func tagName(_ tag: String) -> String {
        var name = ""
        for character in tag {
            if character == " " || character == "\n" || character == "\t" || character == ">" { break }
            name.append(character)
        }
        if name.hasSuffix("/") && name.count > 1 && !name.hasPrefix("/") { name.removeLast() }
        return name.lowercased()
    }

    /// The attributes of a tag, names lower-cased, values with quotes removed and entities decoded.
    static func attributes(_ tag: String) -> [String: String] {
        var result: [String: String] = [:]
        let characters = Array(tag)
        var index = characters.firstIndex(where: { $0 == " " || $0 == "\n" || $0 == "\t" }) ?? characters.count
        while index < characters.count {
            while index < characters.count, characters[index].isWhitespace || characters[index] == "/" { index += 1 }
            var name = ""
            while index < characters.count, characters[index] != "=", !characters[index].isWhitespace, characters[index] != "/" {
                name.append(characters[index])
                index += 1
            }
            guard !name.isEmpty else { break }
            while index < characters.count, characters[index].isWhitespace { index += 1 }
            var value = ""
            if index < characters.count, characters[index] == "=" {
                index += 1
                while index < characters.count, characters[index].isWhitespace { index += 1 }
                if index < characters.count, characters[index] == "\"" || characters[index] == "'" {
                    let quote = characters[index]
                    index += 1
                    while index < characters.count, characters[index] != quote {
                        value.append(characters[index])
                        index += 1
                    }
                    index += 1
                } else {
                    while index < characters.count, !characters[index].isWhitespace {
                        value.append(characters[index])
                        index += 1
                    }
                }
            }
            result[name.lowercased()] = decodeEntities(value)
        }
        return result
    }

    static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
        "eacute": "é", "egrave": "è", "ecirc": "ê", "euml": "ë", "Eacute": "É", "Egrave": "È", "Ecirc": "Ê",
        "agrave": "à", "acirc": "â", "auml": "ä", "Agrave": "À", "Acirc": "Â", "ccedil": "ç", "Ccedil": "Ç",
        "icirc": "î", "iuml": "ï", "ocirc": "ô", "ouml": "ö", "ucirc": "û", "ugrave": "ù", "uuml": "ü",
        "oelig": "œ", "OElig": "Œ", "aelig": "æ", "laquo": "«", "raquo": "»", "rsquo": "’", "lsquo": "‘",
        "rdquo": "”", "ldquo": "“", "ndash": "–", "mdash": "—", "hellip": "…", "euro": "€", "copy": "©",
        "reg": "®", "deg": "°", "middot": "·", "bull": "•", "thinsp": "\u{2009}", "zwnj": "\u{200C}", "zwj": "\u{200D}",
        "lrm": "\u{200E}", "rlm": "\u{200F}", "shy": "\u{00AD}", "iexcl": "¡", "iquest": "¿", "ntilde": "ñ",
        "aacute": "á", "iacute": "í", "oacute": "ó", "uacute": "ú", "times": "×",
    ]

    /// Replaces `&amp;`, `&eacute;`, `&#8217;` and `&#x2019;` with the characters they stand for.
    public static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            guard character == "&", let semicolon = text[index...].prefix(12).firstIndex(of: ";") else {
                result.append(character)
                index = text.index(after: index)
                continue
            }
            let name = text[text.index(after: index)..<semicolon]
            var replacement: String?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                replacement = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
            } else if name.hasPrefix("#") {
                replacement = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
            } else {
                replacement = namedEntities[String(name)]
            }
            if let replacement {
                result += replacement
                index = text.index(after: semicolon)
            } else {
                result.append(character)
                index = text.index(after: index)
            }
        }
        return result
    }

    /// Spaces collapsed within lines, empty lines collapsed to one paragraph break.
    static func tidy(_ text: String) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            lines.append(words.joined(separator: " "))
        }
        var result: [String] = []
        for line in lines {
            if line.isEmpty {
                if let last = result.last, !last.isEmpty { result.append("") }
            } else {
                result.append(line)
            }
        }
        while result.last?.isEmpty == true { result.removeLast() }
        return result.joined(separator: "\n")
    }
}

extension String {
    fileprivate var trimmed: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
