/// English sentence templates, written for this benchmark.
struct EnglishTemplates: SentenceTemplates {
    private static let instruments = [
        ("memorandum of understanding", "memoranda of understanding"), ("agreement", "agreements"), ("treaty", "treaties"),
        ("convention", "conventions"), ("protocol", "protocols"), ("joint declaration", "joint declarations"),
        ("executive programme", "executive programmes"),
    ]
    private static let counts = ["a", "two", "three"]

    func lead(_ story: Story, date: String, variant: Int) -> String {
        let (a, b) = (story.first, story.second)
        let (p, q) = (story.firstPerson, story.secondPerson)
        switch story.lead {
        case .meeting:
            switch variant % 3 {
            case 0: return "\(a.englishAdjective) \(p.office.english) \(p.latin) held talks with his \(b.englishAdjective) counterpart \(q.latin) in \(story.city.english) \(date), the ministry said in a statement."
            case 1: return "\(p.latin), the \(a.englishAdjective) \(p.office.english.lowercased()), received \(b.englishAdjective) \(q.office.english) \(q.latin) in \(story.city.english) \(date)."
            default: return "\(a.englishAdjective)-\(b.englishAdjective) talks took place in \(story.city.english) \(date) between \(p.latin) and \(q.latin), the \(p.office.english.lowercased())s of \(a.english) and \(b.english)."
            }
        case .phoneCall:
            return "\(a.englishAdjective) \(p.office.english) \(p.latin) had a phone call \(date) with his \(b.englishAdjective) counterpart \(q.latin), according to the ministry."
        case .videoCall:
            return "\(p.latin) and \(q.latin), the \(p.office.english.lowercased())s of \(a.english) and \(b.english), held talks by video conference \(date)."
        case .plannedMeeting:
            return "\(a.englishAdjective) \(p.office.english) \(p.latin) is scheduled to meet his \(b.englishAdjective) counterpart \(q.latin) in \(story.city.english) \(date), officials said."
        case .agreement:
            return signing(story, date: date, variant: variant)
        case .commissionSession:
            return "The \(Self.ordinal(story.ordinal)) session of the \(a.englishAdjective)-\(b.englishAdjective) Joint Commission was held in \(story.city.english) \(date), co-chaired by \(p.latin) and \(q.latin)."
        case .plannedSession:
            return "The \(Self.ordinal(story.ordinal)) session of the joint committee of \(a.english) and \(b.english) will be held in \(story.city.english) \(date), with \(p.latin) and \(q.latin) as co-chairs."
        }
    }

    func signing(_ story: Story, date: String, variant: Int) -> String {
        let instrument = Self.instruments[story.instrumentIndex]
        let count = story.instrumentCount
        let what = count == 1 ? "\(Self.article(instrument.0)) \(instrument.0)" : "\(Self.counts[count - 1]) \(instrument.1)"
        if variant % 2 == 0 {
            return "\(story.first.english.capitalizedFirst) and \(story.second.english) signed \(what) on \(story.field.english) in \(story.city.english) \(date), in the presence of \(story.firstPerson.latin) and \(story.secondPerson.latin)."
        }
        return "\(story.firstPerson.latin) and his \(story.second.englishAdjective) counterpart \(story.secondPerson.latin) signed \(what) in the field of \(story.field.english) \(date)."
    }

    func background(_ story: Story, year: String) -> String {
        "The two countries signed a first agreement on \(story.field.english) \(year), officials recalled."
    }

    func filler(_ story: Story, variant: Int, number: Int) -> String {
        switch variant % 6 {
        case 0: return "The two sides reviewed cooperation in \(story.field.english) and ways to broaden it."
        case 1: return "Trade between the two countries reached \(number) billion dollars last year, according to official figures."
        case 2: return "Both officials also exchanged views on regional and international questions of shared interest."
        case 3: return "\(story.firstPerson.latin) said his country was ready to deepen its partnership with \(story.second.english) in \(story.field.english)."
        case 4: return "A joint press conference followed, in which both sides praised the level of coordination between their administrations."
        default: return "Business leaders from both countries accompanied the delegations, and \(number) companies took part in a forum on investment."
        }
    }

    func title(_ story: Story) -> String {
        "\(story.first.english.capitalizedFirst) and \(story.second.english): \(story.firstPerson.latin) and \(story.secondPerson.latin) in \(story.city.english)"
    }

    func dateline(_ story: Story, published: String) -> String {
        "\(story.city.english.uppercased()), \(published) -"
    }

    static func ordinal(_ number: Int) -> String {
        let words = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
        if number <= words.count { return words[number - 1] }
        switch number % 10 {
        case 1 where number % 100 != 11: return "\(number)st"
        case 2 where number % 100 != 12: return "\(number)nd"
        case 3 where number % 100 != 13: return "\(number)rd"
        default: return "\(number)th"
        }
    }

    private static func article(_ noun: String) -> String {
        noun.first.map { "aeiou".contains($0) } == true ? "an" : "a"
    }
}

extension String {
    /// The string with its first letter upper-cased ("the United Kingdom" → "The United Kingdom").
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
