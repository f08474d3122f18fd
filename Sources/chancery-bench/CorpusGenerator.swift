import ChanceryCore

/// One generated article, in the fields of the JSON Lines input format.
struct GeneratedDocument {
    let id: String
    let language: Language
    let url: String
    let title: String
    let published: PartialDate
    let text: String
}

/// Writes news articles from our own templates, deterministically: the same seed and index
/// give the same bytes. Each article is about 1.5 KB and covers, across a corpus, every event
/// type, meeting mode, status, date form and nationality form in Arabic, French and English.
struct CorpusGenerator {
    let seed: UInt64
    /// The size an article grows to, in UTF-8 bytes (give or take a sentence).
    var targetBytes = 1_400

    /// Article number `index`; any article can be generated on its own.
    func document(_ index: Int) -> GeneratedDocument {
        var rng = SplitMix64(seed: seed, index: index)
        let language = Language.allCases[index % 3]
        let published = PartialDate(year: 2015, month: 1, day: 1)?.adding(days: rng.below(4_000))
            ?? PartialDate(year: 2020, month: 1, day: 1)!  // 2020-01-01 is a valid date.
        let story = Story(rng: &rng)
        let templates = Self.templates(for: language)
        let dates = DateWriter(language: language, published: published)

        var paragraphs: [String] = []
        if rng.chance(60) { paragraphs.append(templates.dateline(story, published: published.description)) }
        let planned = story.lead == .plannedMeeting || story.lead == .plannedSession
        let when = planned ? dates.future(rng: &rng) : dates.phrase(rng.pick(DateForm.allCases), rng: &rng)
        paragraphs.append(templates.lead(story, date: when.text, variant: rng.below(6)))
        if !planned, story.lead != .agreement, rng.chance(35) {
            paragraphs.append(templates.signing(story, date: when.text, variant: rng.below(6)))
        }
        if rng.chance(25) {
            paragraphs.append(templates.background(story, year: dates.year(published.year - 1 - rng.below(10))))
        }
        var size = paragraphs.reduce(0) { $0 + $1.utf8.count + 2 }
        let target = targetBytes + rng.below(200)
        var variant = rng.below(6)
        while size < target {
            let sentence = templates.filler(story, variant: variant, number: 2 + rng.below(40))
            paragraphs.append(sentence)
            size += sentence.utf8.count + 2
            variant += 1 + rng.below(2)
        }
        return GeneratedDocument(
            id: "bench-\(language.rawValue)-\(index)", language: language,
            url: "https://bench.example/\(language.rawValue)/\(index)", title: templates.title(story),
            published: published, text: paragraphs.joined(separator: "\n\n")
        )
    }

    static func templates(for language: Language) -> any SentenceTemplates {
        switch language {
        case .english: EnglishTemplates()
        case .french: FrenchTemplates()
        case .arabic: ArabicTemplates()
        }
    }
}

extension GeneratedDocument {
    /// The article as ChanceryCore's input type.
    var document: Document {
        Document(id: id, language: language.rawValue, url: url, title: title, published: published, text: text)
    }
}
