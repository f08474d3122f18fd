import ChanceryCore

/// Turns what a user types into an FTS5 expression over folded text, and finds a snippet.
enum SearchQuery {
    /// Arabic proclitics, longest first: a stored word may carry any of them.
    static let arabicPrefixes = ["وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك"]

    /// The folded words of a query, each reduced to the stem every form of it starts with.
    static func terms(of text: String) -> [String] {
        var terms: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { terms.append(stem(String(current))) }
            current = String.UnicodeScalarView()
        }
        for scalar in TextFolding.fold(text).unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) { current.append(scalar) } else { flush() }
        }
        flush()
        return terms.filter { !$0.isEmpty }
    }

    /// An Arabic word without its proclitics and its ta marbuta (folded to ه); other words as they are.
    static func stem(_ word: String) -> String {
        guard Store.isArabic(word) else { return word }
        var scalars = Array(word.unicodeScalars)
        for prefix in arabicPrefixes {
            let p = Array(prefix.unicodeScalars)
            // Keep at least three letters of stem.
            if scalars.count - p.count >= 3, Array(scalars.prefix(p.count)) == p {
                scalars.removeFirst(p.count)
                break
            }
        }
        for suffix in ["ه"] {  // ta marbuta: مذكرة also finds مذكرتي
            let s = Array(suffix.unicodeScalars)
            if scalars.count - s.count >= 3, Array(scalars.suffix(s.count)) == s {
                scalars.removeLast(s.count)
                break
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// Every term must occur; an Arabic one as a prefix, bare or behind a proclitic.
    static func ftsExpression(for terms: [String]) -> String {
        terms.map { term in
            guard Store.isArabic(term) else { return quoted(term) + "*" }
            let forms = [term] + arabicPrefixes.map { $0 + term }
            return "(" + forms.map { quoted($0) + "*" }.joined(separator: " OR ") + ")"
        }.joined(separator: " AND ")
    }

    private static func quoted(_ word: String) -> String {
        "\"" + word.replacing("\"", with: "\"\"") + "\""
    }

    /// The text around the first place a term occurs in `text`, whitespace collapsed.
    /// Little before the match and more after it: a table cell shows a snippet's first 48 characters,
    /// which must hold the match.
    static func snippet(of text: String, around terms: [String], before: Int = 20, after: Int = 80) -> String {
        let folded = FoldedText(text)
        let scalars = folded.scalars
        var found: Range<Int>?
        for term in terms {
            let needle = Array(term.unicodeScalars)
            guard !needle.isEmpty, needle.count <= scalars.count else { continue }
            var index = 0
            while index + needle.count <= scalars.count {
                if scalars[index] == needle[0], Array(scalars[index..<index + needle.count]) == needle {
                    if found.map({ index < $0.lowerBound }) ?? true { found = index..<index + needle.count }
                    break
                }
                index += 1
            }
        }
        let original = Array(text.unicodeScalars)
        let range = found.map { folded.originalRange(of: $0) } ?? 0..<0
        let start = max(0, range.lowerBound - before)
        let end = min(original.count, range.upperBound + after)
        var view = String.UnicodeScalarView()
        var lastWasSpace = false
        for scalar in original[start..<end] {
            let isSpace = scalar.properties.isWhitespace
            if isSpace && lastWasSpace { continue }
            view.append(isSpace ? " " : scalar)
            lastWasSpace = isSpace
        }
        var snippet = String(view).trimmingSpaces()
        if start > 0 { snippet = "…" + snippet }
        if end < original.count { snippet += "…" }
        return snippet
    }
}
