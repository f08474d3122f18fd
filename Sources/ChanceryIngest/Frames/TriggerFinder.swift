import ChanceryCore

/// Finds the triggers of a sentence: the words that report a meeting, a signing or a session.
///
/// A meeting word that only sets the time of another act ("at the end of the talks", "على هامش القمة") triggers
/// nothing; a generic noun ("meeting", "اجتماع") is absorbed by a session or a signing of the same clause; a press
/// conference is an encounter only when held jointly or with a counterpart.
struct TriggerFinder {
    let table: MentionTable

    private var tokens: [Token] { table.read.tokens }
    private var cues: Cues { table.lexicon.cues }

    func triggers(inSentence s: Int, clauses: [Clause], bodyNamedBefore: Bool) -> [Trigger] {
        let range = table.read.sentences[s]
        let mentions = Array(table.mentions(inSentence: s))
        var triggers: [Trigger] = []
        let sessions = sessionTriggers(mentions, range: range, sentence: s, bodyNamedBefore: bodyNamedBefore)
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
            if cue == .generic || cue == .visit && !agreements.isEmpty {
                let absorbed = (sessions + agreements).contains { other in
                    clause.contains(other.anchor.start) || abs(other.anchor.start - meeting.mention.start) <= 6
                }
                if absorbed { continue }
            }
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
    private func meetingTrigger(in clause: Clause, mentions: [Mention], range: Range<Int>, sentence: Int) -> (mention: Mention, cue: MeetingCue, setsTime: Bool)? {
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
        return best
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
    func onSidelines(_ m: Mention, floor: Int) -> Bool {
        var k = m.start - 1
        while k >= floor, m.start - k <= 16 {
            if table.cue(.sidelines, k) { return true }
            if tokens[k].kind == .punct, !TokenWords.wordJoiners.contains(tokens[k]) { return false }
            k -= 1
        }
        return false
    }

    /// A press conference one side holds alone.
    private func isPressAlone(_ m: Mention, mentions: [Mention]) -> Bool {
        let words = m.start..<m.end
        guard words.contains(where: { table.cue(.press, $0) }) else { return false }
        if words.contains(where: { table.cue(.joint, $0) }) { return false }
        if m.end < tokens.count, table.cue(.joint, m.end) { return false }
        return !mentions.contains { $0.has({ $0 == .counterpart }) }
    }

    // MARK: - Signings

    /// A signing word and the instrument it governs, close to it with no strong punctuation between.
    private func agreementTriggers(_ mentions: [Mention], range: Range<Int>, sentence: Int) -> [Trigger] {
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
    private func isAdjunct(_ k: Int, in range: Range<Int>) -> Bool {
        let token = tokens[k]
        if token.kind != .word || token.characterCount <= 2 { return true }
        if cues.word(.place, token) || cues.word(.and, token) || table.has(k, { $0 == .stop || $0 == .honorific }) { return true }
        return (max(range.lowerBound, k - 4)...k).contains { j in table.at[j].map { $0.end > k } ?? false }
    }

    private func distance(_ a: Mention, _ b: Mention) -> Int {
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

    // MARK: - Sessions

    /// Whether a stop or a comma parts the words of `range`, but for an aside between commas that opens with a
    /// relative pronoun ("the Border Committee, which brings together commanders of both sides, met") or a short
    /// apposition opening with an article ("the Joint Committee on the Ganges, the treaty's monitoring body, met").
    private func stops(_ range: Range<Int>) -> Bool {
        var k = range.lowerBound
        while k < range.upperBound {
            if tokens[k].kind == .punct, TokenWords.stopsAndCommas.contains(tokens[k]) {
                guard TokenWords.commas.contains(tokens[k]), k + 1 < range.upperBound,
                      table.cue(.relative, k + 1) || !tokens[k + 1].isArabic && TokenWords.articles.contains(tokens[k + 1]),
                      let close = (k + 2..<range.upperBound).first(where: { tokens[$0].kind == .punct && TokenWords.stopsAndCommas.contains(tokens[$0]) }),
                      TokenWords.commas.contains(tokens[close]), table.cue(.relative, k + 1) || close - k <= 8 else { return true }
                k = close + 1
                continue
            }
            k += 1
        }
        return false
    }

    /// A joint body named with a session word or an ordinal, or a numbered session once a body was named.
    private func sessionTriggers(_ mentions: [Mention], range: Range<Int>, sentence: Int, bodyNamedBefore: Bool) -> [Trigger] {
        var triggers: [Trigger] = []
        var usedSessions: Set<Int> = []
        var lastHead: Mention?
        for head in mentions where head.has({ if case .bodyHead = $0 { true } else { false } }) {
            // "on the sidelines of the Asian Cooperation Dialogue meeting": the occasion of another encounter.
            if onSidelines(head, floor: range.lowerBound) { continue }
            // "the Political Consultations Commission between the two ministries": a body between states is standing.
            let between = head.end < range.upperBound && table.cue(.between, head.end)
            // ("وكان المجلس قد عقد اجتماعه الأول", "the Council first met in 2025": the body named before, by its head.)
            let namedBefore = bodyNamedBefore && definite(head)
            guard qualified(head, mentions: mentions) || between || namedBefore else { continue }
            let session = mentions.last { m in m.has({ $0 == .session }) && m.start < head.start && m.start != head.start
                    && (head.start - m.end <= 8 && !stops(m.end..<head.start) || namesBetween(m.end..<head.start)) && !usedSessions.contains(m.start) }
                ?? mentions.first { m in m.has({ $0 == .session }) && m.start > head.start && m.start - head.end <= 6 && !usedSessions.contains(m.start) }
            let ordinal = session.flatMap { ordinalNear($0, range: range) } ?? ordinalNear(head, range: range)
            if session != nil || ordinal != nil {
                if let session { usedSessions.insert(session.start) }
                triggers.append(Trigger(kind: .session(head: head, session: session, ordinal: ordinal), anchor: session ?? head, sentence: sentence))
                lastHead = head
                continue
            }
            // "… between X and Y held a virtual meeting", "the Joint Commission met": the body's meeting is its session.
            // (Not a body that is a subject talked of: "an MoU on political consultations".)
            // ("آلية للمشاورات السياسية": a body after ل is what another noun is for.)
            let talkedOf = (max(range.lowerBound, head.start - 3)..<head.start).contains { table.cue(.topic, $0) }
                || tokens[head.start].isArabic && head.prefixLength > 0 && tokens[head.start].textHasPrefix("ل")
            // ("اجتمعت اللجنة الحدودية …": in Arabic the verb comes first, right before its subject.)
            let isMeeting = { (m: Mention) in m.has({ if case .meeting = $0 { true } else { false } }) }
            if triggers.isEmpty, !talkedOf, let cue = mentions.first(where: { m in m.start >= head.end && m.start - head.end <= 20
                && isMeeting(m) && !stops(head.end..<m.start) })
                ?? mentions.first(where: { m in m.end == head.start && tokens[head.start].isArabic && isMeeting(m) }) {
                triggers.append(Trigger(kind: .session(head: head, session: cue, ordinal: nil), anchor: head, sentence: sentence))
                lastHead = head
            }
        }
        // "… حيث انعقدت آخر دورة في عام 2016 بباماكو", "la précédente session s'était tenue à Nouakchott": the body's
        // earlier session, told later in the sentence.
        if let head = lastHead, let first = triggers.first {
            let firstOrdinal: Int? = { if case .session(_, _, let n) = first.kind { n } else { nil } }()
            for m in mentions where m.start > first.anchor.end && m.has({ $0 == .session }) && !usedSessions.contains(m.start)
                // "… الدورة الرابعة عشرة للجنة في عمّان، علماً بأن الدورة الثانية عشرة كانت قد عقدت …": another number.
                && (ordinalNear(m, range: range).map { $0 != firstOrdinal } ?? false
                    || (max(range.lowerBound, m.start - 2)..<m.start).contains { table.cue(.recalledBefore, $0) }
                    // "منذ انعقاد الدورة 17 في ديسمبر 2008", "since the last session": told as the start of a span.
                    || (max(range.lowerBound, m.start - 3)..<m.start).contains { table.cue(.since, $0) }
                    || (m.end..<min(range.upperBound, m.end + 2)).contains { table.cue(.recalledAfter, $0) }) {
                usedSessions.insert(m.start)
                triggers.append(Trigger(kind: .session(head: head, session: m, ordinal: ordinalNear(m, range: range)), anchor: m, sentence: sentence))
                break
            }
        }
        guard triggers.isEmpty, bodyNamedBefore else { return triggers }
        // "La 9e session doit se tenir à Dakar": a numbered session standing alone, after the body was named,
        // is that body's ("the 76th session of the General Assembly" is not); "the 14th session will be held in 2027,
        // the 12th having met in 2023": each number its own.
        var numbered: [Trigger] = []
        for m in mentions where m.has({ $0 == .session }) && TokenWords.sessionNouns.contains(tokens[m.start]) {
            guard let ordinal = ordinalNear(m, range: range) else { continue }
            if m.end < range.upperBound, TokenWords.ofWords.contains(tokens[m.end])
                || tokens[m.end].isArabic && tokens[m.end].textHasPrefix("ل") { continue }
            numbered.append(Trigger(kind: .session(head: nil, session: m, ordinal: ordinal), anchor: m, sentence: sentence))
        }
        if !numbered.isEmpty { return numbered }
        // "Coprésidée par …, la session a permis …", "وتناولت الدورة …": the session told before, by its noun.
        for m in mentions where m.has({ $0 == .session }) && TokenWords.sessionNouns.contains(tokens[m.start]) {
            if m.end < range.upperBound, TokenWords.ofWords.contains(tokens[m.end]) || tokens[m.end].isArabic && tokens[m.end].textHasPrefix("ل") { continue }
            let definite = tokens[m.start].isArabic
                ? tokens[m.start].text.dropFirst(m.prefixLength).hasPrefix("ال")
                : m.start > range.lowerBound && (TokenWords.definiteDeterminers.contains(tokens[m.start - 1]) || table.cue(.demonstrative, m.start - 1)
                    // "la précédente session", "the last session".
                    || m.start - 1 > range.lowerBound && table.cue(.recalledBefore, m.start - 1) && TokenWords.definiteDeterminers.contains(tokens[m.start - 2]))
            guard definite else { continue }
            return [Trigger(kind: .session(head: nil, session: m, ordinal: nil), anchor: m, sentence: sentence)]
        }
        return []
    }

    /// True when the words between a session word and a body's head are the body's name: "the fifth meeting of the
    /// Türkiye-Kazakhstan High-Level Strategic Cooperation Council".
    private func namesBetween(_ gap: Range<Int>) -> Bool {
        gap.count <= 16 && gap.allSatisfy { k in
            tokens[k].capitalized || TokenWords.dashes.contains(tokens[k]) || TokenWords.articlesAndOfPlace.contains(tokens[k]) || table.at[k] != nil
                || (k > 0 && (table.at[k - 1]?.end ?? 0) > k) || (k > 1 && (table.at[k - 2]?.end ?? 0) > k)
        }
    }

    /// True when a body's head noun is made joint or high-level by a qualifier or a nationality near it.
    /// "المجلس", "the Council", "la commission": a head with its article.
    private func definite(_ head: Mention) -> Bool {
        // (Read on the folded word, where "آلية" is "الية": an article leaves a noun of three letters or more.)
        if tokens[head.start].isArabic {
            let word = tokens[head.start].text.dropFirst(head.prefixLength)
            // ("للجنة" is ل + اللجنة: the article's alef goes after ل.)
            if tokens[head.start].textHasPrefix("لل"), head.prefixLength > 0 { return word.count >= 3 }
            return word.hasPrefix("ال") && word.count >= 5
        }
        return head.start > 0 && TokenWords.singularArticles.contains(tokens[head.start - 1])
    }

    func qualified(_ head: Mention, mentions: [Mention]) -> Bool {
        // "Strategic Dialogue", "Joint Commission" as one phrase of the lexicon.
        if head.length > 1 { return true }
        return mentions.contains { m in
            let qualifies = m.has({ $0 == .bodyQualifier }) || m.has({ entry in
                switch entry {
                case .nationality, .nationalityPrefix: true
                // "the China-Pakistan Strategic Dialogue": two states joined by a dash.
                case .country: m.end < tokens.count && TokenWords.dashes.contains(tokens[m.end]) || m.start > 0 && TokenWords.dashes.contains(tokens[m.start - 1])
                default: false
                }
            })
            // Before the head, the parties' names may sit between: "the Joint Morocco-Saudi Arabia Commission".
            return qualifies && ((m.start >= head.end && m.start - head.end <= 5) || (m.end <= head.start && head.start - m.end <= 3)
                || (m.end <= head.start && head.start - m.end <= 6 && (m.end..<head.start).allSatisfy { k in
                    tokens[k].text == "-" || tokens[k].text == "–" || table.at[k] != nil || (k > 0 && table.at[k - 1].map { $0.end > k } ?? false)
                    || (k > 1 && table.at[k - 2].map { $0.end > k } ?? false) }))
        }
    }

    /// The session number next to a session word: "الدورة الثامنة", "الدورة الـ 18", "12e session", "Sixth Session".
    func ordinalNear(_ session: Mention, range: Range<Int>) -> Int? {
        func single(at k: Int) -> Int? {
            guard k >= range.lowerBound, k < range.upperBound else { return nil }
            return table.at[k]?.first { if case .ordinal(let v) = $0 { return v } else { return nil } }
        }
        // Compounds: "الحادية والعشرين" (a unit, then "and" its tens), "forty-eighth", "quarante-huitième" (tens, a dash,
        // then a unit), "vingt et unième".
        func ordinal(at k: Int) -> Int? {
            if let unit = single(at: k), unit < 10, let m = table.at[k], tokens[k].isArabic,
               let tens = single(at: m.end), tens >= 20, tens % 10 == 0 {
                return unit + tens
            }
            if k >= range.lowerBound, k < range.upperBound, !tokens[k].isArabic, let m = table.at[k],
               let tens = m.first({ if case .number(let v) = $0 { return v } else { return nil } }), tens >= 20, tens % 10 == 0 {
                var j = m.end
                while j < min(range.upperBound, m.end + 3), tokens[j].text == "-" || tokens[j].text == "et" { j += 1 }
                if j > m.end, let unit = single(at: j), unit < 10 { return tens + unit }
            }
            return single(at: k)
        }
        // The same, read back from its unit: "the forty-eighth session", "la vingt et unième session".
        func ordinal(endingAt k: Int) -> Int? {
            guard let unit = single(at: k), unit < 10, k > range.lowerBound, !tokens[k].isArabic else { return single(at: k) }
            var j = k - 1
            while j > range.lowerBound, k - j <= 3, tokens[j].text == "-" || tokens[j].text == "et" { j -= 1 }
            guard j < k - 1, let tens = table.at[j]?.first({ if case .number(let v) = $0 { return v } else { return nil } }),
                  tens >= 20, tens % 10 == 0 else { return unit }
            return tens + unit
        }
        // After: "الدورة الثامنة", "الدورة 8", "الدورة ال 18", "دورتها الـ29", "session 12".
        var k = session.end
        if k < range.upperBound, tokens[k].text == "ال" || tokens[k].text == "(" { k += 1 }
        if k < range.upperBound, tokens[k].text == "(" { k += 1 }
        if let value = ordinal(at: k) { return value }
        // "La précédente session, la quatorzième, …": the number in apposition.
        if k + 1 < range.upperBound, tokens[k].text == ",", let value = ordinal(at: TokenWords.articlesAndOf.contains(tokens[k + 1]) ? k + 2 : k + 1) {
            return value
        }
        if k < range.upperBound, tokens[k].kind == .number, let value = Int(tokens[k].text), value < 500 {
            // "the meeting 16 December": a day, not a number.
            if k + 1 < range.upperBound, table.has(k + 1, { if case .month = $0 { true } else { false } }) { return nil }
            return value
        }
        // Before: "12e session", "Sixth Session", "48th session", "la première session", "15-ème session".
        k = session.start - 1
        if k >= range.lowerBound, tokens[k].kind == .word, DigitOrdinals.suffixes.contains(tokens[k].text) {
            var n = k - 1
            if n >= range.lowerBound, tokens[n].text == "-" { n -= 1 }
            if n >= range.lowerBound, tokens[n].kind == .number, let value = Int(tokens[n].text) { return value }
        }
        for back in [k, k - 1] { if let value = ordinal(endingAt: back) { return value } }
        if k >= range.lowerBound, tokens[k].kind == .number, let value = Int(tokens[k].text), value < 500 { return value }
        return nil
    }
}
