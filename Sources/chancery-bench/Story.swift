import ChanceryCore

/// What one generated article is about: two states, one official of each, a place and a kind of event.
struct Story {
    /// The kinds of event an article leads with, covering every type, meeting mode and status.
    enum Lead: CaseIterable {
        case meeting, phoneCall, videoCall, plannedMeeting, agreement, commissionSession, plannedSession
    }

    let first: Nation
    let second: Nation
    let firstPerson: Person
    let secondPerson: Person
    /// The capital of one of the two states, where it happens.
    let city: (english: String, french: String, arabic: String)
    let lead: Lead
    let field: (english: String, french: String, arabic: String)
    /// How many instruments a signing has (1–3), and which kind.
    let instrumentCount: Int
    let instrumentIndex: Int
    /// The session number of a commission session (1–15).
    let ordinal: Int

    struct Person {
        let latin: String
        let arabic: String
        let office: CorpusVocabulary.Office

        func name(in language: Language) -> String { language == .arabic ? arabic : latin }
    }

    init(rng: inout SplitMix64) {
        let nations = CorpusVocabulary.nations
        let firstIndex = rng.below(nations.count)
        let secondIndex = (firstIndex + 1 + rng.below(nations.count - 1)) % nations.count
        first = nations[firstIndex]
        second = nations[secondIndex]
        // Mostly ministers meeting their counterparts; sometimes a head of state or an ambassador.
        let office = rng.chance(70) ? CorpusVocabulary.offices[0] : rng.pick(CorpusVocabulary.offices)
        firstPerson = Story.person(office: office, rng: &rng)
        secondPerson = Story.person(office: office, rng: &rng)
        city = rng.chance(50) ? first.capital : second.capital
        lead = rng.pick(Lead.allCases)
        field = rng.pick(CorpusVocabulary.fields)
        instrumentCount = 1 + rng.below(3)
        instrumentIndex = rng.below(7)
        ordinal = 1 + rng.below(15)
    }

    private static func person(office: CorpusVocabulary.Office, rng: inout SplitMix64) -> Person {
        let given = rng.pick(CorpusVocabulary.givenNames)
        let family = rng.pick(CorpusVocabulary.familyNames)
        return Person(latin: "\(given.latin) \(family.latin)", arabic: "\(given.arabic) \(family.arabic)", office: office)
    }
}

/// Sentences of one language: the lead event, a second signing, a background mention and filler.
protocol SentenceTemplates {
    /// The lead event of the story, on the day `date` says.
    func lead(_ story: Story, date: String, variant: Int) -> String
    /// A signing at the same visit, to give articles more than one event.
    func signing(_ story: Story, date: String, variant: Int) -> String
    /// An earlier event of the two states, known to the year only.
    func background(_ story: Story, year: String) -> String
    /// A sentence that reports no event.
    func filler(_ story: Story, variant: Int, number: Int) -> String
    /// The article's title.
    func title(_ story: Story) -> String
    /// The dateline that opens the article: place and publication day.
    func dateline(_ story: Story, published: String) -> String
}
