import ChanceryCore

/// The kinds of cue word a language's vocabulary lists under `cue` (see `Data/README.md`).
enum CueKind: String, CaseIterable, Sendable {
    case topic, topicNoun = "topic-noun", place, between, and, since, validity, press, joint, reporting
    case recalledBefore = "recalled-before", recalledAfter = "recalled-after", timePreposition = "time-preposition"
    case premises, ministry, strain, relative, demonstrative, from, message, accredited, clause, background
    case stateWord = "state-word", notName = "not-name", nameConnector = "name-connector", delegation, side, both
    case multilateral, separate, sidelines, direction, futureAuxiliary = "future-auxiliary", plannedNoun = "planned-noun", complementizer, pronoun, hostVerb = "host-verb", denial
}

/// One language's cue words, asked of the tokens near a trigger or a mention.
///
/// A cue of one word is a `WordSet` of its folded form; a cue of several words is kept as its folded words and
/// compared token by token. An Arabic token is also read without a conjunction (و, ف) and a preposition (ب, ل)
/// before it, as the press writes them joined: "وحول" is "حول".
struct Cues: Sendable {
    private let single: [WordSet]
    private let phrases: [[[String]]]
    let isArabic: Bool

    init(_ vocabulary: Vocabulary) {
        var single: [WordSet] = []
        var phrases: [[[String]]] = []
        for kind in CueKind.allCases {
            var words: [String] = []
            var multi: [[String]] = []
            for phrase in vocabulary.cueWords[kind] ?? [] {
                let folded = Lexicon.words(of: phrase)
                if folded.count == 1 { words.append(folded[0]) } else if folded.count > 1 { multi.append(folded) }
            }
            single.append(WordSet(words))
            phrases.append(multi.sorted { $0.count > $1.count })
        }
        self.single = single
        self.phrases = phrases
        isArabic = vocabulary.language == "ar"
    }

    private func index(_ kind: CueKind) -> Int { CueKind.allCases.firstIndex(of: kind) ?? 0 }

    /// True when the token is a one-word cue of `kind`, as written or without an Arabic proclitic.
    func word(_ kind: CueKind, _ token: Token) -> Bool {
        let set = single[index(kind)]
        if set.contains(token) { return true }
        guard isArabic, token.isArabic else { return false }
        return Self.strippedForms(of: token.text).contains { set.contains(text: $0) }
    }

    /// True when the token is a one-word cue of `kind` as written, or after a conjunction و: what a name's words
    /// are asked, whose own letters often look like a preposition ("كمال", "بلال", "فال").
    func wordInName(_ kind: CueKind, _ token: Token) -> Bool {
        let set = single[index(kind)]
        if set.contains(token) { return true }
        guard isArabic, token.isArabic, token.text.hasPrefix("و"), token.text.unicodeScalars.count > 3 else { return false }
        return set.contains(text: String(token.text.dropFirst()))
    }

    /// The number of tokens of a cue of `kind` starting at `start` (a phrase, else one word), or nil.
    func match(_ kind: CueKind, in tokens: [Token], at start: Int, limit: Int) -> Int? {
        guard start >= 0, start < limit else { return nil }
        for phrase in phrases[index(kind)] where start + phrase.count <= limit {
            if phrase.indices.allSatisfy({ k in tokens[start + k].text == phrase[k]
                || k == 0 && isArabic && Self.strippedForms(of: tokens[start].text).contains(phrase[0]) }) {
                return phrase.count
            }
        }
        return word(kind, tokens[start]) ? 1 : nil
    }

    /// The start of a cue of `kind` ending just before `end` (a phrase or one word), or nil.
    func matchEnding(_ kind: CueKind, in tokens: [Token], before end: Int, floor: Int) -> Int? {
        for phrase in phrases[index(kind)] where end - phrase.count >= floor {
            let start = end - phrase.count
            if phrase.indices.allSatisfy({ tokens[start + $0].text == phrase[$0] }) { return start }
        }
        return end - 1 >= floor && word(kind, tokens[end - 1]) ? end - 1 : nil
    }

    /// An Arabic word without the proclitics the press joins to it: و، ف، then ب، ل، ك (and لل for ل + ال).
    static func strippedForms(of text: String) -> [String] {
        var forms: [String] = []
        var stems = [Substring(text)]
        if let first = text.first, first == "و" || first == "ف", text.unicodeScalars.count > 2 {
            stems.append(text.dropFirst())
        }
        for stem in stems {
            if stem.startIndex != text.startIndex { forms.append(String(stem)) }
            if stem.hasPrefix("لل"), stem.unicodeScalars.count > 3 { forms.append("ال" + stem.dropFirst(2)) }
            if let first = stem.first, "بلك".contains(first), stem.unicodeScalars.count > 2 { forms.append(String(stem.dropFirst())) }
        }
        return forms
    }
}
