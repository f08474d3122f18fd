import ChanceryCore

/// Every phrase Chancery recognises in one language, in a trie over folded token keys, matched longest-first.
///
/// Built once per language, on first use, from that language's vocabulary file and the gazetteers' names written in
/// its script: an Arabic document is read with Arabic words only, a French one with French and Latin-script names.
final class Lexicon: Sendable {
    static let arabic = Lexicon(language: "ar")
    static let english = Lexicon(language: "en")
    static let french = Lexicon(language: "fr")

    /// The lexicon of a document's language; English for a language Chancery has no vocabulary for.
    static func of(language: String) -> Lexicon {
        switch language {
        case "ar": arabic
        case "fr": french
        default: english
        }
    }

    /// A phrase found in a document.
    struct Match {
        let length: Int
        let entries: [LexiconEntry]
        /// True when the first word carried the future prefix سـ.
        let future: Bool
        let prefixLength: Int
    }

    let language: String
    /// The entries of each trie node; node 0 is the root.
    private let entries: [[LexiconEntry]]
    /// `endsPhrase[node]`: the node has entries. Asked at every step of the trie walk, it spares reading the count
    /// from each node's own array, which is seldom in the cache.
    private let endsPhrase: [Bool]
    /// Words that may sit inside a phrase without being part of it (`cue interposed`).
    private let interposed: Set<Int32>
    /// Trie edges: (node, word) → child node, for words numbered by `words`.
    private let children: EdgeTable
    /// Every word of every phrase, keyed as `Clitics.key` keys it.
    let words: WordTable
    let gazetteer: Gazetteer
    /// The language's cue words.
    let cues: Cues

    /// The key of the edge from `node` over `word` while building; `EdgeTable` packs its keys the same way.
    @inline(__always)
    private static func edge(_ node: Int, _ word: Int32) -> Int { node << 32 | Int(word) }

    convenience init(language: String) {
        self.init(vocabulary: Vocabulary.embedded(language), gazetteer: Gazetteer.shared, countries: CountryCatalog.shared)
    }

    init(vocabulary: Vocabulary, gazetteer: Gazetteer, countries: CountryCatalog) {
        self.gazetteer = gazetteer
        language = vocabulary.language
        cues = Cues(vocabulary)
        let arabicScript = vocabulary.language == "ar"
        /// A name is read in the script of the document's language.
        func inScript(_ name: String) -> Bool {
            guard let first = name.unicodeScalars.first(where: { $0.properties.isAlphabetic }) else { return false }
            return (0x0600...0x06FF).contains(first.value) == arabicScript
        }
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
            for name in country.allNames where inScript(name) {
                add(name, .country(country.code))
                // "Guinea Bissau", "Timor Leste": hyphenated names are often written with a space.
                if name.contains("-") { add(name.replacing("-", with: " "), .country(country.code)) }
            }
        }
        for (form, code, language) in gazetteer.nationalities where language == vocabulary.language || (!arabicScript && inScript(form)) {
            add(form, .nationality(code))
        }
        if !arabicScript { for (form, code) in gazetteer.prefixes { add(form, .nationalityPrefix(code)) } }
        for (form, code, name) in gazetteer.cities where inScript(form) { add(form, .city(country: code, name: name)) }
        for (form, code) in gazetteer.organizations where inScript(form) { add(form, .organization(code)) }
        for (index, official) in gazetteer.officials.enumerated() {
            for name in official.names where inScript(name) { add(name, .official(index)) }
        }
        for (phrase, entry) in vocabulary.entries {
            add(phrase, entry)
            // The accusative of an indefinite noun takes an alef: "بروتوكولا", "اتفاقا", "لقاء" → "لقاءً".
            if arabicScript, !phrase.contains(" "), let last = TextFolding.fold(phrase).last, !"اهيءى".contains(last) {
                switch entry {
                case .instrument, .meeting, .bodyHead, .signing: add(phrase + "ا", entry)
                default: break
                }
            }
            // Arabic joins a pronoun to a trigger noun or verb: لقائه، مباحثاتهما، اجتماعها.
            // (Not a stem of three letters: its forms collide with other words.)
            if arabicScript, Self.takesSuffixes(entry), !phrase.contains(" "), phrase.unicodeScalars.count > 3 {
                // (Not a verb's "ت" on a noun in the accusative: "اتصالا" + "ت" is "اتصالات", contacts in general.)
                let accusative = TextFolding.fold(phrase).last == "ا"
                for suffix in Self.arabicSuffixes where !(accusative && suffix.hasPrefix("ت")) { add(phrase + suffix, entry) }
            }
        }
        // Adverbs a verb phrase may hold ("s'est d'abord entretenu", "ont également signé"): known words, so that the
        // walk can read them and step over them.
        var interposed: Set<Int32> = []
        for phrase in vocabulary.cueWords[.interposed] ?? [] {
            for word in Self.words(of: phrase) { interposed.insert(intern(Clitics.key(word))) }
        }
        self.interposed = interposed
        self.entries = entries
        self.endsPhrase = entries.map { !$0.isEmpty }
        self.children = EdgeTable(children)
        self.words = WordTable(ids: ids)
    }

    /// True for the entries whose Arabic words take the suffixes of a verb or a noun's pronoun; not a visit's verb
    /// ("زار" + ه is also "وزارة" without its و).
    private static func takesSuffixes(_ entry: LexiconEntry) -> Bool {
        switch entry {
        case .meeting(let cue): cue != .visit
        case .signing: true
        default: false
        }
    }

    /// Arabic pronoun suffixes a trigger noun or verb takes.
    private static let arabicSuffixes = ["ه", "ها", "هما", "هم", "ا", "وا", "ت", "تا"]

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
                if !advanced {
                    // Up to three words of an adverb inside a phrase, when the phrase goes on after them.
                    var skip = position
                    while skip < count, skip - position < 3, readings.continues[skip],
                          readings.positions(of: skip).contains(where: { interposed.contains(readings.readings[$0].word) }) {
                        skip += 1
                    }
                    guard skip > position, skip < count, readings.continues[skip],
                          let n = readings.positions(of: skip).first(where: { children.child(node, readings.readings[$0].word) != nil }),
                          let child = children.child(node, readings.readings[n].word) else { break }
                    node = child
                    length += skip - position
                    position = skip
                }
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
