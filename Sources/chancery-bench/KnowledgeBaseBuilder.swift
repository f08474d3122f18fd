import ChanceryCore
import ChanceryStore

/// Builds a large knowledge base through the store (`Store.ingest(_:events:)` in batches):
/// synthetic documents, each carrying many synthetic events between pairs of states.
///
/// Every event is a distinct (country pair, type, day), so that none is merged into another
/// and the base holds exactly the number asked for.
struct KnowledgeBaseBuilder {
    let seed: UInt64
    let events: Int
    var eventsPerDocument = 250
    var documentsPerBatch = 20

    /// Corpus states first (so that MA and RU are among them), then others from the catalog, 60 in all.
    static let countries: [String] = {
        var codes = CorpusVocabulary.nations.map(\.code)
        for country in CountryCatalog.shared.countries where codes.count < 60 && !codes.contains(country.code) {
            codes.append(country.code)
        }
        return codes
    }()

    static let pairs: [(String, String)] = {
        var pairs: [(String, String)] = []
        for (index, first) in countries.enumerated() {
            for second in countries[(index + 1)...] { pairs.append((first, second)) }
        }
        return pairs
    }()

    static let firstDay = PartialDate(year: 1990, month: 1, day: 1)
    static let dayCount = 13_149  // 1990-01-01 to 2025-12-31

    /// Fills the store; returns the seconds it took.
    func build(into store: Store, progress: (Int) -> Void) throws {
        try store.prepareForIngest()
        var made = 0
        var documentIndex = 0
        while made < events {
            try store.beginBatch()
            for _ in 0..<documentsPerBatch where made < events {
                let count = min(eventsPerDocument, events - made)
                let batch = (made..<(made + count)).map(event)
                _ = try store.ingest(document(documentIndex), events: batch)
                made += count
                documentIndex += 1
            }
            try store.commitBatch()
            progress(made)
        }
    }

    /// How many officials each state has over the base's 36 years, as a real base would hold.
    static let peoplePerCountry = 12

    /// Official number `person` of the state `code`: a fixed name, so that actors recur across events.
    static func person(_ person: Int, of code: String) -> String {
        let country = countries.firstIndex(of: code) ?? 0
        let given = CorpusVocabulary.givenNames
        let family = CorpusVocabulary.familyNames
        return "\(given[(country * 3 + person) % given.count].latin) \(family[(country * 7 + person * 3) % family.count].latin)"
    }

    func document(_ index: Int) -> Document {
        let published = Self.firstDay?.adding(days: index % Self.dayCount)
        return Document(id: "kb-\(index)", language: "en", url: "https://bench.example/kb/\(index)",
                        title: "Knowledge-base digest \(index)", published: published,
                        text: "Synthetic digest number \(index) of seed \(seed), carrying many events for the query benchmark.")
    }

    /// Event number `index`: its (pair, type, day) is `index × P mod N`, distinct for every index below N.
    func event(_ index: Int) -> Event {
        let types = EventType.allCases
        let total = Self.pairs.count * types.count * Self.dayCount
        let combination = Int((UInt64(index) &* 1_000_003 &+ seed) % UInt64(total))
        let pair = Self.pairs[combination % Self.pairs.count]
        let type = types[(combination / Self.pairs.count) % types.count]
        let day = combination / (Self.pairs.count * types.count)
        var rng = SplitMix64(seed: seed, index: index)
        let date = Self.firstDay?.adding(days: day)
        let field = rng.pick(CorpusVocabulary.fields).english
        let nation = CorpusVocabulary.nations.first { $0.code == pair.0 }
        let location = rng.chance(50) ? nation.map { Location(name: $0.capital.english, country: $0.code) } : nil
        let role = rng.chance(80) ? "foreign minister" : rng.pick(CorpusVocabulary.offices).role
        let participants = [pair.0, pair.1].map { code in
            Participant(name: Self.person(rng.below(Self.peoplePerCountry), of: code), country: code, role: role)
        }
        let evidenceText = "\(participants[0].name) and \(participants[1].name) took part in a \(type.rawValue) on \(field)."
        let evidence = Evidence(text: evidenceText, start: 0, end: evidenceText.unicodeScalars.count)
        switch type {
        case .meeting:
            let mode: MeetingMode = rng.chance(80) ? .inPerson : (rng.chance(75) ? .phone : .video)
            return Event(type: type, date: date, countries: [pair.0, pair.1], location: location, participants: participants,
                         mode: mode, confidence: 0.8, evidence: evidence)
        case .agreement:
            return Event(type: type, date: date, countries: [pair.0, pair.1], location: location, participants: participants,
                         instrument: rng.pick(Instrument.allCases), count: 1 + rng.below(3), title: "cooperation in \(field)",
                         confidence: 0.8, evidence: evidence)
        case .commissionSession:
            return Event(type: type, date: date, countries: [pair.0, pair.1], location: location, participants: participants,
                         body: "Joint Commission", ordinal: 1 + rng.below(20), confidence: 0.8, evidence: evidence)
        }
    }
}
