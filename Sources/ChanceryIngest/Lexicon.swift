import ChanceryCore

/// Every phrase Chancery recognises, in a trie over folded token keys, matched longest-first.
///
/// Built once, on first use, from the closed vocabularies in code and the open ones in the data files.
final class Lexicon: Sendable {
    static let shared = Lexicon(gazetteer: Gazetteer.shared, countries: CountryCatalog.shared)

    /// A phrase found in a document.
    struct Match {
        let length: Int
        let entries: [LexiconEntry]
        /// True when the first word carried the future prefix سـ.
        let future: Bool
        let prefixLength: Int
    }

    /// The entries of each trie node; node 0 is the root.
    private let entries: [[LexiconEntry]]
    /// `endsPhrase[node]`: the node has entries. Asked at every step of the trie walk, it spares reading the count
    /// from each node's own array, which is seldom in the cache.
    private let endsPhrase: [Bool]
    /// Trie edges: (node, word) → child node, for words numbered by `words`.
    private let children: EdgeTable
    /// Every word of every phrase, keyed as `Clitics.key` keys it.
    let words: WordTable
    let gazetteer: Gazetteer

    /// The key of the edge from `node` over `word` while building; `EdgeTable` packs its keys the same way.
    @inline(__always)
    private static func edge(_ node: Int, _ word: Int32) -> Int { node << 32 | Int(word) }

    init(gazetteer: Gazetteer, countries: CountryCatalog) {
        self.gazetteer = gazetteer
        var entries: [[LexiconEntry]] = [[]]
        var children: [Int: Int] = [:]
        var ids: [String: Int32] = [:]
        func intern(_ word: String) -> Int32 {
            if let id = ids[word] { return id }
            let id = Int32(ids.count)
            ids[word] = id
            return id
        }
        func add(_ phrase: String, _ entry: LexiconEntry) {
            let phraseWords = Self.words(of: phrase)
            guard !phraseWords.isEmpty else { return }
            var node = 0
            for word in phraseWords {
                let edge = Self.edge(node, intern(Clitics.key(word)))
                if let next = children[edge] {
                    node = next
                } else {
                    entries.append([])
                    children[edge] = entries.count - 1
                    node = entries.count - 1
                }
            }
            if !entries[node].contains(entry) { entries[node].append(entry) }
        }
        for country in countries.countries {
            for name in country.allNames {
                add(name, .country(country.code))
                // "Guinea Bissau", "Timor Leste": hyphenated names are often written with a space.
                if name.contains("-") { add(name.replacing("-", with: " "), .country(country.code)) }
            }
        }
        for (form, code) in gazetteer.nationalities { add(form, .nationality(code)) }
        for (form, code) in gazetteer.prefixes { add(form, .nationalityPrefix(code)) }
        for (form, code, name) in gazetteer.cities { add(form, .city(country: code, name: name)) }
        for (form, code) in gazetteer.organizations { add(form, .organization(code)) }
        for (index, official) in gazetteer.officials.enumerated() {
            for name in official.names { add(name, .official(index)) }
        }
        for (phrase, cue) in TriggerVocabulary.meetings {
            add(phrase, .meeting(cue))
            if Self.isArabicWord(phrase) {
                for suffix in TriggerVocabulary.arabicSuffixes { add(phrase + suffix, .meeting(cue)) }
            }
        }
        for phrase in TriggerVocabulary.signings { add(phrase, .signing) }
        for (phrase, instrument, count) in TriggerVocabulary.instruments { add(phrase, .instrument(instrument, count: count)) }
        for (phrase, display) in TriggerVocabulary.bodyHeads { add(phrase, .bodyHead(display: display)) }
        for phrase in TriggerVocabulary.bodyQualifiers { add(phrase, .bodyQualifier) }
        for phrase in TriggerVocabulary.sessions { add(phrase, .session) }
        for phrase in TriggerVocabulary.planned { add(phrase, .planned) }
        for phrase in TriggerVocabulary.negations { add(phrase, .negation) }
        for phrase in TriggerVocabulary.counterparts { add(phrase, .counterpart) }
        for phrase in TriggerVocabulary.honorifics { add(phrase, .honorific) }
        for phrase in TriggerVocabulary.subjects { add(phrase, .subject) }
        for phrase in TriggerVocabulary.stops { add(phrase, .stop) }
        for (phrase, role) in RoleVocabulary.titles { add(phrase, .role(role)) }
        for (phrase, month) in DateVocabulary.months { add(phrase, .month(month)) }
        for (phrase, day) in DateVocabulary.weekdays { add(phrase, .weekday(day)) }
        for (phrase, offset) in DateVocabulary.relativeDays { add(phrase, .relativeDay(offset)) }
        for phrase in DateVocabulary.past { add(phrase, .past) }
        for phrase in DateVocabulary.next { add(phrase, .next) }
        for phrase in DateVocabulary.yearWords { add(phrase, .yearWord) }
        for (phrase, value) in NumberVocabulary.cardinals { add(phrase, .number(value)) }
        for (phrase, value) in NumberVocabulary.ordinals { add(phrase, .ordinal(value)) }
        self.entries = entries
        self.endsPhrase = entries.map { !$0.isEmpty }
        self.children = EdgeTable(children)
        self.words = WordTable(ids: ids)
    }

    private static func isArabicWord(_ phrase: String) -> Bool {
        guard let first = phrase.unicodeScalars.first else { return false }
        return (0x0600...0x06FF).contains(first.value) && !phrase.contains(" ")
    }

    /// The folded words and marks of a phrase, split as the tokenizer splits a document.
    static func words(of phrase: String) -> [String] {
        let folded = FoldedText(phrase)
        return Tokenizer.tokens(of: folded, original: Array(phrase.unicodeScalars)).filter { $0.text != "\n" }.map(\.text)
    }

    /// The longest phrase starting at `tokens[index]`, not crossing a sentence break.
    func match(_ tokens: [Token], at index: Int) -> Match? {
        match(TokenReadings(tokens, words: words), at: index)
    }

    /// The longest phrase starting at token `index`, not crossing a sentence break, from the document's readings.
    func match(_ readings: TokenReadings, at index: Int) -> Match? {
        // The best phrase so far as its node, so that only the one returned takes its entries: the walk runs at every
        // token, and taking an array (or slicing the readings) retains and releases its storage.
        var best: (length: Int, node: Int, future: Bool, prefixLength: Int)?
        let count = readings.continues.count
        for k in readings.positions(of: index) {
            let reading = readings.readings[k]
            guard var node = children.child(0, reading.word) else { continue }
            var length = 1
            if endsPhrase[node], best.map({ $0.length < 1 }) ?? true {
                best = (1, node, reading.future, reading.prefixLength)
            }
            var position = index + 1
            while position < count, readings.continues[position] {
                var advanced = false
                for n in readings.positions(of: position) {
                    if let child = children.child(node, readings.readings[n].word) {
                        node = child
                        advanced = true
                        break
                    }
                }
                guard advanced else { break }
                length += 1
                position += 1
                if endsPhrase[node], best.map({ $0.length < length }) ?? true {
                    best = (length, node, reading.future, reading.prefixLength)
                }
            }
        }
        return best.map { Match(length: $0.length, entries: entries[$0.node], future: $0.future, prefixLength: $0.prefixLength) }
    }
}
