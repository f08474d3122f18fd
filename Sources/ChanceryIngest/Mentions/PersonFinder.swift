import ChanceryCore

/// A person named in a sentence: the tokens of the name, the title held and the state they speak for.
struct PersonMention {
    var participant: Participant
    var nameRange: Range<Int>
    /// The title's tokens, when a title introduced the name.
    var titleRange: Range<Int>?
    /// Set when the person speaks for an international organisation rather than a state.
    var organization: String?
    /// True for "his counterpart …": the person is of the other side.
    var isCounterpart = false
    /// How the state was known: "official" (the list of office holders), "nationality", "title's state", or nil.
    var countryCue: String?

    /// Every token that belongs to the mention: title and name.
    var span: Range<Int> {
        guard let title = titleRange else { return nameRange }
        return min(title.lowerBound, nameRange.lowerBound)..<max(title.upperBound, nameRange.upperBound)
    }
}

/// Finds people in a sentence: a title and the name next to it, "his counterpart", a known official's name.
///
/// A name is only taken where the words can be one: a word the language's vocabulary lists as `not-name` (a pronoun,
/// a demonstrative, a verb of travel, "this week") ends it, and so does any other phrase of the lexicon.
struct PersonFinder {
    let read: ReadDocument
    let mentionAt: MentionIndex
    let lexicon: Lexicon
    /// The date the document speaks of, which picks the holder of an office among namesakes.
    let date: PartialDate?
    /// An earlier year the sentence itself names ("زار لشبونة سنة 2023 … نظيره آنذاك أنطونيو كوستا"), which picks among
    /// namesakes the one in office then.
    var sentenceDate: PartialDate?

    var tokens: [Token] { read.tokens }
    var cues: Cues { lexicon.cues }

    /// Arabic given names that begin with و, so that a following "و…" word is not read as "and …".
    static let namesWithWaw: Set<String> = ["وليد", "وائل", "وحيد", "وديع", "وفاء", "وهبي", "وسام", "وداد", "وجدي", "وزير"]

    func people(in range: Range<Int>) -> [PersonMention] {
        var found: [PersonMention] = []
        var lastRole: String?
        var i = range.lowerBound
        while i < range.upperBound {
            guard let mention = mentionAt[i] else { i += 1; continue }
            if let index = mention.first({ if case .official(let k) = $0 { return k } else { return nil } }) {
                let official = pick(index)
                // "فيصل بن فرحان بن عبدالله": the name as written may go on past the listed one.
                var end = mention.end
                while end + 1 < range.upperBound, TokenWords.sonOf.contains(tokens[end]), tokens[end + 1].kind == .word,
                      freeWord(end + 1) {
                    end += 2
                }
                // "Abdoulaye Diop Sarr": a name that goes on past the listed one, in a script of capitals, is someone
                // else's, whose state and office the text must tell.
                let someoneElse = end == mention.end && longerName(mention, limit: range.upperBound) > end
                if someoneElse { end = longerName(mention, limit: range.upperBound) }
                let nameRange = mention.start..<end
                if someoneElse {
                    var person = PersonMention(participant: Participant(name: name(nameRange, prefix: mention.prefixLength), country: nil, role: nil),
                                               nameRange: nameRange, organization: nil, countryCue: nil)
                    if let title = titleBefore(mention.start, floor: range.lowerBound) {
                        person.titleRange = title.range
                        person.participant.role = title.role
                        person.participant.country = title.country
                        person.countryCue = title.country == nil ? nil : "title's state"
                    }
                    found.append(person)
                    i = end
                    continue
                }
                var person = PersonMention(participant: Participant(name: name(nameRange, prefix: mention.prefixLength),
                                                                    country: official.organization == nil ? official.country : nil,
                                                                    role: official.role),
                                           nameRange: nameRange, organization: official.organization, countryCue: "official")
                if let title = titleBefore(mention.start, floor: range.lowerBound) {
                    person.titleRange = title.range
                    if let role = title.role { person.participant.role = role }
                    if let country = title.country, official.organization == nil { person.participant.country = country }
                }
                found.append(person)
                lastRole = lastRole ?? official.role
                i = end
                continue
            }
            let role = mention.first { if case .role(let r) = $0 { return r } else { return nil } }
            let isCounterpart = mention.has { $0 == .counterpart }
            // "السيد بوريطة", "M. Sellal": an honorific alone still introduces a person.
            if role == nil, !isCounterpart, mention.has({ $0 == .honorific }), mention.end < range.upperBound, mentionAt[mention.end] == nil,
               tokens[mention.end].kind == .word || tokens[mention.end].text == "." {
                let start = mention.end + (tokens[mention.end].text == "." ? 1 : 0)
                let nameRange = start < range.upperBound
                    ? (tokens[start].isArabic ? arabicName(from: start, ceiling: range.upperBound) : latinName(from: start, ceiling: range.upperBound))
                    : nil
                if let nameRange, !found.contains(where: { $0.nameRange.overlaps(nameRange) }) {
                    found.append(PersonMention(participant: Participant(name: name(nameRange)), nameRange: nameRange))
                    i = nameRange.upperBound
                    continue
                }
            }
            // "ناصر بوريطة، وزير الشؤون الخارجية …، خُصصت …": a title set off by commas right after a name is that
            // person's; what follows its closing comma is the rest of the sentence, not another name.
            if role != nil, !isCounterpart, let last = found.last, mention.start >= range.lowerBound + 1,
               tokens[mention.start - 1].text == ",", last.nameRange.upperBound == mention.start - 1 {
                let k = found.count - 1
                if found[k].participant.role == nil || found[k].countryCue != "official" { found[k].participant.role = role }
                var j = mention.end
                // (Past the portfolio to the state: "، وزيرة الخارجية وشؤون المغتربين في جمهورية كينيا،".)
                while j < range.upperBound, j - mention.end < 10, tokens[j].kind == .word {
                    guard let m = mentionAt[j] else { j += 1; continue }
                    if let code = stateCode(m), found[k].participant.country == nil { found[k].participant.country = code; found[k].countryCue = "nationality" }
                    j = m.end
                }
                lastRole = lastRole ?? role
                i = mention.end
                continue
            }
            // "عبد الله بن زايد وزير الخارجية الإماراتي وفيصل بن فرحان …": a title just after a name is that person's,
            // and the name after it, joined by و, the next person's.
            // (Not after a name with a title of its own: in "استقبل الملك سلمان الرئيس الصيني" the president is the guest.)
            if role != nil, !isCounterpart, tokens[mention.start].isArabic, let last = found.last, last.nameRange.upperBound == mention.start,
               last.participant.role == nil || last.participant.role == role {
                let k = found.count - 1
                if found[k].countryCue != "official" || found[k].participant.role == nil { found[k].participant.role = role }
                var j = mention.end
                while j < range.upperBound, j - mention.end < 4, let m = mentionAt[j], let code = stateCode(m) {
                    if found[k].participant.country == nil { found[k].participant.country = code; found[k].countryCue = "nationality" }
                    j = m.end
                }
                lastRole = lastRole ?? role
                i = j
                continue
            }
            if role != nil || isCounterpart {
                if let person = personAfterTitle(mention, role: role, isCounterpart: isCounterpart, lastRole: lastRole, range: range, found: found) {
                    found.append(person)
                    if !isCounterpart { lastRole = person.participant.role ?? role }
                    i = max(person.nameRange.upperBound, mention.end)
                    continue
                }
                if !isCounterpart, lastRole == nil { lastRole = role }
            }
            i = mention.end
        }
        // "M. Bourita", "President Ruto": a surname alone, of an office holder of the day, says their state.
        // A full name takes its surname's state only on a known day: namesakes of other eras abound ("Saeed", "Singh").
        for k in found.indices where found[k].participant.country == nil && found[k].organization == nil && (found[k].nameRange.count == 1 || date != nil) {
            // (Not a father's name: "محمد بن عبدالعزيز بن صالح" is no kin of Osman Saleh.)
            let last = found[k].nameRange.upperBound - 1
            if last > found[k].nameRange.lowerBound, TokenWords.sonOf.contains(tokens[last - 1]) { continue }
            if let official = lexicon.gazetteer.official(lastName: tokens[last].text, on: date) {
                found[k].participant.country = official.country
                found[k].participant.role = found[k].participant.role ?? official.role
                found[k].countryCue = "an office holder's surname"
            }
        }
        // A name is at least two letters: "و" alone is a conjunction the tokenizer left.
        return found.filter { !sentMessage(before: $0.span.lowerBound, floor: range.lowerBound) && $0.participant.name.unicodeScalars.count >= 2 }
    }

    /// The person a title introduces: the name after it (past its state and portfolio), or one set off before it.
    private func personAfterTitle(_ mention: Mention, role: String?, isCounterpart: Bool, lastRole: String?, range: Range<Int>,
                                  found: [PersonMention]) -> PersonMention? {
        // "the two ministers", "الوزيران", "les deux présidents": a title of several people introduces no one name.
        if (mention.start..<mention.end).contains(where: { cues.word(.both, tokens[$0]) }) { return nil }
        let before = isCounterpart ? nil : nameBeforeTitle(mention.start, floor: range.lowerBound)
        var country = countryBefore(mention.start, floor: range.lowerBound) ?? before?.country
        var countryCue: String? = country == nil ? nil : "nationality"
        var j = mention.end
        var name: Range<Int>?
        var steps = 0
        var sawComma = false
        // After "ministre … des", "Minister of": a portfolio ("Affaires étrangères", "Cabinet Affairs"), never a name.
        var portfolio = false
        var portfolioWords: [String] = []
        var role = role
        while j < range.upperBound, steps < 28 {
            steps += 1
            let token = tokens[j]
            // "ministre des Affaires étrangères, de l'Intégration africaine et des Tchadiens de l'étranger, Abakar …": a
            // list of portfolios goes on past its commas.
            if token.text == ",", !sawComma, j + 1 < range.upperBound, !tokens[j + 1].isArabic, TokenWords.ofWords.contains(tokens[j + 1]) {
                portfolio = true
                j += 1
                continue
            }
            if token.text == "," || token.text == ":" { sawComma = true; portfolio = false; j += 1; continue }
            // "وزيرة الخارجية وشؤون المغتربين في جمهورية كينيا": the state a minister serves, after "in" (an
            // ambassador's "in" is where he is posted).
            if !sawComma, token.isArabic, TokenWords.inWords.contains(token), role != "ambassador", j + 1 < range.upperBound {
                var k = j + 1
                if cues.word(.stateWord, tokens[k]), k + 1 < range.upperBound { k += 1 }
                if let m = mentionAt[k], let code = stateCode(m) {
                    if country == nil { country = code; countryCue = "nationality" }
                    j = m.end
                    continue
                }
            }
            if let m = mentionAt[j] {
                if let c = stateCode(m) {
                    if country == nil { country = c; countryCue = "nationality" }
                    j = m.end
                    continue
                }
                if m.has({ $0 == .honorific }) { j = m.end; continue }
                // A trigger verb ends the title: in "the minister met Laura Benson, …" the name is the object's.
                if m.has({ if case .meeting = $0 { true } else { $0 == .signing } }) { break }
                if m.has({ if case .official = $0 { true } else { false } }) { name = m.start..<longerName(m, limit: range.upperBound); break }
                if !token.isArabic, m.has({ $0 == .stop }), !sawComma, TokenWords.portfolioLinks.contains(token) {
                    if token.text != "the" { portfolio = true }
                    j = m.end
                    continue
                }
                if !sawComma, !token.isArabic, !token.capitalized { j = m.end; continue }
                if !sawComma, token.isArabic, extensionWord(token), commaAhead(j, limit: 8, ceiling: range.upperBound) { j = m.end; continue }
                break
            }
            // (Within a portfolio, its articles and links: "de l'Intégration africaine et des Tchadiens".)
            if portfolio, !sawComma, TokenWords.portfolioLinks.contains(token) || cues.word(.and, token) { j += 1; continue }
            if token.kind != .word { break }
            // "وزير خارجية جمهورية أنغولا مانويل …": the state's full name, then the person's.
            if cues.word(.stateWord, token), j + 1 < range.upperBound, let next = mentionAt[j + 1], stateCode(next) != nil {
                j += 1
                continue
            }
            if token.isArabic {
                if !sawComma, extensionWord(token), commaAhead(j, limit: 8, ceiling: range.upperBound) { j += 1; continue }
                // "وزير الخارجية والهجرة وشؤون المصريين بالخارج هشام …": a portfolio of the state's nationals abroad
                // names the minister's state, and the name comes after it.
                if !sawComma, extensionWord(token), let abroad = nationalsAbroad(from: j, ceiling: range.upperBound) {
                    if country == nil { country = abroad.code; countryCue = "nationality" }
                    j = abroad.end
                    continue
                }
                name = arabicName(from: j, ceiling: range.upperBound)
            } else {
                if portfolio, !sawComma {
                    // "des Affaires étrangères Ali Bako": capitalised words and their adjective, then the name.
                    portfolioWords.append(token.text)
                    j += 1
                    if !token.capitalized {
                        portfolio = false
                        if ["affaires etrangeres", "foreign affairs", "relations exterieures", "external affairs", "external relations"]
                            .contains(portfolioWords.suffix(2).joined(separator: " ")), role == "minister" { role = "foreign minister" }
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
        guard let name, !name.isEmpty, !found.contains(where: { $0.nameRange.overlaps(name) }) else { return nil }
        var participant = Participant(name: self.name(name), country: country, role: isCounterpart ? lastRole : role)
        var organization: String?
        if let official = officialIn(name) {
            organization = official.organization
            if official.organization == nil, participant.country == nil { participant.country = official.country; countryCue = "official" }
            participant.role = participant.role ?? official.role
        }
        return PersonMention(participant: participant, nameRange: name, titleRange: mention.start..<mention.end,
                             organization: organization, isCounterpart: isCounterpart, countryCue: countryCue)
    }

    /// The end of a name that goes on past a listed official's ("Abdoulaye Diop Sarr" after "Abdoulaye Diop"), or
    /// the mention's own end.
    private func longerName(_ m: Mention, limit: Int) -> Int {
        var end = m.end
        guard end < limit, !tokens[end].isArabic, tokens[end].capitalized, freeWord(end), !titleCased(tokens[m.start].sentence) else { return end }
        while end < limit, !tokens[end].isArabic, tokens[end].capitalized, freeWord(end) { end += 1 }
        return end
    }

    /// True for a headline in title case ("Lavrov Meets Bourita In Rabat"), where a capital says nothing of a name.
    private func titleCased(_ sentence: Int) -> Bool {
        let words = read.sentences[sentence].filter { tokens[$0].kind == .word && !tokens[$0].isArabic }
        return words.count >= 3 && words.filter({ tokens[$0].capitalized }).count * 4 >= words.count * 3
    }

    /// True when token `k` starts no lexicon phrase: it can continue a name.
    private func freeWord(_ k: Int) -> Bool { mentionAt[k] == nil && !cues.word(.notName, tokens[k]) }

    /// A title written just before a known official's name: "President Emmanuel Macron", "وزير الخارجية المصري سامح شكري".
    private func titleBefore(_ index: Int, floor: Int) -> (range: Range<Int>, role: String?, country: String?)? {
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
    private func mentionStart(endingAt end: Int, floor: Int) -> Int? {
        for start in stride(from: end - 1, through: max(floor, end - 5), by: -1) {
            if let m = mentionAt[start], m.end == end { return start }
        }
        return nil
    }

    /// The state a mention names, as a country or a nationality.
    func stateCode(_ m: Mention) -> String? {
        m.first { entry -> String? in
            switch entry {
            case .nationality(let c), .country(let c): c
            default: nil
            }
        }
    }

    /// True for the sender of a message someone carries ("نقل إليه رسالة من الرئيس …", "handed over a letter from
    /// President …", "un message du roi"): the sender is not at the encounter.
    private func sentMessage(before index: Int, floor: Int) -> Bool {
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
    private func pick(_ index: Int) -> Official {
        let official = lexicon.gazetteer.officials[index]
        let date = sentenceDate ?? self.date
        if official.inOffice(on: date) { return official }
        let officials = lexicon.gazetteer.officials
        return Gazetteer.namesakes[index].lazy.map { officials[$0] }.first { $0.inOffice(on: date) } ?? official
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
            if TokenWords.possessives.contains(token) { k -= 1; continue }
            if let start = mentionStart(endingAt: k + 1, floor: floor), let m = mentionAt[start], let c = stateCode(m) { return c }
            return nil
        }
        return nil
    }

    /// A Latin-script name set off by a comma just before a title, and the country written between them:
    /// "Nasser Bourita, ministre des Affaires étrangères", "Robert Malley, US Special Envoy".
    private func nameBeforeTitle(_ index: Int, floor: Int) -> (name: Range<Int>, country: String?)? {
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
