import ChanceryCore

/// The parties a frame's words name: states and organisations, and the people who speak for them.
struct PartyReading {
    var countries: Set<String> = []
    var organizations: Set<String> = []
    var participants: [Participant] = []
    /// How the countries were found, for `explain`.
    var rule = ""
    var words: [String] = []
    /// True when the frame's own words named two parties.
    var anchored = false
    /// The states on each side of the trigger, when one side is one state and the other several: the material of
    /// one bilateral meeting per state of the longer side.
    var sides: (one: String, many: [String])?
    /// The state named first in the span: the subject's, in most sentences.
    var first: String?
    /// True when a state speaks before the trigger (in English and French, its subject).
    var namedBeforeTrigger = false
}

/// Reads the parties of a frame from a span of its sentence.
///
/// A state counts as a party where it speaks: through a person (their title's nationality, a known office holder, a
/// state in brackets after the name), as the subject or object of the trigger, or as the nationality of a delegation,
/// a side or a counterpart. It does not where it is only talked about ("the situation in Sudan", "حول سوريا"), the
/// place of the event ("in Cairo", "بالقاهرة"), the state an ambassador is posted to, the sender of a message, or a
/// state at odds with another ("tensions between A and B").
struct PartyReader {
    let table: MentionTable
    let context: DocumentContext

    var tokens: [Token] { table.read.tokens }
    var cues: Cues { table.lexicon.cues }

    /// The organisation's official a title alone names: the story's protagonist, of that office, when neither a state
    /// nor a complement ("الأمين العام لوزارة الخارجية", "secretary-general of the ministry") follows it.
    func organizationOfficial(titled k: Int) -> PersonMention? {
        guard let m = table.at[k], let role = m.first({ if case .role(let r) = $0 { return r } else { return nil } }),
              let official = context.organizationProtagonist, official.participant.role == role else { return nil }
        if m.end < tokens.count {
            let next = tokens[m.end]
            if let after = table.at[m.end], table.stateCode(after) != nil || table.organization(after) != nil { return nil }
            if next.isArabic ? next.textHasPrefix("ل") : TokenWords.ofWords.contains(next) { return nil }
        }
        return official
    }

    /// "استقبله الرئيس جيله بحضور وزير الخارجية …", "reçu par le roi en présence du ministre …": an official named
    /// just after a word of attendance is of the side of the person named before it.
    func attendedHost(_ person: PersonMention, among before: ArraySlice<(person: PersonMention, code: String?)>) -> String? {
        let start = person.span.lowerBound
        guard let host = before.last(where: { $0.code != nil && $0.person.organization == nil }),
              host.person.span.upperBound <= start else { return nil }
        let attended = (max(host.person.span.upperBound, start - 4)..<start).contains { k in
            cues.match(.attendance, in: tokens, at: k, limit: start) != nil
        }
        return attended ? host.code : nil
    }

    /// A state's mention sorted by how it takes part.
    enum Standing { case party, weak, place, accredited, excluded }

    func read(scope: Range<Int>, sentence: Range<Int>, trigger: Trigger, people: [PersonMention]) -> PartyReading {
        var reading = PartyReading()
        let present = people.filter { scope.contains($0.nameRange.lowerBound) }
        var personStates: [String] = []
        var byPerson: [(person: PersonMention, code: String?)] = []
        for person in present {
            var code = person.participant.country
            if code == nil, let bracketed = stateInBrackets(after: person.nameRange, limit: sentence.upperBound) { code = bracketed }
            if code == nil, person.organization == nil { code = context.protagonistState(of: person.participant) }
            if let organization = person.organization {
                reading.organizations.insert(organization)
                byPerson.append((person, nil))
                continue
            }
            if let code { personStates.append(code) }
            byPerson.append((person, code))
        }
        var strong: [String] = []
        var weak: [String] = []
        // Where each state speaks in the span, for telling one side of the trigger from the other.
        var positions: [(at: Int, code: String)] = byPerson.compactMap { pair in pair.code.map { (pair.person.nameRange.lowerBound, $0) } }
        var anonymous: [Int] = []
        // The states ambassadors of the span are posted to, which receive them.
        var accredited: [String] = []
        let spans = present.map(\.span)
        let pairedCities = citiesJoinedByAnd(in: scope)
        var k = scope.lowerBound
        while k < scope.upperBound {
            guard let m = table.at[k] else { k += 1; continue }
            defer { k = max(k + 1, m.end) }
            if spans.contains(where: { $0.contains(m.start) }) {
                continue
            }
            // "The Minister of Foreign Affairs also received …": a title with no name is an official all the same.
            // (Not a piece of a named person's long title: "EU High Representative for Foreign Affairs and Security
            // Policy Kaja Kallas".)
            let titleOfNamed = present.contains { person in
                let start = person.nameRange.lowerBound
                return start >= m.end && start - m.end <= 8 && (m.end..<start).allSatisfy { tokens[$0].kind == .word }
            }
            if m.has({ if case .role = $0 { true } else { false } }), !(m.start..<m.end).contains(where: { table.cue(.both, $0) }),
               !inAside(m.start, floor: scope.lowerBound), !titleOfNamed {
                anonymous.append(m.start)
            }
            if let organization = table.organization(m), !excludedOrganization(m, scope: scope) {
                reading.organizations.insert(organization)
                continue
            }
            if pairedCities.contains(m.start), let city = table.city(m) {
                strong.append(city.code)
                continue
            }
            guard let code = table.stateCode(m) else { continue }
            // "عمان" is Amman before it is Oman, unless the text says "سلطنة عمان".
            if let city = table.city(m), city.code != code, m.start == 0 || !TokenWords.sultanate.contains(tokens[m.start - 1]) {
                continue
            }
            switch standing(of: m, scope: scope) {
            case .party:
                strong.append(code)
                positions.append((m.start, code))
            case .weak: weak.append(code)
            case .accredited: accredited.append(code)
            case .place, .excluded: break
            }
        }
        // When the people of the span already name two states, other states in it are what they talked about.
        var parties = Set(personStates)
        var rule = "the states of the people named"
        if parties.count < 2 {
            parties.formUnion(strong)
            rule = parties.isEmpty ? "" : "the states named as parties"
        }
        // An untitled official of no named state is of the state the story is written from, when no state nearby
        // qualifies the title.
        // ("كما التقى الوزير نظيره الغاني", "the minister also met": a bare title points back to the story's protagonist,
        // whatever city the story is filed from.)
        // ("استقبل الرئيس الصومالي … الأمين العام": an organisation's office the story gave someone is that person.)
        var titledOfficials: [Participant] = []
        for k in anonymous {
            guard let official = organizationOfficial(titled: k), let organization = official.organization,
                  !present.contains(where: { $0.participant.name == official.participant.name }) else { continue }
            reading.organizations.insert(organization)
            var participant = official.participant
            participant.country = organization
            titledOfficials.append(participant)
        }
        anonymous.removeAll { organizationOfficial(titled: $0) != nil }
        for k in anonymous where !positions.contains(where: { abs($0.at - k) <= 4 }) {
            let end = table.at[k]?.end ?? k + 1
            // ("le secrétaire général de l'Organisation de la coopération islamique", "الأمين العام للجامعة العربية": an
            // organisation's, no state's; not "the minister met the EU envoy".)
            var of = end
            while of < min(tokens.count, end + 3), TokenWords.ofWords.contains(tokens[of]) || TokenWords.singularArticles.contains(tokens[of]) { of += 1 }
            if of < tokens.count, of > end || tokens[of].isArabic, let m = table.at[of], table.organization(m) != nil { continue }
            let bare = end >= tokens.count || table.at[end] == nil || table.stateCode(table.at[end]!) == nil
            guard let state = bare ? context.statesByPeople.first ?? context.home : context.home else { continue }
            positions.append((k, state))
            if parties.count < 2, parties.insert(state).inserted {
                rule += (rule.isEmpty ? "" : ", ") + (bare && state != context.home ? "the story's protagonist, as a bare title" : "an official of the story's state")
            }
        }
        if parties.count < 2 {
            for code in weak where parties.count < 2 && !parties.contains(code) { parties.insert(code); rule += " and a nationality" }
        }
        // "سفير كوريا لدى قطر … بزيارة مجاملة لسعادة وزير الدولة": an ambassador calls on the state he is posted to.
        if parties.count < 2, let posted = accredited.first(where: { !parties.contains($0) }),
           byPerson.contains(where: { $0.code == nil && $0.person.organization == nil }) || anonymous.count > 1 {
            parties.insert(posted)
            rule += (rule.isEmpty ? "" : ", ") + "the state an ambassador is posted to"
        }
        reading.anchored = parties.count >= 2
        // People with no state yet: a counterpart belongs to the other side, anyone else to the one side not yet
        // represented, or to the state the story is written from.
        var participants: [Participant] = []
        let unrepresented = parties.subtracting(personStates)
        for (n, (person, code)) in byPerson.enumerated() {
            var participant = person.participant
            if let code { participant.country = code }
            if participant.country == nil, person.organization == nil {
                if let host = attendedHost(person, among: byPerson[..<n]) {
                    participant.country = host
                } else if person.isCounterpart, let other = parties.first(where: { !personStates.contains($0) }) ?? parties.first.flatMap(context.partner) {
                    participant.country = other
                } else if unrepresented.count == 1, parties.count >= 2 {
                    participant.country = unrepresented.first
                } else if let home = context.home, parties.count < 2 || parties.contains(home) {
                    participant.country = home
                }
            }
            if let organization = person.organization { participant.country = organization }
            participants.append(participant)
        }
        participants += titledOfficials
        for participant in participants where participant.country.map({ $0.count == 2 && !reading.organizations.contains($0) }) ?? false {
            if parties.count < 2 || parties.contains(participant.country!) {
                if parties.insert(participant.country!).inserted { rule += (rule.isEmpty ? "" : ", ") + "a person's state" }
            }
        }
        reading.countries = parties
        reading.participants = participants.filter { p in
            guard let country = p.country else { return true }
            return parties.contains(country) || reading.organizations.contains(country)
        }
        reading.rule = rule
        reading.words = present.map { table.read.text($0.span) }
        reading.sides = sides(trigger: trigger, positions: positions.sorted { $0.at < $1.at }, people: present)
        reading.first = positions.min { $0.at < $1.at }?.code
        reading.namedBeforeTrigger = positions.contains { $0.at < trigger.anchor.start }
        return reading
    }
}
