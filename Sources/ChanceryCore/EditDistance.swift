/// How far apart two names are: the fewest insertions, deletions, substitutions and swaps of two
/// neighbouring scalars that turn one into the other (Damerau–Levenshtein, in its optimal string
/// alignment form: no scalar is edited twice).
///
/// A swap counts as one edit because it is the commonest slip of a typist ("Moroccco", "Buirta");
/// plain Levenshtein would count it as two and miss half of them at a tight threshold. Callers
/// compare folded text (see `CountryCatalog.key`), so that case, accents and harakat cost nothing.
///
///     EditDistance.between("marocco", "morocco", atMost: 1)  // 1
///     EditDistance.between("buirta", "burita", atMost: 1)    // 1
///
/// Complexity: O(*m*·*n*) time and O(*n*) memory, for texts of *m* and *n* scalars; a pair whose
/// lengths differ by more than the limit is refused at once.
public enum EditDistance {
    /// The distance between `a` and `b` when it is at most `limit`, else nil.
    public static func between(_ a: String, _ b: String, atMost limit: Int) -> Int? {
        between(Array(a.unicodeScalars), Array(b.unicodeScalars), atMost: limit)
    }

    /// The distance between two scalar sequences when it is at most `limit`, else nil.
    public static func between(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atMost limit: Int) -> Int? {
        guard limit >= 0, abs(a.count - b.count) <= limit else { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        // Three rows of the usual table: the one before last, the last, and the one being filled.
        var twoBack = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowBest = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, twoBack[j - 2] + 1)
                }
                current[j] = value
                rowBest = min(rowBest, value)
            }
            // Every later cell is at least the best of this row: nothing below can come back under the limit.
            if rowBest > limit { return nil }
            (twoBack, previous, current) = (previous, current, twoBack)
        }
        let distance = previous[b.count]
        return distance <= limit ? distance : nil
    }

    /// How many edits a name of `length` scalars may be from a known one and still be taken for a
    /// slip of it: none below four (a code, or a word too short to tell apart from others), one up
    /// to seven ("Marocco", "Buritaa"), two up to eleven, three beyond.
    public static func allowed(forLength length: Int) -> Int {
        switch length {
        case ..<4: 0
        case 4...7: 1
        case 8...11: 2
        default: 3
        }
    }
}
