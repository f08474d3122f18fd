import ChanceryCore

/// The passage of a document around the first place a search matched, as written, with the
/// words that matched marked.
///
/// Little before the match and more after it, white space collapsed: a table that cuts the
/// snippet to fit the terminal cuts its end, and must keep the match. Every match of every term
/// inside the passage is marked, whole words as the document writes them (ولافروف, not the
/// لافروف searched), so that a reader sees why an Arabic article answered "Lavrov".
public struct Snippet: Hashable, Sendable {
    public let text: String
    /// Where the matched words are in `text`, in Unicode scalars, in order and apart.
    public let marks: [Range<Int>]

    public init(text: String, marks: [Range<Int>] = []) {
        self.text = text
        self.marks = marks
    }

    /// The words that matched as the document writes them, each once, in the order they come.
    public var matchedWords: [String] {
        let scalars = Array(text.unicodeScalars)
        var words: [String] = []
        for mark in marks {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[mark])
            let word = String(view)
            if !words.contains(word) { words.append(word) }
        }
        return words
    }

    /// The text with each mark between `opening` and `closing`: "… met [Lavrov] in Moscow".
    public func marked(opening: String, closing: String) -> String {
        var out = String.UnicodeScalarView()
        var position = 0
        let scalars = Array(text.unicodeScalars)
        for mark in marks {
            out.append(contentsOf: scalars[position..<mark.lowerBound])
            out.append(contentsOf: opening.unicodeScalars)
            out.append(contentsOf: scalars[mark])
            out.append(contentsOf: closing.unicodeScalars)
            position = mark.upperBound
        }
        out.append(contentsOf: scalars[position...])
        return String(out)
    }

    /// The snippet of `text` for `query`: from the start of the text when nothing in it matches
    /// (the title did).
    init(of text: String, for query: SearchQuery, before: Int = 20, after: Int = 80) {
        var original: [Unicode.Scalar] = []
        let folded = FoldedText(text, original: &original)
        let matches = Self.matches(in: folded, of: query)
        let first = matches.first ?? 0..<0
        let start = max(0, first.lowerBound - before)
        let end = min(original.count, first.upperBound + after)

        // The passage with spaces collapsed, each scalar kept with the offset it has in `text`.
        var kept: [(scalar: Unicode.Scalar, origin: Int)] = []
        for offset in start..<end {
            let isSpace = original[offset].properties.isWhitespace
            if isSpace, kept.last.map({ $0.scalar == " " }) ?? true { continue }
            kept.append((isSpace ? " " : original[offset], offset))
        }
        while kept.last?.scalar == " " { kept.removeLast() }

        var view = String.UnicodeScalarView()
        var marks: [Range<Int>] = []
        var position = 0
        if start > 0 {
            view.append("…")
            position = 1
        }
        var remaining = matches[...]
        for (scalar, origin) in kept {
            while let next = remaining.first, next.upperBound <= origin { remaining.removeFirst() }
            if let next = remaining.first, next.contains(origin) {
                if let last = marks.last, last.upperBound == position {
                    marks[marks.count - 1] = last.lowerBound..<position + 1
                } else {
                    marks.append(position..<position + 1)
                }
            }
            view.append(scalar)
            position += 1
        }
        if end < original.count { view.append("…") }
        self.init(text: String(view), marks: marks)
    }

    /// Where the query's forms match `folded`, as offsets in the text as written, in order and apart.
    static func matches(in folded: FoldedText, of query: SearchQuery) -> [Range<Int>] {
        // The folded text's words, as the index holds them, with where each is in the folded text.
        var tokens: [[Unicode.Scalar]] = []
        var spans: [Range<Int>] = []
        var index = 0
        let scalars = folded.scalars
        while index < scalars.count {
            guard SearchQuery.isWordScalar(scalars[index]) else {
                index += 1
                continue
            }
            let wordStart = index
            while index < scalars.count, SearchQuery.isWordScalar(scalars[index]) { index += 1 }
            tokens.append(Array(scalars[wordStart..<index]))
            spans.append(wordStart..<index)
        }
        let forms = query.terms.flatMap(\.forms)
        var found: [Range<Int>] = []
        var token = 0
        while token < tokens.count {
            let length = forms.compactMap { $0.match(tokens, at: token) }.max()
            guard let length else {
                token += 1
                continue
            }
            let range = folded.originalRange(of: spans[token].lowerBound..<spans[token + length - 1].upperBound)
            found.append(range)
            token += length
        }
        return found
    }
}
