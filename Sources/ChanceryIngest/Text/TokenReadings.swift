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
    let readings: [Reading]
    let offsets: [Int]
    /// `continues[i]`: a phrase may run on over token `i` (not a sentence break, or a full stop inside "u.s.").
    let continues: [Bool]

    /// Reads every token of `tokens`; `folded`, the scalars the tokens were cut from, spares decoding their texts.
    init(_ tokens: [Token], folded: [Unicode.Scalar]? = nil, words: WordTable) {
        // Filled as locals and stored once: appending to the stored properties checked their uniqueness every time.
        var readings: [Reading] = []
        var offsets: [Int] = [0]
        var continues: [Bool] = []
        readings.reserveCapacity(tokens.count)
        offsets.reserveCapacity(tokens.count + 1)
        continues.reserveCapacity(tokens.count)
        // The scalars of a token as values, written by index into a buffer that only grows.
        var scalars = [UInt32](repeating: 0, count: 64)
        var scratch: [UInt32] = []
        // By index, not `for token in tokens`: copying each `Token` out cost more than reading it.
        for index in tokens.indices {
            let isPunct = tokens[index].kind == .punct
            continues.append(!isPunct || !Token.isBreak(kind: .punct, text: tokens[index].text)
                || tokens[index].attached && tokens[index].text == ".")
            let first = readings.count
            let earlier = tokens[index].sameSpellingAs
            if earlier != index {
                // A word met again in the document: the same scalars read the same, and the lexicon lookups, which
                // miss the cache, are spared. Element by element: appending a slice of `readings` to itself would
                // copy the whole array.
                for k in offsets[earlier]..<offsets[earlier + 1] { readings.append(readings[k]) }
            } else if tokens[index].isSimple {
                let span = tokens[index].start..<tokens[index].end
                var count = 0
                if let folded, span.lowerBound >= 0, span.upperBound <= folded.count {
                    if scalars.count < span.count { scalars = [UInt32](repeating: 0, count: span.count) }
                    for scalar in folded[span] {
                        scalars[count] = scalar.value
                        count += 1
                    }
                } else {
                    let text = tokens[index].text.unicodeScalars
                    if scalars.count < text.count { scalars = [UInt32](repeating: 0, count: text.count) }
                    for scalar in text {
                        scalars[count] = scalar.value
                        count += 1
                    }
                }
                Clitics.forEachReading(of: scalars[..<count], scratch: &scratch) { key, future, prefixLength in
                    guard let word = words.lookup(key) else { return }
                    Self.append(Reading(word: word, future: future, prefixLength: prefixLength), to: &readings, from: first)
                }
            } else {
                for reading in Clitics.readings(of: tokens[index].text) {
                    guard let word = words.ids[reading.key] else { continue }
                    Self.append(Reading(word: word, future: reading.future, prefixLength: reading.prefixLength), to: &readings, from: first)
                }
            }
            offsets.append(readings.count)
        }
        self.readings = readings
        self.offsets = offsets
        self.continues = continues
    }

    /// Adds `reading` to the token's readings, `readings[first...]`, unless it already has one for the same word: the
    /// first reading of a word wins. Static, not a local function: a local function capturing `readings` made every
    /// access to it a dynamically checked one.
    @inline(__always)
    private static func append(_ reading: Reading, to readings: inout [Reading], from first: Int) {
        for k in first..<readings.count where readings[k].word == reading.word { return }
        readings.append(reading)
    }

    /// Where the readings of token `index` lie in `readings`.
    @inline(__always)
    func positions(of index: Int) -> Range<Int> { offsets[index]..<offsets[index + 1] }
}
