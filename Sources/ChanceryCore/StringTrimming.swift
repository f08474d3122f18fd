extension StringProtocol {
    /// The text without the white space at its start and end, line breaks included: the scalars that Foundation's
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` took off, which are Unicode's white space and the
    /// zero-width space.
    public func trimmingWhitespace() -> String {
        trimming { $0.properties.isWhitespace || $0 == "\u{200B}" }
    }

    /// The text without the spaces, of any width, and tabs at its start and end, line breaks kept: the scalars
    /// that `trimmingCharacters(in: .whitespaces)` took off.
    public func trimmingSpaces() -> String {
        trimming { $0 == "\t" || $0 == "\u{200B}" || $0.properties.generalCategory == .spaceSeparator }
    }

    /// Scalar by scalar, as Foundation trimmed: a space followed by a combining mark is one `Character`, of which
    /// the space goes and the mark stays.
    private func trimming(_ isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }),
              let last = scalars.lastIndex(where: { !isTrimmed($0) }) else { return "" }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: scalars[first...last])
        return String(kept)
    }
}
