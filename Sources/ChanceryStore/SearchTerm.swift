import ChanceryCore

/// One thing a search asks every document for: a word as typed, or a known name with every form
/// it goes by, any one of which will do.
public struct SearchTerm: Hashable, Sendable {
    /// What a typed name was recognised as.
    public enum Named: Hashable, Sendable {
        case country(Country)
        case actor(id: Int64, name: String, country: String?)
    }

    /// The words as typed.
    public let typed: String
    /// Who or what the typed words name; empty for a plain word.
    public let named: [Named]
    /// The ways a document may write it, the typed words first; none adds nothing to the others.
    let forms: [SearchForm]
    /// Each form as a name wrote it, for showing.
    private let written: [String]
    private let typedWords: [String]

    /// A term of the `typed` words and the other `names` of what they name.
    init(typed: SearchWords, named: [Named] = [], names: [SearchWords] = []) {
        self.typed = typed.written.joined(separator: " ")
        typedWords = typed.folded
        self.named = named
        var forms: [(form: SearchForm, written: String)] = []
        if let form = SearchForm(words: typed.folded) { forms.append((form, self.typed)) }
        for words in names {
            // A name of one or two letters ("US") would find a pronoun; the typed words already stand for it.
            if words.folded.count == 1, words.folded[0].unicodeScalars.count < 3 { continue }
            if let form = SearchForm(words: words.folded, typed: false), !forms.contains(where: { $0.form == form }) {
                forms.append((form, words.text))
            }
        }
        // Of two forms that match the same words (لافروف and its stem افروف), the first is kept.
        let kept = forms.indices.filter { index in
            !forms.indices.contains { other in
                other != index && forms[index].form.isSubsumed(by: forms[other].form)
                    && (other < index || !forms[other].form.isSubsumed(by: forms[index].form))
            }
        }
        self.forms = kept.map { forms[$0].form }
        self.written = kept.map { forms[$0].written }
    }

    /// The other names searched for it, as written, besides what was typed: لافروف for "Lavrov".
    public var otherForms: [String] {
        zip(forms, written).filter { $0.0.words != typedWords }.map(\.1)
    }

    /// Any of the forms, for FTS5.
    var ftsExpression: String {
        forms.count == 1 ? forms[0].ftsExpression : "(" + forms.map(\.ftsExpression).joined(separator: " OR ") + ")"
    }
}
