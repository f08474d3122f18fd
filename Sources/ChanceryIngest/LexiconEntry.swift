import ChanceryCore

/// What a phrase of the lexicon means; one phrase can mean several things ("الجزائر": a country and a city).
enum LexiconEntry: Hashable, Sendable {
    case country(String)
    case nationality(String)
    /// The first half of a joined pair: "franco-", "sino-".
    case nationalityPrefix(String)
    case city(country: String, name: String)
    case organization(String)
    /// An index into `Gazetteer.officials`.
    case official(Int)
    case meeting(MeetingCue)
    case signing
    case instrument(Instrument, count: Int?)
    /// Head noun of a standing body: "لجنة", "commission", "council".
    case bodyHead(display: String)
    /// A word that makes a body joint or high-level: "المشتركة", "mixte", "joint".
    case bodyQualifier
    /// A word that makes a body's mention a session: "الدورة", "session", "round", "أعمال".
    case session
    case role(String)
    case counterpart
    case honorific
    case month(Int)
    case weekday(Int)
    case relativeDay(Int)
    /// "الماضي", "dernier", "last": the nearest earlier one.
    case past
    /// "المقبل", "prochain", "next".
    case next
    case planned
    case negation
    case number(Int)
    case ordinal(Int)
    case yearWord
    /// Words that end a name: prepositions, time-of-day words, pronouns.
    case stop
    /// Words after an instrument that introduce its subject: "في مجال", "on", "pour".
    case subject
}

/// How a meeting trigger was worded.
enum MeetingCue: Hashable, Sendable {
    /// A strong trigger: talks, received, met.
    case strong
    /// A generic noun ("meeting", "اجتماع", "réunion") that a commission session in the same sentence absorbs.
    case generic
    case phone
    case video
    /// A modifier turning a meeting into a phone or video call ("هاتفي", "by phone").
    case phoneModifier
    case videoModifier
}
