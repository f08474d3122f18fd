import ChanceryCore

/// Slot reading beyond a frame's own clause: the states a trigger is between, the document's context, references
/// back and recalled events, the mode of an encounter, and one frame per state met one by one.
extension FrameReader {
    /// The states named right after "between" that follows a trigger ("اتصال هاتفي بين …", "talks between …",
    /// "un entretien entre …"), up to the next comma or stop: by name, by nationality, or by a person's state.
    func statesBetween(after anchor: Mention, scope: Range<Int>, people: [PersonMention]) -> Set<String>? {
        guard anchor.end < scope.upperBound,
              let between = (anchor.end..<min(scope.upperBound, anchor.end + 2)).first(where: { table.cue(.between, $0) })
        else { return nil }
        var states: Set<String> = []
        var k = between + 1
        while k < min(scope.upperBound, between + 16) {
            if tokens[k].kind == .punct, TokenWords.stopsAndCommas.contains(tokens[k]) { break }
            // (Up to what they talked of: "talks between the two ministers on trade with Kenya".)
            if table.cue(.topic, k) { break }
            if let person = people.first(where: { $0.nameRange.contains(k) }) {
                if let code = person.participant.country { states.insert(code) }
                k = max(k + 1, person.nameRange.upperBound)
                continue
            }
            if let m = table.at[k] {
                if let code = table.stateCode(m) { states.insert(code) }
                k = max(k + 1, m.end)
                continue
            }
            // (The list of the sides ends at the first other word: "… بناء على تنسيق من ترامب", "… brokered by".)
            guard table.cue(.and, k) || TokenWords.articlesAndOf.contains(tokens[k]) else { break }
            k += 1
        }
        return states.isEmpty ? nil : states
    }

    /// True when the words right after a meeting word name a group that speaks for no state, with no person or
    /// title before it: "meet members of the Omani business community", "استقبل وفدا من رجال الأعمال".
    func meetsOnlyNonState(after anchor: Mention, scope: Range<Int>, people: [PersonMention]) -> Bool {
        // (In Arabic the subject comes between the verb and its object: "والتقى الرئيس الموريتاني … رجال الأعمال".)
        var objectStart = anchor.end
        if tokens[anchor.start].isArabic, anchor.end < scope.upperBound {
            if let subject = people.first(where: { $0.nameRange.lowerBound - anchor.end <= 2 && $0.nameRange.lowerBound >= anchor.end }) {
                objectStart = subject.span.upperBound
            } else if let title = table.at[anchor.end], title.has({ if case .role = $0 { true } else { false } }) {
                objectStart = title.end
            }
        }
        guard objectStart < scope.upperBound else { return false }
        let window = objectStart..<min(scope.upperBound, objectStart + 10)
        guard let group = window.first(where: { cues.match(.nonState, in: tokens, at: $0, limit: scope.upperBound) != nil }) else { return false }
        let before = objectStart..<group
        if people.contains(where: { before.contains($0.nameRange.lowerBound) }) { return false }
        return !before.contains { k in
            TokenWords.stopsAndCommas.contains(tokens[k]) || table.has(k) { if case .role = $0 { true } else { $0 == .counterpart } }
        }
    }

    /// The parties "between X and Y" after an instrument's noun name, when they are two or more.
    func partiesNamed(after instrument: Mention, sentence: Range<Int>) -> (countries: [String], organizations: [String])? {
        let window = instrument.end..<min(sentence.upperBound, instrument.end + 10)
        guard let between = window.first(where: { table.cue(.between, $0) }),
              !(instrument.end..<between).contains(where: { TokenWords.strongStops.contains(tokens[$0]) || TokenWords.commas.contains(tokens[$0]) })
        else { return nil }
        var countries: [String] = []
        var organizations: [String] = []
        var k = between + 1
        while k < min(sentence.upperBound, between + 12) {
            if let m = table.at[k] {
                if let code = table.stateCode(m) { if !countries.contains(code) { countries.append(code) } }
                else if let organization = table.organization(m) { if !organizations.contains(organization) { organizations.append(organization) } }
                else if !table.cue(.and, k), !m.has({ $0 == .stop }) { break }
                k = max(k + 1, m.end)
                continue
            }
            if table.cue(.and, k) || TokenWords.articles.contains(tokens[k]) || TokenWords.commas.contains(tokens[k]) { k += 1; continue }
            break
        }
        return countries.count + organizations.count >= 2 && !countries.isEmpty ? (countries, organizations) : nil
    }

    // MARK: - Scope

    /// The trigger's clause, with a relative clause right after it that describes it.
    func scope(of trigger: Trigger, in clauses: [Clause], sentence: Range<Int>) -> Range<Int> {
        guard let index = clauses.firstIndex(where: { $0.contains(trigger.anchor.start) }) else { return sentence }
        var range = clauses[index].range
        // A clause of a few words ("During the meeting,", "وخلال اللقاء،") says nothing of its own: the sentence speaks.
        if range.count <= 4 { return sentence }
        var next = index + 1
        // A session's body may have a long name before the clause that says when it meets.
        let reach = trigger.type == .commissionSession ? 18 : 8
        while next < clauses.count, clauses[next].kind == .relative || clauses[next].kind == .aside,
              clauses[next].range.lowerBound - trigger.anchor.end <= reach {
            range = range.lowerBound..<clauses[next].range.upperBound
            next += 1
        }
        return range
    }

    func enough(_ parties: PartyReading) -> Bool {
        parties.countries.count >= 2 || parties.countries.count == 1 && !parties.organizations.isEmpty
    }

    // MARK: - Context

    /// Parties from the document for a frame whose sentence names fewer than two: "the two sides" are the story's
    /// two states; a lone state's counterpart is its partner in the story; a signing or a session without names is
    /// the story's.
    func fromContext(_ parties: PartyReading, trigger: Trigger, scope: Range<Int>, previous: [Frame]) -> (countries: Set<String>, rule: String)? {
        // "… a whirlwind of activities which included meetings": a generic word takes no parties from the story.
        if case .meeting(let cue) = trigger.kind, [.generic, .visit, .discussion].contains(cue),
           !scope.contains(where: { table.cue(.both, $0) || cues.match(.both, in: tokens, at: $0, limit: scope.upperBound) != nil }) {
            return nil
        }
        // "He hosted some heads of state for a meeting": others, unnamed yet, whom a later sentence may name.
        if scope.contains(where: { cues.match(.unnamedGroup, in: tokens, at: $0, limit: scope.upperBound) != nil }) { return nil }
        // The parties of the last event told with its own parties, else the two states the story names most.
        // (Not across a heading of another day, "Monday", which opens another episode of the story; a sentence of
        // an event that opens on its day is no heading.)
        let last = previous.last { $0.anchored && !$0.background }
        let recent = last.flatMap { frame in
            context.headingDates.contains { heading in
                heading.sentence > frame.sentence && heading.sentence < trigger.sentence && !previous.contains { $0.sentence == heading.sentence }
            } ? nil : Set(frame.event.countries)
        }
        if let recent, parties.countries.count == 1, let only = parties.countries.first, recent.contains(only), recent.count >= 2 {
            return (recent, "the parties of the event told before")
        }
        let focus = recent ?? Set(context.focus)
        let bothSides = scope.contains { k in cues.match(.both, in: tokens, at: k, limit: scope.upperBound) != nil || table.cue(.both, k) }
        if parties.countries.count == 1, let only = parties.countries.first, let partner = context.partner(of: only) {
            return ([only, partner], "the story's other state")
        }
        // ("Mme Mushikiwabo et le ministre Régis Onanga Ndiaye … à la signature d'un accord-cadre": an organisation's
        // official and an untitled minister: the organisation and the state the story's people are of, not two states.)
        if parties.countries.isEmpty, !parties.organizations.isEmpty,
           parties.participants.contains(where: { $0.country.map(parties.organizations.contains) ?? false }),
           let state = context.statesByPeople.first(where: { !parties.organizations.contains($0) }) ?? context.focus.first {
            return ([state], "the state of the story's people, beside the organisation")
        }
        if parties.countries.isEmpty, focus.count == 2 {
            if bothSides { return (focus, recent == nil ? "the two sides: the story's two states" : "the two sides: the parties of the event told before") }
            switch trigger.kind {
            case .agreement, .session: return (focus, "the story's two states")
            case .meeting(let cue):
                // A bare "meeting" or "visit" with no one and no state of its own is talk about meetings; a call
                // ("during a phone conversation on Thursday, Morales and Quispe …") is the story's.
                if cue.isStrong, !table.people(inSentence: trigger.sentence).isEmpty || cue.mode != nil { return (focus, "the story's two states") }
            }
        }
        if parties.countries.count == 1, let only = parties.countries.first, let home = context.home, home != only {
            return ([only, home], "the state the story is written from")
        }
        return nil
    }

    /// The one state, other than `other`, of the people whom capitalised words of `scope` outside any mention name
    /// by one word of their full name.
    func stateNamedByOneName(in scope: Range<Int>, other: String) -> String? {
        var states: Set<String> = []
        guard let first = scope.first else { return nil }
        let named = table.people(inSentence: tokens[first].sentence).map(\.span)
        // (Not the sentence's first word, capitalised whatever it is, nor a word of a name read in full.)
        for k in scope.dropFirst() where tokens[k].capitalized && !tokens[k].isArabic && table.at[k] == nil
            && !named.contains(where: { $0.contains(k) }) {
            if let code = context.stateByOneName[tokens[k].text], code != other { states.insert(code) }
        }
        return states.count == 1 ? states.first : nil
    }

    // MARK: - Reference and background

    /// "this meeting", "هذه المباحثات", "ces entretiens": an encounter told before.
    func pointsBack(_ trigger: Trigger, floor: Int) -> Bool {
        guard trigger.anchor.start > floor else { return false }
        return table.cue(.demonstrative, trigger.anchor.start - 1)
    }

    /// A press conference held with a counterpart is part of the encounter told before, if one was.
    func isPressConference(_ trigger: Trigger) -> Bool {
        guard case .meeting(.generic) = trigger.kind else { return false }
        return trigger.range.contains { table.cue(.press, $0) }
    }

    /// "the meeting", "الاجتماع", "la réunion": a definite noun, which with no parties of its own names an event
    /// told before.
    func definite(_ trigger: Trigger, floor: Int) -> Bool {
        // A session named by its noun alone ("la session", "الدورة") is one told before.
        // (Not "الدورة المقبلة", "la prochaine session": the one after it.)
        if case .session(nil, _, nil) = trigger.kind {
            let m = trigger.anchor
            return !(m.end < tokens.count && table.has(m.end) { $0 == .next } || m.start > floor && table.has(m.start - 1) { $0 == .next })
        }
        guard case .meeting(let cue) = trigger.kind, [.generic, .strong, .visit, .phone, .video, .reception].contains(cue) else { return false }
        let start = trigger.anchor.start
        if tokens[start].isArabic {
            // The article is read off a word of more than five letters ("الاجتماع"), never off a verb ("التقى").
            let word = tokens[start].text.dropFirst(trigger.anchor.prefixLength)
            if word.hasPrefix("ال") && word.unicodeScalars.count > 5 { return true }
            // "تقديم أوراق الاعتماد": a noun made definite by the one it governs, the last of the phrase (not a verb's
            // subject: "عقد الجانبان").
            let last = tokens[trigger.anchor.end - 1].text
            return trigger.anchor.end - start >= 2 && last.hasPrefix("ال") && last.unicodeScalars.count > 5
                && !last.hasSuffix("ان") && !last.hasSuffix("ون") && !TimeReader.isFutureVerb(tokens[start].text)
        }
        return start > floor && TokenWords.definiteDeterminers.contains(tokens[start - 1])
    }

    /// "الاتفاقية", "the agreement", "l'accord", "cet accord": an instrument named as one already known.
    func definiteInstrument(_ instrument: Mention) -> Bool {
        let start = instrument.start
        if tokens[start].isArabic {
            let word = tokens[start].text.dropFirst(instrument.prefixLength)
            return word.hasPrefix("ال") && word.unicodeScalars.count > 4
        }
        return start > 0 && (TokenWords.definiteDeterminers.contains(tokens[start - 1]) || table.cue(.demonstrative, start - 1))
    }

    /// "the recent visit", "la précédente session", "زيارته الأخيرة", "آخر دورة".
    func recalled(_ trigger: Trigger, floor: Int, limit: Int) -> Bool {
        let m = trigger.anchor
        for k in max(floor, m.start - 2)..<m.start where table.cue(.recalledBefore, k) { return true }
        for k in m.end..<min(limit, m.end + 2) where table.cue(.recalledAfter, k) { return true }
        return false
    }

    /// True for a date well before the story's own day: a month or more for a dated event.
    func olderThanStory(_ date: PartialDate?) -> Bool {
        guard let date, let reference = table.reference, let limit = PartialDate(reference.firstDay)?.adding(days: -45) else { return false }
        return date.lastDay < limit.firstDay
    }

    // MARK: - Mode

    /// A call or video named in `range`; with `modifiersOnly`, only a word that makes a meeting one ("by phone"), not
    /// another call of the sentence ("… received a call from A, while he received B in Tripoli").
    func remoteMode(in range: Range<Int>, modifiersOnly: Bool = false) -> MeetingMode? {
        var found: MeetingMode?
        var k = range.lowerBound
        while k < range.upperBound {
            if let m = table.at[k] {
                if let mode = m.first({ entry -> MeetingMode? in
                guard case .meeting(let c) = entry, !modifiersOnly || c == .phoneModifier || c == .videoModifier else { return nil }
                return c.mode
            }) {
                if mode == .video { return .video }
                found = found ?? mode
            }
                k = m.end
            } else {
                k += 1
            }
        }
        return found
    }

    // MARK: - Granularity

    /// One frame per state when one side meets several states' people one by one: "received his Ivorian counterpart,
    /// then the President of Senegal", "a series of talks with his counterparts of Yemen, Niger and Brunei".
    func split(_ frame: Frame, parties: PartyReading, trigger: Trigger, scope: Range<Int>, previous: [Frame]) -> [Frame] {
        if let each = eachOfGathering(frame, parties: parties, trigger: trigger, scope: scope, previous: previous) { return each }
        guard case .meeting(let cue) = trigger.kind, parties.sides != nil || frame.ownParties && frame.event.countries.count >= 2 else { return [frame] }
        let together = scope.contains { cues.match(.multilateral, in: tokens, at: $0, limit: scope.upperBound) != nil }
        // "une série d'entretiens avec plusieurs de ses homologues. Ses entretiens avec les chefs de la diplomatie du
        // Yémen, du Niger …": the sentence or the one before says the meetings were one by one.
        let sentences = table.read.sentences
        let before = (0..<trigger.sentence).last { s in sentences[s].filter { tokens[$0].kind == .word }.count >= 3 } ?? trigger.sentence
        let nearby = sentences[before].lowerBound..<sentences[trigger.sentence].upperBound
        let separately = nearby.contains { cues.match(.separate, in: tokens, at: $0, limit: nearby.upperBound) != nil || table.cue(.sidelines, $0) }
        guard !together, cue == .reception || cue == .audience || separately else { return [frame] }
        var sides = parties.sides
        // A list of states met, with the one who met them told before: "his talks with the ministers of A, B and C".
        // (Not when the subject is named: "the Egyptian minister sat down with his Turkish host" on the sidelines.)
        if sides == nil, separately, frame.event.countries.count >= 2, tokens[trigger.anchor.start].isArabic || !parties.namedBeforeTrigger,
           let agent = agentTold(before: previous, excluding: Set(frame.event.countries)) {
            sides = (agent, frame.event.countries)
        }
        guard let sides else { return [frame] }
        return sides.many.map { state in
            var one = frame
            one.event.countries = [sides.one, state].sorted()
            one.event.organizations = []
            one.event.participants = frame.event.participants.filter { $0.country == sides.one || $0.country == state }
            let pair = one.event.countries
            one.note("countries", pair.joined(separator: " "), words: nil,
                     rule: "one meeting for each state met one by one")
            return one
        }
    }

    /// "Bourita s'est entretenu successivement avec chacun de ses quatre homologues", "met each of them separately": one
    /// meeting with each other state of the gathering told just before, whose people the sentence names by a counterpart
    /// word alone.
    func eachOfGathering(_ frame: Frame, parties: PartyReading, trigger: Trigger, scope: Range<Int>, previous: [Frame]) -> [Frame]? {
        // (The one side is the state of the sentence's own people; what the story adds for the other is a guess.)
        let own = Set(parties.participants.compactMap(\.country).filter { $0.count == 2 })
        guard case .meeting = trigger.kind, own.count == 1, let only = own.first,
              scope.contains(where: { cues.match(.separate, in: tokens, at: $0, limit: scope.upperBound) != nil }),
              // (Counterparts with no state of their own: "ses trois homologues", not "his Algerian counterpart".)
              scope.contains(where: { k in table.has(k) { $0 == .counterpart }
                  && !(max(scope.lowerBound, k - 2)..<min(scope.upperBound, k + 3)).contains { j in table.at[j].map { table.stateCode($0) != nil } ?? false } }),
              let gathering = previous.last(where: { !$0.background }), gathering.event.countries.count >= 3,
              case let others = gathering.event.countries.filter({ $0 != only }), others.count >= 2 else { return nil }
        return others.map { state in
            var one = frame
            let pair = [only, state].sorted()
            one.event.countries = pair
            one.event.organizations = []
            one.event.participants = frame.event.participants.filter { $0.country == only }
            one.ownParties = true
            one.note("countries", pair.joined(separator: " "), words: nil, rule: "one meeting with each state of the gathering told before")
            return one
        }
    }

    /// The state that took part in most of the events told before (the story's protagonist), when it is not one of
    /// `excluding`. Of two as often, the one whose people the story names first, else the first by code: never the
    /// dictionary's order, which changes from one run to the next.
    func agentTold(before previous: [Frame], excluding: Set<String>) -> String? {
        var counts: [String: Int] = [:]
        for frame in previous where !frame.background { for code in frame.event.countries { counts[code, default: 0] += 1 } }
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value
            : ((context.statesByPeople.firstIndex(of: $0.key) ?? 99), $0.key) < ((context.statesByPeople.firstIndex(of: $1.key) ?? 99), $1.key) }
        guard let best = ranked.first, !excluding.contains(best.key) else { return nil }
        return best.key
    }

    func unique(_ people: [Participant]) -> [Participant] {
        var result: [Participant] = []
        for person in people where !result.contains(where: { $0.name == person.name }) { result.append(person) }
        return result
    }

    func triggerRule(_ trigger: Trigger) -> String {
        switch trigger.kind {
        case .meeting(let cue): "a meeting word (\(cue.rawValue))"
        case .agreement: "a signing and the instrument it governs"
        case .session(let head, let session, let ordinal):
            head == nil ? "a numbered session of the body named before" : (session == nil && ordinal == nil ? "a standing body that met" : "a standing body's session")
        }
    }
}
