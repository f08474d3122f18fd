/// The trie's edges, from (node, word id) to child node, in one open-addressed table with a multiplicative hash.
///
/// `Dictionary<Int, Int>` hashes every key with SipHash; the trie walk looks up an edge for every reading of every
/// token, and the keys are already well-spread integers, so a multiply and a shift are enough.
struct EdgeTable: Sendable {
    /// `keys[slot] == -1` marks an empty slot; keys are `node << 32 | word`, never negative.
    private let keys: [Int]
    private let values: [Int32]
    private let shift: Int

    /// The table of `edges`, sized to stay at most half full.
    init(_ edges: [Int: Int]) {
        var bits = 4
        while (1 << bits) < edges.count * 2 { bits += 1 }
        var keys = [Int](repeating: -1, count: 1 << bits)
        var values = [Int32](repeating: 0, count: 1 << bits)
        let shift = 64 - bits
        let mask = (1 << bits) - 1
        for (key, value) in edges {
            var slot = Self.slot(key, shift: shift)
            while keys[slot] >= 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = Int32(value)
        }
        self.keys = keys
        self.values = values
        self.shift = shift
    }

    /// The child of `node` over `word`, if the trie has that edge.
    @inline(__always)
    func child(_ node: Int, _ word: Int32) -> Int? {
        let key = node << 32 | Int(word)
        let mask = keys.count - 1
        var slot = Self.slot(key, shift: shift)
        while true {
            let found = keys[slot]
            if found == key { return Int(values[slot]) }
            if found < 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Fibonacci hashing: the top bits of the key times 2⁶⁴/φ.
    @inline(__always)
    private static func slot(_ key: Int, shift: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
    }
}
