import ChanceryCore

/// Session triggers: a joint body named with a session word or an ordinal, the body that met, a numbered session
/// once the body was named, and the ordinals that number them.
extension TriggerFinder {
    // MARK: - Sessions

    /// Whether a stop or a comma parts the words of `range`, but for an aside between commas that opens with a
    /// relative pronoun ("the Border Committee, which brings together commanders of both sides, met") or a short
    /// apposition opening with an article ("the Joint Committee on the Ganges, the treaty's monitoring body, met").
    func stops(_ range: Range<Int>) -> Bool {
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
    func sessionTriggers(_ mentions: [Mention], range: Range<Int>, sentence: Int, bodyNamedBefore: Bool) -> [Trigger] {
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
                ?? mentions.first { m in m.has({ $0 == .session }) && m.start > head.start && !usedSessions.contains(m.start)
                    && (m.start - head.end <= 6 || heldItsOwn(m, after: head)) }
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
        for m in mentions where m.has({ $0 == .session }) && (TokenWords.sessionNouns.contains(tokens[m.start]) || ofBodyAcronym(m, range: range)) {
            let ordinal = ordinalNear(m, range: range)
            // ("… فيما اتفق الجانبان على عقد الدورة المقبلة بتونس", "la prochaine session", "the next session": the one after.)
            let next = m.end < range.upperBound && table.has(m.end) { $0 == .next }
                || m.start > range.lowerBound && table.has(m.start - 1) { $0 == .next }
            guard ordinal != nil || next else { continue }
            if m.end < range.upperBound, TokenWords.ofWords.contains(tokens[m.end])
                || tokens[m.end].isArabic && tokens[m.end].textHasPrefix("ل"), !ofBodyAcronym(m, range: range) { continue }
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

    /// "the next meeting of the JCBC", "la 14e édition de la RHN": of the body the document gave that acronym.
    func ofBodyAcronym(_ session: Mention, range: Range<Int>) -> Bool {
        var k = session.end
        while k < range.upperBound, k - session.end < 3, TokenWords.ofWords.contains(tokens[k]) || TokenWords.singularArticles.contains(tokens[k]) { k += 1 }
        return k < range.upperBound && k > session.end && tokens[k].allCaps && table.bodyAcronyms.contains(tokens[k].text)
    }

    /// "La commission mixte franco-tunisienne a tenu lundi sa cinquième session", "the Joint Commission held on
    /// Monday its fourth session": the body's own session, named by a possessive, further on with no stop between.
    private func heldItsOwn(_ session: Mention, after head: Mention) -> Bool {
        guard session.start - head.end <= 14, !stops(head.end..<session.start) else { return false }
        return (max(head.end, session.start - 3)..<session.start).contains { TokenWords.bodyPossessives.contains(tokens[$0]) }
    }

    /// True when the words between a session word and a body's head are the body's name: "the fifth meeting of the
    /// Türkiye-Kazakhstan High-Level Strategic Cooperation Council".
    func namesBetween(_ gap: Range<Int>) -> Bool {
        gap.count <= 16 && gap.allSatisfy { k in
            tokens[k].capitalized || TokenWords.dashes.contains(tokens[k]) || TokenWords.articlesAndOfPlace.contains(tokens[k]) || table.at[k] != nil
                || (k > 0 && (table.at[k - 1]?.end ?? 0) > k) || (k > 1 && (table.at[k - 2]?.end ?? 0) > k)
        }
    }

    /// True when a body's head noun is made joint or high-level by a qualifier or a nationality near it.
    /// "المجلس", "the Council", "la commission": a head with its article.
    func definite(_ head: Mention) -> Bool {
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
        // "la XIe session", "la XIIème session de la commission mixte": a Roman numeral, written in capitals.
        if k >= range.lowerBound, tokens[k].kind == .word, tokens[k].capitalized, !tokens[k].isArabic, let value = DigitOrdinals.roman(tokens[k].text) {
            return value
        }
        if k >= range.lowerBound, tokens[k].kind == .number, let value = Int(tokens[k].text), value < 500 { return value }
        return nil
    }
}
