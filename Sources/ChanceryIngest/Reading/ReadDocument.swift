import ChanceryCore

/// Stage 1 of extraction: a document as it is read, before anything in it is recognised.
///
/// The text is folded (no harakat, tatweel or accents, one form of alef) and cut into tokens and sentences, with the
/// page's boilerplate lines (menus, share buttons, comment forms) left out. Offsets of folded scalars map back to the
/// document's own text, so that names and evidence are quoted as written.
struct ReadDocument {
    let document: Document
    /// "ar", "fr" or "en": as given, else detected from the text.
    let language: String
    let original: [Unicode.Scalar]
    let folded: FoldedText
    let tokens: [Token]
    /// Token ranges of the sentences, in order.
    let sentences: [Range<Int>]
    /// How many leading sentences are the headline (the title repeated at the top of the text, or a short line
    /// without a full stop): a headline tells of the story's event in the present whatever its tense.
    let headlineSentences: Int

    init(_ document: Document) {
        self.document = document
        let language = document.language.map { $0.lowercased() }.flatMap { Vocabulary.languages.contains($0) ? $0 : nil }
        self.language = language ?? LanguageDetector.detect(document.text)
        var original: [Unicode.Scalar] = []
        folded = FoldedText(document.text, original: &original)
        self.original = original
        tokens = Tokenizer.tokens(of: folded, original: original)
        var sentences: [Range<Int>] = []
        var start = 0
        for index in tokens.indices where index == tokens.count - 1 || tokens[index + 1].sentence != tokens[index].sentence {
            sentences.append(start..<(index + 1))
            start = index + 1
        }
        self.sentences = sentences
        headlineSentences = Self.headlines(tokens: tokens, sentences: sentences, title: document.title)
    }

    /// The headline sentences at the top: the document's title written again, or short lines that end without a
    /// full stop before the first full stop of the text.
    private static func headlines(tokens: [Token], sentences: [Range<Int>], title: String?) -> Int {
        var count = 0
        let titleWords = title.map { Set(Lexicon.words(of: $0)) } ?? []
        for range in sentences.prefix(3) where !range.isEmpty {
            let words = range.filter { tokens[$0].kind != .punct }
            guard !words.isEmpty else { count += 1; continue }
            let endsWithStop = tokens[range.upperBound - 1].text == "." || range.contains { tokens[$0].text == "." }
            let isTitle = !titleWords.isEmpty && words.allSatisfy { titleWords.contains(tokens[$0].text) } && words.count >= 3
            if isTitle || (!endsWithStop && words.count <= 16) { count += 1 } else { break }
        }
        return count
    }

    /// The document's own text for a token range.
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let start = folded.originalRange(of: tokens[range.lowerBound].start..<tokens[range.lowerBound].end).lowerBound
        let end = folded.originalRange(of: tokens[range.upperBound - 1].start..<tokens[range.upperBound - 1].end).upperBound
        return originalText(start..<end)
    }

    /// The document's scalars `span` as a `String`.
    func originalText(_ span: Range<Int>) -> String {
        // Encoding to UTF-8 bytes and decoding once is cheaper than appending to a `String.UnicodeScalarView`.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(span.count * 2)
        for scalar in original[span] {
            let value = scalar.value
            if value < 0x80 {
                bytes.append(UInt8(value))
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The passage of a token range as written, with its offsets in the document's scalars; line breaks at its end
    /// are left out.
    func evidence(_ range: Range<Int>) -> Evidence {
        var last = range.upperBound - 1
        while last > range.lowerBound, tokens[last].text == "\n" { last -= 1 }
        let span = folded.originalRange(of: tokens[range.lowerBound].start..<tokens[last].end)
        return Evidence(text: originalText(span), start: span.lowerBound, end: span.upperBound)
    }

    /// The index of the sentence holding token `index`.
    func sentence(of index: Int) -> Int { tokens[index].sentence }
}
