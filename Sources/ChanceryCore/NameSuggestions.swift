/// A word of the names of more targets than this ("Republic", "Saint") tells none of them apart:
/// no target is suggested for that word alone.
private let mostTargetsOfAWord = 4

/// The known names nearest one that was not found, for a "did you mean …" hint.
///
/// Built only once a lookup has failed: the caller offers each candidate name with what it names
/// (a country, a person, a command), and keeps what `best` gives. A name is compared whole and,
/// when what was typed is one word, word by word too, so that "Bourita" finds "Nasser Bourita" and
/// "Congo" finds both "Republic of the Congo" and "Democratic Republic of the Congo". Texts are
/// compared folded (`CountryCatalog.key`), and an Arabic word without its article, so that "كونغو"
/// and "الكونغو" are one word.
public struct NameSuggestions<Target: Hashable> {
    /// A candidate kept: what it names, the name as the caller gave it, and how near it is.
    public struct Suggestion {
        public var target: Target
        /// The candidate's name that came nearest, as written.
        public var name: String
        /// Edits between what was typed and that name (or that word of it).
        public var distance: Int
        /// True when only one word of the name came near, not the name whole.
        public var byWord: Bool
        /// The folded word, or whole name, that came near.
        var key: String

        /// What was typed is a whole word of this name: it names the target, but may name others as well.
        public var isWordOfName: Bool { byWord && distance == 0 }

        /// Nearer first, and a whole name before a word of one.
        var rank: (Int, Int) { (distance, byWord ? 1 : 0) }
    }

    private let typed: [Unicode.Scalar]
    private let typedIsOneWord: Bool
    private let limit: Int
    private var nearest: [Target: Suggestion] = [:]
    private var order: [Target] = []
    /// For each word of a name that came near, what it is a word of.
    private var targetsOfWord: [String: Set<Target>] = [:]

    /// Collects the names near `text`; nothing is near an empty text.
    public init(for text: String) {
        let key = Self.comparable(CountryCatalog.key(text))
        typed = Array(key.unicodeScalars)
        typedIsOneWord = !key.contains(" ")
        limit = key.isEmpty ? -1 : EditDistance.allowed(forLength: typed.count)
    }

    /// Offers `name` as a name of `target`.
    public mutating func consider(_ name: String, for target: Target) {
        guard limit >= 0 else { return }
        let key = Self.comparable(CountryCatalog.key(name))
        keep(key, name: name, target: target, byWord: false)
        guard typedIsOneWord, key.contains(" ") else { return }
        for word in key.split(separator: " ") where word.unicodeScalars.count >= 3 {
            keep(String(word), name: name, target: target, byWord: true)
        }
    }

    private mutating func keep(_ key: String, name: String, target: Target, byWord: Bool) {
        guard let distance = EditDistance.between(typed, Array(key.unicodeScalars), atMost: limit) else { return }
        if byWord { targetsOfWord[key, default: []].insert(target) }
        let candidate = Suggestion(target: target, name: name, distance: distance, byWord: byWord, key: key)
        if let kept = nearest[target] {
            if candidate.rank < kept.rank { nearest[target] = candidate }
        } else {
            nearest[target] = candidate
            order.append(target)
        }
    }

    /// The targets nearest of all, in the order they were first offered: the few a hint names.
    /// A whole name comes before a word of one at the same distance ("Guinea" before
    /// "Equatorial Guinea" for "Guinee"), and a nearer name before a farther one.
    ///
    /// A target is kept only by its nearest name: one that came near by a word too common to tell
    /// (see `mostTargetsOfAWord`) is not suggested, even if a farther name of it came near too.
    public var best: [Suggestion] {
        let all = order.compactMap { nearest[$0] }.filter { suggestion in
            !suggestion.byWord || (targetsOfWord[suggestion.key]?.count ?? 0) <= mostTargetsOfAWord
        }
        guard let top = all.map({ $0.rank }).min(by: <) else { return [] }
        return all.filter { $0.rank == top }
    }

    /// A folded key with the Arabic article taken off each word that keeps three letters without it.
    static func comparable(_ key: String) -> String {
        guard key.unicodeScalars.contains(where: { (0x0600...0x06FF).contains($0.value) }) else { return key }
        return key.split(separator: " ").map { word in
            word.hasPrefix("ال") && word.unicodeScalars.count >= 5 ? word.dropFirst(2) : word
        }.joined(separator: " ")
    }
}
