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
        // The end of the last title read as the person's before it: no title of the next person.
        var claimed = range.lowerBound
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
                if let title = titleBefore(mention.start, floor: claimed) {
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
            // (Not after a name with a title of its own: in "استقبل الملك سلمان الرئيس الصيني" the president is the guest,
            // in "التقى وزير الطاقة السعودي خالد الفالح وزير النفط الإيراني" the minister of oil.)
            // (Not a title joined by "and": "فيصل بن فرحان ووزير الخارجية الكويتي عبدالله اليحيا" names two people.)
            let joined = mention.prefixLength > 0 && tokens[mention.start].textHasPrefix("و")
            if role != nil, !isCounterpart, !joined, tokens[mention.start].isArabic, let last = found.last, last.nameRange.upperBound == mention.start,
               last.participant.role == nil || (last.participant.role == role || last.countryCue == "official") && last.titleRange == nil
                // ("السفير خوسيه بالديبيا سفيرا لجمهورية البيرو": the same office again, with the state the first title
                // did not say.)
                || last.participant.role == role && last.participant.country == nil {
                let k = found.count - 1
                if found[k].countryCue != "official" || found[k].participant.role == nil { found[k].participant.role = role }
                var j = mention.end
                // (Past the word of a state's form to its name: "سفيرا لجمهورية البيرو".)
                if j + 1 < range.upperBound, cues.word(.stateWord, tokens[j]), let next = mentionAt[j + 1], stateCode(next) != nil { j += 1 }
                while j < range.upperBound, j - mention.end < 4, let m = mentionAt[j], let code = stateCode(m) {
                    if found[k].participant.country == nil { found[k].participant.country = code; found[k].countryCue = "nationality" }
                    j = m.end
                }
                lastRole = lastRole ?? role
                i = j
                claimed = j
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
    func personAfterTitle(_ mention: Mention, role: String?, isCounterpart: Bool, lastRole: String?, range: Range<Int>,
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
        // ("ministre des Affaires étrangères, de la Francophonie et des Congolais de l'étranger": a state the portfolio
        // names, which a known office holder's own state corrects.)
        var stateInPortfolio = false
        var organizationInTitle: String?
        // True once the title's words are read on to an organisation ahead ("مدير المكتب الإقليمي لبرنامج …").
        var towardOrganization = false
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
            // ("Minister for Investments, Trade and Industry Lee Kinyanjui": a list of portfolios goes on past its commas.)
            if token.text == ",", portfolio || j == mention.end, !sawComma, j + 1 < range.upperBound, !tokens[j + 1].isArabic,
               cues.word(.portfolioWord, tokens[j + 1]) {
                portfolio = true
                j += 1
                continue
            }
            if token.text == "," || token.text == ":" { sawComma = true; portfolio = false; j += 1; continue }
            // "وزيرة الخارجية وشؤون المغتربين في جمهورية كينيا": the state a minister serves, after "in" (an
            // ambassador's "in" is where he is posted).
            if !sawComma, token.isArabic, TokenWords.inWords.contains(token), role != "ambassador", j + 1 < range.upperBound {
                var k = j + 1
                // ("في المملكة الأردنية الهاشمية": the state's full name may begin with the word for a kingdom.)
                if cues.word(.stateWord, tokens[k]), k + 1 < range.upperBound, !(mentionAt[k].map { stateCode($0) != nil } ?? false) { k += 1 }
                if let m = mentionAt[k], let code = stateCode(m) {
                    if country == nil { country = code; countryCue = "nationality" }
                    j = m.end
                    continue
                }
            }
            // ("مدير المكتب الإقليمي لبرنامج الأغذية العالمي في الشرق الأوسط وشمال أفريقيا سامر …": the region an
            // organisation's office covers comes between the title and the name.)
            if token.isArabic, !sawComma, organizationInTitle != nil, TokenWords.inWords.contains(token) {
                var k = j + 1
                while k < range.upperBound, k - j <= 5, tokens[k].kind == .word,
                      extensionWord(tokens[k]) || cues.word(.direction, tokens[k])
                        || mentionAt[k].map({ !$0.has({ if case .official = $0 { true } else { false } }) }) ?? false {
                    k = mentionAt[k]?.end ?? k + 1
                }
                if k > j + 1, k < range.upperBound, tokens[k].kind == .word, tokens[k].isArabic, mentionAt[k] == nil {
                    j = k
                    continue
                }
            }
            // ("المبعوث الأممي إلى اليمن": the state an envoy is sent to is his brief, not his state.)
            if token.isArabic, !sawComma, role == "special envoy", TokenWords.envoyTo.contains(token), j + 1 < range.upperBound,
               let sent = mentionAt[j + 1], sent.has({ if case .country = $0 { true } else { false } }) {
                j = sent.end
                continue
            }
            // ("سفيرة الجمهورية التركية لدى البلاد طوبى …": where an ambassador is posted comes between title and name.)
            if token.isArabic, !sawComma, role == "ambassador", cues.word(.accredited, token), j + 1 < range.upperBound {
                var k = j + 1
                if cues.word(.stateWord, tokens[k]), k + 1 < range.upperBound, !(mentionAt[k].map { stateCode($0) != nil } ?? false) { k += 1 }
                if let m = mentionAt[k], stateCode(m) != nil { j = m.end; continue }
                if TokenWords.theCountry.contains(tokens[k]) { j = k + 1; continue }
            }
            if let m = mentionAt[j] {
                if let c = stateCode(m) {
                    if country == nil { country = c; countryCue = "nationality"; stateInPortfolio = portfolio }
                    j = m.end
                    continue
                }
                // "المبعوث الأممي إلى اليمن", "المبعوث الخاص للأمم المتحدة": the organisation the title is of.
                if token.isArabic, !sawComma, organizationInTitle == nil, j - mention.end <= 2 || towardOrganization,
                   let named = m.first({ if case .organization(let code) = $0 { code } else { nil } }) {
                    organizationInTitle = named
                    j = m.end
                    continue
                }
                if m.has({ $0 == .honorific }) { j = m.end; continue }
                if portfolio, !sawComma, !token.isArabic, cues.word(.portfolioWord, token) { portfolioWords.append(token.text); j = m.end; continue }
                // A trigger verb ends the title: in "the minister met Laura Benson, …" the name is the object's.
                if m.has({ if case .meeting = $0 { true } else { $0 == .signing } }) { break }
                if m.has({ if case .official = $0 { true } else { false } }) { name = m.start..<longerName(m, limit: range.upperBound); break }
                if !token.isArabic, m.has({ $0 == .stop }), !sawComma, TokenWords.portfolioLinks.contains(token) {
                    if token.text != "the" { portfolio = true }
                    j = m.end
                    continue
                }
                if !sawComma, !token.isArabic, !token.capitalized { j = m.end; continue }
                if !sawComma, token.isArabic, extensionWord(token) {
                    let organization = organizationAhead(j, limit: 4, ceiling: range.upperBound)
                    if organization || commaAhead(j, limit: 8, ceiling: range.upperBound) || stateAhead(j, limit: 5, ceiling: range.upperBound) {
                        towardOrganization = towardOrganization || organization
                        j = m.end
                        continue
                    }
                }
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
                // "وزير الطاقة السعودي خالد الفالح": a portfolio, then the state, then the name.
                if !sawComma, extensionWord(token) {
                    let organization = organizationAhead(j, limit: 4, ceiling: range.upperBound)
                    if organization || stateAhead(j, limit: 5, ceiling: range.upperBound) {
                        towardOrganization = towardOrganization || organization
                        j += 1
                        continue
                    }
                }
                name = arabicName(from: j, ceiling: range.upperBound)
            } else {
                // "Minister for Trade and Industry Lee Kinyanjui": a capitalised word no portfolio has starts the name.
                if portfolio, !sawComma, token.capitalized, !portfolioWords.isEmpty, !cues.word(.portfolioWord, token) { portfolio = false }
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
                    // "Cabinet Secretary for Investments": a portfolio follows.
                    if !sawComma, TokenWords.portfolioLinks.contains(token), token.text != "the" { portfolio = true; j += 1; continue }
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
        // "The UN Special Envoy for Yemen, Hans Grundberg": the organisation's official, whose "for Yemen" is his brief.
        if !isCounterpart, let named = organizationInTitle ?? organizationBefore(mention.start, floor: range.lowerBound) {
            organization = named
            participant.country = nil
        }
        if let official = officialIn(name) {
            organization = official.organization ?? organization
            // (And a state read off a demonym two states share, "ministre congolais … Jean-Claude Gakosso": the office
            // holder's own, when in office that day.)
            // (Not "Abdoulaye Diop Sarr", a longer name than the office holder's: someone else.)
            let exact = mentionAt[name.lowerBound].map { $0.end == name.upperBound } ?? false
            let corrected = exact && (stateInPortfolio || official.inOffice(on: sentenceDate ?? date) && participant.country != official.country)
            if official.organization == nil, organization == nil, participant.country == nil || corrected { participant.country = official.country; countryCue = "official" }
            participant.role = participant.role ?? official.role
        }
        return PersonMention(participant: participant, nameRange: name, titleRange: mention.start..<mention.end,
                             organization: organization, isCounterpart: isCounterpart, countryCue: countryCue)
    }
}
