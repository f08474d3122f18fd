/// Arabic proclitics (و ف ب ل ك ال, the future سـ) stripped from a folded word before lookup.
enum Clitics {
    /// A lookup form of a word and what was stripped from it.
    struct Reading: Hashable {
        let key: String
        /// True when a future prefix سـ was removed (سيرأس → يرأس).
        let future: Bool
        /// How many scalars of the written word the clitics took.
        let prefixLength: Int
    }

    /// The key a word is indexed under: folded, without a leading article ال.
    static func key(_ word: String) -> String {
        let scalars = word.unicodeScalars
        if scalars.count > 5, word.hasPrefix("ال") { return String(word.dropFirst(2)) }
        return word
    }

    /// The key of every word of a phrase, for indexing.
    static func key(words: [String]) -> [String] { words.map(key) }

    private static let conjunctions: [String] = ["و", "ف"]
    private static let prepositions: [String] = ["ب", "ل", "ك"]

    /// Every lookup form of `word`: itself, and without conjunction, preposition, article or future prefix.
    static func readings(of word: String) -> [Reading] {
        var result: [Reading] = [Reading(key: key(word), future: false, prefixLength: 0)]
        guard let first = word.unicodeScalars.first, (0x0600...0x06FF).contains(first.value) else { return result }
        var seen: Set<String> = [result[0].key]
        func add(_ stem: Substring, future: Bool, prefix: Int) {
            guard stem.unicodeScalars.count >= 2 else { return }
            let reading = Reading(key: key(String(stem)), future: future, prefixLength: prefix)
            if seen.insert(reading.key).inserted { result.append(reading) }
        }
        var stems: [(Substring, Int)] = [(Substring(word), 0)]
        for conjunction in conjunctions where word.hasPrefix(conjunction) {
            stems.append((word.dropFirst(1), 1))
        }
        for (stem, length) in stems {
            if length > 0 { add(stem, future: false, prefix: length) }
            // ل + ال writes لل: للجنة is ل + اللجنة, للتعاون is ل + التعاون.
            if stem.hasPrefix("لل") {
                let rest = stem.dropFirst(2)
                add(rest, future: false, prefix: length + 2)
                add(Substring("ل" + rest), future: false, prefix: length + 1)
                // (A short word keeps its article in the index: للأمم is ل + الأمم.)
                add(Substring("ال" + rest), future: false, prefix: length + 1)
            }
            for preposition in prepositions where stem.hasPrefix(preposition) {
                add(stem.dropFirst(1), future: false, prefix: length + 1)
            }
            if stem.hasPrefix("س"), stem.unicodeScalars.count > 3,
               let second = stem.dropFirst().unicodeScalars.first, "يتنا".unicodeScalars.contains(second) {
                add(stem.dropFirst(1), future: true, prefix: length + 1)
            }
        }
        return result
    }
}
