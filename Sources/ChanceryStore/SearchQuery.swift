import ChanceryCore

/// What a search asks: every term must occur in a document, each in any of its forms.
///
/// Made of plain words by `init(words:)`, or by `Store.searchQuery(for:)`, which also searches a
/// known person's or country's name by every name it goes by.
public struct SearchQuery: Hashable, Sendable {
    public let terms: [SearchTerm]

    init(terms: [SearchTerm]) {
        self.terms = terms
    }

    /// A query of the words of `text` as they are, each a term of its own.
    public init(words text: String) {
        let words = Self.words(of: text)
        self.init(terms: words.folded.indices.map { SearchTerm(typed: words[$0..<$0 + 1]) })
    }

    /// The words of `text`: its runs of letters and digits once folded, as FTS5's tokenizer cuts
    /// the folded text it indexes, each also as `text` writes it.
    static func words(of text: String) -> SearchWords {
        var original: [Unicode.Scalar] = []
        let folded = FoldedText(text, original: &original)
        var words = SearchWords(text: text.trimmingSpaces())
        var index = 0
        let scalars = folded.scalars
        while index < scalars.count {
            guard isWordScalar(scalars[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < scalars.count, isWordScalar(scalars[index]) { index += 1 }
            words.folded.append(Self.string(scalars[start..<index]))
            words.written.append(Self.string(original[folded.originalRange(of: start..<index)]))
        }
        return words
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }

    /// Every term, for FTS5's MATCH; nil when there is none.
    var ftsExpression: String? {
        terms.isEmpty ? nil : terms.map(\.ftsExpression).joined(separator: " AND ")
    }
}

/// Words of a text, folded as the index holds them and as the text writes them, one for one.
struct SearchWords: Hashable, Sendable {
    /// The text they were read from, to show: "U.S.A.", where the words are "U", "S", "A".
    var text: String
    var folded: [String] = []
    var written: [String] = []

    /// Some of the words; their text is the whole text only when they are all of them.
    subscript(range: Range<Int>) -> SearchWords {
        guard range != folded.indices else { return self }
        return SearchWords(text: written[range].joined(separator: " "), folded: Array(folded[range]), written: Array(written[range]))
    }

    var isEmpty: Bool { folded.isEmpty }
}
