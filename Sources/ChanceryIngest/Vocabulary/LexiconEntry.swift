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
    /// "spring", "l'automne", "الصيف": a season, by its first month.
    case season(Int)
    case weekday(Int)
    case relativeDay(Int)
    /// "على مدى يومين", "two-day", "de trois jours": how many days something lasts.
    case duration(days: Int)
    /// "the same day", "le même jour", "في اليوم نفسه": the day told just before; "the next day", "le lendemain",
    /// "في اليوم التالي": that day and as many more.
    case dayToldBefore(plus: Int)
    /// "الماضي", "dernier", "last": the nearest earlier one.
    case past
    /// "المقبل", "prochain", "next".
    case next
    /// "الجاري", "this", "en cours": the period of publication.
    case current
    /// A calendar period that "next", "last" or "this" turns into a date.
    case period(PeriodUnit)
    /// "the end of", "نهاية", "fin": still the period named.
    case periodEnd
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

/// A calendar period named relative to publication.
enum PeriodUnit: String, Hashable, Sendable {
    case month, week, year
}

/// How a meeting trigger was worded.
enum MeetingCue: String, Hashable, Sendable {
    /// Talks and encounters: "held talks", "met", "مباحثات", "s'est entretenu".
    case strong
    /// The subject hosts the object: "received", "استقبل", "a reçu", "called on".
    case reception
    /// An audience granted: "received in audience", "audience".
    case audience
    /// A summit of leaders.
    case summit
    /// A noun ("meeting", "اجتماع", "réunion") that a commission session or a signing in the same sentence absorbs.
    case generic
    /// A visit, in which officials usually meet.
    case visit
    /// A verb of discussion ("discussed", "بحث", "ont examiné"): what an encounter told before was about, or with two
    /// parties of its own and nothing told before, an encounter.
    case discussion
    case phone
    case video
    /// A modifier turning a meeting into a phone or video call ("هاتفيا", "by phone").
    case phoneModifier = "phone-modifier"
    case videoModifier = "video-modifier"

    /// True for the words that report an encounter by themselves, without a generic noun's weakness.
    var isStrong: Bool {
        switch self {
        case .strong, .reception, .audience, .summit, .phone, .video: true
        case .generic, .visit, .discussion, .phoneModifier, .videoModifier: false
        }
    }

    /// The mode a cue gives a meeting, if it gives one.
    var mode: MeetingMode? {
        switch self {
        case .phone, .phoneModifier: .phone
        case .video, .videoModifier: .video
        default: nil
        }
    }
}
