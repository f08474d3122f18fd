/// The content words of a passage, for telling whether two passages say the same: its words of
/// four letters or more (folded, see `TextFolding`), which leaves out most articles, prepositions
/// and conjunctions of the three languages ('the', 'de', 'les', 'في', 'من', 'مع') and keeps
/// names, titles, verbs and numbers.
public struct ContentWords: Sendable, Equatable {
    /// The words' hashes (see `WordShingles.words(of:)`), ascending, each once.
    public let hashes: [UInt64]

    public static let minimumLength = 4

    public init(_ text: String) {
        hashes = Array(Set(WordShingles.words(of: text, minimumLength: Self.minimumLength))).sorted()
    }

    public var count: Int { hashes.count }

    /// The Jaccard index of the two passages' content words: shared over all, from 0 to 1; 0
    /// when neither has any.
    public func resemblance(to other: ContentWords) -> Double {
        let shared = WordShingles.sharedCount(hashes, other.hashes)
        let all = hashes.count + other.hashes.count - shared
        return all == 0 ? 0 : Double(shared) / Double(all)
    }

    /// The share of the smaller passage's content words that the other has too, from 0 to 1; 0
    /// when either has none. A passage cut shorter in one report (a copy that lost a clause, a
    /// sentence split in two) still shares most of its words with the longer one.
    public func share(with other: ContentWords) -> Double {
        let smaller = min(hashes.count, other.hashes.count)
        guard smaller > 0 else { return 0 }
        return Double(WordShingles.sharedCount(hashes, other.hashes)) / Double(smaller)
    }
}
