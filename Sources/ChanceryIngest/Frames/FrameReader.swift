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

    var tokens: [Token] { table.read.tokens }
    var cues: Cues { table.lexicon.cues }
    var partyReader: PartyReader { PartyReader(table: table, context: context) }

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
        if case .meeting(let cue) = trigger.kind, cue == .reception || cue == .audience { frame.hosts = true }
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
        let pronounSubject = subjectWindow.contains { k in k < anchor.start && table.cue(.pronoun, k) }
        let subjectNamed = people.contains { scope.contains($0.nameRange.lowerBound) && $0.nameRange.lowerBound < anchor.start }
        // ("From there he flew to Muscat, where he was received by …": the organisation's official the story follows.)
        if !enough(parties), pronounSubject, !subjectNamed, let official = context.organizationProtagonist,
           let organization = official.organization, !parties.organizations.contains(organization) {
            parties.organizations.insert(organization)
            var participant = official.participant
            participant.country = organization
            parties.participants.append(participant)
            parties.rule += (parties.rule.isEmpty ? "" : ", ") + "the organisation's official the story follows, as the pronoun subject"
        }
        if !enough(parties), titleSubject || pronounSubject || subjectWindow.contains(where: { k in
               table.at[k].map { $0.length == 1 && $0.has({ if case .role = $0 { true } else { false } }) } ?? false }),
           !subjectNamed, let protagonist = context.statesByPeople.first, !parties.countries.contains(protagonist) {
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
        func subjectSays(_ kind: CueKind, reach: Int = 0) -> Bool {
            subjectSpan.contains { k in
                table.cue(kind, k) || cues.match(kind, in: tokens, at: k, limit: min(scope.upperBound, subjectSpan.upperBound + reach)) != nil
            }
        }
        let sidesAsSubject = subjectSays(.both)
        if sidesAsSubject, let last = previous.last(where: { $0.anchored && !$0.background }), last.event.countries.count == 2,
           parties.countries != Set(last.event.countries), !people.contains(where: { scope.contains($0.nameRange.lowerBound) }) {
            parties.countries = Set(last.event.countries)
            parties.rule = "the two sides: the parties of the event told before"
            partiesWhere = "the document"
        }
        // "وقع الوزراء الثلاثة", "les trois pays ont signé", "Les cinq se retrouveront à Riyad … en présence du ministre
        // libanais": the several parties of the event told before, with any other its own words name.
        let severalAsSubject = subjectSays(.theSeveral, reach: 2)
        if severalAsSubject, let last = previous.last(where: { $0.anchored && !$0.background && $0.event.countries.count >= 3 }),
           !Set(last.event.countries).isSubset(of: parties.countries), !people.contains(where: { scope.contains($0.nameRange.lowerBound) && $0.nameRange.lowerBound < anchor.start }) {
            parties.countries.formUnion(last.event.countries)
            parties.rule = "the several parties of the event told before"
            partiesWhere = "the document"
        }
        // "Tanzanian President Samia Suluhu Hassan met with Wang": someone the story named in full, by one name.
        if parties.countries.count == 1, parties.organizations.isEmpty, let only = parties.countries.first,
           let other = stateNamedByOneName(in: scope, other: only) {
            parties.countries.insert(other)
            parties.anchored = true
            parties.rule += (parties.rule.isEmpty ? "" : ", ") + "someone named in full before, by one name"
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
        // "Elle a été précédée d'une réunion des experts": a meeting of experts or senior officials beside a session
        // told before is that body's, of its parties (the document stage makes it the session at their level).
        if !enough(parties), case .meeting(.generic) = trigger.kind,
           (anchor.end..<min(sentence.upperBound, anchor.end + 3)).contains(where: { table.cueLength(.officialsLevel, at: $0, limit: sentence.upperBound) != nil }),
           let session = previous.last(where: { $0.event.type == .commissionSession && !$0.background && $0.sentence >= trigger.sentence - 3 }) {
            parties.countries = Set(session.event.countries)
            parties.organizations = Set(session.event.organizations)
            parties.rule = "the parties of the session it prepared"
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
        // (Not a headline's, which sums up: "PM holds talks with visiting ministers".)
        frame.bothRole = trigger.sentence < table.read.headlineSentences ? nil : scope.lazy.compactMap { k -> String? in
            guard let m = self.table.at[k], m.start == k, (max(scope.lowerBound, m.start - 2)..<m.end).contains(where: { j in
                self.cues.word(.both, self.tokens[j]) || self.table.cue(.both, j)
                    || self.cues.match(.both, in: self.tokens, at: j, limit: m.end) != nil }) else { return nil }
            return m.first { if case .role(let r) = $0 { r } else { nil } }
        }.first
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
        frame.postponedIn = time.postponed ? trigger.sentence : nil
        frame.yearlessDate = time.yearless
        frame.note("date", time.date?.description ?? "none", words: time.dateWords, rule: time.dateRule)
        let status = frame.event.status
        frame.note("status", status.rawValue, words: time.statusWords, rule: time.statusRule)
        // "We have more signed documents than results", "the number of documents signed": papers in general that the
        // participle qualifies, with no party nor time of their own, are no signing ("witnessed the signing of several
        // documents", "وشهد الرئيسان توقيع عدد من الوثائق" still are).
        if case .agreement(let signing, let instrument) = trigger.kind, !frame.ownParties, time.date == nil,
           signing.end == instrument.start || instrument.end == signing.start,
           (instrument.start..<instrument.end).allSatisfy({ table.cue(.genericInstrument, $0) }) {
            return []
        }
        // "ويأتي توقيع الاتفاقية في وقت …", "la signature de l'accord intervient …": the signing of the instrument told
        // before, named again with no parties of its own.
        if case .agreement(let signing, let instrument) = trigger.kind, !frame.ownParties, signing.end <= instrument.start,
           instrument.start - signing.end <= 2, definiteInstrument(instrument),
           previous.contains(where: { $0.event.type == .agreement && !$0.background }) {
            return []
        }

        // Earlier events the story recalls: kept only with a year of their own.
        // "… كانت قد انعقدت بدمشق", "had met in 2019": a verb of the past perfect near the trigger.
        let clause = clauses.first { $0.contains(anchor.start) }
        // (Not one dated from the story's own days: "La veille, le président avait reçu …"; but "Kulubaev, whom he had
        // seen at the meeting the previous day" recalls the meeting told before.)
        let relativeBefore = (sentence.lowerBound..<anchor.start).contains { table.cue(.relative, $0) }
        let inRelativeClause = clause?.kind == .relative || relativeBefore
        let pastPerfect = !(time.toldFromStoryDay && !inRelativeClause)
            && (max(scope.lowerBound, anchor.start - 3)..<min(scope.upperBound, anchor.end + 6)).contains { table.cue(.background, $0) }
        let toldAsRecalled = recalled(trigger, floor: sentence.lowerBound, limit: sentence.upperBound) || clause?.kind == .background || pastPerfect
        // ("الاتفاقية الأصلية، التي وقعها البلدان في نيقوسيا عام 2015", in a story of no known day: a relative clause that
        // dates its act by a year alone tells of an earlier one.)
        let recalledByItsYear = table.reference == nil && inRelativeClause && time.date?.precision == .year
        if toldAsRecalled || olderThanStory(time.date) || recalledByItsYear {
            // (A month of no year read as past is old only by that reading: "followed by a meeting in August", after
            // an event announced in its sentence, is ahead.)
            frame.oldOnlyByItsMonth = !toldAsRecalled && time.yearless
            // (One told in a relative clause may take the time of the recalled event it belongs to: "une visite d'Etat …
            // les 13 et 14 décembre 2025, à l'occasion de laquelle plusieurs accords avaient été signés"; the document
            // stage gives it that time or drops it.)
            guard time.date != nil || relativeBefore else { return [] }
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
}
