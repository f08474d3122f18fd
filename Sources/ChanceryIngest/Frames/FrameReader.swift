import ChanceryCore

/// Stage 4 of extraction: fills the slots of one trigger's frame, by explicit precedence.
///
/// Each slot is looked for in the trigger's own clause (with a relative clause that describes it: "the meeting,
/// which will be held in Doha"), then in its sentence, then in the document (`DocumentContext`); each value keeps the
/// words that gave it and the rule that chose them, for `chancery explain`.
struct FrameReader {
    let table: MentionTable
    let context: DocumentContext
    /// True when each slot's words and rule are noted, for `explain`.
    var explaining = true

    private var tokens: [Token] { table.read.tokens }
    private var cues: Cues { table.lexicon.cues }
    private var partyReader: PartyReader { PartyReader(table: table, context: context) }

    /// The frames of `trigger`; `previous`, the frames of the sentences before, tell whom "the two sides" are.
    func frames(for trigger: Trigger, clauses: [Clause], previous: [Frame], others: [Int] = []) -> [Frame] {
        let sentence = table.read.sentences[trigger.sentence]
        let scope = scope(of: trigger, in: clauses, sentence: sentence)
        let people = table.people(inSentence: trigger.sentence)
        let anchor = trigger.anchor
        var frame = Frame(event: Event(type: trigger.type), trigger: trigger.range, sentence: trigger.sentence)
        frame.explaining = explaining
        frame.note("trigger", trigger.type.rawValue, words: table.read.text(trigger.range), rule: triggerRule(trigger))
        frame.event.evidence = table.read.evidence(sentence)

        // Parties: the clause, else the sentence, else the document.
        var parties = partyReader.read(scope: scope, sentence: sentence, trigger: trigger, people: people)
        var partiesWhere = "its clause"
        // ("Cette visite intervient alors que … le retrait du Mali …": a visit pointed back to takes no states from
        // the other clauses of its sentence.)
        if !enough(parties), scope != sentence, !pointsBack(trigger, floor: sentence.lowerBound) {
            let wider = partyReader.read(scope: sentence, sentence: sentence, trigger: trigger, people: people)
            if wider.countries.count > parties.countries.count || enough(wider) {
                parties = wider
                partiesWhere = "its sentence"
            }
        }
        let isDefinite = definite(trigger, floor: sentence.lowerBound)
        if pointsBack(trigger, floor: sentence.lowerBound) {
            frame.reference = .demonstrative
        } else if isDefinite {
            frame.reference = .definite
        } else if isPressConference(trigger) || trigger.setsTime {
            frame.reference = .occasion
        } else if case .meeting(.discussion) = trigger.kind {
            frame.reference = .occasion
            frame.isDiscussion = true
        }
        if case .meeting(.visit) = trigger.kind { frame.isVisit = true }
        if case .meeting(.generic) = trigger.kind { frame.isGenericMeeting = true }
        if case .meeting = trigger.kind {
            let near = max(sentence.lowerBound, anchor.start - 5)..<min(sentence.upperBound, anchor.end + 5)
            frame.apart = (sentence.lowerBound..<anchor.start).contains { table.cue(.sidelines, $0) }
                || near.contains { table.cue(.apart, $0) }
        }
        frame.setsTime = trigger.setsTime

        // Place before the document's parties: a host with no state named is of the city's state.
        var mode: MeetingMode?
        if case .meeting(let cue) = trigger.kind {
            // "اتصل … عبر الفيديو": a video link named beside a call makes it a video call.
            let remote = remoteMode(in: scope) ?? remoteMode(in: sentence, modifiersOnly: true)
            mode = remote == .video ? .video : (cue.mode ?? remote ?? .inPerson)
            frame.event.mode = mode
            frame.toldInPerson = mode == .inPerson && [.reception, .audience, .visit, .summit].contains(cue)
            frame.note("mode", mode?.rawValue ?? "in_person", words: nil, rule: mode == .inPerson ? "no call or video named" : "a call or a video link named")
        }
        if mode == nil || mode == .inPerson {
            let receiving: Bool = { if case .meeting(let cue) = trigger.kind { cue == .reception || cue == .audience } else { false } }()
            let host = receiving ? parties.first : nil
            if let place = PlaceReader(table: table, parties: partyReader).read(trigger: trigger, scope: scope, sentence: sentence, clauses: clauses, host: host) {
                frame.event.location = place.location
                if case .meeting = trigger.kind { frame.toldInPerson = true }
                frame.note("location", place.location.name, words: place.words, rule: place.rule)
            }
        }
        let receives: Bool = { if case .meeting(let cue) = trigger.kind { cue == .reception || cue == .audience } else { false } }()
        if parties.countries.count == 1, parties.organizations.isEmpty, let host = frame.event.location?.country, !parties.countries.contains(host),
           parties.participants.contains(where: { $0.country == nil }) || receives {
            // "Le roi a reçu à Rabat le président sénégalais", "President Ali Bako … in Niamey": the one of no state is at home.
            if let k = parties.participants.firstIndex(where: { $0.country == nil }) { parties.participants[k].country = host }
            parties.countries.insert(host)
            parties.rule += (parties.rule.isEmpty ? "" : ", ") + "the host, of the city it was held in"
        }
        // "He hosted …", "Il a reçu …": a pronoun subject is the story's protagonist.
        // (The cheap tests first: the protagonist is worked out from every sentence's people.)
        // ("The minister also met …", "كما التقى الوزير …": a bare title stands for the protagonist as a pronoun does.)
        let subjectWindow = max(scope.lowerBound, anchor.start - 3)..<min(scope.upperBound, anchor.end + 2)
        // ("Le chef de l'État a également rencontré …": a title of several words, ending just before the verb.)
        let titleSubject = (max(scope.lowerBound, anchor.start - 8)..<anchor.start).contains { k in
            guard let m = table.at[k], m.end <= anchor.start, anchor.start - m.end <= 3,
                  m.has({ if case .role = $0 { true } else { false } }) else { return false }
            // ("the Egyptian foreign minister sat down with …": a title of a state named is that state's, not the
            // protagonist's.)
            if (max(scope.lowerBound, m.start - 2)..<m.start).contains(where: { j in
                table.at[j].map { table.stateCode($0) != nil && $0.end <= m.start } ?? false
            }) { return false }
            return (m.end..<anchor.start).allSatisfy { table.at[$0] == nil && tokens[$0].kind == .word }
        }
        if !enough(parties), titleSubject || subjectWindow.contains(where: { k in
               k < anchor.start && table.cue(.pronoun, k) || table.at[k].map { $0.length == 1 && $0.has({ if case .role = $0 { true } else { false } }) } ?? false }),
           !people.contains(where: { scope.contains($0.nameRange.lowerBound) && $0.nameRange.lowerBound < anchor.start }),
           let protagonist = context.statesByPeople.first, !parties.countries.contains(protagonist) {
            parties.countries.insert(protagonist)
            parties.rule += (parties.rule.isEmpty ? "" : ", ") + "the story's protagonist, as the pronoun subject"
            // (Its own sentence named both sides, one of them by its subject: what follows may point back to them.)
            parties.anchored = parties.countries.count >= 2
        }
        // "جرى اتصال هاتفي بين أمير دولة قطر وولي عهد المملكة العربية السعودية بناء على تنسيق من ترامب", "talks between
        // Ghana and Togo, brokered by Nigeria": the states the trigger is between are its parties.
        if case .meeting = trigger.kind, let between = statesBetween(after: anchor, scope: scope, people: people), between.count >= 2,
           parties.countries != between {
            parties.countries = between
            parties.rule = "the states it was between"
        }
        // "Les deux délégations ont passé en revue … la Coupe du monde 2030, co-organisée par le Maroc, l'Espagne et le
        // Portugal": the two sides as subject are the two parties of the event told before; the states after the verb
        // are what they talked of.
        // ("واستعرض الجانبان …": in Arabic the subject follows its verb.)
        let subjectSpan = tokens[anchor.start].isArabic ? anchor.start..<min(scope.upperBound, anchor.end + 2)
                                                         : max(scope.lowerBound, anchor.start - 5)..<anchor.start
        let sidesAsSubject = subjectSpan.contains { k in
            table.cue(.both, k) || cues.match(.both, in: tokens, at: k, limit: subjectSpan.upperBound) != nil
        }
        if sidesAsSubject, let last = previous.last(where: { $0.anchored && !$0.background }), last.event.countries.count == 2,
           parties.countries != Set(last.event.countries), !people.contains(where: { scope.contains($0.nameRange.lowerBound) }) {
            parties.countries = Set(last.event.countries)
            parties.rule = "the two sides: the parties of the event told before"
            partiesWhere = "the document"
        }
        if !enough(parties), frame.reference != .demonstrative, frame.reference != .definite,
           let filled = fromContext(parties, trigger: trigger, scope: scope, previous: previous) {
            parties.countries = filled.countries
            parties.rule = filled.rule
            partiesWhere = "the document"
        }
        // "… the trilateral mechanism between Iraq, Egypt and Jordan. The sixth meeting of the mechanism was held in
        // Cairo in 2025.": a session of a body the story named before is of that body's parties.
        if !enough(parties), case .session = trigger.kind,
           let body = previous.last(where: { $0.event.type == .commissionSession && $0.ownParties && !$0.background }) {
            parties.countries = Set(body.event.countries)
            parties.organizations = Set(body.event.organizations)
            parties.rule = "the parties of the body named before"
            partiesWhere = "the document"
        }
        if !enough(parties), !frame.anaphoric {
            // One party named for an encounter told by a strong word: a later sentence may name the others.
            guard parties.countries.count == 1, trigger.isStrongMeeting else { return [] }
            frame.incomplete = true
        }
        // "… will meet members of the Omani business community", "التقى رجال الأعمال": people who speak for no state,
        // met with no official before them, make no diplomatic encounter.
        if case .meeting = trigger.kind, meetsOnlyNonState(after: anchor, scope: scope, people: people) { return [] }
        // "Egypt has been receiving aid from the United States": a reception receives someone.
        if case .meeting(let cue) = trigger.kind, cue == .reception, parties.participants.isEmpty,
           !scope.contains(where: { table.cue(.delegation, $0) || table.has($0) { if case .role = $0 { true } else { $0 == .counterpart } } }) {
            return []
        }
        frame.ownParties = partiesWhere != "the document" && enough(parties)
        // "On the sidelines, Fidan met A. Prince Faisal met B, while C sat down with D.": the sentence after one that
        // opens on the sidelines goes on with the encounters held there, each naming its own two sides.
        if case .meeting = trigger.kind, !frame.apart, frame.ownParties, parties.countries.count == 2, trigger.sentence > 0 {
            let before = table.read.sentences[trigger.sentence - 1]
            frame.apart = before.prefix(4).contains { table.cue(.sidelines, $0) }
        }
        frame.listsAttendees = scope.contains { cues.match(.multilateral, in: tokens, at: $0, limit: scope.upperBound) != nil }
        frame.anchored = parties.anchored
        frame.event.countries = parties.countries.sorted()
        frame.event.organizations = parties.organizations.sorted()
        frame.event.participants = unique(parties.participants)
        let countries = frame.event.countries
        frame.note("countries", countries.joined(separator: " "), words: parties.words.isEmpty ? nil : parties.words.joined(separator: "; "),
                   rule: (parties.rule.isEmpty ? "none named" : parties.rule) + " in " + partiesWhere)

        // Time and status.
        // "A proposal to host a leaders' summit … was quietly shelved": called off, no event.
        if TimeReader(table: table).cancelled(trigger, sentence: sentence, others: others) { return [] }
        let time = TimeReader(table: table).read(trigger: trigger, scope: scope, sentence: sentence, clauses: clauses, others: others)
        frame.event.date = time.date
        frame.event.endDate = time.end
        frame.event.status = time.planned ? .planned : .occurred
        frame.weakDate = time.weakDate
        frame.statusCued = time.statusWords != nil
        frame.postponed = time.postponed
        frame.yearlessDate = time.yearless
        frame.note("date", time.date?.description ?? "none", words: time.dateWords, rule: time.dateRule)
        let status = frame.event.status
        frame.note("status", status.rawValue, words: time.statusWords, rule: time.statusRule)

        // Earlier events the story recalls: kept only with a year of their own.
        // "… كانت قد انعقدت بدمشق", "had met in 2019": a verb of the past perfect near the trigger.
        let clause = clauses.first { $0.contains(anchor.start) }
        // (Not one dated from the story's own days: "La veille, le président avait reçu …"; but "Kulubaev, whom he had
        // seen at the meeting the previous day" recalls the meeting told before.)
        let inRelativeClause = clause?.kind == .relative || (sentence.lowerBound..<anchor.start).contains { table.cue(.relative, $0) }
        let pastPerfect = !(time.toldFromStoryDay && !inRelativeClause)
            && (max(scope.lowerBound, anchor.start - 3)..<min(scope.upperBound, anchor.end + 6)).contains { table.cue(.background, $0) }
        let toldAsRecalled = recalled(trigger, floor: sentence.lowerBound, limit: sentence.upperBound) || clause?.kind == .background || pastPerfect
        if toldAsRecalled || olderThanStory(time.date) {
            // (A month of no year read as past is old only by that reading: "followed by a meeting in August", after
            // an event announced in its sentence, is ahead.)
            frame.oldOnlyByItsMonth = !toldAsRecalled && time.yearless
            // (One told in a relative clause may take the time of the recalled event it belongs to: "une visite d'Etat …
            // les 13 et 14 décembre 2025, à l'occasion de laquelle plusieurs accords avaient été signés"; the document
            // stage gives it that time or drops it.)
            let inRelative = (sentence.lowerBound..<anchor.start).contains { table.cue(.relative, $0) }
            guard time.date != nil || inRelative else { return [] }
            frame.background = true
            frame.note("background", "yes", words: nil, rule: "an earlier event the story recalls")
        }


        // What only one kind of event has.
        switch trigger.kind {
        case .meeting: break
        case .agreement(_, let instrument):
            let signed = InstrumentReader(table: table).read(instrument: instrument, sentence: sentence)
            frame.event.instrument = signed.instrument
            frame.event.count = signed.count
            frame.event.title = signed.title
            frame.titleAnchored = signed.title != nil && parties.anchored
            frame.note("instrument", signed.instrument.rawValue, words: table.read.text(instrument.start..<instrument.end), rule: "the instrument signed")
            frame.note("count", String(signed.count), words: signed.countWords, rule: signed.countWords == nil ? "one instrument" : "the instruments listed")
            if let title = signed.title { frame.note("title", title, words: title, rule: "the words after a subject marker") }
            // "مذكرة التفاهم حول الشراكة الشاملة بين تونس والاتحاد الأوروبي": an instrument that names its own parties
            // has them, whoever else attends its signing.
            if let named = partiesNamed(after: instrument, sentence: sentence), Set(named.countries).isSubset(of: frame.event.countries)
                || !Set(named.countries).isDisjoint(with: frame.event.countries) && named.countries.count + named.organizations.count >= 2 {
                let countries = named.countries.sorted()
                frame.event.countries = countries
                frame.event.organizations = Array(Set(frame.event.organizations).union(named.organizations)).sorted()
                frame.note("countries", countries.joined(separator: " "), words: nil, rule: "the parties the instrument names")
            }
        case .session(let head, _, let ordinal):
            let bodies = BodyReader(table: table)
            if let head {
                var body = bodies.name(head: head, sentence: sentence)
                if let level = bodies.level(near: anchor, sentence: sentence) {
                    body += " " + level
                    frame.level = .officials
                }
                frame.event.body = body
                frame.note("body", body, words: body, rule: "the body's name from its head noun")
            }
            frame.event.ordinal = ordinal
            if let ordinal { frame.note("ordinal", String(ordinal), words: nil, rule: "the number next to its session word") }
        }
        frame.event.confidence = min(0.95, 0.5 + (parties.anchored ? 0.2 : 0) + (time.date != nil ? 0.1 : 0)
                                     + (frame.event.participants.isEmpty ? 0 : 0.1))
        return split(frame, parties: parties, trigger: trigger, scope: scope, previous: previous)
    }

    /// The states named right after "between" that follows a trigger ("اتصال هاتفي بين …", "talks between …",
    /// "un entretien entre …"), up to the next comma or stop: by name, by nationality, or by a person's state.
    private func statesBetween(after anchor: Mention, scope: Range<Int>, people: [PersonMention]) -> Set<String>? {
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
    private func meetsOnlyNonState(after anchor: Mention, scope: Range<Int>, people: [PersonMention]) -> Bool {
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
    private func partiesNamed(after instrument: Mention, sentence: Range<Int>) -> (countries: [String], organizations: [String])? {
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
    private func scope(of trigger: Trigger, in clauses: [Clause], sentence: Range<Int>) -> Range<Int> {
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

    private func enough(_ parties: PartyReading) -> Bool {
        parties.countries.count >= 2 || parties.countries.count == 1 && !parties.organizations.isEmpty
    }

    // MARK: - Context

    /// Parties from the document for a frame whose sentence names fewer than two: "the two sides" are the story's
    /// two states; a lone state's counterpart is its partner in the story; a signing or a session without names is
    /// the story's.
    private func fromContext(_ parties: PartyReading, trigger: Trigger, scope: Range<Int>, previous: [Frame]) -> (countries: Set<String>, rule: String)? {
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

    // MARK: - Reference and background

    /// "this meeting", "هذه المباحثات", "ces entretiens": an encounter told before.
    private func pointsBack(_ trigger: Trigger, floor: Int) -> Bool {
        guard trigger.anchor.start > floor else { return false }
        return table.cue(.demonstrative, trigger.anchor.start - 1)
    }

    /// A press conference held with a counterpart is part of the encounter told before, if one was.
    private func isPressConference(_ trigger: Trigger) -> Bool {
        guard case .meeting(.generic) = trigger.kind else { return false }
        return trigger.range.contains { table.cue(.press, $0) }
    }

    /// "the meeting", "الاجتماع", "la réunion": a definite noun, which with no parties of its own names an event
    /// told before.
    private func definite(_ trigger: Trigger, floor: Int) -> Bool {
        // A session named by its noun alone ("la session", "الدورة") is one told before.
        if case .session(nil, _, nil) = trigger.kind { return true }
        guard case .meeting(let cue) = trigger.kind, [.generic, .strong, .visit, .phone, .video, .reception].contains(cue) else { return false }
        let start = trigger.anchor.start
        if tokens[start].isArabic {
            // The article is read off a word of more than five letters ("الاجتماع"), never off a verb ("التقى").
            let word = tokens[start].text.dropFirst(trigger.anchor.prefixLength)
            return word.hasPrefix("ال") && word.unicodeScalars.count > 5
        }
        return start > floor && TokenWords.definiteDeterminers.contains(tokens[start - 1])
    }

    /// "the recent visit", "la précédente session", "زيارته الأخيرة", "آخر دورة".
    private func recalled(_ trigger: Trigger, floor: Int, limit: Int) -> Bool {
        let m = trigger.anchor
        for k in max(floor, m.start - 2)..<m.start where table.cue(.recalledBefore, k) { return true }
        for k in m.end..<min(limit, m.end + 2) where table.cue(.recalledAfter, k) { return true }
        return false
    }

    /// True for a date well before the story's own day: a month or more for a dated event.
    private func olderThanStory(_ date: PartialDate?) -> Bool {
        guard let date, let reference = table.reference, let limit = PartialDate(reference.firstDay)?.adding(days: -45) else { return false }
        return date.lastDay < limit.firstDay
    }

    // MARK: - Mode

    /// A call or video named in `range`; with `modifiersOnly`, only a word that makes a meeting one ("by phone"), not
    /// another call of the sentence ("… received a call from A, while he received B in Tripoli").
    private func remoteMode(in range: Range<Int>, modifiersOnly: Bool = false) -> MeetingMode? {
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
    private func split(_ frame: Frame, parties: PartyReading, trigger: Trigger, scope: Range<Int>, previous: [Frame]) -> [Frame] {
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

    /// The state that took part in most of the events told before (the story's protagonist), when it is not one of
    /// `excluding`. Of two as often, the one whose people the story names first, else the first by code: never the
    /// dictionary's order, which changes from one run to the next.
    private func agentTold(before previous: [Frame], excluding: Set<String>) -> String? {
        var counts: [String: Int] = [:]
        for frame in previous where !frame.background { for code in frame.event.countries { counts[code, default: 0] += 1 } }
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value
            : ((context.statesByPeople.firstIndex(of: $0.key) ?? 99), $0.key) < ((context.statesByPeople.firstIndex(of: $1.key) ?? 99), $1.key) }
        guard let best = ranked.first, !excluding.contains(best.key) else { return nil }
        return best.key
    }

    private func unique(_ people: [Participant]) -> [Participant] {
        var result: [Participant] = []
        for person in people where !result.contains(where: { $0.name == person.name }) { result.append(person) }
        return result
    }

    private func triggerRule(_ trigger: Trigger) -> String {
        switch trigger.kind {
        case .meeting(let cue): "a meeting word (\(cue.rawValue))"
        case .agreement: "a signing and the instrument it governs"
        case .session(let head, let session, let ordinal):
            head == nil ? "a numbered session of the body named before" : (session == nil && ordinal == nil ? "a standing body that met" : "a standing body's session")
        }
    }
}
