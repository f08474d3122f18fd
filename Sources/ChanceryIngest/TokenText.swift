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
        // Written in place rather than appended, which checks the array's storage and capacity at every byte: the
        // buffer is kept at four bytes a scalar, the most UTF-8 takes.
        let needed = scalars.count * 4
        if buffer.count < needed { buffer = [UInt8](repeating: 0, count: max(needed, 2 * buffer.count)) }
        var count = 0
        for scalar in scalars {
            let value = scalar.value
            hasher.combine(value)
            if value < 0x80 {
                buffer[count] = UInt8(value)
                count += 1
            } else {
                isSimple = isSimple && ScalarClass.isSimple(value)
                UTF8.encode(scalar) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
        }
        return (String(decoding: buffer[..<count], as: UTF8.self), hasher.value, isSimple)
    }
}
