/// Stage 3 of extraction: a part of a sentence with a verb of its own, as far as punctuation and a few words tell.
///
/// A trigger's arguments (who met, when, where) are looked for in its own clause first: in "Kenya's minister met
/// his Ugandan counterpart on Monday, after the two countries signed a trade pact in 2019", the year belongs to the
/// pact, and the day to the meeting.
struct Clause: Equatable {
    enum Kind: Equatable {
        /// The sentence's own statement.
        case main
        /// Introduced by a relative pronoun: "which was held in Doha", "الذي سيعقد", "qui se tiendra".
        case relative
        /// A clause that tells of another time than the main one: "since …", "after …", "كان قد …", "avait …".
        case background
        /// Someone's words: a clause of reporting ("the ministry said") or a quotation.
        case reported
        /// Between brackets.
        case aside
    }

    var range: Range<Int>
    var kind: Kind

    func contains(_ index: Int) -> Bool { range.contains(index) }
}
