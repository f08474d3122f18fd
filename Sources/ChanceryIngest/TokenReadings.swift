/// Every lookup form of every token of a document, as lexicon word ids, worked out once per document.
///
/// The trie walk used to build the clitic variants of a word as strings, and again for each phrase start that
/// reached it; here each token is read once, and only forms the lexicon knows are kept.
struct TokenReadings {
    /// A lookup form of a token that names a lexicon word.
    struct Reading {
        let word: Int32
        let future: Bool
        let prefixLength: Int
    }

    /// The readings of token `i` are `readings[offsets[i]..<offsets[i + 1]]`, in `Clitics.readings(of:)` order.
    private(set) var readings: [Reading] = []
    private(set) var offsets: [Int] = [0]
    /// `continues[i]`: a phrase may run on over token `i` (not a sentence break, or a full stop inside "u.s.").
    private(set) var continues: [Bool] = []

    /// Reads every token of `tokens`; `folded`, the scalars the tokens were cut from, spares decoding their texts.
    init(_ tokens: [Token], folded: [Unicode.Scalar]? = nil, words: WordTable) {
        readings.reserveCapacity(tokens.count)
        offsets.reserveCapacity(tokens.count + 1)
        continues.reserveCapacity(tokens.count)
        // By hash of its scalars, the last simple token seen: a word met again in the document reuses its readings,
        // sparing the lexicon lookups, which miss the cache.
        var seen = [Int](repeating: -1, count: Self.memoSize)
        var scalars: [UInt32] = []
        var scratch: [UInt32] = []
        // By index, not `for token in tokens`: copying each `Token` out cost more than reading it.
        for index in tokens.indices {
            let text = tokens[index].text
            continues.append(!Token.isBreak(kind: tokens[index].kind, text: text) || tokens[index].attached && text == ".")
            let first = readings.count
            if tokens[index].isSimple {
                let hash = tokens[index].scalarHash
                let slot = hash & (Self.memoSize - 1)
                let earlier = seen[slot]
                // Over simple scalars, equal texts are equal scalars.
                if earlier >= 0, tokens[earlier].scalarHash == hash, tokens[earlier].text == text {
                    // Element by element: appending a slice of `readings` to itself would copy the whole array.
                    for k in offsets[earlier]..<offsets[earlier + 1] { readings.append(readings[k]) }
                } else {
                    seen[slot] = index
                    scalars.removeAll(keepingCapacity: true)
                    let span = tokens[index].start..<tokens[index].end
                    if let folded, span.lowerBound >= 0, span.upperBound <= folded.count {
                        for scalar in folded[span] { scalars.append(scalar.value) }
                    } else {
                        for scalar in text.unicodeScalars { scalars.append(scalar.value) }
                    }
                    Clitics.forEachReading(of: scalars[...], scratch: &scratch) { key, future, prefixLength in
                        guard let word = words.lookup(key) else { return }
                        append(Reading(word: word, future: future, prefixLength: prefixLength), from: first)
                    }
                }
            } else {
                for reading in Clitics.readings(of: text) {
                    guard let word = words.ids[reading.key] else { continue }
                    append(Reading(word: word, future: reading.future, prefixLength: reading.prefixLength), from: first)
                }
            }
            offsets.append(readings.count)
        }
    }

    /// Slots of the per-document memo of readings; a power of two.
    private static let memoSize = 1024

    /// Adds `reading` unless the token already has one for the same word: the first reading of a word wins.
    private mutating func append(_ reading: Reading, from first: Int) {
        for k in first..<readings.count where readings[k].word == reading.word { return }
        readings.append(reading)
    }

    /// Where the readings of token `index` lie in `readings`.
    @inline(__always)
    func positions(of index: Int) -> Range<Int> { offsets[index]..<offsets[index + 1] }
}
