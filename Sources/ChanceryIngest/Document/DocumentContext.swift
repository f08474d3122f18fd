import ChanceryCore

/// What a whole document says that a frame falls back on when its own sentence does not: the two states the story
/// is about, the state it is written from, the day its lead gives.
final class DocumentContext {
    let table: MentionTable
    /// The two states named most, the lead counting double.
    let focus: [String]
    /// The state the story is written from: its dateline's, else the one state its untitled officials belong to.
    let home: String?

    init(_ table: MentionTable) {
        self.table = table
        var counts: [String: Int] = [:]
        let tokens = table.read.tokens
        let cues = table.lexicon.cues
        for m in table.mentions {
            // A state named as a place ("in Qingdao, east China", "بالقاهرة") is where, not who.
            if m.start > 0, table.cue(.place, m.start - 1) || tokens[m.start].isArabic && m.prefixLength > 0 && tokens[m.start].textHasPrefix("ب") {
                continue
            }
            // ("في مدينة قازان الروسية": the city's state, where, not who.)
            if table.adjectiveOfCity(m) || table.namesALanguage(m) { continue }
            let weight = tokens[m.start].sentence < 3 ? 2 : 1
            if let code = Self.stateOrOfficial(m, table: table) { counts[code, default: 0] += weight }
        }
        focus = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(2).map(\.key)
        home = table.dateline?.city?.country
    }

    private static func stateOrOfficial(_ m: Mention, table: MentionTable) -> String? {
        if let code = table.stateCode(m) { return code }
        if let index = m.first({ if case .official(let i) = $0 { return i } else { return nil } }) {
            let official = table.lexicon.gazetteer.holder(index, on: table.reference)
            return official.organization == nil ? official.country : nil
        }
        return nil
    }

    /// The states of the people the story names, the most often named first: its protagonist leads.
    lazy var statesByPeople: [String] = {
        let people = table.read.sentences.indices.flatMap { table.people(inSentence: $0) }.filter { $0.organization == nil }
        // Someone of no named state is of the state the story is filed from, as a party reading takes them; with no
        // dateline, of the state the story names most when none of its named people is of that state (the Belgian
        // minister the story follows, named without her state, among counterparts each named with theirs).
        let known = Set(people.compactMap(\.participant.country))
        let unplaced = home ?? focus.first.flatMap { known.contains($0) ? nil : $0 }
        if let unplaced, let first = people.first, first.participant.country == nil { unplacedProtagonist = (first.participant, unplaced) }
        var counts: [String: Int] = [:]
        for (n, person) in people.enumerated() {
            // (The person a story names first is the one it follows more often than not: they count double.)
            if let code = person.participant.country ?? unplaced { counts[code, default: 0] += n == 0 ? 2 : 1 }
        }
        // (Between states named as often, the one the story names most, its lead counting double.)
        let rank = { (code: String) in self.focus.firstIndex(of: code) ?? self.focus.count }
        return counts.sorted { a, b in
            a.value != b.value ? a.value > b.value : rank(a.key) != rank(b.key) ? rank(a.key) < rank(b.key) : a.key < b.key
        }.map(\.key)
    }()

    /// The first person the story names, when they are an organisation's official: the story follows them, so
    /// their office named alone in a later sentence ("استقبل الرئيس … الأمين العام") is they.
    lazy var organizationProtagonist: PersonMention? = {
        for s in table.read.sentences.indices {
            if let first = table.people(inSentence: s).first { return first.organization == nil ? nil : first }
        }
        return nil
    }()

    /// The states of the people the story names in full with a state, by the first and the last word of their name,
    /// for a later sentence that names them by one word ("Wang" for Wang Yi, "Hassan" for Samia Suluhu Hassan).
    /// A word two people of different states share names neither.
    lazy var stateByOneName: [String: String] = {
        var found: [String: String?] = [:]
        for s in table.read.sentences.indices {
            for person in table.people(inSentence: s) where person.organization == nil {
                guard let code = person.participant.country, code.count == 2 else { continue }
                // (As the tokens spell them, folded, which is how a later word is compared.)
                let tokens = person.nameRange.map { table.read.tokens[$0] }.filter { $0.kind == .word }
                guard tokens.count >= 2, !tokens[0].isArabic else { continue }
                let words = tokens.map(\.text)
                for word in Set([words[0], words[words.count - 1]]) where word.count >= 3 {
                    if let seen = found[word], seen != code { found[word] = .some(nil) } else { found[word] = code }
                }
            }
        }
        return found.compactMapValues { $0 }
    }()

    /// The person the story names first, named without a state, and the state `statesByPeople` gives them.
    private(set) var unplacedProtagonist: (person: Participant, state: String)?

    /// The state of the protagonist named without one, when `person` is they ("Helena Vasconcelos", "Vasconcelos").
    func protagonistState(of person: Participant) -> String? {
        _ = statesByPeople
        guard let (protagonist, state) = unplacedProtagonist else { return nil }
        let (a, b) = (protagonist.name.split(separator: " "), person.name.split(separator: " "))
        return a == b || (b.count < a.count && a.suffix(b.count).elementsEqual(b)) ? state : nil
    }

    /// Lines that are a date and nothing else ("Monday", "الخميس 12 مارس"), and sentences that open on a day
    /// ("Samedi a été consacré à l'Ukraine", "On Tuesday, the delegation toured the port"): they date what follows.
    lazy var headingDates: [(sentence: Int, date: PartialDate)] = {
        var headings: [(Int, PartialDate)] = []
        let tokens = table.read.tokens
        for (s, range) in table.read.sentences.enumerated() {
            let words = range.filter { tokens[$0].kind != .punct }
            guard !words.isEmpty, let item = table.dates(inSentence: s).first else { continue }
            // "Monday", "الخميس 12 مارس"; or a day and a colon before a heading's words: "Tuesday: the palace and the pens".
            let dateOnly = words.count <= 4
                && words.allSatisfy({ k in tokens[k].kind == .number || (max(range.lowerBound, k - 3)...k).contains { table.at[$0].map { $0.end > k } ?? false } })
            let titled = words.count <= 10 && item.start == range.lowerBound && (table.at[item.start].map { $0.end < range.upperBound && tokens[$0.end].text == ":" } ?? false)
            // (A day opening a sentence, or after one word before a day: "On Tuesday", "Le 3 mars", "يوم الأحد".)
            let opening = item.start - range.lowerBound <= 1 && (item.start == range.lowerBound || TokenWords.beforeAWeekday.contains(tokens[range.lowerBound])
                || TokenWords.articles.contains(tokens[range.lowerBound]))
            guard dateOnly || titled || opening else { continue }
            if let date = DateResolver.resolve(item.expression, published: table.reference, planned: false).0, date.precision == .day {
                headings.append((s, date))
            }
        }
        return headings
    }()

    /// Short lines that name a city and no act ("Tuesday: Tashkent", "Doha, première étape", "المحطة الثانية: الكويت"):
    /// the stage of a tour, where what follows took place.
    lazy var headingPlaces: [(sentence: Int, location: Location)] = {
        var headings: [(Int, Location)] = []
        let tokens = table.read.tokens
        // (Not above the story's first sentence: "THE ISLAMABAD CHRONICLE" is the masthead, not a stage.)
        var storyStarted = false
        for (s, range) in table.read.sentences.enumerated() {
            let words = range.filter { tokens[$0].kind != .punct }
            if words.count >= 5 { storyStarted = true }
            guard storyStarted, !words.isEmpty, words.count <= 6 else { continue }
            let mentions = table.mentions(inSentence: s)
            if mentions.contains(where: { m in m.has { entry in
                switch entry {
                case .meeting, .signing, .instrument, .session, .bodyHead: true
                default: false
                }
            } }) { continue }
            let cities = mentions.compactMap { table.city($0) }
            guard cities.count == 1, let city = cities.first else { continue }
            // (Not a dateline, "Putrajaya, 21 October 2026": the place the story is filed from, or a line with a full
            // date, is the release's, not a stage's.)
            if table.dateline?.city?.name == city.name { continue }
            if table.dates(inSentence: s).contains(where: { if case .absolute = $0.expression { true } else { false } }) { continue }
            headings.append((s, Location(name: city.name, country: city.code)))
        }
        return headings
    }()

    /// The state of the focus pair that is not `code`, when `code` is one of them.
    func partner(of code: String) -> String? {
        guard focus.count == 2, focus.contains(code) else { return nil }
        return focus.first { $0 != code }
    }

    /// The day the story's lead gives ("On Tuesday, April 4, …"), which dates its main event better than the
    /// publication does.
    lazy var leadDate: PartialDate? = {
        let splitter = ClauseSplitter(table: table)
        let tokens = table.read.tokens
        var leading = 0
        for s in table.read.sentences.indices where leading < 3 {
            let range = table.read.sentences[s]
            let words = range.filter { tokens[$0].kind != .punct }.count
            // (The page's date line, "Wednesday, April 30, 2025 | Dhu al-Qadah 2, 1446", or a byline's, is the day
            // of publication, not the lead's: the lead is the first sentence of some length after it.)
            if words <= 10, let stamp = table.dates(inSentence: s).first,
               let day = DateResolver.resolve(stamp.expression, published: table.reference, planned: false).0, day == table.reference {
                continue
            }
            // (Menus and section names are no lead either.)
            if words >= 5 { leading += 1 }
            // A date in a clause of another time ("كانت قد انعقدت … 2008", "since …") is not the lead's.
            let clauses = splitter.clauses(of: range)
            for item in table.dates(inSentence: s) where !clauses.contains(where: { $0.contains(item.start) && $0.kind != .main }) {
                switch item.expression {
                case .absolute(let d, _) where d.precision == .day: break
                case .dayMonth, .weekday, .relative: break
                default: continue
                }
                let (date, _) = DateResolver.resolve(item.expression, published: table.reference, planned: false)
                if let date, date.precision == .day, table.reference.map({ date <= $0 }) ?? true { return date }
            }
        }
        return nil
    }()
}
