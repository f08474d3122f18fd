/// The folded words of the lexicon, numbered, and found again from a token's scalars without making a `String`.
///
/// Ids are handed out by `String` equality, as the trie compared words before; the scalar index only serves
/// words of simple scalars (`ScalarClass.isSimple`), for which scalar equality and `String` equality agree.
struct WordTable: Sendable {
    /// Ids by word, for building and for tokens with scalars outside the simple set.
    private(set) var ids: [String: Int32] = [:]
    /// The scalars of every indexed word, end to end.
    private var pool: [UInt32] = []
    /// `spans[slot]`: where the word of a slot lies in `pool`, and its id; `id == -1` marks an empty slot.
    private var spans: [(start: Int32, count: Int32, id: Int32)] = []
    private var mask = 0
    /// One bit per hash value of the words, 64 KB: most tokens are not lexicon words, and this answers them from
    /// the cache instead of probing the much larger slot table.
    private var filter: [UInt64] = []
    private static let filterBits = 1 << 19

    /// The id of `word`, numbering it if it is new.
    mutating func intern(_ word: String) -> Int32 {
        if let id = ids[word] { return id }
        let id = Int32(ids.count)
        ids[word] = id
        return id
    }

    /// Builds the scalar index once every word is interned.
    mutating func seal() {
        var size = 16
        while size < ids.count * 2 { size *= 2 }
        mask = size - 1
        spans = Array(repeating: (0, 0, -1), count: size)
        pool.removeAll(keepingCapacity: true)
        filter = Array(repeating: 0, count: Self.filterBits / 64)
        for (word, id) in ids {
            let scalars = word.unicodeScalars.map(\.value)
            guard lookup(scalars[...]) == nil else { continue }
            let hash = Self.hash(scalars[...])
            let bit = hash & (Self.filterBits - 1)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
            var slot = hash & mask
            while spans[slot].id >= 0 { slot = (slot + 1) & mask }
            spans[slot] = (Int32(pool.count), Int32(scalars.count), id)
            pool.append(contentsOf: scalars)
        }
    }

    /// The id of the word spelled by `scalars`, which must all be simple; nil when the lexicon has no such word.
    @inline(__always)
    func lookup(_ scalars: ArraySlice<UInt32>) -> Int32? {
        guard mask > 0 else { return nil }
        let hash = Self.hash(scalars)
        let bit = hash & (Self.filterBits - 1)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        var slot = hash & mask
        while true {
            let span = spans[slot]
            if span.id < 0 { return nil }
            if Int(span.count) == scalars.count {
                var k = 0
                var at = scalars.startIndex
                let start = Int(span.start)
                while k < scalars.count, pool[start + k] == scalars[at] {
                    k += 1
                    at += 1
                }
                if k == scalars.count { return span.id }
            }
            slot = (slot + 1) & mask
        }
    }

    /// FNV-1a over the scalar values, with a final mix so that the low bits used as a slot are well spread.
    @inline(__always)
    private static func hash(_ scalars: ArraySlice<UInt32>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for value in scalars { h = (h ^ UInt64(value)) &* 0x100_0000_01b3 }
        h ^= h >> 29
        h = h &* 0xbf58_476d_1ce4_e5b9
        h ^= h >> 32
        return Int(truncatingIfNeeded: h)
    }
}
