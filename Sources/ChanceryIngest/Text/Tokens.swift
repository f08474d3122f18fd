import ChanceryCore

/// One word, number or punctuation mark of a folded document.
struct Token: Sendable {
    enum Kind: Sendable { case word, number, punct }

    /// The folded text of the token.
    let text: String
    let kind: Kind
    /// Offsets in folded scalars, `[start, end)`.
    let start: Int
    let end: Int
    /// True when the original starts with an upper-case letter (Latin names, short codes).
    let capitalized: Bool
    /// True when every original letter is upper case ("US", "OIC").
    let allCaps: Bool
    /// True when no space separates this token from the previous one ("8" then "e" in "8e").
    let attached: Bool
    /// True when every scalar of `text` is simple (`ScalarClass.isSimple`): the text then equals another text of
    /// simple scalars exactly when their scalars are equal.
    let isSimple: Bool
    /// `WordTable.hash` of the scalars of `text`.
    let scalarHash: Int
    /// True when the text starts with a scalar of the Arabic block (U+0600–U+06FF).
    let isArabic: Bool
    /// The index of an earlier token of the document with the same folded scalars, or this token's own index: what
    /// is worked out from a token's text alone can be taken from that token.
    let sameSpellingAs: Int
    /// Index of the sentence the token belongs to.
    var sentence: Int = 0

    var isBreak: Bool { Self.isBreak(kind: kind, text: text) }

    /// `text.count`. A text of simple scalars has one `Character` per scalar (a carriage return, the one simple
    /// scalar that joins the next, is whitespace and never in a token), so its count is its span of folded
    /// scalars, where `String.count` would walk the text for grapheme breaks.
    var characterCount: Int { isSimple ? end - start : text.count }

    /// `text.hasPrefix(prefix)`.
    @inline(__always)
    func textHasPrefix(_ prefix: String) -> Bool { Self.hasPrefix(text, prefix, textIsSimple: isSimple) }

    /// `text.hasPrefix(prefix)`, for a text known to be of simple scalars or not (a token's, or a part of it).
    ///
    /// `String.hasPrefix` compares `Character`s, normalising them, unless both strings are known to be normalised,
    /// which Swift only knows of ASCII. Over simple scalars (`ScalarClass.isSimple`) every scalar is a `Character`
    /// of its own that no other scalar is equivalent to, so comparing UTF-8 bytes, as `hasPrefix` does for ASCII,
    /// gives the same answer.
    static func hasPrefix(_ text: String, _ prefix: String, textIsSimple: Bool) -> Bool {
        if textIsSimple, prefix.unicodeScalars.allSatisfy({ ScalarClass.isSimple($0.value) }) {
            return text.utf8.starts(with: prefix.utf8)
        }
        return text.hasPrefix(prefix)
    }

    /// `text.hasPrefix(prefix.text)`, for a prefix whose simplicity was worked out once.
    @inline(__always)
    func textHasPrefix(_ prefix: TextPrefix) -> Bool { Self.hasPrefix(text, prefix, textIsSimple: isSimple) }

    /// `text.hasPrefix(prefix.text)`, as `hasPrefix(_:_:textIsSimple:)` answers it, without reading the prefix's
    /// scalars again: asked of every cue and every word before a trigger, that reading cost more than the comparison.
    @inline(__always)
    static func hasPrefix(_ text: String, _ prefix: TextPrefix, textIsSimple: Bool) -> Bool {
        if textIsSimple, prefix.isSimple {
            return text.utf8.starts(with: prefix.text.utf8)
        }
        return text.hasPrefix(prefix.text)
    }

    /// `isBreak` from the fields, for loops that must not copy the token out of its array.
    @inline(__always)
    static func isBreak(kind: Kind, text: String) -> Bool {
        kind == .punct && (text == "." || text == "\n" || text == "!" || text == "?" || text == ";")
    }
}

/// A prefix that texts are asked about again and again, with whether all its scalars are simple
/// (`ScalarClass.isSimple`) known from the start.
struct TextPrefix: ExpressibleByStringLiteral, Sendable {
    let text: String
    let isSimple: Bool

    init(_ text: String) {
        self.text = text
        isSimple = text.unicodeScalars.allSatisfy { ScalarClass.isSimple($0.value) }
    }

    init(stringLiteral text: String) {
        self.init(text)
    }
}

/// Splits folded text into tokens and sentences, dropping boilerplate lines (menus, share buttons, comment forms).
enum Tokenizer {
    /// Tokens of `folded`, with `original` (the document's scalars) consulted only for letter case.
    static func tokens(of folded: FoldedText, original: [Unicode.Scalar]) -> [Token] {
        let scalars = folded.scalars
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var index = 0
        var lineStart = 0
        // Tokens go straight into `tokens`; a boilerplate line's are cut off again, which is rarer than copying
        // every line's tokens from a line buffer.
        var lineFirstToken = 0
        var previousEnd = -1
        var spellings = TokenSpellings(scalarCount: scalars.count)

        // True after a "read also" line, while the lines that follow are the items of its list of links.
        var inLinkList = false
        func flushLine(upTo end: Int) {
            let line = scalars[lineStart..<end]
            let count = tokens.count - lineFirstToken
            if Boilerplate.isBoilerplate(line, tokenCount: count) {
                tokens.removeSubrange(lineFirstToken...)
                inLinkList = true
            } else if inLinkList, Boilerplate.isListItem(line) {
                tokens.removeSubrange(lineFirstToken...)
            } else if count > 0 {
                inLinkList = false
            }
        }

        while index < scalars.count {
            let scalar = scalars[index]
            let value = scalar.value
            if scalar == "\n" {
                flushLine(upTo: index)
                let newline = spellings.spelling(of: index..<(index + 1), in: scalars, tokens: tokens)
                tokens.append(Token(text: newline.text, kind: .punct, start: index, end: index + 1,
                                    capitalized: false, allCaps: false, attached: false,
                                    isSimple: true, scalarHash: newline.hash, isArabic: false, sameSpellingAs: newline.sameSpellingAs))
                index += 1
                lineStart = index
                lineFirstToken = tokens.count
                continue
            }
            if ScalarClass.isWhitespace(scalar) {
                index += 1
                continue
            }
            let start = index
            let kind: Token.Kind
            if value >= 0x30 && value <= 0x39 {
                while index < scalars.count, scalars[index].value >= 0x30, scalars[index].value <= 0x39 { index += 1 }
                kind = .number
            } else if ScalarClass.isAlphabetic(scalar) {
                while index < scalars.count, isLetter(scalars[index]) { index += 1 }
                kind = .word
            } else {
                index += 1
                kind = .punct
            }
            var capitalized = false
            var allCaps = false
            if kind == .word {
                let origin = folded.origins[start]
                if origin < original.count, ScalarClass.isUppercase(original[origin]) {
                    capitalized = true
                    let last = folded.origins[index - 1]
                    allCaps = (origin...min(last, original.count - 1)).allSatisfy {
                        !ScalarClass.isAlphabetic(original[$0]) || ScalarClass.isUppercase(original[$0])
                    }
                }
            }
            let spelling = spellings.spelling(of: start..<index, in: scalars, tokens: tokens)
            tokens.append(Token(text: spelling.text, kind: kind, start: start, end: index,
                                capitalized: capitalized, allCaps: allCaps, attached: start == previousEnd,
                                isSimple: spelling.isSimple, scalarHash: spelling.hash, isArabic: value >= 0x0600 && value <= 0x06FF,
                                sameSpellingAs: spelling.sameSpellingAs))
            previousEnd = index
        }
        flushLine(upTo: scalars.count)
        assignSentences(&tokens)
        return tokens
    }

    @inline(__always)
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value >= 0x30 && value <= 0x39 { return false }
        if value < 0x80 { return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) }
        return ScalarClass.isAlphabetic(scalar)
    }

    /// Abbreviations after which a full stop does not end the sentence.
    private static let abbreviations: WordSet = ["mr", "mrs", "ms", "dr", "st", "m", "mm", "mme", "gen", "prof", "h.e", "no", "sen", "rep", "jr",
                                                  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                                                  "janv", "fevr", "avr", "juil", "sen", "gov", "lt", "col", "maj", "capt", "hon", "pr"]

    private static func assignSentences(_ tokens: inout [Token]) {
        var sentence = 0
        // By index, not `let token = tokens[i]`: copying each `Token` out cost more than reading it.
        for i in tokens.indices {
            tokens[i].sentence = sentence
            guard Token.isBreak(kind: tokens[i].kind, text: tokens[i].text) else { continue }
            if tokens[i].text == "." {
                if i > 0, tokens[i - 1].kind == .word, tokens[i - 1].characterCount == 1 || abbreviations.contains(tokens[i - 1]) {
                    continue
                }
                if i + 1 < tokens.count, tokens[i + 1].attached, tokens[i + 1].kind != .punct { continue }
            }
            sentence += 1
        }
    }
}
