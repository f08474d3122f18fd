import ChanceryCore
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Documents made from each format a file may hold: plain text, HTML, one JSON Lines line or a JSON file, with the
/// one-line reason a file or line cannot be read.
extension DocumentReader {
    // MARK: Formats

    static func documentFromText(_ text: String, id: String?, options: PlainTextOptions, at location: InputLocation) -> InputItem {
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        guard !body.allSatisfy(\.isWhitespace) else {
            return .failure(reason: "the document has no text", at: location)
        }
        return .document(Document(
            id: id, language: options.language ?? LanguageDetector.detect(body), url: options.url,
            title: nil, published: options.published, text: body
        ), at: location)
    }

    static func documentFromHTML(_ html: String, id: String?, options: PlainTextOptions, at location: InputLocation) -> InputItem {
        let page = HTMLText(html: html)
        guard !page.text.isEmpty else {
            return .failure(reason: "the page has no text", at: location)
        }
        let published = options.published ?? page.publishedValue.flatMap { PartialDate(String($0.prefix(10))) }
        return .document(Document(
            id: id, language: options.language ?? LanguageDetector.detect(page.text),
            url: options.url ?? page.canonicalURL, title: page.title, published: published, text: page.text
        ), at: location)
    }

    static func documentFromJSONLine(_ bytes: [UInt8], at location: InputLocation) -> InputItem? {
        // Blank lines between records are not documents, and not errors either.
        if bytes.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { return nil }
        return documentFromJSON(bytes, at: location)
    }

    /// A document from one JSON object in the spec's format; only `text` is required.
    static func documentFromJSON(_ bytes: [UInt8], at location: InputLocation) -> InputItem {
        guard let value = JSONValue.parse(bytes) else {
            return .failure(reason: whyNotJSON(bytes), at: location)
        }
        guard case .object(let fields) = value else {
            // Foundation, which read these lines before, refused a lone string or number as not JSON at all:
            // its messages are kept.
            if case .array = value { return .failure(reason: "expected a JSON object with a \"text\" field", at: location) }
            return .failure(reason: "not valid JSON", at: location)
        }
        guard case .string(var text)? = fields["text"] else {
            return .failure(reason: fields["text"] == nil ? "missing \"text\"" : "\"text\" must be a string", at: location)
        }
        // A text copied from a file may begin with its byte-order mark. Plain text loses it, and so did JSON that
        // Foundation read: dropping it keeps such a text, and its hash, as already stored.
        if text.unicodeScalars.first == "\u{FEFF}" { text = String(text.unicodeScalars.dropFirst()) }
        guard !text.allSatisfy(\.isWhitespace) else {
            return .failure(reason: "\"text\" is empty", at: location)
        }
        var id: String?
        switch fields["id"] {
        case nil, .null?: id = nil
        case .string(let value)?: id = value.isEmpty ? nil : value
        case .number(let value)?: id = idText(ofNumber: value)
        // Foundation gave booleans as the numbers 1 and 0, and so did the ids made of them.
        case .bool(let value)?: id = value ? "1" : "0"
        default: return .failure(reason: "\"id\" must be a string", at: location)
        }
        var published: PartialDate?
        switch fields["published"] {
        case nil, .null?: published = nil
        case .string(let value)?:
            // Timestamps such as 2025-10-16T09:30:00Z are common in feeds: their day is what counts.
            guard let date = PartialDate(String(value.prefix(10))), date.precision == .day else {
                return .failure(reason: "\"published\" must be a date YYYY-MM-DD, not \"\(value)\"", at: location)
            }
            published = date
        default:
            return .failure(reason: "\"published\" must be a date YYYY-MM-DD", at: location)
        }
        var language: String?
        switch fields["lang"] ?? fields["language"] {
        case nil, .null?: language = nil
        case .string(let value)?:
            let code = value.lowercased().prefix(2)
            guard ["ar", "fr", "en"].contains(code) else {
                return .failure(reason: "\"lang\" must be ar, fr or en, not \"\(value)\"", at: location)
            }
            language = String(code)
        default:
            return .failure(reason: "\"lang\" must be a string", at: location)
        }
        return .document(Document(
            id: id, language: language ?? LanguageDetector.detect(text),
            url: fields["url"]?.stringValue, title: fields["title"]?.stringValue,
            published: published, text: text
        ), at: location)
    }

    /// Why bytes that `JSONValue` refused are not a document, as closely as can be said: not UTF-8
    /// (with the first bad byte's column), nested deeper than the parser goes, or else not valid JSON.
    static func whyNotJSON(_ bytes: [UInt8]) -> String {
        if String(validating: bytes, as: UTF8.self) == nil {
            var decoder = UTF8()
            var iterator = bytes.makeIterator()
            var offset = 0
            loop: while true {
                switch decoder.decode(&iterator) {
                case .scalarValue(let scalar): offset += UTF8.width(scalar)
                case .emptyInput, .error: break loop
                }
            }
            return "not valid UTF-8 (a bad byte at column \(offset + 1))"
        }
        var depth = 0
        var deepest = 0
        var inString = false
        var escaped = false
        for byte in bytes {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1; deepest = Swift.max(deepest, depth)
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            default: break
            }
        }
        if deepest > JSONValue.maximumDepth {
            return "not valid JSON: nested \(deepest) levels deep, more than the \(JSONValue.maximumDepth) Chancery reads"
        }
        return "not valid JSON"
    }

    /// The id a JSON number gives, as Foundation's `NSNumber` wrote it, so that a document keeps its id:
    /// an integer as written (`42`), one too long for 64 bits as a `Decimal`, as is any number of more than
    /// 17 characters, and the rest as a `Double` (`1.5`, `1000.0` for `1e3`).
    static func idText(ofNumber text: String) -> String {
        // Foundation looked for a lower-case "e" only: "1E3" was taken for an integer until Int64 refused it.
        let exponentStart = text.firstIndex(of: "e")
        let isInteger = !text.contains(".") && exponentStart == nil
        let mantissaLength = text[..<(exponentStart ?? text.endIndex)].count
        if isInteger {
            if text.hasPrefix("-") {
                if mantissaLength <= 19, let value = Int64(text) { return String(value) }
            } else if mantissaLength <= 20, let value = UInt64(text) {
                return String(value)
            }
        }
        let exponent = exponentStart.flatMap { Int(text[text.index(after: $0)...]) } ?? 0
        if mantissaLength > 17, (-128...127).contains(exponent), let decimal = Decimal(string: text), decimal.isFinite {
            return decimal.description
        }
        return Double(text)?.description ?? text
    }
}
