import ChanceryCore

/// A person found in a sentence, with the tokens of their name.
struct FoundParticipant {
    var participant: Participant
    var nameRange: Range<Int>
    /// Set when the person speaks for an international organisation rather than a state.
    var organization: String? = nil
}

/// Finds people in a sentence: a title and the name next to it, "his counterpart", or a known official's name.
struct ParticipantFinder {
    let tokens: [Token]
    let mentionAt: MentionIndex
    let original: [Unicode.Scalar]
    let folded: FoldedText
    let gazetteer: Gazetteer
    let date: PartialDate?

    /// Arabic words that join the parts of a name: عبد الفتاح، بن فرحان، ولد بلال، آل سعود.
    private static let connectors: Set<String> = ["بن", "ابن", "ولد", "عبد", "ابو", "ال", "bin", "ben", "ibn", "al", "el", "de", "da",
                                                  "van", "von", "ould", "abu", "abdel", "la", "del", "di", "le"]

    /// Nouns that follow a title but begin no name: "مراسم توقيع", "عدد من", "جمهورية أنغولا", "لشؤون الدول".
    private static let notNames: Set<String> = ["مراسم", "عدد", "جمهوريه", "مملكه", "دوله", "سلطنه", "اماره", "وفد", "وفدا",
                                                "حفل", "اعمال", "جلسه", "لشوون", "لشؤون", "للشوون", "للشؤون",
                                                // Verbs of travel that follow a title as its predicate: "وزير خارجية تركيا سيزور القاهرة".
                                                "زار", "زارت", "يزور", "تزور", "سيزور", "ستزور", "وصل", "وصلت", "يصل", "تصل", "سيصل",
                                                "ستصل", "توجه", "توجهت", "يتوجه", "سيتوجه", "ستتوجه", "يبدا", "سيبدا", "تبدا", "ستبدا"]
    /// "جمهورية", "republic": the start of a state's full name, before the country itself.
    private static let stateWords: Set<String> = ["جمهوريه", "مملكه", "دوله", "سلطنه", "اماره", "republic", "kingdom", "state", "republique", "royaume"]
    /// Arabic given names that begin with و, so that a following "و…" word is not read as "and …".
    private static let namesWithWaw: Set<String> = ["وليد", "وائل", "وحيد", "وديع", "وفاء", "وهبي", "وسام", "وداد", "وجدي"]

    func participants(in range: Range<Int>) -> [FoundParticipant] {
        var found: [FoundParticipant] = []
        var lastRole: String?
        var i = range.lowerBound
        while i < range.upperBound {
            guard let mention = mentionAt[i] else { i += 1; continue }
            if let index = mention.first({ if case .official(let k) = $0 { return k } else { return nil } }) {
                let official = pick(index)
                let name = text(mention.start..<mention.end)
                found.append(FoundParticipant(participant: Participant(name: name, country: official.country, role: official.role),
                                              nameRange: mention.start..<mention.end, organization: official.organization))
                lastRole = lastRole ?? official.role
                i = mention.end
                continue
            }
            let role = mention.first { if case .role(let r) = $0 { return r } else { return nil } }
            let isCounterpart = mention.has { $0 == .counterpart }
            // "السيد بوريطة", "M. Sellal": an honorific alone still introduces a person.
            if role == nil, !isCounterpart, mention.has({ $0 == .honorific }), mention.end < range.upperBound, mentionAt[mention.end] == nil,
               tokens[mention.end].kind == .word {
                let name = tokens[mention.end].isArabic ? arabicName(from: mention.end, ceiling: range.upperBound)
                    : latinName(from: mention.end + (tokens[mention.end].text == "." ? 1 : 0), ceiling: range.upperBound)
                if let name, !found.contains(where: { $0.nameRange.overlaps(name) }) {
                    found.append(FoundParticipant(participant: Participant(name: text(name)), nameRange: name))
                    i = name.upperBound
                    continue
                }
            }
            // "ناصر بوريطة، وزير الشؤون الخارجية …، خُصصت …": a title set off by commas right after a name is that
            // person's; what follows its closing comma is the rest of the sentence, not another name.
            if role != nil, !isCounterpart, tokens[mention.start].isArabic, let last = found.last, mention.start >= range.lowerBound + 1,
               tokens[mention.start - 1].text == ",", last.nameRange.upperBound == mention.start - 1 {
                if found[found.count - 1].participant.role == nil { found[found.count - 1].participant.role = role }
                lastRole = lastRole ?? role
                i = mention.end
                continue
            }
            if role != nil || isCounterpart {
                let before = isCounterpart ? nil : nameBeforeTitle(mention.start, floor: range.lowerBound)
                var country = countryBefore(mention.start, floor: range.lowerBound) ?? before?.country
                var j = mention.end
                var name: Range<Int>?
                var steps = 0
                var sawComma = false
                // After "ministre … des", "Minister of": a portfolio ("Affaires étrangères", "Cabinet Affairs"), never a name.
                var portfolio = false
                var portfolioWords: [String] = []
                var role = role
                while j < range.upperBound, steps < 12 {
                    steps += 1
                    let token = tokens[j]
                    if token.text == "," || token.text == ":" { sawComma = true; portfolio = false; j += 1; continue }
                    if let m = mentionAt[j] {
                        if let c = m.first({ entry -> String? in
                            switch entry {
                            case .nationality(let c), .country(let c): c
                            default: nil
                            }
                        }) {
                            if country == nil { country = c }
                            j = m.end
                            continue
                        }
                        if m.has({ $0 == .honorific }) { j = m.end; continue }
                        // A trigger verb ends the title: in "the minister met Laura Benson, …" the name is the object's.
                        if m.has({ if case .meeting = $0 { true } else { $0 == .signing } }) { break }
                        if m.has({ if case .official = $0 { true } else { false } }) { name = m.start..<m.end; break }
                        if !token.isArabic, m.has({ $0 == .stop }), !sawComma, ["of", "de", "des", "du", "the", "la", "l", "'", "d"].contains(token.text) {
                            if token.text != "the" { portfolio = true }
                            j = m.end
                            continue
                        }
                        if !sawComma, !token.isArabic, !token.capitalized { j = m.end; continue }
                        if !sawComma, token.isArabic, extensionWord(token), commaAhead(j, limit: 8, ceiling: range.upperBound) { j = m.end; continue }
                        break
                    }
                    if token.kind != .word { break }
                    // "وزير خارجية جمهورية أنغولا مانويل …": the state's full name, then the person's.
                    if Self.stateWords.contains(token.text), j + 1 < range.upperBound,
                       mentionAt[j + 1]?.has({ if case .country = $0 { true } else { false } }) == true {
                        j += 1
                        continue
                    }
                    if token.isArabic {
                        if !sawComma, extensionWord(token), commaAhead(j, limit: 8, ceiling: range.upperBound) { j += 1; continue }
                        name = arabicName(from: j, ceiling: range.upperBound)
                    } else {
                        if portfolio, !sawComma {
                            // "des Affaires étrangères Ali Bako": capitalised words and their adjective, then the name.
                            portfolioWords.append(token.text)
                            j += 1
                            if !token.capitalized {
                                portfolio = false
                                if ["affaires etrangeres", "foreign affairs"].contains(portfolioWords.suffix(2).joined(separator: " ")),
                                   role == "minister" { role = "foreign minister" }
                            }
                            continue
                        }
                        if !token.capitalized {
                            if !sawComma, commaAhead(j, limit: 12, ceiling: range.upperBound) { j += 1; continue }
                            break
                        }
                        name = latinName(from: j, ceiling: range.upperBound)
                    }
                    break
                }
                // "Wang Yi, China's foreign minister": the name written before the title wins over one after a comma.
                if let before, name == nil || sawComma, !found.contains(where: { $0.nameRange.overlaps(before.name) }) {
                    name = before.name
                }
                if let name, !name.isEmpty {
                    var participant = Participant(name: text(name), country: country, role: isCounterpart ? lastRole : role)
                    var organization: String?
                    if let official = officialIn(name) {
                        organization = official.organization
                        participant.country = participant.country ?? official.country
                        participant.role = participant.role ?? official.role
                    }
                    if !found.contains(where: { $0.nameRange.overlaps(name) }) {
                        found.append(FoundParticipant(participant: participant, nameRange: name, organization: organization))
                    }
                    if !isCounterpart { lastRole = role }
                    i = max(name.upperBound, mention.end)
                    continue
                }
                if !isCounterpart, lastRole == nil { lastRole = role }
            }
            i = mention.end
        }
        return found.filter { !sentMessage(before: $0.nameRange.lowerBound, floor: range.lowerBound) }
    }

    /// True for the sender of a message someone carries ("نقل إليه رسالة من الرئيس …", "handed over a letter from
    /// President …", "un message du roi"): the sender is not at the encounter.
    private func sentMessage(before index: Int, floor: Int) -> Bool {
        var k = index - 1
        while k > floor, index - k <= 6 {
            if tokens[k].kind == .punct { return false }
            if Self.fromWords.contains(tokens[k]) {
                // "رسالة خطية من": an adjective may stand between the message and "from".
                return [k - 1, k - 2].contains { $0 >= floor && Self.messageNouns.contains(tokens[$0].text) }
            }
            k -= 1
        }
        return false
    }

    private static let fromWords: WordSet = ["من", "from", "de", "du"]

    private static let messageNouns: Set<String> = [
        "رساله", "رسالته", "رسائل", "برقيه", "message", "messages", "letter", "letters", "lettre",
    ]

    /// The holder among officials sharing a name whose dates cover the document's date.
    private func pick(_ index: Int) -> Official {
        let official = gazetteer.officials[index]
        if official.inOffice(on: date) { return official }
        let names = Set(official.names)
        return gazetteer.officials.first { !names.isDisjoint(with: $0.names) && $0.inOffice(on: date) } ?? official
    }

    private func officialIn(_ range: Range<Int>) -> Official? {
        for k in range {
            if let m = mentionAt[k], let index = m.first({ if case .official(let x) = $0 { return x } else { return nil } }) {
                return pick(index)
            }
        }
        return nil
    }

    /// A country written just before a title: "Pakistan's Foreign Minister", "the Chinese President".
    private func countryBefore(_ index: Int, floor: Int) -> String? {
        var k = index - 1
        var steps = 0
        while k >= floor, steps < 3 {
            steps += 1
            let token = tokens[k]
            if token.isArabic || token.kind == .punct && token.text != "'" { return nil }
            if token.text == "s" || token.text == "'" || token.text == "the" || token.text == "his" || token.text == "her" { k -= 1; continue }
            for start in stride(from: k, through: max(floor, k - 3), by: -1) {
                if let m = mentionAt[start], m.end == k + 1, let c = m.first({ entry -> String? in
                    switch entry {
                    case .nationality(let c), .country(let c): c
                    default: nil
                    }
                }) { return c }
            }
            return nil
        }
        return nil
    }

    /// A Latin-script name set off by a comma just before a title, and the country written between them:
    /// "Nasser Bourita, ministre des Affaires étrangères", "Robert Malley, US Special Envoy".
    private func nameBeforeTitle(_ index: Int, floor: Int) -> (name: Range<Int>, country: String?)? {
        var k = index - 1
        var country: String?
        var skipped = 0
        while k >= floor, skipped < 4 {
            let token = tokens[k]
            if token.isArabic { return nil }
            if token.text == "," { break }
            if ["s", "'", "the", "his", "her", "le", "la", "l"].contains(token.text) { k -= 1; skipped += 1; continue }
            if let m = mentionAt[k] ?? (k > floor ? mentionAt[k - 1] : nil), m.end == k + 1, let c = m.first({ entry -> String? in
                switch entry {
                case .nationality(let c), .country(let c): c
                default: nil
                }
            }) {
                country = country ?? c
                k = m.start - 1
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
        while start > floor, start - 1 >= 0, end - start < 4 {
            let token = tokens[start - 1]
            guard token.kind == .word, !token.isArabic, token.capitalized || Self.connectors.contains(token.text) && start < end else { break }
            if let m = mentionAt[start - 1], !m.has({ if case .official = $0 { true } else { false } }) { break }
            start -= 1
        }
        while start < end, !tokens[start].capitalized { start += 1 }
        guard end - start >= 2 || (start < end && mentionAt[start]?.has({ if case .official = $0 { true } else { false } }) == true) else { return nil }
        // The name must begin a clause: a capitalised word before it would make it the tail of a longer phrase.
        if start > floor, tokens[start - 1].kind == .word, tokens[start - 1].capitalized { return nil }
        return (start..<end, country)
    }

    /// Words that continue a ministry's name rather than begin a person's: والتعاون، الإفريقي، بالخارج.
    private func extensionWord(_ token: Token) -> Bool {
        token.textHasPrefix("و") || token.textHasPrefix("ال") || token.textHasPrefix("ب") || token.textHasPrefix("ل")
    }

    private func commaAhead(_ index: Int, limit: Int, ceiling: Int) -> Bool {
        var k = index
        while k < ceiling, k < index + limit {
            if tokens[k].text == "," { return true }
            if tokens[k].isBreak { return false }
            k += 1
        }
        return false
    }

    private func isNameBlocker(_ index: Int) -> Bool {
        guard let m = mentionAt[index] else { return false }
        return !m.has({ if case .ordinal = $0 { true } else if case .official = $0 { true } else { false } })
    }

    private func arabicName(from start: Int, ceiling: Int) -> Range<Int>? {
        var end = start
        var words = 0
        while end < ceiling, tokens[end].kind == .word, tokens[end].isArabic {
            let token = tokens[end]
            if isNameBlocker(end) {
                guard words > 0, Self.connectors.contains(token.text) else { break }
            }
            if words == 0, token.textHasPrefix("ال"), token.text != "ال" { break }
            // "مراسم توقيع", "لتوسيع قاعدة": a noun or a purpose, not a name.
            if words == 0, Self.notNames.contains(token.text) || token.textHasPrefix("لت") && token.text.unicodeScalars.count >= 5 { break }
            // "إياد علاوي وأقرت": after a full name, "و…" begins the next clause.
            if words >= 2, token.textHasPrefix("و"), token.text.unicodeScalars.count >= 4, !Self.namesWithWaw.contains(token.text) { break }
            if let m = mentionAt[end], m.has({ if case .ordinal = $0 { true } else { false } }), words == 0 { break }
            words += 1
            end += 1
            // A regnal number ends the name: محمد السادس.
            if let m = mentionAt[end - 1], m.has({ if case .ordinal = $0 { true } else { false } }) { break }
            let limit = (start..<end).contains { Self.connectors.contains(tokens[$0].text) } ? 4 : 3
            if words >= limit { break }
        }
        while end > start, Self.connectors.contains(tokens[end - 1].text) { end -= 1 }
        return end > start ? start..<end : nil
    }

    private func latinName(from start: Int, ceiling: Int) -> Range<Int>? {
        var end = start
        var words = 0
        while end < ceiling, words < 5 {
            let token = tokens[end]
            if token.kind == .word, token.capitalized {
                if let m = mentionAt[end], !m.has({ if case .official = $0 { true } else if case .ordinal = $0 { true } else { false } }),
                   m.has({ if case .role = $0 { true } else if case .month = $0 { true } else if case .weekday = $0 { true } else { false } }) {
                    break
                }
                words += 1
                end += 1
            } else if token.kind == .word, Self.connectors.contains(token.text), words > 0 {
                end += 1
            } else if token.text == "-", token.attached, words > 0 {
                end += 1
            } else {
                break
            }
        }
        while end > start, !tokens[end - 1].capitalized { end -= 1 }
        // A lone letter is an initial or part of an honorific ("H.H."), never a name.
        if end - start == 1, tokens[start].text.count == 1 { return nil }
        return end > start ? start..<end : nil
    }

    /// The document's own text for a token range.
    func text(_ range: Range<Int>) -> String {
        let start = folded.originalRange(of: tokens[range.lowerBound].start..<tokens[range.lowerBound].end).lowerBound
        let end = folded.originalRange(of: tokens[range.upperBound - 1].start..<tokens[range.upperBound - 1].end).upperBound
        return originalText(start..<end)
    }

    /// The document's scalars `span` as a `String`.
    func originalText(_ span: Range<Int>) -> String {
        // Encoding to UTF-8 bytes and decoding once is cheaper than appending to a `String.UnicodeScalarView`.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(span.count * 2)
        for scalar in original[span] {
            let value = scalar.value
            if value < 0x80 {
                bytes.append(UInt8(value))
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
