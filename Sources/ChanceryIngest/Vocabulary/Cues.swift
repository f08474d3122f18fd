import ChanceryCore

/// A set of cue kinds, one bit each: two words, for there are more kinds than one word has bits.
struct CueKinds: Sendable, Equatable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    /// How many kinds the set can hold; `CueKind` must have fewer (the last bit marks a token's kinds as worked out).
    static let capacity = 127

    init() {}

    mutating func insert(_ kind: CueKind) { insert(bit: kind.rawValue) }

    @inline(__always)
    func contains(_ kind: CueKind) -> Bool { contains(bit: kind.rawValue) }

    mutating func insert(bit: Int) {
        if bit < 64 { low |= 1 << UInt64(bit) } else { high |= 1 << UInt64(bit - 64) }
    }

    @inline(__always)
    func contains(bit: Int) -> Bool {
        bit < 64 ? low & (1 << UInt64(bit)) != 0 : high & (1 << UInt64(bit - 64)) != 0
    }

    var isEmpty: Bool { low == 0 && high == 0 }
}

/// The kinds of cue word a language's vocabulary lists under `cue` (see `Data/README.md`).
///
/// Numbered, so that a language's cues are found by index: they are asked of nearly every token near a trigger.
enum CueKind: Int, CaseIterable, Sendable {
    case topic, topicNoun, place, between, and, since, validity, press,
         joint, reporting, recalledBefore, recalledAfter, timePreposition, premises, ministry, strain,
         relative, demonstrative, from, message, accredited, clause, background, stateWord,
         notName, nameConnector, delegation, side, both, multilateral, separate, sidelines,
         direction, futureAuxiliary, plannedNoun, complementizer, pronoun, hostVerb, denial, interposed, opening, closing, preparation,
         postponed, until, habitual, geography, cancelled, unnamedGroup, later, hearsay, nonState, eventPronoun, returning, apart, discussionVerb, pastPlan, genericInstrument, capital, theSeveral, attendance, postNominal, participation, portfolioWord, severalEncounters, enumeration, officialsLevel, hypothetical, callVerb, languageNoun, currency

    /// The name the vocabulary files use.
    var name: String {
        switch self {
        case .topic: "topic"
        case .topicNoun: "topic-noun"
        case .place: "place"
        case .between: "between"
        case .and: "and"
        case .since: "since"
        case .validity: "validity"
        case .press: "press"
        case .joint: "joint"
        case .reporting: "reporting"
        case .recalledBefore: "recalled-before"
        case .recalledAfter: "recalled-after"
        case .timePreposition: "time-preposition"
        case .premises: "premises"
        case .ministry: "ministry"
        case .strain: "strain"
        case .relative: "relative"
        case .demonstrative: "demonstrative"
        case .from: "from"
        case .message: "message"
        case .accredited: "accredited"
        case .clause: "clause"
        case .background: "background"
        case .stateWord: "state-word"
        case .notName: "not-name"
        case .nameConnector: "name-connector"
        case .delegation: "delegation"
        case .side: "side"
        case .both: "both"
        case .multilateral: "multilateral"
        case .separate: "separate"
        case .sidelines: "sidelines"
        case .direction: "direction"
        case .futureAuxiliary: "future-auxiliary"
        case .plannedNoun: "planned-noun"
        case .complementizer: "complementizer"
        case .pronoun: "pronoun"
        case .hostVerb: "host-verb"
        case .denial: "denial"
        case .interposed: "interposed"
        case .opening: "opening"
        case .closing: "closing"
        case .preparation: "preparation"
        case .postponed: "postponed"
        case .until: "until"
        case .habitual: "habitual"
        case .geography: "geography"
        case .cancelled: "cancelled"
        case .unnamedGroup: "unnamed-group"
        case .later: "later"
        case .hearsay: "hearsay"
        case .nonState: "non-state"
        case .eventPronoun: "event-pronoun"
        case .returning: "returning"
        case .apart: "apart"
        case .discussionVerb: "discussion-verb"
        case .pastPlan: "past-plan"
        case .genericInstrument: "generic-instrument"
        case .capital: "capital"
        case .theSeveral: "the-several"
        case .attendance: "attendance"
        case .postNominal: "post-nominal"
        case .participation: "participation"
        case .portfolioWord: "portfolio-word"
        case .severalEncounters: "several-encounters"
        case .enumeration: "enumeration"
        case .officialsLevel: "officials-level"
        case .hypothetical: "hypothetical"
        case .callVerb: "call-verb"
        case .languageNoun: "language-noun"
        case .currency: "currency"
        }
    }

    /// The kind a vocabulary file names.
    static let named: [String: CueKind] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.name, $0) })
}

/// One language's cue words, asked of the tokens near a trigger or a mention.
///
/// A cue of one word is a `WordSet` of its folded form; a cue of several words is kept as its folded words and
/// compared token by token. An Arabic token is also read without a conjunction (و, ف) and a preposition (ب, ل, ك)
/// before it, as the press writes them joined: "وحول" is "حول". Those joined forms are made once, when the cues are
/// built, so that asking a token is one set lookup: the cues are asked of nearly every token near a trigger.
final class Cues: Sendable {
    private let single: [WordSet]
    /// The cue words with "و" before them, for the words of a name ("وفيصل" is و + فيصل, "كمال" is no ك + مال).
    private let conjoined: [WordSet]
    /// Each phrase's words; an Arabic phrase's first word may also be written with a proclitic (`firstForms`).
    private let phrases: [[(words: [Word], firstForms: WordSet)]]
    /// Every first word of a kind's phrases: a token that is none of them starts no phrase, and is asked no further.
    private let phraseStarts: [WordSet]
    private let hasPhrases: [Bool]
    /// Every one-word cue with the kinds it belongs to, one bit each, by the word's scalar hash: a token's kinds are
    /// found in one lookup (`kinds(of:)`), which the mention table keeps per token.
    private let kindsByHash: [Int: [(word: String, kinds: CueKinds)]]
    private let kindsByWord: [String: CueKinds]
    let isArabic: Bool

    init(_ vocabulary: Vocabulary) {
        let isArabic = vocabulary.language == "ar"
        var single: [WordSet] = []
        var conjoined: [WordSet] = []
        var phrases: [[(words: [Word], firstForms: WordSet)]] = []
        for kind in CueKind.allCases {
            var words: [String] = []
            var withAnd: [String] = []
            var multi: [(words: [Word], firstForms: WordSet)] = []
            for phrase in vocabulary.cueWords[kind] ?? [] {
                let folded = Lexicon.words(of: phrase)
                guard let first = folded.first else { continue }
                let forms = isArabic ? Self.joinedForms(of: first) : [first]
                if folded.count == 1 {
                    words.append(contentsOf: forms)
                    withAnd.append(first)
                    if isArabic { withAnd.append("و" + first) }
                } else {
                    multi.append((folded.map(Word.init), WordSet(forms)))
                }
            }
            single.append(WordSet(words))
            conjoined.append(WordSet(withAnd))
            phrases.append(multi.sorted { $0.words.count > $1.words.count })
        }
        self.single = single
        self.conjoined = conjoined
        self.phrases = phrases
        phraseStarts = phrases.map { list in WordSet(list.flatMap { phrase in isArabic ? Self.joinedForms(of: phrase.words[0].text) : [phrase.words[0].text] }) }
        var kindsByWord: [String: CueKinds] = [:]
        for kind in CueKind.allCases {
            for phrase in vocabulary.cueWords[kind] ?? [] {
                let folded = Lexicon.words(of: phrase)
                guard folded.count == 1 else { continue }
                for form in isArabic ? Self.joinedForms(of: folded[0]) : [folded[0]] { kindsByWord[form, default: CueKinds()].insert(kind) }
            }
        }
        var kindsByHash: [Int: [(word: String, kinds: CueKinds)]] = [:]
        for (word, kinds) in kindsByWord {
            var hasher = ScalarHasher()
            for scalar in word.unicodeScalars { hasher.combine(scalar.value) }
            kindsByHash[hasher.value, default: []].append((word, kinds))
        }
        self.kindsByHash = kindsByHash
        self.kindsByWord = kindsByWord
        hasPhrases = phrases.map { !$0.isEmpty }
        self.isArabic = isArabic
    }

    @inline(__always)
    private func index(_ kind: CueKind) -> Int { kind.rawValue }

    /// The kinds of one-word cue the token is, one bit per `CueKind.rawValue`.
    func kinds(of token: Token) -> CueKinds {
        if token.isSimple {
            guard let candidates = kindsByHash[token.scalarHash] else { return CueKinds() }
            for candidate in candidates where candidate.word.utf8.elementsEqual(token.text.utf8) { return candidate.kinds }
            return CueKinds()
        }
        return kindsByWord[token.text] ?? CueKinds()
    }

    /// True when the token is a one-word cue of `kind`, as written or with an Arabic proclitic.
    func word(_ kind: CueKind, _ token: Token) -> Bool {
        single[index(kind)].contains(token)
    }

    /// True when the token is a one-word cue of `kind` as written, or after a conjunction و: what a name's words
    /// are asked, whose own letters often look like a preposition ("كمال", "بلال", "فال").
    func wordInName(_ kind: CueKind, _ token: Token) -> Bool {
        conjoined[index(kind)].contains(token)
    }

    /// The number of tokens of a cue of `kind` starting at `start` (a phrase, else one word), or nil.
    func match(_ kind: CueKind, in tokens: [Token], at start: Int, limit: Int) -> Int? {
        guard start >= 0, start < limit else { return nil }
        let k = index(kind)
        guard hasPhrases[k], phraseStarts[k].contains(tokens[start]) else { return single[k].contains(tokens[start]) ? 1 : nil }
        for phrase in phrases[k] where start + phrase.words.count <= limit {
            if phrase.firstForms.contains(tokens[start]),
               (1..<phrase.words.count).allSatisfy({ phrase.words[$0].matches(tokens[start + $0]) }) {
                return phrase.words.count
            }
        }
        return word(kind, tokens[start]) ? 1 : nil
    }

    /// The start of a cue of `kind` ending just before `end` (a phrase or one word), or nil.
    func matchEnding(_ kind: CueKind, in tokens: [Token], before end: Int, floor: Int) -> Int? {
        for phrase in phrases[index(kind)] where end - phrase.words.count >= floor && phraseStarts[index(kind)].contains(tokens[end - phrase.words.count]) {
            let start = end - phrase.words.count
            if phrase.firstForms.contains(tokens[start]),
               (1..<phrase.words.count).allSatisfy({ phrase.words[$0].matches(tokens[start + $0]) }) { return start }
        }
        return end - 1 >= floor && word(kind, tokens[end - 1]) ? end - 1 : nil
    }

    /// A folded word of a phrase, compared with a token byte for byte when both are of simple scalars.
    struct Word: Sendable {
        let text: String
        let isSimple: Bool

        init(_ text: String) {
            self.text = text
            isSimple = text.unicodeScalars.allSatisfy { ScalarClass.isSimple($0.value) }
        }

        @inline(__always)
        func matches(_ token: Token) -> Bool {
            isSimple && token.isSimple ? token.text.utf8.elementsEqual(text.utf8) : token.text == text
        }
    }

    /// An Arabic word and the forms the press writes it in with proclitics: و، ف، then ب، ل، ك; ل before the article
    /// is written لل ("للجنة", "للتعاون").
    static func joinedForms(of word: String) -> [String] {
        var forms = [word]
        var prepositional = [word]
        for preposition in ["ب", "ل", "ك"] { prepositional.append(preposition + word) }
        if word.hasPrefix("ال") { prepositional.append("ل" + word.dropFirst()) }
        forms = prepositional
        for conjunction in ["و", "ف"] { forms += prepositional.map { conjunction + $0 } }
        return forms
    }
}
