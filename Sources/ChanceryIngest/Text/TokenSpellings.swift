/// The texts of a document's tokens: each spelling is made into a `String` once, and a later token spelled with the
/// same folded scalars shares that `String` and learns which token had it first.
///
/// Making a `String` (encoding, validating, often allocating) cost more than the rest of cutting a token, and most
/// words of an article recur in it. A text is shared only between tokens of equal scalars, so it is exactly the text
/// the token would have been given on its own.
struct TokenSpellings {
    /// One-scalar strings of ASCII, made once: most punctuation tokens and many short words reuse them.
    private static let ascii: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

    /// `slots[hash & mask]`: the last token cut whose spelling hashes to the slot, or -1. A slot lost to another
    /// spelling only costs that spelling's next token a `String` of its own.
    private var slots: [Int32]
    private let mask: Int

    /// A table for a text of `scalarCount` folded scalars: about one slot per word, within bounds.
    init(scalarCount: Int) {
        var size = 64
        while size < scalarCount / 4, size < 4096 { size *= 2 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    /// The spelling of `scalars[span]`, the token about to be appended as `tokens[tokens.count]`: its text, the
    /// `ScalarHasher` hash of its scalars, whether all are simple (`ScalarClass.isSimple`), and the index of an
    /// earlier token spelled alike (its own index when none is known).
    @inline(__always)
    mutating func spelling(of span: Range<Int>, in scalars: [Unicode.Scalar], tokens: [Token])
        -> (text: String, hash: Int, isSimple: Bool, sameSpellingAs: Int) {
        var hasher = ScalarHasher()
        var isSimple = true
        var utf8Count = 0
        for k in span {
            let value = scalars[k].value
            hasher.combine(value)
            if value < 0x80 {
                utf8Count += 1
            } else {
                isSimple = isSimple && ScalarClass.isSimple(value)
                utf8Count += value < 0x800 ? 2 : (value < 0x1_0000 ? 3 : 4)
            }
        }
        let hash = hasher.value
        let index = tokens.count
        let slot = hash & mask
        let earlier = Int(slots[slot])
        slots[slot] = Int32(truncatingIfNeeded: index)
        // The slot may name a token cut from a boilerplate line since, or another spelling: only equal scalars count.
        if earlier >= 0, earlier < index, tokens[earlier].scalarHash == hash,
           Self.equal(scalars, span, tokens[earlier].start..<tokens[earlier].end) {
            // A token never sits in a line removed after a later token's: `earlier` stays where it is, or goes with it.
            return (tokens[earlier].text, hash, isSimple, tokens[earlier].sameSpellingAs)
        }
        if span.count == 1, scalars[span.lowerBound].value < 0x80 {
            return (Self.ascii[Int(scalars[span.lowerBound].value)], hash, isSimple, index)
        }
        let text = String(unsafeUninitializedCapacity: utf8Count) { buffer in
            var count = 0
            for k in span {
                UTF8.encode(scalars[k]) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
        return (text, hash, isSimple, index)
    }

    @inline(__always)
    private static func equal(_ scalars: [Unicode.Scalar], _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        guard a.count == b.count else { return false }
        var j = b.lowerBound
        for k in a {
            if scalars[k] != scalars[j] { return false }
            j += 1
        }
        return true
    }
}
