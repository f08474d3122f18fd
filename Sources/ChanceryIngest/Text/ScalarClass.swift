/// Character classes of single scalars, answered from the value for ASCII and Arabic letters.
///
/// `Unicode.Scalar.Properties` looks every scalar up in the stdlib's tables; nearly every scalar of a
/// document is ASCII or an Arabic letter, whose answers are known, so only the rest pay for the lookup.
enum ScalarClass {
    /// True for the Arabic base letters ء…ي (U+0621–U+064A), which are alphabetic, lower-case-less and not marks.
    @inline(__always)
    static func isArabicLetter(_ value: UInt32) -> Bool { value >= 0x0621 && value <= 0x064A }

    /// `scalar.properties.isWhitespace`.
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        if isArabicLetter(value) { return false }
        return scalar.properties.isWhitespace
    }

    /// `scalar.properties.isAlphabetic`.
    @inline(__always)
    static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) }
        if isArabicLetter(value) { return true }
        return scalar.properties.isAlphabetic
    }

    /// `scalar.properties.isUppercase`.
    @inline(__always)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        if value >= 0x0600 && value <= 0x06FF { return false }
        return scalar.properties.isUppercase
    }

    /// True when the scalar is neither a combining mark nor joins its neighbours into one `Character`, and cannot
    /// be canonically equivalent to another sequence of such scalars: Latin below U+0300 and the Arabic letters.
    ///
    /// Over runs of these scalars, `Character` and `String` comparison reduce to comparing scalars, which is what
    /// lets the fast paths below skip `String` while giving the same answers.
    @inline(__always)
    static func isSimple(_ value: UInt32) -> Bool {
        value < 0x0300 || (value >= 0x0620 && value <= 0x064A) || (value >= 0x0671 && value <= 0x06D3)
    }
}
