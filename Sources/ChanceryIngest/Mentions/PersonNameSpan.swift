import ChanceryCore

/// Where a person's name begins and ends: the words an Arabic or Latin name may hold, and the
/// document's own spelling of it.
extension PersonFinder {
    /// An Arabic name set off by a comma just before a title, after a verb, a comma or the sentence's start:
    /// "وقع عبداللطيف بن راشد الزياني، وزير الخارجية، و…".
    func arabicNameBeforeTitle(_ index: Int, floor: Int) -> Range<Int>? {
        let comma = index - 1
        guard comma > floor, TokenWords.commas.contains(tokens[comma]) else { return nil }
        var best: Range<Int>?
        var s = comma - 1
        while s >= floor, comma - s <= 6, tokens[s].kind == .word, tokens[s].isArabic {
            if let m = mentionAt[s], !m.has({ if case .official = $0 { true } else { false } }), !cues.wordInName(.nameConnector, tokens[s]) { break }
            if comma - s >= 2, arabicName(from: s, ceiling: comma) == s..<comma { best = s..<comma }
            s -= 1
        }
        guard let best else { return nil }
        let start = best.lowerBound
        let opens = start == floor || tokens[start - 1].kind == .punct
            || (max(floor, start - 3)..<start).contains { j in mentionAt[j].map { $0.end == start && $0.has({ entry in
                if case .meeting = entry { true } else { entry == .signing || entry == .honorific } }) } ?? false }
        return opens ? best : nil
    }

    /// The state and the end of a portfolio of nationals abroad starting at `start`: "وشؤون المصريين بالخارج",
    /// "والمغاربة المقيمين بالخارج".
    func nationalsAbroad(from start: Int, ceiling: Int) -> (code: String, end: Int)? {
        var k = start
        while k < min(ceiling, start + 6), tokens[k].kind == .word, tokens[k].isArabic {
            if let m = mentionAt[k], let code = stateCode(m) {
                guard let abroad = (m.end..<min(ceiling, m.end + 3)).first(where: { TokenWords.abroad.contains(tokens[$0]) }) else { return nil }
                return (code, abroad + 1)
            }
            guard extensionWord(tokens[k]) else { return nil }
            k += 1
        }
        return nil
    }

    /// Words that continue a ministry's name rather than begin a person's: والتعاون، الإفريقي، بالخارج.
    func extensionWord(_ token: Token) -> Bool {
        token.textHasPrefix("و") || token.textHasPrefix("ال") || token.textHasPrefix("بال") || token.textHasPrefix("لل")
    }

    /// True when a state's name or adjective comes within `limit` words of `index`, every word before it one of a
    /// portfolio ("وزير الطاقة السعودي", "مستشار الشؤون الدبلوماسية الإماراتي"): the name comes after the state.
    func stateAhead(_ index: Int, limit: Int, ceiling: Int) -> Bool {
        var k = index
        while k < ceiling, k < index + limit {
            if let m = mentionAt[k], stateCode(m) != nil { return k > index }
            guard tokens[k].kind == .word, tokens[k].isArabic, extensionWord(tokens[k]) || cues.word(.portfolioWord, tokens[k]) else { return false }
            k += 1
        }
        return false
    }

    /// True when an organisation is named within `limit` words of `index`, every word before it one of the title's
    /// ("مدير المكتب الإقليمي لبرنامج الأغذية العالمي سامر …"): the name comes after the organisation.
    func organizationAhead(_ index: Int, limit: Int, ceiling: Int) -> Bool {
        var k = index
        while k < ceiling, k < index + limit {
            if let m = mentionAt[k], m.has({ if case .organization = $0 { true } else { false } }) { return k > index }
            guard tokens[k].kind == .word, tokens[k].isArabic, extensionWord(tokens[k]) || cues.word(.portfolioWord, tokens[k]) else { return false }
            k += 1
        }
        return false
    }

    func commaAhead(_ index: Int, limit: Int, ceiling: Int) -> Bool {
        var k = index
        while k < ceiling, k < index + limit {
            if tokens[k].text == "," { return true }
            if tokens[k].isBreak { return false }
            k += 1
        }
        return false
    }

    func isNameBlocker(_ index: Int) -> Bool {
        guard let m = mentionAt[index] else { return false }
        return !m.has({ if case .ordinal = $0 { true } else if case .official = $0 { true } else { false } })
    }

    func arabicName(from start: Int, ceiling: Int) -> Range<Int>? {
        var end = start
        var words = 0
        while end < ceiling, tokens[end].kind == .word, tokens[end].isArabic {
            let token = tokens[end]
            // "عبدالله علي اليحيا": the name Ali folds like "على" (on); written with ي inside a name, it is the name.
            let connector = cues.wordInName(.nameConnector, token) || words > 0 && isAli(end)
            if isNameBlocker(end) {
                let nisba = words >= 2 && Self.isFamilyNisba(end, tokens: tokens, mentionAt: mentionAt, cues: cues)
                // ("مازن تركي القاضي": after a name, a demonym without the article that an adjective of it would take is a
                // name, Turki.)
                let bare = words >= 1 && !token.textHasPrefix("ال") && !token.textHasPrefix("و")
                    && (mentionAt[end].map { m in m.entries.allSatisfy { if case .nationality = $0 { true } else { false } } } ?? false)
                guard words > 0, connector || nisba || bare else { break }
            }
            // A word no name has: "هذا", "القيام", "يعقبها", "خلال"; a name stops before it, and before a blessing
            // after it ("حفظه الله").
            if cues.wordInName(.notName, token), !connector { break }
            if words > 0, cues.word(.postNominal, token) { break }
            if words == 0, token.textHasPrefix("ال"), token.text != "ال" { break }
            // "وزير الدولة بوزارة الخارجية": the title goes on with its ministry.
            if words == 0, cues.word(.ministry, token) { break }
            // "… الإيراني ويبحثان العلاقات": a verb of two or more (يبحثان، تلتقيان، ويعقدون), not a name.
            if words == 0, Self.pluralVerbShape(token.text) { break }
            // "لتوسيع قاعدة": a purpose, not a name.
            if words == 0, token.textHasPrefix("لت") && token.text.unicodeScalars.count >= 5 { break }
            // "إياد علاوي وأقرت": after a full name, "و…" begins the next clause.
            if words >= 2, token.textHasPrefix("و"), token.text.unicodeScalars.count >= 4, !Self.namesWithWaw.contains(token.text) { break }
            // A pronoun suffix marks a noun or a verb, not a name: "لقاءاته", "مباحثاتهما".
            if words >= 1, token.text.hasSuffix("هما") || token.text.hasSuffix("هم") && token.text.unicodeScalars.count > 4 { break }
            // ("هشام عبد الرحيم منصور مشاركته": a noun with "his" after a full name.)
            if words >= 3, token.text.hasSuffix("ته"), token.text.unicodeScalars.count >= 5 { break }
            words += 1
            end += 1
            // A regnal number ends the name: محمد السادس.
            if let m = mentionAt[end - 1], m.has({ if case .ordinal = $0 { true } else { false } }) { break }
            let limit = (start..<end).contains { cues.wordInName(.nameConnector, tokens[$0]) } ? 5 : 3
            if words >= limit { break }
        }
        while end > start, cues.wordInName(.nameConnector, tokens[end - 1]) { end -= 1 }
        // "الرئيس سيعقد في اليوم الأول …": a lone word in the future is the title's verb ("سيرغي لافروف" has two).
        if end - start == 1, TimeReader.isFutureVerb(tokens[start].text) { return nil }
        return end > start ? start..<end : nil
    }

    static func pluralVerbShape(_ text: String) -> Bool {
        var stem = Substring(text)
        if let first = stem.first, first == "و" || first == "ف" { stem = stem.dropFirst() }
        guard stem.unicodeScalars.count >= 5, let first = stem.first, first == "ي" || first == "ت" else { return false }
        return stem.hasSuffix("ان") || stem.hasSuffix("ون")
    }

    /// True for "الكندي" in "سالم بن مبارك الكندي": after a father's name, a nationality word is the family's name
    /// (al-Kindi), not a state.
    static func isFamilyNisba(_ k: Int, tokens: [Token], mentionAt: MentionIndex, cues: Cues) -> Bool {
        k > 1 && tokens[k].isArabic && tokens[k].textHasPrefix("ال") && cues.wordInName(.nameConnector, tokens[k - 2])
            && mentionAt[k]?.has({ if case .nationality = $0 { true } else { false } }) == true
    }

    private func isAli(_ k: Int) -> Bool {
        let text = tokens[k].text
        guard text == "علي" || text == "وعلي" else { return false }
        return read.text(k..<(k + 1)).unicodeScalars.last == "\u{064A}"
    }

    func latinName(from start: Int, ceiling: Int) -> Range<Int>? {
        var end = start
        var words = 0
        while end < ceiling, words < 5 {
            let token = tokens[end]
            if token.kind == .word, token.capitalized {
                if let m = mentionAt[end], !m.has({ if case .official = $0 { true } else if case .ordinal = $0 { true } else { false } }),
                   m.has({ if case .role = $0 { true } else if case .month = $0 { true } else if case .weekday = $0 { true }
                       else if case .meeting = $0 { true } else if case .country = $0 { true } else if case .city = $0 { true }
                       else if case .organization = $0 { true } else { $0 == .signing } }) {
                    break
                }
                // "This week", "According to": a capital at a sentence's start is no name.
                if words == 0, cues.word(.notName, token) { break }
                // "Simon Harris TD", "Jane Doe MP": letters after a name are no part of it.
                if words > 0, cues.word(.postNominal, token) { break }
                words += 1
                end += 1
            } else if token.kind == .word, cues.word(.nameConnector, token), words > 0 {
                end += 1
            } else if token.text == "-", token.attached, words > 0 {
                end += 1
            } else if token.text == "'", token.attached, words > 0, end + 1 < ceiling, tokens[end + 1].attached, tokens[end + 1].capitalized {
                // O'Brien, N'Diaye.
                end += 1
            } else {
                break
            }
        }
        while end > start, !tokens[end - 1].capitalized { end -= 1 }
        // "Gudaibiya Palace", "Government Buildings": a building, not a person.
        if (start..<end).contains(where: { cues.word(.premises, tokens[$0]) }) { return nil }
        // A lone letter is an initial or part of an honorific ("H.H."), never a name.
        if end - start == 1, tokens[start].text.count == 1 { return nil }
        return end > start ? start..<end : nil
    }

    /// The document's own text for a name's tokens, without the proclitics joined to its first word
    /// ("وبوريطة" is بوريطة).
    func name(_ range: Range<Int>, prefix: Int = 0) -> String {
        var text = read.text(range)
        if prefix > 0, tokens[range.lowerBound].isArabic {
            // Proclitics are one letter each and carry no harakat in practice; drop their scalars from the written word.
            let scalars = Array(text.unicodeScalars)
            var dropped = 0
            var k = 0
            while k < scalars.count, dropped < prefix {
                if (0x064B...0x065F).contains(scalars[k].value) || scalars[k].value == 0x0640 { k += 1; continue }
                dropped += 1
                k += 1
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[k...])
            text = String(view)
        }
        return text
    }
}
