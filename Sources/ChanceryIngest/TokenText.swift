/// Builds the `String` of a token from its folded scalars without going through `String.UnicodeScalarView`.
enum TokenText {
    /// One-scalar strings of ASCII, made once: most punctuation tokens and many short words reuse them.
    private static let ascii: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

    /// The text of `scalars`, encoding into `buffer`, which is reused from token to token; with, read in the same
    /// pass, the `ScalarHasher` hash of the scalars and whether all are simple (`ScalarClass.isSimple`).
    @inline(__always)
    static func make(_ scalars: ArraySlice<Unicode.Scalar>, buffer: inout [UInt8]) -> (text: String, hash: Int, isSimple: Bool) {
        var hasher = ScalarHasher()
        if scalars.count == 1, let only = scalars.first, only.value < 0x80 {
            hasher.combine(only.value)
            return (ascii[Int(only.value)], hasher.value, true)
        }
        var isSimple = true
        buffer.removeAll(keepingCapacity: true)
        for scalar in scalars {
            let value = scalar.value
            hasher.combine(value)
            if value < 0x80 {
                buffer.append(UInt8(value))
            } else {
                isSimple = isSimple && ScalarClass.isSimple(value)
                UTF8.encode(scalar) { buffer.append($0) }
            }
        }
        return (String(decoding: buffer, as: UTF8.self), hasher.value, isSimple)
    }
}
