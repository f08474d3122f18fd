/// The folded words of the lexicon, numbered, and found again from a token's scalars without making a `String`.
///
/// Ids are handed out by `String` equality, as the trie compared words before; the scalar index only serves
/// words of simple scalars (`ScalarClass.isSimple`), for which scalar equality and `String` equality agree.
/// A class, and immutable: the per-token lookups must not copy (retain and release) its storage.
final class WordTable: Sendable {
    /// Ids by word, for tokens with scalars outside the simple set.
    let ids: [String: Int32]
    /// The scalars of every indexed word, end to end.
    private let pool: [UInt32]
    /// `spans[slot]`: where the word of a slot lies in `pool`, and its id; `id == -1` marks an empty slot.
    private let spans: [Span]
    private let mask: Int
    /// One bit per hash value of the words, 64 KB: most tokens are not lexicon words, and this answers them from
    /// the cache instead of probing the much larger slot table.
    private let filter: [UInt64]
    private static let filterBits = 1 << 19

    private struct Span {
        var start: Int32
        var count: Int32
        var id: Int32
    }

    /// Indexes the words of `ids`, numbered by a `String`-keyed dictionary while the lexicon was built.
    init(ids: [String: Int32]) {
        self.ids = ids
        var size = 16
        while size < ids.count * 2 { size *= 2 }
        let mask = size - 1
        var spans = Array(repeating: Span(start: 0, count: 0, id: -1), count: size)
        var pool: [UInt32] = []
        var filter = [UInt64](repeating: 0, count: Self.filterBits / 64)
        for (word, id) in ids {
            let scalars = word.unicodeScalars.map(\.value)
            let hash = Self.hash(scalars[...])
            guard Self.find(scalars[...], hash: hash, pool: pool, spans: spans, mask: mask) == nil else { continue }
            let bit = hash & (Self.filterBits - 1)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
            var slot = hash & mask
            while spans[slot].id >= 0 { slot = (slot + 1) & mask }
            spans[slot] = Span(start: Int32(pool.count), count: Int32(scalars.count), id: id)
            pool.append(contentsOf: scalars)
        }
        self.pool = pool
        self.spans = spans
        self.mask = mask
        self.filter = filter
    }

    /// The id of the word spelled by `scalars`, which must all be simple; nil when the lexicon has no such word.
    @inline(__always)
    func lookup(_ scalars: ArraySlice<UInt32>) -> Int32? {
        let hash = Self.hash(scalars)
        let bit = hash & (Self.filterBits - 1)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        return Self.find(scalars, hash: hash, pool: pool, spans: spans, mask: mask)
    }

    @inline(__always)
    private static func find(_ scalars: ArraySlice<UInt32>, hash: Int, pool: [UInt32], spans: [Span], mask: Int) -> Int32? {
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

    /// The `ScalarHasher` hash of the scalar values.
    @inline(__always)
    static func hash(_ scalars: ArraySlice<UInt32>) -> Int {
        var hasher = ScalarHasher()
        for value in scalars { hasher.combine(value) }
        return hasher.value
    }
}

/// FNV-1a over scalar values, with a final mix so that the low bits used as a slot are well spread.
///
/// The tokenizer hashes every token with it as it goes, so that tables of words (`WordTable`, `WordSet`) can be
/// asked about a token without reading its text again.
struct ScalarHasher {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    mutating func combine(_ value: UInt32) { state = (state ^ UInt64(value)) &* 0x100_0000_01b3 }

    var value: Int {
        var h = state
        h ^= h >> 29
        h = h &* 0xbf58_476d_1ce4_e5b9
        h ^= h >> 32
        return Int(truncatingIfNeeded: h)
    }
}
