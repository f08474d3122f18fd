import ChanceryCore

/// A date expression found in a sentence, with its first token.
struct DateMention {
    let start: Int
    let expression: DateExpression
}

/// Stage 2 of extraction: what a document's words name, each with its span.
///
/// Lexicon phrases (states, cities, organisations, officials, triggers, titles, status and negation markers, months)
/// are found in one pass over the whole text. People and dates are read per sentence when a later stage first asks
/// for them: most sentences of a story name no event, and their people are never needed.
final class MentionTable {
    let read: ReadDocument
    let lexicon: Lexicon
    let mentions: [Mention]
    let at: MentionIndex
    let dateline: Dateline?
    /// The day the story speaks from: the publication date, or the dateline's day when it is finer or the
    /// publication date is missing.
    let reference: PartialDate?
    /// `sentenceMentions[s]`: the positions in `mentions` of the mentions that start in sentence `s`.
    private let sentenceMentions: [Range<Int>]
    private var peopleBySentence: [Int: [PersonMention]] = [:]
    /// The cue kinds of each token (`Cues.kinds(of:)`), worked out when first asked; the last bit marks them known.
    private var cueKinds: [CueKinds]
    private var datesBySentence: [Int: [DateMention]] = [:]

    init(_ read: ReadDocument, lexicon: Lexicon) {
        self.read = read
        self.lexicon = lexicon
        mentions = MentionScanner.mentions(in: read.tokens, folded: read.folded.scalars, lexicon: lexicon)
        at = MentionIndex(mentions)
        var ranges = [Range<Int>](repeating: 0..<0, count: read.sentences.count)
        var runStart = 0
        while runStart < mentions.count {
            let sentence = read.tokens[mentions[runStart].start].sentence
            var runEnd = runStart + 1
            while runEnd < mentions.count, read.tokens[mentions[runEnd].start].sentence == sentence { runEnd += 1 }
            if sentence < ranges.count { ranges[sentence] = runStart..<runEnd }
            runStart = runEnd
        }
        sentenceMentions = ranges
        cueKinds = [CueKinds](repeating: CueKinds(), count: read.tokens.count)
        let dateline = Dateline.find(in: read, mentions: at)
        self.dateline = dateline
        reference = Self.reference(published: read.document.published, dateline: dateline?.date)
    }

    /// True when token `k` is a one-word cue of `kind`: what the readers ask of the tokens near every trigger.
    @inline(__always)
    func cue(_ kind: CueKind, _ k: Int) -> Bool {
        var kinds = cueKinds[k]
        if kinds.isEmpty {
            kinds = lexicon.cues.kinds(of: read.tokens[k])
            kinds.insert(bit: CueKinds.capacity)
            cueKinds[k] = kinds
        }
        return kinds.contains(kind)
    }

    /// The length of the cue of `kind`, a phrase or one word, that starts at token `k` and ends by `limit`.
    func cueLength(_ kind: CueKind, at k: Int, limit: Int) -> Int? {
        lexicon.cues.match(kind, in: read.tokens, at: k, limit: limit)
    }

    /// The publication day, unless the dateline gives a finer or the only date, or files the story a few days earlier.
    static func reference(published: PartialDate?, dateline: PartialDate?) -> PartialDate? {
        guard let dateline, dateline.precision == .day else { return published ?? dateline }
        guard let published else { return dateline }
        if published.precision != .day { return published.contains(dateline) ? dateline : published }
        if let later = dateline.adding(days: 3), dateline <= published, published <= later { return dateline }
        return published
    }

    /// The mentions starting in sentence `s`.
    func mentions(inSentence s: Int) -> ArraySlice<Mention> {
        s < sentenceMentions.count ? mentions[sentenceMentions[s]] : []
    }

    /// The people named in sentence `s`, read once: with a title or as a known office holder, and by the surname of
    /// someone the document names in full elsewhere ("Shoukry said", "والتقى بوريطة").
    func people(inSentence s: Int) -> [PersonMention] {
        if let known = peopleBySentence[s] { return known }
        var found = titledPeople(inSentence: s)
        // "M. Mahamat Saleh" after "Abakar Mahamat Saleh, ministre … du Tchad": the person the document names in full
        // wins over an office holder of another state with that surname (Eritrea's Osman Saleh).
        for (k, person) in found.enumerated() where person.countryCue == "an office holder's surname" && person.nameRange.count >= 2 {
            guard !surnames.isEmpty, let full = surnames[read.tokens[person.nameRange.upperBound - 1].text],
                  full.nameRange != person.nameRange, let country = full.participant.country, country != person.participant.country else { continue }
            let words = Set(person.participant.name.split(separator: " ").map(String.init))
            guard words.isSubset(of: Set(full.participant.name.split(separator: " ").map(String.init))) else { continue }
            found[k].participant.country = country
            found[k].countryCue = "named in full elsewhere"
        }
        // "Mr Dar", "M. Bourita": a surname after an honorific alone is the person the document names in full.
        for (k, person) in found.enumerated() where person.participant.country == nil && person.organization == nil && person.nameRange.count == 1 {
            guard !surnames.isEmpty, let full = surnames[read.tokens[person.nameRange.lowerBound].text], full.nameRange != person.nameRange else { continue }
            found[k].participant = Participant(name: full.participant.name, country: full.participant.country,
                                               role: person.participant.role ?? full.participant.role)
            found[k].organization = full.organization
            found[k].countryCue = "named in full elsewhere"
        }
        // "Prince Faisal", "الشيخ محمد": a royal is named again by an honorific and his given name.
        for (k, person) in found.enumerated() where person.participant.country == nil && person.nameRange.count == 1 && person.organization == nil {
            guard !surnames.isEmpty, let full = givenNames[read.tokens[person.nameRange.lowerBound].text] else { continue }
            found[k].participant = Participant(name: full.participant.name, country: full.participant.country,
                                               role: person.participant.role ?? full.participant.role)
            found[k].countryCue = "named in full elsewhere"
        }
        if s < read.sentences.count, !surnames.isEmpty {
            let tokens = read.tokens
            for k in read.sentences[s] where tokens[k].kind == .word && !found.contains(where: { $0.span.contains(k) }) {
                guard tokens[k].isArabic || tokens[k].capitalized, let person = surname(at: k) else { continue }
                // Part of a longer name ("Ali Bourita"), or a word of the lexicon ("Chad"): not the same person.
                if k > read.sentences[s].lowerBound, tokens[k - 1].kind == .word, tokens[k - 1].capitalized, !tokens[k].isArabic { continue }
                if let m = at[k], !m.has({ if case .official = $0 { true } else { false } }), !namesByNisba(m, k, sentence: s) { continue }
                var mention = PersonMention(participant: person.participant, nameRange: k..<(k + 1), organization: person.organization)
                mention.countryCue = "named in full elsewhere"
                found.append(mention)
            }
            found.sort { $0.nameRange.lowerBound < $1.nameRange.lowerBound }
        }
        peopleBySentence[s] = found
        return found
    }

    /// True when an Arabic word of nationality is a surname ("والتقى السوداني", "زيارة السوداني"): an adjective takes
    /// the article of the noun it qualifies ("الرئيس السوداني"), so one after a word without it is a name.
    private func namesByNisba(_ m: Mention, _ k: Int, sentence s: Int) -> Bool {
        guard read.tokens[k].isArabic, m.length == 1, m.has({ if case .nationality = $0 { true } else { false } }) else { return false }
        // First in its sentence, or after a mark ('أن "السوداني سيعقد'): no noun for it to qualify.
        guard k > read.sentences[s].lowerBound, read.tokens[k - 1].kind == .word else { return read.tokens[k].textHasPrefix("ال") }
        let before = read.tokens[k - 1]
        // ("والتقى" is a verb, whatever its first letters.)
        let verb = at[k - 1]?.has({ if case .meeting = $0 { true } else { $0 == .signing } }) ?? false
        let definite = before.textHasPrefix("ال") || before.textHasPrefix("وال") || before.textHasPrefix("بال") || before.textHasPrefix("لل")
        return before.kind == .word && (verb || !definite) && read.tokens[k].textHasPrefix("ال")
            && !(max(0, k - 3)..<k).contains { j in (at[j].map { $0.end >= k && $0.has({ if case .role = $0 { true } else { false } }) }) ?? false }
    }

    /// An Arabic word without a conjunction و/ف and a preposition ب/ل before it: "وبوريطة" is بوريطة.
    static func withoutProclitics(_ text: String) -> [String] {
        var forms: [String] = []
        var stems = [Substring(text)]
        if let first = text.first, first == "و" || first == "ف", text.unicodeScalars.count > 3 { stems.append(text.dropFirst()) }
        for stem in stems {
            if stem.startIndex != text.startIndex { forms.append(String(stem)) }
            if let first = stem.first, first == "ب" || first == "ل", stem.unicodeScalars.count > 3 { forms.append(String(stem.dropFirst())) }
        }
        return forms
    }

    private func titledPeople(inSentence s: Int) -> [PersonMention] {
        if let known = titledBySentence[s] { return known }
        var finder = PersonFinder(read: read, mentionAt: at, lexicon: lexicon, date: reference)
        // (Only a sentence naming an office holder needs it: its dates are read otherwise only for its triggers.)
        if s < read.sentences.count, mentions(inSentence: s).contains(where: { m in m.has { if case .official = $0 { true } else { false } } }) {
            finder.sentenceDate = dates(inSentence: s).lazy.compactMap { item -> PartialDate? in
                guard case .year(let year) = item.expression else {
                    if case .absolute(let day, _) = item.expression { return day }
                    return nil
                }
                return PartialDate(year: year)
            }.first { day in self.reference.map { day.lastDay < $0.firstDay } ?? false }
        }
        let found = s < read.sentences.count ? finder.people(in: read.sentences[s]) : []
        titledBySentence[s] = found
        return found
    }

    private var titledBySentence: [Int: [PersonMention]] = [:]

    /// People the document names in full, by the last word of their name; a surname two people share is left out.
    /// The person a token names by surname, as written or after a proclitic (و، ف، ب، ل).
    private func surname(at k: Int) -> PersonMention? {
        // A word is asked about at each of its occurrences: the answer is kept for its spelling.
        let spelling = read.tokens[k].sameSpellingAs
        if let known = surnameBySpelling[spelling] { return known }
        let found = lookUpSurname(at: k)
        surnameBySpelling[spelling] = .some(found)
        return found
    }

    private var surnameBySpelling: [Int: PersonMention?] = [:]

    private func lookUpSurname(at k: Int) -> PersonMention? {
        let token = read.tokens[k]
        if token.isSimple, !surnamesByHash.isEmpty {
            let scalars = token.text.unicodeScalars
            func find(dropping prefix: Int) -> PersonMention? {
                if prefix == 0 {
                    return surnamesByHash[token.scalarHash]?.first { $0.key.unicodeScalars.elementsEqual(scalars) }?.person
                }
                var hasher = ScalarHasher()
                for scalar in scalars.dropFirst(prefix) { hasher.combine(scalar.value) }
                return surnamesByHash[hasher.value]?.first { $0.key.unicodeScalars.elementsEqual(scalars.dropFirst(prefix)) }?.person
            }
            if let person = find(dropping: 0) { return person }
            guard token.isArabic, let first = scalars.first, "وفبل".unicodeScalars.contains(first), scalars.count > 3 else { return nil }
            if let person = find(dropping: 1) { return person }
            if "وف".unicodeScalars.contains(first), let second = scalars.dropFirst().first, "بل".unicodeScalars.contains(second) { return find(dropping: 2) }
            return nil
        }
        if let person = surnames[token.text] { return person }
        return token.isArabic ? Self.withoutProclitics(token.text).lazy.compactMap { self.surnames[$0] }.first : nil
    }

    /// `surnames` by the scalar hash of each key, for tokens of simple scalars: no `String` is hashed or made.
    private lazy var surnamesByHash: [Int: [(key: String, person: PersonMention)]] = {
        var index: [Int: [(key: String, person: PersonMention)]] = [:]
        for (key, person) in surnames {
            var hasher = ScalarHasher()
            for scalar in key.unicodeScalars { hasher.combine(scalar.value) }
            index[hasher.value, default: []].append((key, person))
        }
        return index
    }()

    /// People the document names in full, by the first word of their name, where no two share it.
    private lazy var givenNames: [String: PersonMention] = {
        var index: [String: PersonMention] = [:]
        var shared: Set<String> = []
        for person in surnames.values where person.nameRange.count >= 2 {
            let key = read.tokens[person.nameRange.lowerBound].text
            if let known = index[key], known.participant.name != person.participant.name { shared.insert(key) }
            if index[key] == nil { index[key] = person }
        }
        for key in shared { index[key] = nil }
        return index
    }()

    private lazy var surnames: [String: PersonMention] = {
        var index: [String: PersonMention] = [:]
        var shared: Set<String> = []
        for s in read.sentences.indices where mentions(inSentence: s).contains(where: { m in
            m.has { entry in
                switch entry {
                case .role, .official, .honorific, .counterpart: true
                default: false
                }
            }
        }) {
            for person in titledPeople(inSentence: s) where person.nameRange.count >= 2 && (person.participant.country != nil || person.organization != nil) {
                let key = read.tokens[person.nameRange.upperBound - 1].text
                guard key.unicodeScalars.count >= 3 else { continue }
                if let known = index[key], known.participant.name != person.participant.name { shared.insert(key) }
                if index[key] == nil { index[key] = person }
            }
        }
        for key in shared { index[key] = nil }
        return index
    }()

    /// True for the adjective of a language: "la langue française", "the French language", "باللغة العربية".
    func namesALanguage(_ m: Mention) -> Bool {
        guard m.has({ if case .nationality = $0 { true } else { false } }) else { return false }
        let tokens = read.tokens
        if m.start > 0, cue(.languageNoun, m.start - 1) { return true }
        return m.end < tokens.count && !tokens[m.start].isArabic && cue(.languageNoun, m.end)
    }

    /// True for an Arabic adjective of state just after a city: "في مدينة قازان الروسية" says where, not who.
    func adjectiveOfCity(_ m: Mention) -> Bool {
        guard m.start > 0, read.tokens[m.start].isArabic, m.has({ if case .nationality = $0 { true } else { false } }),
              let before = (max(0, m.start - 3)..<m.start).last(where: { at[$0] != nil }).flatMap({ at[$0] }) else { return false }
        return before.end == m.start && city(before) != nil && stateCode(before) == nil
    }

    /// Acronyms the document gives its bodies, "the Joint Commission on Bilateral Cooperation (JCBC)", "la Rencontre de
    /// haut niveau (RHN)": their folded text, so that "the next meeting of the JCBC" is that body's.
    lazy var bodyAcronyms: Set<String> = {
        var found: Set<String> = []
        let tokens = read.tokens
        for m in mentions where m.has({ if case .bodyHead = $0 { true } else { false } }) {
            var k = m.end
            while k < tokens.count, k - m.end < 12, tokens[k].text != "(", !tokens[k].isBreak, tokens[k].text != "." { k += 1 }
            guard k + 2 < tokens.count, tokens[k].text == "(", tokens[k + 1].allCaps, tokens[k + 1].text.count >= 2,
                  tokens[k + 2].text == ")" else { continue }
            found.insert(tokens[k + 1].text)
        }
        return found
    }()

    /// The date expressions of sentence `s`, read once; the dateline's are left out.
    func dates(inSentence s: Int) -> [DateMention] {
        if let known = datesBySentence[s] { return known }
        guard s < read.sentences.count else { return [] }
        let found = DateResolver.expressions(in: read.tokens, range: read.sentences[s], mentions: at)
            .filter { !(dateline?.tokens.contains($0.0) ?? false) }
            .map { DateMention(start: $0.0, expression: $0.1) }
        datesBySentence[s] = found
        return found
    }

    /// True when a weekday told after a verb of reporting ("a indiqué lundi", "said on Friday") is not the day the
    /// story speaks from: its "now" is then another day than the publication's, and a weekday it names is known only
    /// to its month.
    /// That other day, when the weekday after the verb of reporting names one ("a annoncé mercredi soir" in a story
    /// published on Thursday): what the story tells by a weekday is counted from it.
    lazy var storyDay: PartialDate? = {
        guard let reference, reference.precision == .day else { return nil }
        let tokens = read.tokens
        for s in read.sentences.indices {
            for item in dates(inSentence: s) {
                guard case .weekday = item.expression else { continue }
                var k = item.start - 1
                while k >= read.sentences[s].lowerBound, TokenWords.beforeAWeekday.contains(tokens[k]) { k -= 1 }
                guard k >= read.sentences[s].lowerBound, lexicon.cues.word(.reporting, tokens[k]) else { continue }
                if let day = DateResolver.resolve(item.expression, published: reference, planned: false).0, day != reference { return day }
            }
        }
        return nil
    }()

    /// The state a mention names as a country or a nationality (not as a city).
    ///
    /// A name that is a city of one state and the name of another ("عمان": Amman or Oman) is the city, unless the
    /// text says "سلطنة عمان" or writes it after a title ("وزير خارجية عمان").
    func stateCode(_ m: Mention) -> String? {
        guard let code = m.first({ entry -> String? in
            switch entry {
            case .nationality(let c), .country(let c), .nationalityPrefix(let c): c
            default: nil
            }
        }) else { return nil }
        // "la question du Sahara occidental", "Greenland's minister": a territory that is no state is no party.
        if lexicon.gazetteer.territories.contains(code) { return nil }
        if PersonFinder.isFamilyNisba(m.start, tokens: read.tokens, mentionAt: at, cues: lexicon.cues) { return nil }
        // "المحيط الهندي", "the Indian Ocean", "le golfe de Guinée": a sea or a region named after a state.
        if m.start > 0, cue(.geography, m.start - 1) || m.start > 1 && TokenWords.ofWords.contains(read.tokens[m.start - 1]) && cue(.geography, m.start - 2) {
            return nil
        }
        if m.end < read.tokens.count, !read.tokens[m.start].isArabic, cue(.geography, m.end) { return nil }
        // (A nationality is never a city's name: "المالية" is Malian, whatever "ماليه", Malé, reads like.)
        let isNationality = m.has { if case .nationality = $0 { true } else if case .nationalityPrefix = $0 { true } else { false } }
        if m.length == 1, lexicon.gazetteer.homographStates.contains(code), let form = homograph(m.start), !namesTheState(m, form) {
            return nil
        }
        // "le bicamérisme congolais" in a story about the Republic of the Congo.
        if isNationality, !m.has({ if case .country = $0 { true } else { false } }), let other = lexicon.gazetteer.sharedDemonyms[code],
           statesNamed.contains(other), !statesNamed.contains(code) {
            return other
        }
        if !isNationality, let city = city(m), city.code != code {
            let before = m.start > 0 ? read.tokens[m.start - 1] : nil
            let sultanate = before.map { TokenWords.sultanate.contains($0) } ?? false
            let afterTitle = (max(0, m.start - 3)..<m.start).contains { k in has(k) { if case .role = $0 { true } else { false } } }
            return sultanate || afterTitle ? code : nil
        }
        return code
    }

    /// The states the document names by a country's name (not by a demonym).
    private lazy var statesNamed: Set<String> = {
        var named: Set<String> = []
        for m in mentions { if let code = m.first({ if case .country(let c) = $0 { return c } else { return nil } }) { named.insert(code) } }
        return named
    }()

    /// How many proclitic letters token `k` has before a homograph of a nationality ("المالية": 2, the article), and
    /// whether they end in the article; nil when it is not one.
    private func homograph(_ k: Int) -> (proclitics: Int, definite: Bool)? {
        // (Asked of every state's mention: the answer is kept for the word's spelling.)
        let spelling = read.tokens[k].sameSpellingAs
        if let known = homographBySpelling[spelling] { return known }
        let found = lookUpHomograph(k)
        homographBySpelling[spelling] = .some(found)
        return found
    }

    private var homographBySpelling: [Int: (proclitics: Int, definite: Bool)?] = [:]

    private func lookUpHomograph(_ k: Int) -> (proclitics: Int, definite: Bool)? {
        let scalars = Array(read.tokens[k].text.unicodeScalars)
        for drop in 0..<min(4, scalars.count) {
            var rest = String.UnicodeScalarView()
            rest.append(contentsOf: scalars[drop...])
            guard lexicon.gazetteer.homographs.contains(String(rest)) else { continue }
            return (drop, drop >= 2 && scalars[drop - 2] == "ا" && scalars[drop - 1] == "ل")
        }
        return nil
    }

    /// "الرئيس المالي", "نظيره المالي", "الوفد المالي", "اللجنة التونسية المالية": the state qualifies someone or a body; "في مالي", "بمالي": the country's
    /// name after a preposition; "الخدمات المالية", "دعم مالي": a common word.
    private func namesTheState(_ m: Mention, _ form: (proclitics: Int, definite: Bool)) -> Bool {
        let k = m.start
        // (Or a body with another state's adjective: "اللجنة المشتركة التونسية المالية".)
        let qualifies = (max(0, k - 3)..<k).contains { j in
            has(j) {
                switch $0 {
                case .role, .official, .bodyHead, .counterpart: true
                default: false
                }
            } || cue(.delegation, j)
        } || k > 0 && has(k - 1) { if case .nationality = $0 { true } else { false } }
        if qualifies || form.definite { return qualifies }
        guard m.has({ if case .country = $0 { true } else { false } }) else { return false }
        guard form.proclitics == 0, k > 0, read.tokens[k - 1].kind == .word else { return true }
        return Self.beforeAState.contains(read.tokens[k - 1].text) || has(k - 1) { if case .country = $0 { true } else { false } }
    }

    /// (Folded, as token texts are.)
    private static let beforeAState = Set(["في", "إلى", "من", "مع", "عن", "على", "و", "جمهورية", "وجمهورية", "دولة", "بين"].map(TextFolding.fold))

    func city(_ m: Mention) -> (code: String, name: String)? {
        m.first { if case .city(let c, let n) = $0 { return (c, n) } else { return nil } }
    }

    func organization(_ m: Mention) -> String? {
        m.first { if case .organization(let c) = $0 { return c } else { return nil } }
    }

    /// True when token `k` starts a mention holding an entry that passes `test`.
    func has(_ k: Int, _ test: (LexiconEntry) -> Bool) -> Bool {
        at[k]?.has(test) ?? false
    }
}
