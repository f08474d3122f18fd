import ChanceryCore

/// An event read from one sentence, before the events of a document are merged.
struct RawEvent {
    var event: Event
    var sentence: Int
    /// True when the sentence itself named two parties; such a reading wins over a vaguer one when merged.
    var anchored: Bool
    var dated: Bool
    /// True when the title was read from a sentence that named both parties.
    var titleAnchored: Bool = false
    /// True when the trigger points back with a demonstrative ("this meeting", "هذا اللقاء", "ces entretiens").
    var pointsBack: Bool = false
    /// True for "the last session, in 2013", "la précédente session": an earlier one than the story's.
    var earlier: Bool = false
    /// True for an encounter told as face to face (a visit, a reception, "met", or a place it was held in) in a
    /// sentence that says nothing of a phone or a screen.
    var toldInPerson: Bool = false
}

/// Turns the mentions of each sentence into events, then merges the readings of one real event.
///
/// A class: the closures that read a sentence capture `self`, and capturing a struct of a document's arrays retained
/// and released each of them, tens of times per document.
final class EventAssembler {
    let document: Document
    let tokens: [Token]
    let mentions: [Mention]
    let mentionAt: MentionIndex
    let finder: ParticipantFinder
    let sentences: [Range<Int>]
    /// The publication date, or the dateline's when the document carries none.
    let published: PartialDate?
    /// The first token of the dateline, whose date is the filing day rather than an event's.
    let datelineToken: Int?
    /// What the sentences share, worked out once per document.
    let memo = Memo()

    init(document: Document, tokens: [Token], mentions: [Mention], mentionAt: MentionIndex, finder: ParticipantFinder,
         sentences: [Range<Int>], published: PartialDate?, datelineToken: Int?) {
        self.document = document
        self.tokens = tokens
        self.mentions = mentions
        self.mentionAt = mentionAt
        self.finder = finder
        self.sentences = sentences
        self.published = published
        self.datelineToken = datelineToken
    }

    /// Answers that depend only on the document, kept as they are first asked for: every event read from a sentence,
    /// the lead date and `storyDayDiffers` all read a sentence's date expressions, which cost a pass over its tokens.
    /// A class, so that the assembler's non-mutating methods can fill it in.
    final class Memo {
        var dateExpressions: [Range<Int>: [(Int, DateExpression)]] = [:]
        var storyDayDiffers: Bool?
        /// The folded words of each name compared by `samePerson`, with the name as spelled.
        var nameWords: [String: (spelled: String, words: Set<String>)] = [:]
    }

    /// `DateResolver.expressions` over the tokens of `range`, a sentence, read once per document.
    private func dateExpressions(in range: Range<Int>) -> [(Int, DateExpression)] {
        if let known = memo.dateExpressions[range] { return known }
        let found = DateResolver.expressions(in: tokens, range: range, mentions: mentionAt)
        memo.dateExpressions[range] = found
        return found
    }

    // MARK: - Per sentence

    func events() -> [Event] {
        let focus = focusCountries()
        var raws: [RawEvent] = []
        var sentenceMentions: [[Mention]] = Array(repeating: [], count: sentences.count)
        // Mentions come in token order, so a sentence's mentions are one run of them, added at once: appending them one
        // by one regrew each sentence's array several times, copying its mentions.
        var runStart = 0
        while runStart < mentions.count {
            let sentence = tokens[mentions[runStart].start].sentence
            var runEnd = runStart + 1
            while runEnd < mentions.count, tokens[mentions[runEnd].start].sentence == sentence { runEnd += 1 }
            sentenceMentions[sentence].append(contentsOf: mentions[runStart..<runEnd])
            runStart = runEnd
        }
        // The first sentence naming a joint body: after it, "la 9e session" alone is a session of that body.
        let bodyBefore = sentenceMentions.firstIndex { list in
            list.contains { $0.has({ if case .bodyHead = $0 { true } else { false } }) && qualified($0, mentions: list) }
        } ?? sentences.count
        for (index, range) in sentences.enumerated() where !range.isEmpty {
            for raw in read(sentence: index, range: range, mentions: sentenceMentions[index], focus: focus, bodyBefore: bodyBefore) {
                // "They discussed Libya during this meeting": the encounter is one already told; its parties stand.
                if raw.pointsBack, raw.event.date == nil, let earlier = raws.lastIndex(where: { $0.event.type == raw.event.type }) {
                    for person in raw.event.participants where !raws[earlier].event.participants.contains(where: { samePerson($0, person) })
                        && raw.event.participants.count > 0 && (person.country.map { raws[earlier].event.countries.contains($0) } ?? false) {
                        raws[earlier].event.participants.append(person)
                    }
                    continue
                }
                // … and with nothing told before it and no one named, it points back at background.
                if raw.pointsBack, raw.event.date == nil, raw.event.participants.isEmpty { continue }
                raws.append(raw)
            }
        }
        return merge(raws)
    }

    /// True for the entries an event of `read` starts from: a meeting cue, a signing, a body's head, a session word.
    private static func canTrigger(_ entry: LexiconEntry) -> Bool {
        switch entry {
        case .meeting, .signing, .bodyHead, .session: true
        default: false
        }
    }

    // Words asked of single tokens while reading a sentence, as `WordSet`s: most tokens are ruled out by their hash,
    // where an array of `String`s compared the text with every word, normalising Arabic.
    private static let pressWords: WordSet = ["press", "presse", "news", "صحفي", "صحفيا"]
    private static let jointWords: WordSet = ["joint", "conjointe", "conjoint", "مشترك", "مشتركا"]
    private static let betweenWords: WordSet = ["between", "entre", "بين"]
    private static let sinceWords: WordSet = ["منذ", "since", "depuis"]
    private static let arabicPlaceWords: WordSet = ["في", "الي", "مدينه", "عاصمه", "العاصمه"]
    private static let latinPlaceWords: WordSet = ["in", "en", "au", "aux", "a", "at", "to", "from", "visit", "visite"]
    private static let periodWords: WordSet = [
        "للاعوام", "للسنوات", "للفتره", "الفتره", "years", "period", "periode", "horizon", "annees", "cycle",
    ]

    private func read(sentence: Int, range: Range<Int>, mentions: [Mention], focus: [String], bodyBefore: Int) -> [RawEvent] {
        // Every event below needs a meeting cue, a signing, a body's head or a session word: a sentence with none,
        // most of a story, is done with before its mentions are sorted out.
        guard mentions.contains(where: { $0.has(Self.canTrigger) }) else { return [] }
        var meeting: (Mention, MeetingCue)?
        var signing: Mention?
        var instruments: [Mention] = []
        var heads: [Mention] = []
        var phone = false
        var video = false
        for m in mentions {
            if let cue = m.first({ if case .meeting(let c) = $0 { return c } else { return nil } }), !timeAnchor(m) {
                switch cue {
                case .phoneModifier: phone = true
                case .videoModifier: video = true
                case .phone: phone = true; if meeting == nil || meeting?.1 == .generic { meeting = (m, cue) }
                case .video: video = true; if meeting == nil || meeting?.1 == .generic { meeting = (m, cue) }
                case .strong: if meeting == nil || meeting?.1 == .generic { meeting = (m, cue) }
                case .generic: if meeting == nil { meeting = (m, cue) }
                }
            }
            if m.has({ $0 == .signing }), signing == nil { signing = m }
            if m.has({ if case .instrument = $0 { true } else { false } }) { instruments.append(m) }
            if m.has({ if case .bodyHead = $0 { true } else { false } }) { heads.append(m) }
        }
        // A press conference is an encounter when held jointly or with a counterpart, not when one side briefs alone.
        if let cue = meeting?.0, (cue.start..<cue.end).contains(where: { Self.pressWords.contains(tokens[$0]) }),
           !(cue.start..<cue.end).contains(where: { Self.jointWords.contains(tokens[$0]) }),
           !mentions.contains(where: { $0.has({ $0 == .counterpart }) }) {
            meeting = nil
        }
        // "a joint press conference at the end of the talks": part of the talks already told, not an encounter of its own.
        if let cue = meeting?.0, (cue.start..<cue.end).contains(where: { Self.pressWords.contains(tokens[$0]) }),
           mentions.contains(where: { $0.start != cue.start && $0.has({ if case .meeting = $0 { true } else { false } }) && timeAnchor($0) }) {
            meeting = nil
        }
        var results: [RawEvent] = []

        // Commission session: a joint body named with a session word or an ordinal.
        var sessionBody: (head: Mention, session: Mention?, ordinal: Int?)?
        for head in heads {
            // "the Political Consultations Commission between the two ministries": a body between states is standing.
            let between = head.end < range.upperBound && Self.betweenWords.contains(tokens[head.end])
            guard qualified(head, mentions: mentions) || between else { continue }
            let session = mentions.last { m in m.has({ $0 == .session }) && m.start < head.start && head.start - m.end <= 8 && m.start != head.start }
                ?? mentions.first { m in m.has({ $0 == .session }) && m.start > head.start && m.start - head.end <= 6 }
            let ordinal = session.flatMap { ordinalNear($0, range: range) }
            if session != nil || ordinal != nil {
                sessionBody = (head, session, ordinal)
                break
            }
            // "… between X and Y held a virtual meeting on Monday": the body met; that meeting is its session.
            if between, let cue = mentions.first(where: { $0.start > head.end && $0.has({ if case .meeting = $0 { true } else { false } }) }) {
                sessionBody = (head, cue, nil)
                break
            }
        }
        let instrument = signing.flatMap { nearestInstrument(to: $0, in: instruments) }
        // "La 9e session doit se tenir à Dakar", "the commission's 4th session will be held": a numbered session
        // standing alone, after the body was named, is that body's ("the 76th session of the General Assembly" is not).
        var bareSession: (session: Mention, ordinal: Int)?
        if sessionBody == nil, sentence > bodyBefore {
            for m in mentions where m.has({ $0 == .session }) && Self.sessionNouns.contains(tokens[m.start].text) {
                guard let ordinal = ordinalNear(m, range: range) else { continue }
                let next = m.end < range.upperBound ? tokens[m.end] : nil
                if let next, ["of", "de", "du", "des", "d"].contains(next.text) || next.isArabic && next.textHasPrefix("ل") { continue }
                bareSession = (m, ordinal)
                break
            }
        }
        let sessionAnchor = sessionBody.map { $0.session ?? $0.head } ?? bareSession?.session
        let agreementTrigger = signing.flatMap { s in instrument.map { s.start < $0.start ? s : $0 } }
        let meetingTrigger = meeting.flatMap { m in
            m.1 == .generic && (sessionAnchor != nil || agreementTrigger != nil) ? nil : m.0
        }.flatMap { m in
            // The meeting that was the body's session, or a cue naming the body ("Political Consultations Commission").
            m.start == sessionAnchor?.start || sessionBody.map({ m.end <= $0.head.start && $0.head.start - m.end <= 1 }) == true ? nil : m
        }.flatMap { m in
            // "the session of the Joint Commission, which met in Abuja": the body met, not two delegations apart from it.
            sessionAnchor != nil && m.start > range.lowerBound && Self.relativeWords.contains(tokens[m.start - 1]) ? nil : m
        }
        // Only a trigger makes an event: most sentences have none, and their people need not be looked for.
        guard sessionAnchor != nil || agreementTrigger != nil || meetingTrigger != nil else { return results }
        let everyone = finder.participants(in: range)
        let anchors = [sessionAnchor, agreementTrigger, meetingTrigger].compactMap { $0?.start }
        /// Each person belongs to the event whose trigger is nearest to their name.
        func people(for trigger: Mention) -> [FoundParticipant] {
            everyone.filter { person in
                let own = abs(person.nameRange.lowerBound - trigger.start)
                return anchors.allSatisfy { abs(person.nameRange.lowerBound - $0) >= own }
            }
        }

        // "… أول دورة للجنة منذ تسع سنوات، حيث انعقدت آخر دورة في عام 2013 بنواكشوط": a later clause recalling the body's
        // last session tells of that earlier session; its year and place are not the story's session's.
        let recalledSession = sessionAnchor.flatMap { anchor in
            mentions.first { m in m.start > anchor.end && m.has({ $0 == .session }) && recalled(m, range: range) }
        }
        if let earlier = recalledSession, !negated(earlier, range: range) {
            let clause = earlier.start..<range.upperBound
            var event = Event(type: .commissionSession, body: sessionBody.map { bodyText($0.head, range: range) })
            let ok = fill(&event, trigger: earlier, range: clause, mentions: mentions.filter { clause.contains($0.start) }, people: [],
                          everyone: everyone.filter { clause.contains($0.nameRange.lowerBound) }, focus: focus)
            if ok.0, event.date != nil {
                event.evidence = evidence(range)
                results.append(RawEvent(event: event, sentence: sentence, anchored: ok.1, dated: true, earlier: true))
            }
        }
        let sessionRange = range.lowerBound..<(recalledSession?.start ?? range.upperBound)
        if let anchor = sessionAnchor, !negated(anchor, range: range) {
            let range = sessionRange
            let mentions = mentions.filter { range.contains($0.start) }
            let everyone = everyone.filter { range.contains($0.nameRange.lowerBound) }
            var body = sessionBody.map { bodyText($0.head, range: range) }
            // "… اللجنة المشتركة على مستوى كبار الموظفين": the officials preparing the session, another event than the
            // ministers' session of the same number; the name keeps the level so that the store tells them apart.
            if let name = body, let level = levelPhrase(near: anchor, range: range) { body = name + " " + level }
            var event = Event(type: .commissionSession, body: body, ordinal: sessionBody?.ordinal ?? bareSession?.ordinal)
            let ok = fill(&event, trigger: anchor, range: range, mentions: mentions,
                          people: people(for: anchor).filter { range.contains($0.nameRange.lowerBound) }, everyone: everyone, focus: focus)
            event.evidence = evidence(sentences[sentence])
            if ok.0 {
                results.append(RawEvent(event: event, sentence: sentence, anchored: ok.1, dated: event.date != nil,
                                        earlier: event.date != nil && recalled(anchor, range: range)))
            }
        }

        // Agreement: a signing and an instrument in the same sentence.
        if let signing, let instrument, let trigger = agreementTrigger, !negated(signing, range: range) {
            let (kind, dual) = instrument.first { if case .instrument(let i, let c) = $0 { return (i, c) } else { return nil } } ?? (.other, nil)
            var event = Event(type: .agreement, instrument: kind, count: dual ?? countBefore(instrument, range: range) ?? 1,
                              title: titleAfter(instrument, range: range))
            let ok = fill(&event, trigger: trigger, range: range, mentions: mentions, people: people(for: trigger), everyone: everyone, focus: focus)
            if ok.0 { results.append(RawEvent(event: event, sentence: sentence, anchored: ok.1, dated: event.date != nil)) }
        }

        // Meeting: a strong cue, or a generic one not absorbed by a session of a body.
        if let trigger = meetingTrigger, !negated(trigger, range: range) {
            var event = Event(type: .meeting, mode: video ? .video : (phone ? .phone : .inPerson))
            let ok = fill(&event, trigger: trigger, range: range, mentions: mentions, people: people(for: trigger), everyone: everyone, focus: focus)
            let pointsBack = trigger.start > range.lowerBound
                && ["هذا", "هذه", "this", "these", "cette", "ces", "cet"].contains(tokens[trigger.start - 1].text)
                // "During the meeting, the two sides …", "الاجتماع": a definite bare noun naming no parties of its own is
                // the encounter already told.
                || !ok.1 && trigger.has({ $0 == .meeting(.generic) }) && (tokens[trigger.start].isArabic ? tokens[trigger.start].textHasPrefix("ال")
                    : trigger.start > range.lowerBound && ["the", "la", "le", "l"].contains(tokens[trigger.start - 1].text))
            if ok.0 {
                let remote = mentions.contains { m in
                    m.has({ entry in
                        guard case .meeting(let cue) = entry else { return false }
                        return [.phone, .video, .phoneModifier, .videoModifier].contains(cue)
                    })
                }
                // The cue as looked up: without the clitic of its first word ("والتقى" is "التقى").
                let cue = (trigger.start..<trigger.end).map { k in
                    k == trigger.start ? String(tokens[k].text.dropFirst(trigger.prefixLength)) : tokens[k].text
                }.joined(separator: " ")
                // A cue of simple scalars is compared by bytes: `String.hasPrefix` would normalise every Arabic cue.
                let cueIsSimple = (trigger.start..<trigger.end).allSatisfy { tokens[$0].isSimple }
                let faceToFace = event.location != nil
                    || Self.inPersonCues.contains { Token.hasPrefix(cue, $0, textIsSimple: cueIsSimple) }
                results.append(RawEvent(event: event, sentence: sentence, anchored: ok.1, dated: event.date != nil, pointsBack: pointsBack,
                                        toldInPerson: event.mode == .inPerson && !remote && faceToFace))
            }
        }
        return results
    }

    /// Meeting cues that put the parties in one room: receiving, meeting, visiting (folded forms).
    private static let inPersonCues: [TextPrefix] = [
        "استقبل", "يستقبل", "تستقبل", "استقبال", "التقي", "يلتقي", "تلتقي", "التقت", "لقاء", "اجتمع", "يجتمع", "زار", "زياره",
        "met", "meets", "meet with", "received", "receives", "hosted", "hosts", "visit", "will meet", "to meet",
        "a recu", "recu", "recoit", "rencontre", "a rencontre", "visite",
    ]

    /// The words that set a session at the level of senior officials or experts, as written, when they stand near it.
    private func levelPhrase(near anchor: Mention, range: Range<Int>) -> String? {
        let window = max(range.lowerBound, anchor.start - 6)..<min(range.upperBound, anchor.end + 16)
        for k in window where Self.officialsPhraseFirstWords.contains(tokens[k]) {
            for n in 2...6 where k + n <= window.upperBound {
                let words = (k..<k + n).map { tokens[$0].text }.joined(separator: " ")
                if SessionLevel.officialsPhrases.contains(words) { return finder.text(k..<k + n) }
            }
        }
        return nil
    }

    /// The first word of each of `SessionLevel.officialsPhrases`. Tokens hold no space, so tokens joined by spaces
    /// equal a phrase only if the first token is its first word: testing that one word spares joining and comparing
    /// up to five strings against every phrase at nearly every token of the window.
    private static let officialsPhraseFirstWords = WordSet(SessionLevel.officialsPhrases.map {
        String($0.prefix { $0 != " " })
    })

    private static let bothSidesWords: Set<String> = ["الجانبان", "الجانبين"]

    /// Every city form of the gazetteer, folded.
    private static let foldedCityForms: Set<String> = Set(Gazetteer.shared.cities.map { TextFolding.fold($0.form) })

    /// False for an Arabic word that matched a city only through an article the city's name never takes:
    /// "المشهد" (the scene) is not مشهد (Mashhad), while "بالرباط" is ب + الرباط.
    private func writtenAsListed(_ m: Mention) -> Bool {
        let text = tokens[m.start].text
        guard tokens[m.start].isArabic, m.length == 1 else { return true }
        var rest = Substring(text)
        var stripped = 0
        while true {
            if Self.foldedCityForms.contains(String(rest)) { return true }
            // ل + ال is written لل: للقاهرة is ل + القاهرة.
            if rest.hasPrefix("لل"), Self.foldedCityForms.contains("ال" + rest.dropFirst(2)) { return true }
            guard stripped < 2, let first = rest.first, "وفبلك".contains(first) else { return false }
            rest = rest.dropFirst()
            stripped += 1
        }
    }

    /// The first tokens of city mentions that are one of two cities of different states joined by
    /// "and" ("Rabat et Paris", "Washington and Beijing", "الرباط وباريس"): a place is one city, so two
    /// joined name the two governments.
    private func citiesJoinedByAnd(_ mentions: [Mention]) -> Set<Int> {
        func city(_ m: Mention) -> String? { m.first { if case .city(let c, _) = $0 { return c } else { return nil } } }
        var joined = Set<Int>()
        let cities = mentions.filter { city($0) != nil }
        for (a, b) in zip(cities, cities.dropFirst()) {
            guard let first = city(a), let second = city(b), first != second else { continue }
            let arabicAnd = b.start == a.end && b.prefixLength > 0 && tokens[b.start].isArabic && tokens[b.start].text.hasPrefix("و")
            let latinAnd = b.start == a.end + 1 && Self.andWords.contains(tokens[a.end].text)
            if arabicAnd || latinAnd { joined.formUnion([a.start, b.start]) }
        }
        return joined
    }

    private static let andWords: Set<String> = ["and", "et", "&"]

    /// Fills status, date, parties, location, participants and evidence; false when the event lacks two parties.
    private func fill(_ event: inout Event, trigger: Mention, range: Range<Int>, mentions: [Mention],
                      people: [FoundParticipant], everyone: [FoundParticipant], focus: [String]) -> (Bool, Bool) {
        // Status.
        var planned = trigger.future
        for m in mentions where m.has({ $0 == .planned }) {
            // “We will set up a commission,” the minister told a joint press conference: the quote's future is its own.
            if m.end <= trigger.start, (m.end..<trigger.start).contains(where: { ["\"", "”", "»", "“", "«"].contains(tokens[$0].text) }) { continue }
            // French and English put the auxiliary after the subject: "la session se tiendra", "talks will be held".
            // The subject can be long: "la 9e session de la commission mixte franco-tunisienne se tiendra".
            if m.start < trigger.start || !tokens[m.start].isArabic && m.start - trigger.end <= 10 { planned = true }
            // Arabic puts the adjective after the noun: "الاجتماع المزمع عقده", "الزيارة المرتقبة".
            if tokens[m.start].isArabic, m.start >= trigger.end, m.start - trigger.end <= 1 { planned = true }
        }
        if !planned { planned = futureVerb(before: trigger.start, in: range, people: everyone) }
        if !planned { planned = futureRelativeClause(after: trigger.end, in: range) }

        if !planned, trigger.end < range.upperBound, tokens[trigger.start].textHasPrefix("سي") || tokens[trigger.start].textHasPrefix("ست") {
            planned = trigger.future
        }

        // Date.
        // "Since March 2016" dates a state of affairs, not the event.
        let expressions = dateExpressions(in: range).filter { item in
            item.0 != datelineToken && !reported(item, range: range) && (planned || !laterClause(from: trigger.end, to: item.0))
                && !validityPeriod(item, range: range)
                && !(max(range.lowerBound, item.0 - 2)..<item.0).contains { Self.sinceWords.contains(tokens[$0]) }
        }
        var date: PartialDate?
        var end: PartialDate?
        func closest(_ list: [(Int, DateExpression)]) -> (Int, DateExpression)? {
            list.min { abs($0.0 - trigger.start) < abs($1.0 - trigger.start) }
        }
        let absolute = expressions.filter { if case .absolute(let d, _) = $0.1 { return d.precision == .day } else { return false } }
        let dayMonth = expressions.filter { if case .dayMonth = $0.1 { return true } else { return false } }
        let relative = expressions.filter { if case .relative = $0.1 { return true } else { return false } }
        let weekday = expressions.filter {
            switch $0.1 {
            case .weekday, .weekdayRange: true
            default: false
            }
        }
        let coarse = expressions.filter {
            switch $0.1 {
            case .absolute(let d, _): d.precision != .day
            case .month, .year, .relativeMonth, .relativeYear, .relativeWeek: true
            default: false
            }
        }
        for group in [absolute, dayMonth, relative, weekday, coarse] {
            if let pick = closest(group) {
                if case .relative(let days) = pick.1, days > 0 { planned = true }
                if case .weekday(_, let direction) = pick.1, direction > 0 { planned = true }
                if case .relativeMonth(let offset) = pick.1, offset > 0 { planned = true }
                if case .relativeYear(let offset) = pick.1, offset > 0 { planned = true }
                // "8 و9 ديسمبر المقبل", "le 3 mars prochain": a day named as the next one is ahead; "dernier" behind.
                if let direction = directionAfter(pick.0, range: range) {
                    if direction > 0 { planned = true } else if case .dayMonth = pick.1 { planned = false }
                }
                (date, end) = DateResolver.resolve(pick.1, published: published, planned: planned)
                // "learned on Saturday that … met last Saturday": when the story tells of itself on another day than
                // its publication's, a weekday counts from a day the text does not fix; only the month is known.
                if let day = date, day.precision == .day, weekday.contains(where: { $0.0 == pick.0 }), storyDayDiffers() {
                    (date, end) = (PartialDate(year: day.year, month: day.month), nil)
                }
                if date != nil { break }
            }
        }
        // "concluded on Tuesday the session, which met on Monday and Tuesday": a span of the sentence that holds the day
        // picked is the fuller date.
        if let day = date, end == nil, day.precision == .day {
            for item in expressions {
                let (start, last) = DateResolver.resolve(item.1, published: published, planned: planned)
                if let start, let last, start <= day, day <= last { (date, end) = (start, last); break }
            }
        }
        if let date, let published, date.precision == .day {
            if date > published { planned = true } else if date < published { planned = false }
        }
        // "La récente visite de …", "زيارته الأخيرة": an earlier encounter recalled without a year is background, not an event.
        if date == nil, recalled(trigger, range: range) { return (false, false) }
        event.status = planned ? .planned : .occurred
        event.date = date
        event.endDate = end

        // Parties.
        var strong: [String] = []
        var weak: [String] = []
        var location: Location?
        var organizations: [String] = []
        let pairedCities = citiesJoinedByAnd(mentions)
        for m in mentions {
            // "Rabat et Paris signent …", "الرباط وباريس توقعان": two capitals joined stand for their states, not a venue.
            if pairedCities.contains(m.start), let code = m.first({ if case .city(let c, _) = $0 { return c } else { return nil } }) {
                weak.append(code)
                continue
            }
            if let (code, name) = m.first({ if case .city(let c, let n) = $0 { return (c, n) } else { return nil } }), writtenAsListed(m) {
                // "عمان" is Amman (JO) or Oman: a form that is a city of one state and the name of another reads as the city,
                // unless the text says "سلطنة عمان".
                let isAlsoCountry = m.has({ if case .country = $0 { true } else { false } }) && homographCity(m) == nil
                if location == nil || (location?.country != code && !isAlsoCountry) { location = Location(name: name, country: code) }
                if !isAlsoCountry { continue }
                weak.append(code)
                continue
            }
            if let code = m.first({ if case .organization(let c) = $0 { return c } else { return nil } }) { organizations.append(code) }
            if let code = m.first({ entry -> String? in
                switch entry {
                case .nationality(let c), .country(let c), .nationalityPrefix(let c): c
                default: nil
                }
            }) {
                if topical(m) || parenthesised(m, range: range) { continue }
                if locative(m) { weak.append(code) } else { strong.append(code) }
            }
        }
        for person in everyone {
            if let organization = person.organization { organizations.append(organization); continue }
            if let c = person.participant.country, c.count == 2 { strong.append(c) }
        }
        var parties = Set(strong)
        // When the people of the sentence already name two states, other countries in it are what they talked about.
        let represented = Set(everyone.compactMap { $0.organization == nil ? $0.participant.country : nil }.filter { $0.count == 2 })
        if represented.count >= 2 { parties = represented }
        let anchored = parties.count >= 2
        // A trigger with no party of its own ("The meeting tackled the situation in Libya") refers to the story's
        // main encounter: its parties are the document's, not the places the sentence mentions.
        // A bare "meeting"/"اجتماعات"/"visit" with no one and no state of its own is talk about meetings, not a report of one.
        if parties.isEmpty, everyone.isEmpty, event.type == .meeting, trigger.has({ $0 == .meeting(.generic) }) { return (false, false) }
        // Talks with no one, no state and no place of their own are talk about talks ("dialogue is the only way").
        // (Signings and sessions keep the document's parties: "the agreements were signed after the meeting".)
        // (A call has no place: "during a phone conversation late on Thursday, A and B discussed …" is one.)
        // ("The two sides will discuss …" is talks of the story's two parties.)
        let bothSides = (trigger.start..<trigger.end).contains { Self.bothSidesWords.contains(tokens[$0].text) }
        if parties.isEmpty, everyone.isEmpty, weak.isEmpty, location == nil, event.type == .meeting, !bothSides,
           !trigger.has({ $0 == .meeting(.phone) || $0 == .meeting(.video) }) { return (false, false) }
        if parties.isEmpty, focus.count == 2 { parties = Set(focus) }
        if parties.count < 2 { for c in weak where parties.count < 2 { parties.insert(c) } }
        if parties.count < 2, let host = location?.country, !parties.isEmpty { parties.insert(host) }
        if parties.count < 2 { for c in focus where parties.count < 2 { parties.insert(c) } }
        guard parties.count >= 2 || (parties.count == 1 && !organizations.isEmpty) else { return (false, false) }
        event.countries = parties.sorted()
        event.organizations = Array(Set(organizations)).sorted()
        event.location = location ?? ministrySeat(in: range)

        // Participants: a person with no country takes the one party no one else represents.
        var list = people.map(\.participant)
        let unrepresented = parties.subtracting(Set(list.compactMap(\.country)))
        for k in list.indices where list[k].country == nil && unrepresented.count == 1 { list[k].country = unrepresented.first }
        event.participants = list.filter { $0.country == nil || parties.contains($0.country ?? "") || organizations.contains($0.country ?? "") }
        // "هذه المباحثات", "this meeting": a reference back to an event told elsewhere brings no new people.
        if trigger.start > range.lowerBound, ["هذه", "هذا", "this", "these", "cette", "ce", "ces"].contains(tokens[trigger.start - 1].text) {
            event.participants = []
        }

        event.evidence = evidence(range)
        event.confidence = min(0.95, 0.5 + (anchored ? 0.2 : 0) + (date != nil ? 0.1 : 0) + (list.isEmpty ? 0 : 0.1))
        return (true, anchored)
    }

    /// The city of a ministry named with its state, where a sentence sets an event in its premises: "بمقر وزارة الخارجية
    /// المصرية", "au siège du ministère sénégalais des Affaires étrangères", "at the Kenyan Foreign Ministry's headquarters".
    /// Ministries sit in their state's seat of government, the first city `cities.tsv` lists for it.
    private func ministrySeat(in range: Range<Int>) -> Location? {
        func code(at k: Int) -> String? {
            mentionAt[k]?.first { entry -> String? in
                switch entry {
                case .nationality(let c), .country(let c): c
                default: nil
                }
            }
        }
        for k in range where Self.premisesWords.contains(tokens[k]) {
            // The ministry follows the premises word closely ("مقر وزارة", "siège du ministère") or precedes it
            // ("Foreign Ministry headquarters"); its state is written within a few words of it.
            let window = max(range.lowerBound, k - 4)..<min(range.upperBound, k + 4)
            guard let ministry = window.first(where: { j in Self.ministryWords.contains(tokens[j]) }) else { continue }
            // Only words between the premises and the ministry, or after a ministry named second: a state written before
            // "بمقر" is the guest's ("received his Turkish counterpart at the ministry").
            var j = ministry > k ? k + 1 : max(range.lowerBound, ministry - 2)
            let last = ministry > k ? min(range.upperBound, ministry + 6) : k
            while j < last {
                if tokens[j].kind == .punct { break }
                if let country = code(at: j), let seat = finder.gazetteer.cities.first(where: { $0.code == country }) {
                    return Location(name: seat.name, country: country)
                }
                j += 1
            }
        }
        return nil
    }

    private static let premisesWords: WordSet = ["مقر", "بمقر", "وبمقر", "siege", "headquarters", "premises"]
    private static let ministryWords: WordSet = ["وزاره", "الوزاره", "ministere", "ministry"]

    /// Evidence: the sentence as written.
    private func evidence(_ range: Range<Int>) -> Evidence {
        let first = tokens[range.lowerBound]
        var lastIndex = range.upperBound - 1
        while lastIndex > range.lowerBound, tokens[lastIndex].text == "\n" { lastIndex -= 1 }
        let span = finder.folded.originalRange(of: first.start..<tokens[lastIndex].end)
        return Evidence(text: finder.originalText(span), start: span.lowerBound, end: span.upperBound)
    }

    /// True for a country written as a place (بالقاهرة، في مصر، "in India") rather than as a party.
    private func locative(_ m: Mention) -> Bool {
        let token = tokens[m.start]
        if token.isArabic {
            if m.prefixLength > 0, token.textHasPrefix("ب") || token.textHasPrefix("وب") || token.textHasPrefix("فب") { return true }
            if m.start > 0, Self.arabicPlaceWords.contains(tokens[m.start - 1]) { return true }
            if m.start > 0, let previous = previousMention(before: m.start), previous.end == m.start,
               previous.has({ if case .city = $0 { true } else { false } }) { return true }
            return false
        }
        guard m.start > 0 else { return false }
        return Self.latinPlaceWords.contains(tokens[m.start - 1])
    }

    /// Verbs of reporting: a day written right after one ("the ministry said today") dates the statement, not the event.
    private static let reportingVerbs: WordSet = [
        "said", "says", "announced", "stated", "reported", "added", "noted", "declared", "confirmed", "indicated", "told",
        "indique", "declare", "annonce", "appris", "learned", "learnt", "rapporte", "explique", "precise", "souligne", "affirme", "ajoute",
        "قال", "قالت", "اعلن", "اعلنت", "افاد", "افادت", "ذكر", "ذكرت", "صرح", "اكد", "اكدت", "اضاف", "اضافت",
    ]

    /// True when a weekday written after a verb of reporting ("a appris samedi", "said on Friday") is not the
    /// publication's own day: the story's "now" is then not its publication date.
    private func storyDayDiffers() -> Bool {
        if let known = memo.storyDayDiffers { return known }
        let differs = storyDayDiffersFromPublication()
        memo.storyDayDiffers = differs
        return differs
    }

    private func storyDayDiffersFromPublication() -> Bool {
        guard let published, published.precision == .day else { return false }
        // Only a sentence that names a weekday can hold a weekday expression; the others need not be read.
        for range in sentences where !range.isEmpty && namesWeekday(range) {
            for item in dateExpressions(in: range) where reported(item, range: range) {
                guard case .weekday = item.1 else { continue }
                if let day = DateResolver.resolve(item.1, published: published, planned: false).0, day != published { return true }
            }
        }
        return false
    }

    /// True when a mention starting in `range` can be a weekday.
    private func namesWeekday(_ range: Range<Int>) -> Bool {
        range.contains { mentionAt[$0]?.has({ if case .weekday = $0 { true } else { false } }) == true }
    }

    private func reported(_ item: (Int, DateExpression), range: Range<Int>) -> Bool {
        switch item.1 {
        case .relative, .weekday: break
        default: return false
        }
        var k = item.0 - 1
        while k >= range.lowerBound, item.0 - k <= 2 {
            let text = tokens[k].text
            if text == "a" { k -= 1; continue }
            if Self.reportingVerbs.contains(tokens[k]) { return true }
            if ["on", "le", "يوم"].contains(text) { k -= 1; continue }
            return false
        }
        return false
    }

    /// The "next" (+1) or "last" (−1) that closes a day-and-month or month written without a year.
    private func directionAfter(_ start: Int, range: Range<Int>) -> Int? {
        var k = start
        while k < range.upperBound, k - start <= 6 {
            if let m = mentionAt[k] {
                if m.has({ $0 == .next }) { return 1 }
                if m.has({ $0 == .past }) { return -1 }
                if m.has({ if case .month = $0 { true } else { false } }) { k = m.end; continue }
            }
            guard tokens[k].kind == .number || ["-", "و", "et", "and", "au", "to", "الي", "/"].contains(tokens[k].text) else { return nil }
            k += 1
        }
        return nil
    }

    /// Words before and after a trigger that make it an earlier encounter recalled: "the recent visit", "زيارته الأخيرة".
    private static let recalledBefore: WordSet = ["recent", "recente", "previous", "precedente", "earlier", "past", "derniere", "last", "اخر"]
    private static let recalledAfter: WordSet = ["الاخيره", "الاخير", "السابقه", "السابق", "recente", "precedente", "derniere"]

    private func recalled(_ trigger: Mention, range: Range<Int>) -> Bool {
        for k in max(range.lowerBound, trigger.start - 2)..<trigger.start where Self.recalledBefore.contains(tokens[k]) { return true }
        for k in trigger.end..<min(range.upperBound, trigger.end + 2) where Self.recalledAfter.contains(tokens[k]) { return true }
        return false
    }

    /// Arabic words that make a meeting noun a point in time for another act: "في ختام المباحثات", "عقب اللقاء",
    /// "على هامش القمة". (The English and French equivalents lowered precision on the dev set: their "during the visit"
    /// often is the only mention of the encounter.)
    private static let timePrepositions: Set<String> = [
        "ختام", "عقب", "اثناء", "خلال", "هامش", "اعقاب",
    ]

    /// Only articles, demonstratives and "of" may stand between a time preposition and the event's noun.
    private static let wordsBeforeTimeNoun: WordSet = [
        "the", "these", "this", "those", "of", "de", "la", "le", "l", "'", "des", "du", "هذه", "هذا", "his", "their", "ces", "cette",
    ]

    private func timeAnchor(_ m: Mention) -> Bool {
        var k = m.start - 1
        var steps = 0
        while k >= 0, steps < 3, tokens[k].sentence == tokens[m.start].sentence {
            let text = tokens[k].text
            var stem = Substring(text)
            if tokens[k].isArabic, let first = stem.first, "وفب".contains(first), stem.count > 3 { stem = stem.dropFirst() }
            if Self.timePrepositions.contains(String(stem)) { return true }
            // Only articles, demonstratives and "of" may come between.
            guard Self.wordsBeforeTimeNoun.contains(tokens[k]) else { return false }
            k -= 1
            steps += 1
        }
        return false
    }

    /// True inside brackets: source credits and asides ("(UrduPoint / Pakistan Point News / WAM)") name no party.
    private func parenthesised(_ m: Mention, range: Range<Int>) -> Bool {
        var k = m.start - 1
        while k >= range.lowerBound, m.start - k <= 12 {
            // Asked of punctuation only: comparing an Arabic word with ")" would normalise it.
            if tokens[k].kind == .punct, tokens[k].text == ")" { return false }
            if tokens[k].kind == .punct, tokens[k].text == "(" { return true }
            k -= 1
        }
        return false
    }

    /// The state of a city whose name is also another state's ("عمان": Amman in JO, or Oman), read as the city unless
    /// the text says "سلطنة عمان"; nil for any other mention.
    private func homographCity(_ m: Mention) -> String? {
        guard let city = m.first({ if case .city(let c, _) = $0 { return c } else { return nil } }),
              let country = m.first({ if case .country(let c) = $0 { return c } else { return nil } }), city != country else { return nil }
        if m.start > 0, ["سلطنه", "sultanate"].contains(tokens[m.start - 1].text) { return nil }
        return city
    }

    /// Words before a country that make it what was talked about ("حول سوريا", "sur le Mali").
    private static let arabicTopicWords: WordSet = ["حول", "بشان", "ازاء", "تجاه"]
    private static let latinTopicWords: WordSet = [
        "for", "on", "about", "over", "regarding", "concerning", "pour", "sur", "concernant", "discuss", "discussed",
        "discussing", "discusses", "evoque", "aborde",
    ]

    /// True for a country written as a subject of talk or of an office ("Envoy for Iran", "the situation in Libya",
    /// "sur le Mali", "حول سوريا"), which never makes it a party.
    private func topical(_ m: Mention) -> Bool {
        guard m.start > 0 else { return false }
        if tokens[m.start].isArabic {
            return Self.arabicTopicWords.contains(tokens[m.start - 1])
        }
        if Self.latinTopicWords.contains(tokens[m.start - 1]) { return true }
        // "tensions between Pakistan and Afghanistan", "التوتر بين البلدين": states at odds are what was talked about.
        var k = m.start - 1
        while k > 0, m.start - k <= 6 {
            let text = tokens[k].text
            if Self.betweenWords.contains(tokens[k]) {
                return Self.strains.contains(tokens[k - 1].text)
            }
            guard ["and", "et", "the", ",", "و"].contains(text) || mentionAt[k] != nil || (k > 0 && (mentionAt[k - 1]?.end ?? 0) > k) else { break }
            k -= 1
        }
        // "the situation in Libya", "la crise au Soudan".
        if m.start > 1, ["in", "en", "au", "dans"].contains(tokens[m.start - 1].text),
           ["situation", "crisis", "crise", "conflict", "conflit", "war", "guerre", "developments", "elections", "peace", "paix"]
            .contains(tokens[m.start - 2].text) { return true }
        return false
    }

    /// Nouns of strain between states: the states after "between" are the topic, not the parties.
    private static let strains: Set<String> = [
        "tensions", "tension", "conflict", "dispute", "war", "hostilities", "clashes", "conflit", "differend", "guerre",
        "التوتر", "التوترات", "النزاع", "الصراع", "الحرب", "الخلاف", "الخلافات", "المواجهات",
    ]

    private func previousMention(before index: Int) -> Mention? {
        var k = index - 1
        while k >= 0, index - k <= 4 {
            if let m = mentionAt[k] { return m }
            k -= 1
        }
        return nil
    }

    /// The conjunctions و and ف, which `futureVerb` strips, and the future prefixes it looks for after them.
    private static let waw: TextPrefix = "و"
    private static let feh: TextPrefix = "ف"
    private static let futurePrefixes: [TextPrefix] = ["سي", "ست", "سن"]

    /// An Arabic verb in the future (سيرأس، ستنعقد، وسيتم) shortly before the trigger, outside any name.
    private func futureVerb(before index: Int, in range: Range<Int>, people: [FoundParticipant]) -> Bool {
        var k = index - 1
        while k >= range.lowerBound, index - k <= 10 {
            let text = tokens[k].text
            let simple = tokens[k].isSimple
            let stem = tokens[k].textHasPrefix(Self.waw) || tokens[k].textHasPrefix(Self.feh) ? String(text.dropFirst()) : text
            // A part of a text of simple scalars is of simple scalars too.
            if stem.unicodeScalars.count >= 5, Self.futurePrefixes.contains(where: { Token.hasPrefix(stem, $0, textIsSimple: simple) }),
               mentionAt[k] == nil, !people.contains(where: { $0.nameRange.contains(k) }) {
                return true
            }
            if tokens[k].text == "," && index - k > 6 { break }
            k -= 1
        }
        return false
    }

    private static let relativePronouns: WordSet = ["التي", "الذي", "والتي", "والذي", "اللتين", "اللذين"]

    /// An Arabic relative clause in the future after the trigger: "الدورة …، التي ستعقد في بكين", "الاجتماع الذي سيعقد".
    private func futureRelativeClause(after index: Int, in range: Range<Int>) -> Bool {
        var k = index
        while k + 1 < range.upperBound, k - index <= 20 {
            if Self.relativePronouns.contains(tokens[k]) {
                let verb = tokens[k + 1]
                return verb.text.unicodeScalars.count >= 4 && (verb.textHasPrefix("سي") || verb.textHasPrefix("ست") || verb.textHasPrefix("سن"))
                    && mentionAt[k + 1]?.has({ $0 == .stop }) != true
            }
            if tokens[k].isBreak { return false }
            k += 1
        }
        return false
    }

    private static let relativeWords: WordSet = ["which", "that", "qui", "التي", "الذي"]

    /// True when a future relative clause ("the dialogue which will be held on …", "qui se tiendra", "التي ستعقد")
    /// opens between the trigger and `index`: its date is that other event's.
    private func laterClause(from start: Int, to index: Int) -> Bool {
        guard index > start else { return false }
        for k in start..<index where Self.relativeWords.contains(tokens[k]) {
            for n in (k + 1)..<min(index, k + 4) {
                if mentionAt[n]?.has({ $0 == .planned }) == true { return true }
                let text = tokens[n].text
                if tokens[n].isArabic, text.unicodeScalars.count >= 4, tokens[n].textHasPrefix("ست") || tokens[n].textHasPrefix("سي") { return true }
            }
        }
        return false
    }

    /// Years a programme runs for ("برنامج تنفيذي للأعوام 2026 – 2027", "for the years 2025-2027", "pour la période
    /// 2024-2026") are its validity, not the day it was signed.
    private func validityPeriod(_ item: (Int, DateExpression), range: Range<Int>) -> Bool {
        guard case .year = item.1 else { return false }
        let before = max(range.lowerBound, item.0 - 3)..<item.0
        return before.contains { Self.periodWords.contains(tokens[$0]) }
    }

    /// Session nouns that may stand for a body's session on their own.
    private static let sessionNouns: Set<String> = ["session", "دوره", "الدوره", "دورتها", "round"]

    private func negated(_ trigger: Mention, range: Range<Int>) -> Bool {
        var k = trigger.start - 1
        while k >= range.lowerBound, trigger.start - k <= 3 {
            if let m = mentionAt[k], m.has({ $0 == .negation }) { return true }
            k -= 1
        }
        return false
    }

    // MARK: - Bodies, instruments

    private func qualified(_ head: Mention, mentions: [Mention]) -> Bool {
        mentions.contains { m in
            let qualifies = m.has({ $0 == .bodyQualifier }) || m.has({ if case .nationality = $0 { true } else if case .nationalityPrefix = $0 { true } else { false } })
            // Before the head, the parties' names may sit between: "the Joint Morocco-Saudi Arabia Commission".
            return qualifies && ((m.start >= head.end && m.start - head.end <= 5) || (m.end <= head.start && head.start - m.end <= 3)
                || (m.end <= head.start && head.start - m.end <= 6 && (m.end..<head.start).allSatisfy { k in
                    tokens[k].text == "-" || mentionAt[k] != nil || (k > 0 && mentionAt[k - 1].map { $0.end > k } ?? false)
                    || (k > 1 && mentionAt[k - 2].map { $0.end > k } ?? false) }))
        }
    }

    /// The session number next to a session word: "الدورة الثامنة", "الدورة الـ 18", "12e session", "Sixth Session".
    private func ordinalNear(_ session: Mention, range: Range<Int>) -> Int? {
        func ordinal(at k: Int) -> Int? {
            guard k >= range.lowerBound, k < range.upperBound else { return nil }
            if let m = mentionAt[k], let value = m.first({ if case .ordinal(let v) = $0 { return v } else { return nil } }) { return value }
            return nil
        }
        // After: "الدورة الثامنة", "الدورة 8", "الدورة ال 18", "دورتها الـ29", "session 12".
        var k = session.end
        if k < range.upperBound, tokens[k].text == "ال" || tokens[k].text == "(" { k += 1 }
        if k < range.upperBound, tokens[k].text == "(" { k += 1 }
        if let value = ordinal(at: k) { return value }
        if k < range.upperBound, tokens[k].kind == .number, let value = Int(tokens[k].text), value < 500 { return value }
        // Before: "12e session", "Sixth Session", "48th session", "la première session".
        k = session.start - 1
        if k >= range.lowerBound, tokens[k].kind == .word, NumberVocabulary.ordinalSuffixes.contains(tokens[k].text),
           k - 1 >= range.lowerBound, tokens[k - 1].kind == .number, let value = Int(tokens[k - 1].text) { return value }
        for back in [k, k - 1] { if let value = ordinal(at: back) { return value } }
        if k >= range.lowerBound, tokens[k].kind == .number, let value = Int(tokens[k].text), value < 500 { return value }
        return nil
    }

    private func bodyText(_ head: Mention, range: Range<Int>) -> String {
        var start = head.start
        let token = tokens[head.start]
        var end = head.end
        if token.isArabic {
            while end < range.upperBound, end - head.end < 8 {
                let next = tokens[end]
                if next.kind == .punct, next.text != "-" { break }
                if next.text == "-" { end += 1; continue }
                if let m = mentionAt[end] {
                    if m.has({ $0 == .bodyQualifier }) || m.has({ if case .nationality = $0 { true } else { false } }) { end = m.end; continue }
                }
                if next.textHasPrefix("لل") || next.textHasPrefix("ال") { end += 1; continue }
                break
            }
            let display = head.first { if case .bodyHead(let d) = $0 { return d } else { return nil } } ?? finder.text(head.start..<head.end)
            let rest = end > head.end ? finder.text(head.end..<end) : ""
            return rest.isEmpty ? display : display + " " + rest
        }
        while start > range.lowerBound {
            let previous = tokens[start - 1]
            if previous.kind == .word, previous.capitalized || mentionAt[start - 1]?.has({ $0 == .bodyQualifier }) == true { start -= 1; continue }
            if previous.text == "-", previous.attached { start -= 1; continue }
            break
        }
        while end < range.upperBound, end - head.end < 10 {
            let next = tokens[end]
            if next.kind == .word, next.capitalized || ["on", "for", "of", "de", "and", "et", "la", "du", "des", "l", "d"].contains(next.text)
                || mentionAt[end]?.has({ $0 == .bodyQualifier || { if case .nationality = $0 { true } else { false } }($0) }) == true {
                end += 1
                continue
            }
            if next.text == "-" || next.text == "'" , next.attached { end += 1; continue }
            break
        }
        while end > head.end, !tokens[end - 1].capitalized, mentionAt[end - 1]?.has({ $0 == .bodyQualifier }) != true { end -= 1 }
        return finder.text(start..<end)
    }

    /// The instrument a signing word governs: close to it, with no punctuation between them.
    private func nearestInstrument(to signing: Mention, in instruments: [Mention]) -> Mention? {
        instruments.filter { instrument in
            let between = instrument.start > signing.start ? signing.end..<instrument.start : instrument.end..<signing.start
            return between.count <= 10 && !between.contains { tokens[$0].kind == .punct && tokens[$0].text != "-" && tokens[$0].text != "'" }
        }.min { distance($0, signing) < distance($1, signing) }
    }

    private func distance(_ a: Mention, _ b: Mention) -> Int {
        a.start >= b.start ? a.start - b.start : (b.start - a.start) * 2
    }

    /// "five agreements", "ثماني وثائق", "25 وثيقة", "six nouveaux accords", "une dizaine d'accords".
    private func countBefore(_ instrument: Mention, range: Range<Int>) -> Int? {
        var k = instrument.start - 1
        var gap = 0
        while k >= range.lowerBound, gap <= 2 {
            let token = tokens[k]
            if token.kind == .number, let value = Int(token.text), value > 1, value < 100 { return value }
            if let m = mentionAt[k] {
                if let value = m.first({ if case .number(let v) = $0 { return v } else { return nil } }) { return value > 0 ? value : nil }
            }
            if ["d", "'", "of", "de", "new", "nouveaux", "nouvelles", "other", "autres", "bilateral", "cooperation"].contains(token.text) {
                k -= 1
                continue
            }
            gap += 1
            k -= 1
            if token.kind == .punct { break }
        }
        // Arabic puts the number after a generic noun less often; also accept a word count right after: "وثائق ثماني".
        return nil
    }

    private func titleAfter(_ instrument: Mention, range: Range<Int>) -> String? {
        var k = instrument.end
        while k < range.upperBound, k - instrument.end < 3 {
            if let m = mentionAt[k], m.has({ $0 == .subject }) {
                let start = m.end
                var end = start
                while end < range.upperBound, end - start < 16 {
                    let token = tokens[end]
                    if token.kind == .punct, token.text != "-" { break }
                    if let m = mentionAt[end], m.has({ $0 == .signing || $0 == .stop && !token.isArabic }) { break }
                    end += 1
                }
                return end > start ? finder.text(start..<end) : nil
            }
            k += 1
        }
        return nil
    }

    // MARK: - Document context

    /// The two countries the document is most about, for sentences that name fewer than two parties.
    private func focusCountries() -> [String] {
        var counts: [String: Int] = [:]
        for m in mentions {
            if let code = homographCity(m) ?? m.first({ entry -> String? in
                switch entry {
                case .nationality(let c), .country(let c), .nationalityPrefix(let c): c
                case .official(let i): finder.gazetteer.officials[i].organization == nil ? finder.gazetteer.officials[i].country : nil
                default: nil
                }
            }) {
                counts[code, default: 0] += tokens[m.start].sentence < 3 ? 2 : 1
            }
        }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(2).map(\.key)
    }

    // MARK: - Merging

    private func merge(_ raws: [RawEvent]) -> [Event] {
        var merged: [RawEvent] = []
        for raw in raws {
            if let index = merged.firstIndex(where: { compatible($0, raw) }) {
                merged[index] = combine(merged[index], raw)
            } else {
                var raw = raw
                raw.titleAnchored = raw.anchored && raw.event.title != nil
                merged.append(raw)
            }
        }
        // A signing or session reported without its own date took place at the meeting of the same parties.
        var events = merged.map(\.event)
        for k in events.indices where events[k].date == nil && events[k].status == .occurred {
            // Failing a meeting, a signing of the same parties dates the session it was part of (and the reverse).
            // A call is not part of a visit (or the reverse): a meeting takes no date from one held another way.
            let dated = events.filter { $0.countries == events[k].countries && $0.date != nil && $0.status == .occurred
                && (events[k].type != .meeting || $0.type != .meeting || ($0.mode ?? .inPerson) == (events[k].mode ?? .inPerson)) }
            if let donor = dated.first(where: { $0.type == .meeting }) ?? dated.first(where: { $0.type != events[k].type }) {
                events[k].date = donor.date
            }
        }
        for k in events.indices {
            if let donor = events.first(where: { $0.type == .meeting && $0.countries == events[k].countries && $0.date == events[k].date }) {
                if events[k].participants.isEmpty { events[k].participants = donor.participants }
                // A call has no place of its own.
                if events[k].location == nil, (events[k].mode ?? .inPerson) == .inPerson { events[k].location = donor.location }
            }
            // "La 9e session" told on its own belongs to the body named for the same parties.
            if events[k].type == .commissionSession, events[k].body == nil {
                events[k].body = events.first { $0.type == .commissionSession && $0.countries == events[k].countries && $0.body != nil }?.body
            }
            // A signing or session told without names was led by the people of the same parties' other event.
            if events[k].participants.isEmpty, events[k].type != .meeting || events[k].status == .occurred, !merged[k].earlier {
                // (A meeting takes no one from a call of the same parties, nor a call from a visit: they are other encounters.)
                let donors = events.indices.filter { $0 != k && events[$0].countries == events[k].countries
                    && events[$0].status == events[k].status && !events[$0].participants.isEmpty
                    && (events[k].type != .meeting || events[$0].type != .meeting || events[$0].mode == events[k].mode) }
                if let donor = donors.first(where: { events[$0].type == .meeting }) ?? donors.first {
                    events[k].participants = events[donor].participants
                }
            }
            // Still no one: the officials of its parties that the story's opening names ("Foreign Minister A and his
            // Turkish counterpart, B, have discussed …"; "the UAE delegation was headed by …").
            // (Who will chair a session still ahead is rarely the opening's pair.)
            // (Nor who sat at an earlier session the story recalls.)
            if events[k].participants.isEmpty, events[k].type != .commissionSession || events[k].status == .occurred, !merged[k].earlier {
                var opening: [Participant] = []
                for range in sentences.prefix(5) where !range.isEmpty {
                    for found in finder.participants(in: range) where found.organization == nil && found.participant.role != nil {
                        let person = found.participant
                        if let country = person.country, events[k].countries.contains(country),
                           !opening.contains(where: { samePerson($0, person) }) { opening.append(person) }
                    }
                }
                if Set(opening.compactMap(\.country)).count >= 2 { events[k].participants = opening }
            }
            events[k].participants = resolveNames(events[k].participants, all: events.flatMap(\.participants))
            if events[k].participants.filter({ $0.country != nil }).count >= 2 {
                // Signatories listed one by one ("وقعها الدكتور …، وزير الصحة") are named without a state; keep them.
                let signing = events[k].type == .agreement
                events[k].participants.removeAll { $0.country == nil && (!signing || Self.words(of: $0.name).count < 2) }
            }
        }
        // A virtual meeting of several states is told piecemeal ("X joined the video call", "Y attended the virtual
        // meeting"): a reading that shares a state with a video meeting, is undated or of its day, and is itself remote
        // or undated, is that meeting.
        var v = 0
        while v < events.count {
            let a = events[v]
            guard a.type == .meeting, a.mode == .video, let n = events.indices.first(where: { k in
                let b = events[k]
                return k != v && b.type == .meeting && b.status == a.status && !Set(a.countries).isDisjoint(with: b.countries)
                    && Self.overlap(a.date, b.date) && (b.mode != .inPerson || b.date == nil)
            }) else { v += 1; continue }
            let b = events[n]
            events[v].countries = Array(Set(a.countries).union(b.countries)).sorted()
            events[v].organizations = Array(Set(a.organizations).union(b.organizations)).sorted()
            events[v].participants = resolveNames(a.participants + b.participants, all: a.participants + b.participants)
            if let other = b.date, a.date.map({ $0.precision < other.precision }) ?? true { events[v].date = other; events[v].endDate = b.endDate }
            events[v].location = a.location ?? b.location
            events.remove(at: n)
            if n < v { v -= 1 }
        }
        if let first = events.indices.first, events[first].date == nil, let date = leadDate() ?? published {
            events[first].date = date
        }
        // A meeting of three or more states is told piecemeal ("he spoke with his counterparts from Egypt, Jordan and
        // France"; "the German minister joined by video"): readings of the same day that share a state are one meeting.
        var m = 0
        while m < events.count {
            let a = events[m]
            if a.type == .meeting, let day = a.date, day.precision == .day,
               let n = events.indices.first(where: { $0 > m && events[$0].type == .meeting && events[$0].date == day
                   && (a.countries.count >= 3 || events[$0].countries.count >= 3)
                   && !Set(a.countries).isDisjoint(with: events[$0].countries) }) {
                events[m].countries = Array(Set(a.countries).union(events[n].countries)).sorted()
                events[m].participants = resolveNames(a.participants + events[n].participants, all: a.participants + events[n].participants)
                events[m].location = a.location ?? events[n].location
                events.remove(at: n)
                continue
            }
            m += 1
        }
        return events
    }

    /// True when either date is unknown or one holds the other (December 2021 holds 21 December 2021).
    private static func overlap(_ a: PartialDate?, _ b: PartialDate?) -> Bool {
        guard let a, let b else { return true }
        return a.contains(b) || b.contains(a)
    }

    /// The day the story's lead gives ("On Tuesday, April 4, …"), which dates the main event better than the publication.
    private func leadDate() -> PartialDate? {
        for range in sentences.prefix(3) where !range.isEmpty {
            for item in dateExpressions(in: range) where item.0 != datelineToken {
                switch item.1 {
                case .absolute(let d, _) where d.precision == .day: break
                case .dayMonth, .weekday, .relative: break
                default: continue
                }
                let (date, _) = DateResolver.resolve(item.1, published: published, planned: false)
                if let date, date.precision == .day, published.map({ date <= $0 }) ?? true { return date }
            }
        }
        return nil
    }

    private func compatible(_ a: RawEvent, _ b: RawEvent) -> Bool {
        guard a.event.type == b.event.type, a.event.countries == b.event.countries, a.earlier == b.earlier else { return false }
        if let x = a.event.ordinal, let y = b.event.ordinal, x != y { return false }
        if a.event.type == .commissionSession, SessionLevel(body: a.event.body ?? "") != SessionLevel(body: b.event.body ?? "") { return false }
        // "A visited B and met C. A's president also phoned C's": a call and an encounter told as face to face are two
        // encounters, even in the same month. (A sentence with no such mark, "the two discussed …", may still be the call.)
        if a.event.type == .meeting, a.event.mode != b.event.mode,
           a.toldInPerson && b.event.mode != .inPerson || b.toldInPerson && a.event.mode != .inPerson {
            return false
        }
        switch (a.event.date, b.event.date) {
        case let (x?, y?): return x.contains(y) || y.contains(x)
        // An undated reading ("the talks will focus on …") is the same encounter as the dated one, whatever its tense.
        // A headline tells in the present what the body may announce for later: undated, it is the body's event.
        default: return a.event.status == b.event.status || (a.event.date == nil && b.event.date == nil
            && headline(a.sentence) != headline(b.sentence))
        }
    }

    /// A title line: short, and before the document's first full stop.
    private func headline(_ sentence: Int) -> Bool {
        guard sentence < sentences.count else { return false }
        let range = sentences[sentence]
        let words = range.filter { tokens[$0].kind != .punct }.count
        return words <= 16 && !tokens[..<range.upperBound].contains { $0.text == "." }
    }

    private func combine(_ a: RawEvent, _ b: RawEvent) -> RawEvent {
        var result = a
        result.toldInPerson = a.toldInPerson || b.toldInPerson
        var event = a.event
        let other = b.event
        let preferOther = b.anchored && !a.anchored
        if event.status != other.status, event.date == nil, other.date == nil, headline(a.sentence), !headline(b.sentence) {
            event.status = other.status
            result.sentence = b.sentence
        }
        if let date = other.date, event.date == nil || (event.date.map { $0.precision < date.precision } ?? false) {
            event.date = date
            event.endDate = other.endDate
            event.status = other.status
        }
        if event.location == nil || preferOther && other.location != nil { event.location = other.location ?? event.location }
        if other.title != nil, event.title == nil || (b.anchored && !a.titleAnchored) {
            event.title = other.title
            result.titleAnchored = b.anchored
        }
        if event.body == nil { event.body = other.body }
        if event.ordinal == nil { event.ordinal = other.ordinal }
        if event.mode == .inPerson, let mode = other.mode, mode != .inPerson { event.mode = mode }
        if (event.count ?? 1) == 1, let count = other.count, count > 1 { event.count = count }
        for person in other.participants where !event.participants.contains(where: { samePerson($0, person) }) {
            event.participants.append(person)
        }
        event.confidence = min(0.95, max(event.confidence, other.confidence) + 0.05)
        result.event = event
        result.anchored = a.anchored || b.anchored
        return result
    }

    private func samePerson(_ a: Participant, _ b: Participant) -> Bool {
        !nameWords(a.name).isDisjoint(with: nameWords(b.name))
    }

    /// The folded words of a name, worked out once per spelling: merging compares every pair of participants.
    private func nameWords(_ name: String) -> Set<String> {
        // Keyed by `String`, which equates canonically equivalent spellings; the spelling is checked byte for byte so
        // that another spelling, which might fold otherwise, is folded on its own.
        if let known = memo.nameWords[name], known.spelled.utf8.elementsEqual(name.utf8) { return known.words }
        let words = Set(Self.words(of: name).map { TextFolding.fold(String($0)) })
        if memo.nameWords[name] == nil { memo.nameWords[name] = (name, words) }
        return words
    }

    /// The words of a name: `name.split(separator: " ")`.
    ///
    /// When every scalar of the name is simple (`ScalarClass.isSimple`), each is a `Character` of its own and a space
    /// joins nothing to it, so cutting the UTF-8 at its spaces gives the same words without the grapheme breaking
    /// `split` does on every letter; merging asks this of every participant of every event, often several times.
    static func words(of name: String) -> [Substring] {
        guard name.unicodeScalars.allSatisfy({ ScalarClass.isSimple($0.value) }) else { return name.split(separator: " ") }
        var words: [Substring] = []
        let utf8 = name.utf8
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            if utf8[index] == 0x20 {
                if start != index { words.append(name[start..<index]) }
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        if start != utf8.endIndex { words.append(name[start..<utf8.endIndex]) }
        return words
    }

    /// A person named by surname only ("بوريطة", "Mr Qureshi") takes the full name written elsewhere in the document.
    private func resolveNames(_ people: [Participant], all: [Participant]) -> [Participant] {
        var result: [Participant] = []
        for var person in people {
            let words = Self.words(of: person.name)
            if words.count == 1, let full = all.first(where: { Self.words(of: $0.name).count > 1 && samePerson($0, person) }) {
                person.name = full.name
                person.country = person.country ?? full.country
                person.role = person.role ?? full.role
            }
            if !result.contains(where: { samePerson($0, person) }) { result.append(person) }
        }
        return result
    }
}
