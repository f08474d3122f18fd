import ChanceryCore

/// Whether an event is told as ahead: a marker of the future, a verb in the future, a relative clause in the future.
extension TimeReader {
    /// A word that puts the trigger ahead: "will", "من المقرر", "sera", a future verb (سيلتقي), a relative clause in
    /// the future after the trigger ("الاجتماع الذي سيعقد"), "tomorrow".
    func plannedMarker(trigger: Trigger, scope: Range<Int>) -> (String, String)? {
        let anchor = trigger.anchor
        // (A verb the vocabulary lists in its future form, "سيلتقي", is in the future as much as one read off سـ.)
        if anchor.future || tokens[anchor.start].isArabic && isFutureVerb(tokens[anchor.start].text) {
            return ("its verb is in the future", table.read.text(anchor.start..<anchor.end))
        }
        // "will meet", "will host": the auxiliary is part of the trigger's words.
        if (anchor.start..<anchor.end).contains(where: { table.cue(.futureAuxiliary, $0) }) {
            return ("its verb is in the future", table.read.text(anchor.start..<anchor.end))
        }
        for m in table.mentions(inSentence: trigger.sentence) where scope.contains(m.start) && m.has({ $0 == .planned }) {
            // “We will set up a commission,” the minister told a joint press conference: the quote's future is its own.
            if m.end <= anchor.start, (m.end..<anchor.start).contains(where: { ["\"", "”", "»", "“", "«"].contains(tokens[$0].text) }) { continue }
            let word = table.read.text(m.start..<m.end)
            // French and English put the auxiliary after the subject: "la session se tiendra", "talks will be held"; a
            // noun after the trigger ("… des préparatifs des prochaines échéances") is about something else.
            if m.start < anchor.start { return ("a word of the future before it", word) }
            // ("held a virtual meeting to finalise the agenda, which is expected to include …": a relative clause after
            // other words that name nothing tells of them, not of the meeting.)
            if !tokens[m.start].isArabic, m.start - anchor.end <= 14, !table.cue(.plannedNoun, m.start), !ofAnotherNoun(anchor.end..<m.start) {
                return ("a word of the future after it", word)
            }
            // Arabic puts the adjective after the noun: "الاجتماع المزمع عقده", "الزيارة المرتقبة".
            if tokens[m.start].isArabic, m.start >= anchor.end, m.start - anchor.end <= 2 { return ("a word of the future after it", word) }
        }
        // "rencontrera", "se rendra … où il s'entretiendra", "présidera": the French future of a verb near the trigger.
        if table.lexicon.language == "fr", let k = (max(scope.lowerBound, anchor.start - 6)..<min(scope.upperBound, anchor.end + 1)).first(where: { frenchFuture($0) }) {
            return ("a verb in the future", tokens[k].text)
        }
        if tokens[anchor.start].isArabic {
            if let k = futureVerb(before: anchor.start, floor: scope.lowerBound) { return ("a verb in the future before it", tokens[k].text) }
            // "وزيارة تشاووش أوغلو ستكون الأولى", "الزيارة ستتيح": the noun is the subject of a verb in the future.
            if let k = (anchor.end..<min(scope.upperBound, anchor.end + 4)).first(where: { tokens[$0].isArabic && table.at[$0] == nil && isFutureVerb(tokens[$0].text) }),
               (anchor.end..<k).allSatisfy({ tokens[$0].kind == .word }) {
                return ("a verb in the future after it", tokens[k].text)
            }
            if let k = futureRelative(after: anchor.end, limit: scope.upperBound) { return ("a clause in the future after it", tokens[k].text) }
        }
        return nil
    }

    /// True when `gap`, between a trigger and a word after it, holds a relative pronoun three words or more after the
    /// trigger whose antecedent, the words just before it, names no state, place, body, person or event: the clause
    /// tells of that other noun ("pour arrêter le programme, qui devrait porter sur …").
    private func ofAnotherNoun(_ gap: Range<Int>) -> Bool {
        guard let relative = gap.first(where: { table.cue(.relative, $0) }), relative - gap.lowerBound >= 3 else { return false }
        let antecedent = max(gap.lowerBound, relative - 3)..<relative
        return !antecedent.contains { k in
            tokens[k].capitalized || table.has(k) { entry in
                switch entry {
                case .country, .nationality, .city, .organization, .official, .bodyHead, .role, .counterpart, .meeting, .instrument, .session: true
                default: false
                }
            }
        }
    }

    /// An Arabic verb in the future (سيرأس، ستنعقد، وسيتم) shortly before the trigger, outside any name.
    func futureVerb(before index: Int, floor: Int) -> Int? {
        var k = index - 1
        while k >= floor, index - k <= 10 {
            let token = tokens[k]
            if token.isArabic, table.at[k] == nil, isFutureVerb(token.text) { return k }
            if token.text == "," && index - k > 6 { break }
            k -= 1
        }
        return nil
    }

    /// "الدورة …، التي ستعقد في بكين", "الاجتماع الذي سيعقد".
    func futureRelative(after index: Int, limit: Int) -> Int? {
        var k = index
        while k + 1 < limit, k - index <= 20 {
            if table.cue(.relative, k) {
                return isFutureVerb(tokens[k + 1].text) && table.at[k + 1]?.has({ $0 == .stop }) != true ? k + 1 : nil
            }
            if tokens[k].isBreak { return nil }
            k += 1
        }
        return nil
    }

    /// A French verb in the simple future: "-ra", "-ront", "-rons" on a lower-case word of six letters or more.
    func frenchFuture(_ k: Int) -> Bool {
        let token = tokens[k]
        guard token.kind == .word, !token.capitalized, token.text.unicodeScalars.count >= 6 else { return false }
        return ["ra", "ront", "rons"].contains { token.text.hasSuffix($0) } && !token.text.hasSuffix("tra") || token.text.hasSuffix("tiendra")
    }

    /// سـ before a present verb (سيلتقي، ستعقد، سنعمل), with و or ف before it.
    func isFutureVerb(_ text: String) -> Bool { Self.isFutureVerb(text) }

    /// An Arabic imperfect verb with the future prefix: "سيعقد", "ستنعقد", "وسنعمل".
    static func isFutureVerb(_ text: String) -> Bool {
        var stem = Substring(text)
        if let first = stem.first, first == "و" || first == "ف" { stem = stem.dropFirst() }
        guard stem.unicodeScalars.count >= 4, stem.hasPrefix("س"), let second = stem.dropFirst().first else { return false }
        return "يتن".contains(second) && !notFutureStarts.contains { stem.hasPrefix($0) }
    }

    /// Nouns that begin as a verb with the future prefix would: "سياسي" (political), "سيادة", "سياحة", "سيارة",
    /// "سيطرة", "سنوات" (years), "ستين".
    private static let notFutureStarts = ["سياس", "سياح", "سياد", "سياق", "سيار", "سيطر", "سيد", "سيول", "سينا",
                                          "سنوات", "سنوي", "سنتين", "ستين", "ستة", "ستار"]
}
