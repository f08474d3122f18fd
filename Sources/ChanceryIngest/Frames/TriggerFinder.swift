import ChanceryCore

/// Finds the triggers of a sentence: the words that report a meeting, a signing or a session.
///
/// A meeting word that only sets the time of another act ("at the end of the talks", "على هامش القمة") triggers
/// nothing; a generic noun ("meeting", "اجتماع") is absorbed by a session or a signing of the same clause; a press
/// conference is an encounter only when held jointly or with a counterpart.
struct TriggerFinder {
    let table: MentionTable

    var tokens: [Token] { table.read.tokens }
    var cues: Cues { table.lexicon.cues }

    func triggers(inSentence s: Int, clauses: [Clause], bodyNamedBefore: Bool) -> [Trigger] {
        let range = table.read.sentences[s]
        let mentions = Array(table.mentions(inSentence: s))
        var triggers: [Trigger] = []
        // ("بصفته رئيس الدورة الحالية للمجلس الوزاري", "as chair of the current session": a term of office, no meeting.)
        let sessions = sessionTriggers(mentions, range: range, sentence: s, bodyNamedBefore: bodyNamedBefore).filter { trigger in
            guard case .session(_, let word?, _) = trigger.kind, word.start > range.lowerBound, word.end < range.upperBound else { return true }
            let chaired = table.has(word.start - 1) { if case .role = $0 { true } else { false } }
                || word.start - 2 >= range.lowerBound && TokenWords.ofWords.contains(tokens[word.start - 1])
                && table.has(word.start - 2) { if case .role = $0 { true } else { false } }
            return !(chaired && table.has(word.end) { $0 == .current })
        }
        triggers += sessions
        let agreements = agreementTriggers(mentions, range: range, sentence: s)
        triggers += agreements
        for clause in clauses {
            guard let meeting = meetingTrigger(in: clause, mentions: mentions, range: range, sentence: s) else { continue }
            let cue = meeting.cue
            // A generic noun is the session's or the signing's own occasion ("the meeting of the Joint Commission",
            // "signed at the meeting").
            // (Not one told in a relative clause, which recalls another act: "discussed the agreement, which the two
            // countries signed in 2022".)
            if cue == .discussion, (sessions + agreements).contains(where: { other in
                !clauses.contains { $0.kind == .relative && $0.contains(other.anchor.start) } }) { continue }
            // ("A meeting of the Joint Commission took place virtually": the session was held by video.)
            if cue == .video, sessions.contains(where: { clause.contains($0.anchor.start) }) { continue }
            if cue == .generic || cue == .visit && !agreements.isEmpty {
                let absorbed = (sessions + agreements).contains { other in
                    clause.contains(other.anchor.start) || abs(other.anchor.start - meeting.mention.start) <= 6
                }
                if absorbed { continue }
            }
            // "l'hôtel Ivoire a accueilli la 4e session de la commission mixte", "Rabat hosted the session": where the
            // session was held, not an audience.
            let start = meeting.mention.start
            if cue == .reception, table.cue(.hostVerb, start) || cues.match(.hostVerb, in: tokens, at: start, limit: range.upperBound) != nil,
               sessions.contains(where: { $0.anchor.start > start && $0.anchor.start - meeting.mention.end <= 5 }) { continue }
            // The body's own meeting: "the Consultations Committee … held a virtual meeting on Monday".
            if sessions.contains(where: { if case .session(_, let word, _) = $0.kind { word?.start == meeting.mention.start } else { false } }) { continue }
            // The body met: "the Joint Commission met in Rabat", "which met in Abuja".
            if let session = sessions.first, case .session(let head, _, _) = session.kind, let head,
               meeting.mention.start >= head.end, meeting.mention.start - head.end <= 3 || meeting.mention.start > range.lowerBound
                && table.cue(.relative, meeting.mention.start - 1) {
                continue
            }
            triggers.append(Trigger(kind: .meeting(cue), anchor: meeting.mention, sentence: s, setsTime: meeting.setsTime))
        }
        // "the council met frequently", "more than 30 agreements signed over the years", "تجتمع اللجنة بانتظام": what
        // happens again and again is no one event.
        triggers.removeAll { trigger in
            var words = [trigger.anchor]
            // (A body's meeting word too: "la commission mixte … se réunit régulièrement".)
            if case .session(_, let word?, _) = trigger.kind { words.append(word) }
            return words.contains { word in
                let near = max(range.lowerBound, word.start - 2)..<min(range.upperBound, word.end + 2)
                return near.contains { table.cue(.habitual, $0) || cues.match(.habitual, in: tokens, at: $0, limit: range.upperBound) != nil }
            }
        }
        return triggers.sorted { $0.anchor.start < $1.anchor.start }
    }

    /// The strongest meeting word of a clause, and whether the sentence makes it a call or a video conference.
    func meetingTrigger(in clause: Clause, mentions: [Mention], range: Range<Int>, sentence: Int) -> (mention: Mention, cue: MeetingCue, setsTime: Bool)? {
        var best: (mention: Mention, cue: MeetingCue, setsTime: Bool)?
        func rank(_ cue: MeetingCue) -> Int {
            switch cue {
            case .phone, .video: 5
            case .strong, .reception, .audience: 4
            case .summit: 3
            case .visit: 2
            case .generic: 1
            case .discussion: 0
            case .phoneModifier, .videoModifier: -9
            }
        }
        // A word that only sets the time of another act yields to any other of the clause but a verb of discussion.
        func score(_ cue: MeetingCue, setsTime: Bool) -> Int { rank(cue) - (setsTime ? 3 : 0) }
        for m in mentions where clause.contains(m.start) {
            guard let cue = m.first({ if case .meeting(let c) = $0 { return c } else { return nil } }), rank(cue) >= 0 else { continue }
            if isPressAlone(m, mentions: mentions) { continue }
            // "أجرى الرئيسان خلال 2025 اتصالين هاتفيين", "they held two phone calls this year": a count of encounters
            // sums up others.
            if (max(range.lowerBound, m.start - 2)...m.start).contains(where: { cues.match(.severalEncounters, in: tokens, at: $0, limit: range.upperBound) != nil }) {
                continue
            }
            // "une éventuelle rencontre", "a possible meeting", "لقاء محتمل": an encounter only thought of.
            if m.start > range.lowerBound && table.cue(.hypothetical, m.start - 1)
                || tokens[m.start].isArabic && m.end < range.upperBound && table.cue(.hypothetical, m.end) {
                continue
            }
            // "مناسبة تقليدية للقاءات الدبلوماسية": meetings in the plural, after "for", are what an occasion is for.
            if tokens[m.start].isArabic, tokens[m.start].textHasPrefix("لل"), tokens[m.start].text.hasSuffix("ات") { continue }
            // "the summit, which some forty heads of state usually attend": what usually happens is no event.
            if cue == .summit || cue == .generic, range.contains(where: { table.cue(.habitual, $0) }) { continue }
            // "لم يعقدا اجتماعا", "did not meet", "n'a pas rencontré"; "نفت … أن يكون الوزير قد التقى".
            if negated(m, floor: clause.range.lowerBound) || denied(m, floor: range.lowerBound) { continue }
            // "en marge du sommet", "on the sidelines of the summit": the occasion of the encounter, not one.
            if onSidelines(m, floor: clause.range.lowerBound), cue == .summit || cue == .generic { continue }
            // "discussed preparations for the group's summit in November": what was prepared is talked of, not held.
            // (A visit prepared is one announced between two states: "preparations for the state visit of President X
            // to Pakistan, expected in April".)
            if cue == .summit || cue == .generic,
               (max(clause.range.lowerBound, m.start - 8)..<m.start).contains(where: { table.cue(.preparation, $0) }) { continue }
            let setsTime = setsTimeOfAnother(m, floor: range.lowerBound)
            // A word that only sets the time yields to any other of the clause.
            if best.map({ score(cue, setsTime: setsTime) > score($0.cue, setsTime: $0.setsTime) }) ?? true { best = (m, cue, setsTime) }
        }
        if best == nil, let call = calledCounterpart(in: clause, range: range) { best = (call, .phone, false) }
        return best
    }

    /// "a appelé mardi son homologue espagnol", "called on Tuesday his Spanish counterpart": a verb of calling whose
    /// object, a counterpart or a titled official, comes after a day; a phone call. (Not "a appelé à", "called for":
    /// a call for something, whose object is no person.)
    func calledCounterpart(in clause: Clause, range: Range<Int>) -> Mention? {
        for k in clause.range {
            guard let length = cues.match(.callVerb, in: tokens, at: k, limit: clause.range.upperBound) else { continue }
            var j = k + length
            var skipped = 0
            // The day between: "mardi", "ce mardi", "on Tuesday", "hier".
            while j < clause.range.upperBound, skipped < 3, table.has(j, { entry in
                switch entry {
                case .weekday, .relativeDay: true
                default: false
                }
            }) || TokenWords.beforeAWeekday.contains(tokens[j]) {
                j = table.at[j]?.end ?? j + 1
                skipped += 1
            }
            guard skipped > 0, j < clause.range.upperBound else { continue }
            if TokenWords.definiteDeterminers.contains(tokens[j]) { j += 1 }
            guard j < clause.range.upperBound, table.has(j, { entry in
                if case .role = entry { return true }
                return entry == .counterpart
            }) else { continue }
            return Mention(start: k, length: length, entries: [.meeting(.phone)], future: false, prefixLength: 0)
        }
        return nil
    }

    /// True for a meeting noun after a preposition of time: "في ختام المباحثات", "at the end of the talks",
    /// "en marge du sommet". Only articles, demonstratives and "of" may stand between.
    func setsTimeOfAnother(_ m: Mention, floor: Int) -> Bool {
        var k = m.start - 1
        var steps = 0
        while k >= floor, steps < 4 {
            if let start = cues.matchEnding(.timePreposition, in: tokens, before: k + 1, floor: floor), start <= k {
                return true
            }
            guard TokenWords.determiners.contains(tokens[k]) || table.cue(.demonstrative, k) else { return false }
            k -= 1
            steps += 1
        }
        return false
    }

    /// True for a phrase a few words after "on the sidelines of", "en marge de", "على هامش".
    func onSidelines(_ m: Mention, floor: Int, within reach: Int = 16) -> Bool {
        var k = m.start - 1
        while k >= floor, m.start - k <= reach {
            if table.cue(.sidelines, k) { return true }
            if tokens[k].kind == .punct, !TokenWords.wordJoiners.contains(tokens[k]) { return false }
            k -= 1
        }
        return false
    }

    /// A press conference one side holds alone.
    func isPressAlone(_ m: Mention, mentions: [Mention]) -> Bool {
        let words = m.start..<m.end
        guard words.contains(where: { table.cue(.press, $0) }) else { return false }
        if words.contains(where: { table.cue(.joint, $0) }) { return false }
        if m.end < tokens.count, table.cue(.joint, m.end) { return false }
        return !mentions.contains { $0.has({ $0 == .counterpart }) }
    }

    // MARK: - Signings

    /// A signing word and the instrument it governs, close to it with no strong punctuation between.
    func agreementTriggers(_ mentions: [Mention], range: Range<Int>, sentence: Int) -> [Trigger] {
        let instruments = mentions.filter { $0.has({ if case .instrument = $0 { true } else { false } }) }
        guard !instruments.isEmpty else { return [] }
        var triggers: [Trigger] = []
        var used: Set<Int> = []
        let names = table.people(inSentence: sentence).map(\.span)
        for signing in mentions where signing.has({ $0 == .signing }) {
            if negated(signing, floor: range.lowerBound) || denied(signing, floor: range.lowerBound) { continue }
            let near = instruments.filter { instrument in
                let between = instrument.start > signing.start ? signing.end..<instrument.start : instrument.end..<signing.start
                if between.contains(where: { tokens[$0].kind == .punct && TokenWords.strongStops.contains(tokens[$0]) }) { return false }
                // "Ces accords, qui consolident leur relation dans plusieurs domaines, notamment …, ont été paraphés par …":
                // the instrument as the subject, a relative clause about it, then its verb.
                if instrument.start < signing.start, between.count <= 32,
                   (instrument.end..<min(signing.start, instrument.end + 2)).contains(where: { table.cue(.relative, $0) }) {
                    return true
                }
                // "وقعت سلطنة عمان وجمهورية مصر العربية، اليوم في مسقط، بروتوكولا": across commas, only the parties
                // (their names and titles set off by commas: "وقع فلان، وزير الخارجية، وفلان، …"), a date and a place
                // may stand between.
                if between.contains(where: { tokens[$0].kind == .punct && TokenWords.commas.contains(tokens[$0]) }) {
                    // "the partnership agreement, which the two countries signed in 2022", "اتفاقية الشراكة، التي
                    // وقعها البلدان": a relative clause signs the instrument named before it.
                    let commas = between.filter { tokens[$0].kind == .punct && TokenWords.commas.contains(tokens[$0]) }
                    if instrument.start < signing.start, commas.count == 1, let comma = commas.first, comma + 1 < signing.start,
                       table.cue(.relative, comma + 1), signing.start - comma <= 8, comma - instrument.end <= 8 {
                        return true
                    }
                    // "the Ganges Water Treaty, signed in New Delhi in 1996", "l'accord, signé à Rabat": a participle just
                    // after the comma that closes the instrument's name.
                    if instrument.start < signing.start, commas.count == 1, let comma = commas.first, comma + 1 == signing.start,
                       comma - instrument.end <= 4 {
                        return true
                    }
                    return instrument.start > signing.start && between.count <= 36
                        && between.filter { k in !isAdjunct(k, in: range) && !names.contains { $0.contains(k) } }.count <= 3
                }
                // "un instrument juridique établissant un « Partenariat » entre les deux pays a été signé": a passive
                // signing may come some words after its instrument.
                if between.count <= (instrument.start < signing.start ? 14 : 10) { return true }
                // "وقع وزير الخارجية الأردني أيمن الصفدي ونظيره … اليوم في عمّان مذكرة تفاهم": the signatories, a date
                // and a place between the verb and what it governs.
                return instrument.start > signing.start && between.count <= 24
                    && between.filter { k in !isAdjunct(k, in: range) && !names.contains { $0.contains(k) } }.count <= 3
            }
            guard let instrument = near.min(by: { distance($0, signing) < distance($1, signing) }) else { continue }
            // Two signing words for one instrument ("procédé à la signature … signés"): one signing.
            guard used.insert(instrument.start).inserted else { continue }
            triggers.append(Trigger(kind: .agreement(signing: signing, instrument: instrument), anchor: signing, sentence: sentence))
        }
        return triggers
    }

    /// A word that may stand between a signing verb and its instrument: part of a name, a date or a place, a number,
    /// punctuation, or a short function word.
    func isAdjunct(_ k: Int, in range: Range<Int>) -> Bool {
        let token = tokens[k]
        if token.kind != .word || token.characterCount <= 2 { return true }
        if cues.word(.place, token) || cues.word(.and, token) || table.has(k, { $0 == .stop || $0 == .honorific }) { return true }
        return (max(range.lowerBound, k - 4)...k).contains { j in table.at[j].map { $0.end > k } ?? false }
    }

    func distance(_ a: Mention, _ b: Mention) -> Int {
        a.start >= b.start ? a.start - b.start : (b.start - a.start) * 2
    }

    /// True when a verb of denial before the trigger governs it through "that": "denied that the minister had met".
    func denied(_ m: Mention, floor: Int) -> Bool {
        guard let verb = (floor..<m.start).last(where: { table.cue(.denial, $0) }) else { return false }
        // (Or what was said of it: "نفت الوزارة ما تداولته بعض المواقع عن لقاء …", "denied reports of a meeting".)
        return (verb..<m.start).contains { table.cue(.complementizer, $0) || table.cue(.hearsay, $0)
            || table.lexicon.cues.match(.hearsay, in: tokens, at: $0, limit: m.start) != nil }
    }

    func negated(_ m: Mention, floor: Int) -> Bool {
        var k = m.start - 1
        while k >= floor, m.start - k <= 4 {
            if tokens[k].kind == .punct, tokens[k].text != "'" { return false }
            if table.has(k, { $0 == .negation }) { return true }
            k -= 1
        }
        return false
    }
}
