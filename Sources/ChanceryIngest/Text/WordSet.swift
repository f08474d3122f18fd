/// A closed set of folded words, asked whether a token is one of them.
///
/// `Set<String>` hashes and compares text under Unicode canonical equivalence, which for Arabic costs a table lookup
/// per scalar. A token and a word both of simple scalars (`ScalarClass.isSimple`) are equal exactly when their scalars
/// are, so for such a token one bit of a filter over the words' scalar hashes rules out most tokens, and only the few
/// that pass are compared as text, as before.
struct WordSet: ExpressibleByArrayLiteral, Sendable {
    private let words: Set<String>
    /// 256 bits, one per `ScalarHasher` hash of a word modulo 256.
    private let filter: (UInt64, UInt64, UInt64, UInt64)
    /// False when some word has a scalar that is not simple: a token could then equal it with other scalars, and so
    /// with another hash, and the filter would wrongly rule it out.
    private let filtered: Bool
    /// The words by their full scalar hash: a token of simple scalars that passes the filter is compared byte for byte
    /// with the words of its hash, where `Set<String>` would hash its text again, normalising Arabic.
    private let byHash: [Int: [String]]

    init(_ words: [String]) {
        self.words = Set(words)
        var filter: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var filtered = true
        var byHash: [Int: [String]] = [:]
        for word in words {
            var hasher = ScalarHasher()
            for scalar in word.unicodeScalars {
                hasher.combine(scalar.value)
                filtered = filtered && ScalarClass.isSimple(scalar.value)
            }
            byHash[hasher.value, default: []].append(word)
            let bit = hasher.value & 255
            let mask: UInt64 = 1 << UInt64(bit & 63)
            switch bit >> 6 {
            case 0: filter.0 |= mask
            case 1: filter.1 |= mask
            case 2: filter.2 |= mask
            default: filter.3 |= mask
            }
        }
        self.filter = filter
        self.filtered = filtered
        self.byHash = byHash
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// True when the token's text is one of the words: `Set(words).contains(token.text)`.
    @inline(__always)
    func contains(_ token: Token) -> Bool {
        if filtered, token.isSimple {
            guard mayHold(hash: token.scalarHash), let candidates = byHash[token.scalarHash] else { return false }
            return candidates.contains { $0.utf8.elementsEqual(token.text.utf8) }
        }
        return words.contains(token.text)
    }

    /// True when `text`, a folded word, is one of the words.
    func contains(text: String) -> Bool { words.contains(text) }

    @inline(__always)
    private func mayHold(hash: Int) -> Bool {
        let bit = hash & 255
        let word: UInt64
        switch bit >> 6 {
        case 0: word = filter.0
        case 1: word = filter.1
        case 2: word = filter.2
        default: word = filter.3
        }
        return word & (1 << UInt64(bit & 63)) != 0
    }
}
