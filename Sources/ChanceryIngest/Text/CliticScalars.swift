extension Clitics {
    /// `readings(of:)` over the scalars of a word made only of simple scalars (`ScalarClass.isSimple`), where a
    /// `Character` is one scalar: calls `body` with each lookup key, whether a future prefix was removed, and the
    /// clitics' length, in the same order, without building strings. Repeated keys are the caller's to drop.
    ///
    /// `scratch` holds the keys that are not a slice of the word: ل or ال + the rest of a word written لل….
    static func forEachReading(of word: ArraySlice<UInt32>, scratch: inout [UInt32],
                               _ body: (ArraySlice<UInt32>, _ future: Bool, _ prefixLength: Int) -> Void) {
        body(key(word), false, 0)
        guard let first = word.first, first >= 0x0600, first <= 0x06FF else { return }
        func add(_ stem: ArraySlice<UInt32>, future: Bool, prefix: Int) {
            guard stem.count >= 2 else { return }
            body(key(stem), future, prefix)
        }
        let conjunction = first == Letter.waw || first == Letter.feh
        for length in 0...(conjunction ? 1 : 0) {
            let stem = word.dropFirst(length)
            if length > 0 { add(stem, future: false, prefix: length) }
            guard let head = stem.first else { continue }
            let second = stem.dropFirst().first
            if head == Letter.lam, second == Letter.lam {
                let rest = stem.dropFirst(2)
                add(rest, future: false, prefix: length + 2)
                scratch.removeAll(keepingCapacity: true)
                scratch.append(Letter.lam)
                scratch.append(contentsOf: rest)
                add(scratch[...], future: false, prefix: length + 1)
                // (ال + the rest: a short word keeps its article in the index, للأمم is ل + الأمم.)
                scratch.removeAll(keepingCapacity: true)
                scratch.append(Letter.alef)
                scratch.append(Letter.lam)
                scratch.append(contentsOf: rest)
                add(scratch[...], future: false, prefix: length + 1)
            }
            if head == Letter.beh || head == Letter.lam || head == Letter.kaf {
                add(stem.dropFirst(), future: false, prefix: length + 1)
            }
            if head == Letter.seen, stem.count > 3, let second,
               second == Letter.yeh || second == Letter.teh || second == Letter.noon || second == Letter.alef {
                add(stem.dropFirst(), future: true, prefix: length + 1)
            }
        }
    }

    /// `key(_:)` over scalars: without a leading article ال on words of more than five letters.
    @inline(__always)
    static func key(_ word: ArraySlice<UInt32>) -> ArraySlice<UInt32> {
        if word.count > 5, word[word.startIndex] == Letter.alef, word[word.startIndex + 1] == Letter.lam {
            return word.dropFirst(2)
        }
        return word
    }

    /// The folded Arabic letters the clitic rules test.
    private enum Letter {
        static let alef: UInt32 = 0x0627, beh: UInt32 = 0x0628, teh: UInt32 = 0x062A, seen: UInt32 = 0x0633
        static let feh: UInt32 = 0x0641, kaf: UInt32 = 0x0643, lam: UInt32 = 0x0644, noon: UInt32 = 0x0646
        static let waw: UInt32 = 0x0648, yeh: UInt32 = 0x064A
    }
}
