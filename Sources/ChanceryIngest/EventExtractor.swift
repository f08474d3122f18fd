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
        var original: [Unicode.Scalar] = []
        let folded = FoldedText(document.text, original: &original)
        let tokens = Tokenizer.tokens(of: folded, original: original)
        guard !tokens.isEmpty else { return [] }
        let mentions = MentionScanner.mentions(in: tokens, folded: folded.scalars, lexicon: lexicon)
        let mentionAt = MentionIndex(mentions)
        var sentences: [Range<Int>] = []
        var start = 0
        for index in tokens.indices where index == tokens.count - 1 || tokens[index + 1].sentence != tokens[index].sentence {
            sentences.append(start..<(index + 1))
            start = index + 1
        }
        let dateline = Self.dateline(tokens: tokens, mentionAt: mentionAt)
        let published = document.published ?? dateline?.date
        let finder = ParticipantFinder(tokens: tokens, mentionAt: mentionAt, original: original, folded: folded,
                                       gazetteer: lexicon.gazetteer, date: published)
        let assembler = EventAssembler(document: document, tokens: tokens, mentions: mentions, mentionAt: mentionAt,
                                       finder: finder, sentences: sentences, published: published,
                                       datelineToken: dateline?.token)
        return assembler.events()
    }

    /// A date heading the text ("date 2020-10-22 …", "CAIRO, 8 November 2021: …"): the day the story was filed,
    /// which stands in for a missing publication date and never dates an event by itself.
    static func dateline(tokens: [Token], mentionAt: MentionIndex) -> (token: Int, date: PartialDate)? {
        var end = 0
        while end < tokens.count, end < 12, tokens[end].sentence == tokens[0].sentence { end += 1 }
        // "2019-02": a year and a month joined by a hyphen.
        for k in 0..<min(end, 5) where k + 2 < end && tokens[k].kind == .number && tokens[k].text.count == 4 && tokens[k + 1].text == "-"
            && tokens[k + 2].kind == .number && tokens[k + 2].attached && (k + 3 >= end || tokens[k + 3].text != "-") {
            if let year = Int(tokens[k].text), let month = Int(tokens[k + 2].text), let date = PartialDate(year: year, month: month) {
                return (k, date)
            }
        }
        for (index, expression) in DateResolver.expressions(in: tokens, range: 0..<end, mentions: mentionAt) {
            guard index <= 4, case .absolute(let date, let until) = expression, until == nil, date.precision != .year else { continue }
            return (index, date)
        }
        return nil
    }
}
