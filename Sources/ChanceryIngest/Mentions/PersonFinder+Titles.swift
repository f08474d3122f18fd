import ChanceryCore

/// The readings a person's mention rests on: a name that runs past a listed official's, the title before a name and
/// its state, a message's sender, the office holder of a range.
extension PersonFinder {
    /// The end of a name that goes on past a listed official's ("Abdoulaye Diop Sarr" after "Abdoulaye Diop"), or
    /// the mention's own end.
    func longerName(_ m: Mention, limit: Int) -> Int {
        var end = m.end
        // ("Park Jin-woo" after "Park Jin": a hyphen joined to the listed name's last word goes on with it.)
        if end + 1 < limit, tokens[end].text == "-", tokens[end].attached, tokens[end + 1].attached, tokens[end + 1].kind == .word,
           !tokens[end + 1].isArabic {
            return end + 2
        }
        guard end < limit, !tokens[end].isArabic, tokens[end].capitalized, freeWord(end), !titleCased(tokens[m.start].sentence) else { return end }
        while end < limit, !tokens[end].isArabic, tokens[end].capitalized, freeWord(end) { end += 1 }
        return end
    }

    /// True for a headline in title case ("Lavrov Meets Bourita In Rabat"), where a capital says nothing of a name.
    func titleCased(_ sentence: Int) -> Bool {
        let words = read.sentences[sentence].filter { tokens[$0].kind == .word && !tokens[$0].isArabic }
        return words.count >= 3 && words.filter({ tokens[$0].capitalized }).count * 4 >= words.count * 3
    }

    /// True when token `k` starts no lexicon phrase: it can continue a name.
    func freeWord(_ k: Int) -> Bool { mentionAt[k] == nil && !cues.word(.notName, tokens[k]) && !cues.word(.postNominal, tokens[k]) }

    /// A title written just before a known official's name: "President Emmanuel Macron", "وزير الخارجية المصري سامح شكري".
    func titleBefore(_ index: Int, floor: Int) -> (range: Range<Int>, role: String?, country: String?)? {
        var k = index - 1
        var country: String?
        var steps = 0
        while k >= floor, steps < 5 {
            steps += 1
            if tokens[k].kind == .punct { return nil }
            if let start = mentionStart(endingAt: k + 1, floor: floor), let m = mentionAt[start] {
                if let code = stateCode(m) { country = country ?? code; k = start - 1; continue }
                if m.has({ $0 == .honorific }) { k = start - 1; continue }
                if let role = m.first({ if case .role(let r) = $0 { return r } else { return nil } }) {
                    return (start..<index, role, country)
                }
                return nil
            }
            if TokenWords.beforeATitle.contains(tokens[k]) { k -= 1; continue }
            return nil
        }
        return nil
    }

    /// The start of the mention that ends at token `end`, if one does.
    func mentionStart(endingAt end: Int, floor: Int) -> Int? {
        for start in stride(from: end - 1, through: max(floor, end - 5), by: -1) {
            if let m = mentionAt[start], m.end == end { return start }
        }
        return nil
    }

    /// The state a mention names, as a country or a nationality.
    /// The organisation named just before a title: "UN Special Envoy", "the EU High Representative", "مبعوث الأمم
    /// المتحدة" is after it, and "the AU Commission chairperson" before.
    func organizationBefore(_ index: Int, floor: Int) -> String? {
        for k in stride(from: index - 1, through: max(floor, index - 5), by: -1) {
            guard let m = mentionAt[k] else { continue }
            guard m.end == index else { return nil }
            return m.first { if case .organization(let code) = $0 { code } else { nil } }
        }
        return nil
    }

    func stateCode(_ m: Mention) -> String? {
        // ("وزير المالية الأردني": finance, the portfolio the title names, not "Malian".)
        if tokens[m.start].isArabic, m.start > 0, m.end - m.start == 1, cues.word(.portfolioWord, tokens[m.start]),
           cues.word(.ministry, tokens[m.start - 1])
            || mentionStart(endingAt: m.start, floor: 0).flatMap({ mentionAt[$0] }).map({ $0.has({ if case .role = $0 { true } else { false } }) }) ?? false {
            return nil
        }
        return m.first { entry -> String? in
            switch entry {
            case .nationality(let c), .country(let c): c
            default: nil
            }
        }
    }

    /// True for the sender of a message someone carries ("نقل إليه رسالة من الرئيس …", "handed over a letter from
    /// President …", "un message du roi"): the sender is not at the encounter.
    func sentMessage(before index: Int, floor: Int) -> Bool {
        var k = index - 1
        while k > floor, index - k <= 6 {
            if tokens[k].kind == .punct { return false }
            if cues.word(.from, tokens[k]) {
                // "رسالة خطية من": an adjective may stand between the message and "from".
                return [k - 1, k - 2].contains { $0 >= floor && cues.word(.message, tokens[$0]) }
            }
            k -= 1
        }
        return false
    }

    /// The holder among officials sharing a name whose dates cover the document's date.
    func pick(_ index: Int) -> Official {
        lexicon.gazetteer.holder(index, on: sentenceDate ?? date)
    }

    func officialIn(_ range: Range<Int>) -> Official? {
        for k in range {
            if let m = mentionAt[k], let index = m.first({ if case .official(let x) = $0 { return x } else { return nil } }) {
                return pick(index)
            }
        }
        return nil
    }

    /// A country written just before a title: "Pakistan's Foreign Minister", "the Chinese President".
    func countryBefore(_ index: Int, floor: Int) -> String? {
        var k = index - 1
        var steps = 0
        while k >= floor, steps < 3 {
            steps += 1
            let token = tokens[k]
            if token.isArabic || token.kind == .punct && token.text != "'" { return nil }
            if TokenWords.possessives.contains(token) { k -= 1; continue }
            if let start = mentionStart(endingAt: k + 1, floor: floor), let m = mentionAt[start], let c = stateCode(m) { return c }
            return nil
        }
        return nil
    }

    /// A Latin-script name set off by a comma just before a title, and the country written between them:
    /// "Nasser Bourita, ministre des Affaires étrangères", "Robert Malley, US Special Envoy".
    func nameBeforeTitle(_ index: Int, floor: Int) -> (name: Range<Int>, country: String?)? {
        if index > floor, tokens[index - 1].isArabic || index > floor + 1 && tokens[index - 2].isArabic {
            return arabicNameBeforeTitle(index, floor: floor).map { ($0, nil) }
        }
        var k = index - 1
        var country: String?
        var skipped = 0
        while k >= floor, skipped < 4 {
            let token = tokens[k]
            if token.isArabic { return nil }
            if token.text == "," { break }
            if TokenWords.possessivesAndArticles.contains(token) { k -= 1; skipped += 1; continue }
            if let start = mentionStart(endingAt: k + 1, floor: floor), let m = mentionAt[start], let c = stateCode(m) {
                country = country ?? c
                k = start - 1
                skipped += 1
                continue
            }
            // Qualifiers of the title: "Special Envoy", "Senior Minister".
            if token.kind == .word, token.capitalized, mentionAt[k] == nil { k -= 1; skipped += 1; continue }
            return nil
        }
        guard k > floor, tokens[k].text == "," else { return nil }
        let end = k
        var start = k
        while start > floor, end - start < 4 {
            let token = tokens[start - 1]
            guard token.kind == .word, !token.isArabic, token.capitalized || cues.word(.nameConnector, token) && start < end else { break }
            if let m = mentionAt[start - 1], !m.has({ if case .official = $0 { true } else { false } }) { break }
            start -= 1
        }
        while start < end, !tokens[start].capitalized { start += 1 }
        guard end - start >= 2 || (start < end && mentionAt[start]?.has({ if case .official = $0 { true } else { false } }) == true) else { return nil }
        // The name must begin a clause: a capitalised word before it would make it the tail of a longer phrase.
        if start > floor, tokens[start - 1].kind == .word, tokens[start - 1].capitalized { return nil }
        return (start..<end, country)
    }
}
