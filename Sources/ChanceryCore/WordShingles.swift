/// The word shingles of a text: each run of `width` consecutive words of its folded form (see
/// `TextFolding`), as a 64-bit hash, each once and in ascending order.
///
/// Two texts' resemblance is the Jaccard index of their shingles, what the near-duplicate
/// detection of `MinHash` estimates. A word is a run of letters and digits; case, accents,
/// harakat, tatweel and punctuation play no part, so that the same wire story set by another
/// outlet ("Pakistan’s" and "Pakistan's", "Foreign Office" and "foreign office") has the same words.
///
/// Complexity: O(n log n) in the length of the text.
public struct WordShingles: Sendable, Equatable {
    /// Five words: few enough that a changed word spoils only five shingles of a short article,
    /// enough that two articles on one subject share few (see `Tests/ChanceryStoreTests/CopyTests.swift`).
    public static let standardWidth = 5

    /// The shingles' hashes, ascending, each once.
    public let hashes: [UInt64]

    public init(_ text: String, width: Int = WordShingles.standardWidth) {
        self.init(words: Self.words(of: text), width: width)
    }

    /// The shingles of words already hashed (see `words(of:)`). A text of fewer words than
    /// `width` has one shingle of all of them; one of no word has none.
    public init(words: [UInt64], width: Int = WordShingles.standardWidth) {
        guard !words.isEmpty else {
            hashes = []
            return
        }
        let width = max(1, min(width, words.count))
        var shingles: [UInt64] = []
        shingles.reserveCapacity(words.count - width + 1)
        for start in 0...(words.count - width) {
            var hash: UInt64 = 0x243F_6A88_85A3_08D3
            for word in words[start..<(start + width)] {
                hash = Self.mix(hash ^ word)
            }
            shingles.append(hash)
        }
        shingles.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(shingles.count)
        for hash in shingles where unique.last != hash { unique.append(hash) }
        hashes = unique
    }

    /// How many distinct shingles the text has.
    public var count: Int { hashes.count }

    /// The Jaccard index of the two sets of shingles: shared over all, from 0 to 1 (1 for two
    /// texts with no word at all).
    public func resemblance(to other: WordShingles) -> Double {
        let shared = Self.sharedCount(hashes, other.hashes)
        let all = hashes.count + other.hashes.count - shared
        return all == 0 ? 1 : Double(shared) / Double(all)
    }

    /// How many values two ascending arrays of distinct values have in common.
    static func sharedCount(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var i = 0, j = 0, shared = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                shared += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return shared
    }

    /// The words of the folded text, each as its FNV-1a hash (over its Unicode scalars), in
    /// order; with `minimumLength`, only those of at least that many scalars.
    public static func words(of text: String, minimumLength: Int = 1) -> [UInt64] {
        var words: [UInt64] = []
        var hash = fnvOffset
        var length = 0
        for scalar in FoldedText(text).scalars {
            if isWordScalar(scalar) {
                hash = (hash ^ UInt64(scalar.value)) &* fnvPrime
                length += 1
            } else if length > 0 {
                if length >= minimumLength { words.append(hash) }
                hash = fnvOffset
                length = 0
            }
        }
        if length > 0, length >= minimumLength { words.append(hash) }
        return words
    }

    static let fnvOffset: UInt64 = 0xCBF2_9CE4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3

    /// Letters and digits, with the common ranges tested before Unicode's tables are asked.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A)
        }
        // Arabic letters (hamza to yeh, and the extended letters); harakat and tatweel are folded away.
        if (value >= 0x0621 && value <= 0x064A) || (value >= 0x0671 && value <= 0x06D3) { return true }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
    }

    /// SplitMix64's finaliser: a bijection of 64-bit values that spreads every bit of its input.
    @inline(__always)
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
