import ChanceryCore

/// One way a searched term may be written in a document: a word, or the words of a name in a row
/// ("سيرغي لافروف"), folded.
///
/// Each word matches a document word that starts with it, so that a stem finds its endings
/// (مذكرة finds مذكرتي, "marocain" finds "marocaines"). The first word of an Arabic form may also
/// stand behind a proclitic (و ف ب ل ك ال and their combinations), bare or stemmed: لافروف is
/// also found in ولافروف and للافروف. The index and the snippet both read a form through
/// `leadingForms`, so that a snippet marks what the index matched.
///
/// A short word of another name than the one typed matches only a whole word: "USA" or روس
/// (Russians) as a prefix would find "usage" and every روسيا.
struct SearchForm: Hashable, Sendable {
    /// Folded words, at least one.
    let words: [String]
    /// What a document word must start with to match the first word: one entry for a Latin word,
    /// the proclitic variants for an Arabic one, none subsumed by another.
    let leadingForms: [[Unicode.Scalar]]
    /// The other words as scalars.
    let followingWords: [[Unicode.Scalar]]
    /// For each word, true when a document word must be it whole rather than start with it.
    let whole: [Bool]

    /// Words shorter than this are matched whole in a name the user did not type.
    static let shortestPrefix = 4

    /// Arabic proclitics, longest first: a stored word may carry any of them.
    static let arabicPrefixes = ["وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك"]

    /// A form of folded `words`; nil when there is none. `typed` words are all prefixes, as a
    /// search has always read them; other names' short words match whole.
    init?(words: [String], typed: Bool = true) {
        guard let first = words.first, !first.isEmpty else { return nil }
        self.words = words
        whole = words.map { !typed && $0.unicodeScalars.count < Self.shortestPrefix }
        followingWords = words.dropFirst().map { Array($0.unicodeScalars) }
        guard Store.isArabic(first) else {
            leadingForms = [Array(first.unicodeScalars)]
            return
        }
        // The word as typed and its stem: stemming takes the ل off لافروف, which only the
        // unstemmed word gives back behind another proclitic (ولافروف).
        var bases = [Self.stem(first)]
        if bases[0] != first { bases.append(first) }
        var forms: [[Unicode.Scalar]] = []
        for base in bases {
            for prefix in [""] + Self.arabicPrefixes {
                let form = Array((prefix + base).unicodeScalars)
                if !forms.contains(form) { forms.append(form) }
            }
        }
        let wholeWord = whole[0]
        leadingForms = wholeWord ? forms : forms.filter { form in
            !forms.contains { other in other.count < form.count && form.starts(with: other) }
        }
    }

    /// An Arabic word without its proclitics and its ta marbuta (folded to ه); other words as they are.
    static func stem(_ word: String) -> String {
        guard Store.isArabic(word) else { return word }
        var scalars = Array(word.unicodeScalars)
        for prefix in arabicPrefixes {
            let p = Array(prefix.unicodeScalars)
            // Keep at least three letters of stem.
            if scalars.count - p.count >= 3, scalars.starts(with: p) {
                scalars.removeFirst(p.count)
                break
            }
        }
        // Ta marbuta: مذكرة also finds مذكرتي.
        if scalars.count - 1 >= 3, scalars.last == "ه" { scalars.removeLast() }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// The form as FTS5 reads it: a prefix query per word, words joined into a phrase with `+`,
    /// one phrase per leading form.
    var ftsExpression: String {
        let rest = followingWords.indices.map { " + " + Self.quoted(followingWords[$0]) + (whole[$0 + 1] ? "" : "*") }.joined()
        let phrases = leadingForms.map { Self.quoted($0) + (whole[0] ? "" : "*") + rest }
        return phrases.count == 1 ? phrases[0] : "(" + phrases.joined(separator: " OR ") + ")"
    }

    private static func quoted(_ scalars: [Unicode.Scalar]) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return "\"" + String(view).replacing("\"", with: "\"\"") + "\""
    }

    /// How many of `tokens`, from `start`, this form matches: its word count, or nil.
    func match(_ tokens: [[Unicode.Scalar]], at start: Int) -> Int? {
        guard start + words.count <= tokens.count,
              leadingForms.contains(where: { Self.word(tokens[start], matches: $0, whole: whole[0]) }) else { return nil }
        for (offset, word) in followingWords.enumerated()
        where !Self.word(tokens[start + 1 + offset], matches: word, whole: whole[offset + 1]) {
            return nil
        }
        return words.count
    }

    private static func word(_ token: [Unicode.Scalar], matches form: [Unicode.Scalar], whole: Bool) -> Bool {
        whole ? token == form : token.starts(with: form)
    }

    /// True when every document this form matches, `other` matches too, and `other` is not this
    /// form: when `other`'s words come in a row among this form's, each starting the word it
    /// stands for ("Lavrov" in "Sergei Lavrov", "united states" in "the united states", the
    /// stem مغرب in المغربيه). Such a form adds nothing to a term that has `other`.
    func isSubsumed(by other: SearchForm) -> Bool {
        guard other != self, other.words.count <= words.count else { return false }
        // Whatever a word of this form matches, `other`'s word matches: it starts with one of `forms`.
        func covered(_ word: [Unicode.Scalar], whole: Bool, by forms: [[Unicode.Scalar]], wholeOther: Bool) -> Bool {
            forms.contains { form in wholeOther ? whole && word == form : word.starts(with: form) }
        }
        for offset in 0...(words.count - other.words.count) {
            let first = offset == 0
                ? leadingForms.allSatisfy { covered($0, whole: whole[0], by: other.leadingForms, wholeOther: other.whole[0]) }
                : covered(followingWords[offset - 1], whole: whole[offset], by: other.leadingForms, wholeOther: other.whole[0])
            guard first else { continue }
            let rest = other.followingWords.indices.allSatisfy { index in
                covered(followingWords[offset + index], whole: whole[offset + index + 1],
                        by: [other.followingWords[index]], wholeOther: other.whole[index + 1])
            }
            if rest { return true }
        }
        return false
    }
}
