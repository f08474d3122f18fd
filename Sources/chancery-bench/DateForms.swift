import ChanceryCore

/// The ways a news article says when something happened, each of which the corpus must exercise.
enum DateForm: CaseIterable {
    /// "on 16 October 2025", "le 16 octobre 2025", "يوم 16 أكتوبر 2025"
    case fullDate
    /// "on Thursday, 16 October 2025"
    case weekdayAndDate
    /// "yesterday", "hier", "أمس"
    case yesterday
    /// "today", "aujourd'hui", "اليوم"
    case today
    /// "on Tuesday": a day of the past week, resolved against publication
    case weekday
    /// "in October 2025"
    case monthAndYear
    /// "from 20 to 22 October 2025"
    case range
    /// "2025-10-16", as agencies write in datelines
    case iso
}

/// A date phrase and the date it stands for.
struct DatePhrase {
    let text: String
    let date: PartialDate?
}

/// Writes dates in English, French and Arabic in every `DateForm`, relative ones against a publication day.
struct DateWriter {
    let language: Language
    let published: PartialDate

    /// The phrase for `form`, choosing the event day relative to publication where the form needs it.
    func phrase(_ form: DateForm, rng: inout SplitMix64) -> DatePhrase {
        let past = published.adding(days: -(2 + rng.below(5))) ?? published
        switch form {
        case .fullDate:
            return DatePhrase(text: prefixOn + day(past, rng: &rng), date: past)
        case .weekdayAndDate:
            return DatePhrase(text: prefixOn + weekdayName(past) + comma + day(past, rng: &rng), date: past)
        case .yesterday:
            let date = published.adding(days: -1)
            return DatePhrase(text: language.pick(en: "yesterday", fr: "hier", ar: "أمس"), date: date)
        case .today:
            return DatePhrase(text: language.pick(en: "today", fr: "aujourd'hui", ar: "اليوم"), date: published)
        case .weekday:
            return DatePhrase(text: language.pick(en: "on ", fr: "", ar: "يوم ") + weekdayName(past), date: past)
        case .monthAndYear:
            let month = PartialDate(year: past.year, month: past.month)
            return DatePhrase(text: language.pick(en: "in ", fr: "en ", ar: "في ") + monthYear(past, rng: &rng), date: month)
        case .range:
            let end = past.adding(days: 1 + rng.below(2)) ?? past
            return DatePhrase(text: range(past, end, rng: &rng), date: past)
        case .iso:
            return DatePhrase(text: language.pick(en: "on ", fr: "le ", ar: "بتاريخ ") + past.description, date: past)
        }
    }

    /// A day after publication, for announced events: "tomorrow", "on 3 November 2025", "in November 2025".
    func future(rng: inout SplitMix64) -> DatePhrase {
        let later = published.adding(days: 3 + rng.below(40)) ?? published
        switch rng.below(3) {
        case 0:
            return DatePhrase(text: language.pick(en: "tomorrow", fr: "demain", ar: "غدا"), date: published.adding(days: 1))
        case 1:
            return DatePhrase(text: prefixOn + day(later, rng: &rng), date: later)
        default:
            let month = PartialDate(year: later.year, month: later.month)
            return DatePhrase(text: language.pick(en: "in ", fr: "en ", ar: "في ") + monthYear(later, rng: &rng), date: month)
        }
    }

    /// A year alone, for background mentions: "in 2016", "en 2016", "عام 2016".
    func year(_ year: Int) -> String {
        language.pick(en: "in \(year)", fr: "en \(year)", ar: "عام \(year)")
    }

    private var prefixOn: String { language.pick(en: "on ", fr: "le ", ar: "يوم ") }
    private var comma: String { language.pick(en: ", ", fr: " ", ar: " ") }

    private func weekdayName(_ date: PartialDate) -> String {
        let index = (date.weekday ?? 1) - 1
        return language.pick(en: CorpusVocabulary.englishWeekdays[index], fr: CorpusVocabulary.frenchWeekdays[index],
                             ar: CorpusVocabulary.arabicWeekdays[index])
    }

    private func monthName(_ month: Int, rng: inout SplitMix64) -> String {
        let index = month - 1
        switch language {
        case .english: return CorpusVocabulary.englishMonths[index]
        case .french: return CorpusVocabulary.frenchMonths[index]
        case .arabic: return rng.pick(CorpusVocabulary.arabicMonths)[index]
        }
    }

    /// Digits as the language writes them; Arabic articles use Arabic-Indic digits about a third of the time.
    private func number(_ value: Int, indic: Bool) -> String {
        let text = String(value)
        guard indic else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map {
            Unicode.Scalar($0.value - 0x30 + 0x0660) ?? $0
        }))
    }

    private func day(_ date: PartialDate, rng: inout SplitMix64) -> String {
        let dayNumber = date.day ?? 1
        let month = monthName(date.month ?? 1, rng: &rng)
        switch language {
        case .english:
            return rng.chance(50) ? "\(dayNumber) \(month) \(date.year)" : "\(month) \(dayNumber), \(date.year)"
        case .french:
            return (dayNumber == 1 ? "1er" : String(dayNumber)) + " \(month) \(date.year)"
        case .arabic:
            let indic = rng.chance(33)
            return "\(number(dayNumber, indic: indic)) \(month) \(number(date.year, indic: indic))"
        }
    }

    private func monthYear(_ date: PartialDate, rng: inout SplitMix64) -> String {
        "\(monthName(date.month ?? 1, rng: &rng)) \(date.year)"
    }

    private func range(_ start: PartialDate, _ end: PartialDate, rng: inout SplitMix64) -> String {
        let first = start.day ?? 1
        let last = end.day ?? first
        let month = monthName(end.month ?? 1, rng: &rng)
        if end.month != start.month {
            // Across a month's end: write both days in full.
            return language.pick(en: "from ", fr: "du ", ar: "من ") + day(start, rng: &rng)
                + language.pick(en: " to ", fr: " au ", ar: " إلى ") + day(end, rng: &rng)
        }
        switch language {
        case .english: return "on \(month) \(first)-\(last), \(end.year)"
        case .french: return "du \(first) au \(last) \(month) \(end.year)"
        case .arabic: return "من \(first) إلى \(last) \(month) \(end.year)"
        }
    }
}

/// The three languages of the corpus.
enum Language: String, CaseIterable {
    case arabic = "ar", french = "fr", english = "en"

    /// The text for this language among three.
    func pick(en: String, fr: String, ar: String) -> String {
        switch self {
        case .english: en
        case .french: fr
        case .arabic: ar
        }
    }
}
