import ChanceryCore

/// Reads diplomatic events (meetings, agreement signings, commission sessions) from a news article.
///
/// Cheap to create: the lexicon (vocabulary and gazetteers) is built once, on first extraction.
public struct EventExtractor: Sendable {
    public init() {}

    /// The events the document reports, with evidence offsets in Unicode scalars of `document.text`,
    /// sorted countries, a confidence from 0 to 1, no id and no sources.
    public func extract(from document: Document) -> [Event] {
        let lexicon = Lexicon.shared
        let original = Array(document.text.unicodeScalars)
        let folded = FoldedText(document.text)
        let tokens = Tokenizer.tokens(of: folded, original: original)
        guard !tokens.isEmpty else { return [] }
        let mentions = MentionScanner.mentions(in: tokens, lexicon: lexicon)
        var mentionAt: [Int: Mention] = [:]
        mentionAt.reserveCapacity(mentions.count)
        for mention in mentions { mentionAt[mention.start] = mention }
        var sentences: [Range<Int>] = []
        var start = 0
        for index in tokens.indices where index == tokens.count - 1 || tokens[index + 1].sentence != tokens[index].sentence {
            sentences.append(start..<(index + 1))
            start = index + 1
        }
        let finder = ParticipantFinder(tokens: tokens, mentionAt: mentionAt, original: original, folded: folded,
                                       gazetteer: lexicon.gazetteer, date: document.published)
        let assembler = EventAssembler(document: document, tokens: tokens, mentions: mentions, mentionAt: mentionAt,
                                       finder: finder, sentences: sentences)
        return assembler.events()
    }
}
