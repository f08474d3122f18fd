import ChanceryCore

/// Where a frame's event took place: a city of its clause or sentence, else the seat of a ministry it was held at.
///
/// A city written as a place ("in Lima", "بالرياض", "à Dakar") wins over one written otherwise, the nearest to the
/// trigger among equals; two capitals joined by "and" are the two governments, not the venue; a name shared by a city
/// and a state ("عمان": Amman or Oman) is the city unless the text says "سلطنة عمان". A call has no place.
struct PlaceReader {
    let table: MentionTable
    let parties: PartyReader

    private var tokens: [Token] { table.read.tokens }
    private var cues: Cues { table.lexicon.cues }

    /// `host`: the state receiving, whose ministry a reception "at the Ministry of Foreign Affairs" was held at.
    func read(trigger: Trigger, scope: Range<Int>, sentence: Range<Int>, clauses: [Clause], host: String? = nil) -> (location: Location, rule: String, words: String)? {
        if let found = city(in: scope, near: trigger.anchor.start) { return (found.0, "a city in its clause", found.1) }
        // Elsewhere in the sentence, outside a clause of its own ("the dialogue which will be held in Washington").
        let others = clauses.filter { !$0.range.overlaps(scope) && $0.kind != .relative && $0.kind != .background && $0.kind != .aside }
        for clause in others {
            if let found = city(in: clause.range, near: trigger.anchor.start) { return (found.0, "a city in its sentence", found.1) }
        }
        if let seat = ministrySeat(in: sentence, host: host) { return (seat.0, "the seat of the ministry it was held at", seat.1) }
        // "On the sidelines of the Munich Security Conference, …": the gathering's city, in an opening phrase of its own.
        for m in table.mentions(inSentence: trigger.sentence) where namesTheOccasion(m, floor: sentence.lowerBound) {
            guard let (code, name) = table.city(m), table.stateCode(m) == nil else { continue }
            return (Location(name: name, country: code), "the city of the gathering it was held beside", table.read.text(m.start..<m.end))
        }
        return nil
    }

    private func city(in span: Range<Int>, near anchor: Int) -> (Location, String)? {
        let paired = parties.citiesJoinedByAnd(in: span)
        // (A verb of discussion after the trigger's own: "بحث الوزير، اليوم في عمّان، …", "ont examiné lundi à Tunis".)
        let afterTrigger = table.at[anchor]?.end ?? anchor + 1
        var best: (location: Location, words: String, score: Int)?
        var k = span.lowerBound
        while k < span.upperBound {
            guard let m = table.at[k] else { k += 1; continue }
            defer { k = max(k + 1, m.end) }
            guard let (code, name) = table.city(m), !paired.contains(m.start), writtenAsListed(m), !parties.inAside(m.start, floor: span.lowerBound),
                  !parties.topical(m, floor: span.lowerBound) else { continue }
            // "الجزائر", "Tunis", "Kuwait": a city that is also its state's name is the city where a place word says so.
            let alsoState = table.stateCode(m) != nil
            if alsoState, homograph(m) == nil, !parties.locative(m, floor: span.lowerBound) { continue }
            // A city that no word sets as a place is a government ("Seoul's foreign ministry", "Rabat and Madrid"),
            // unless it hosts: "احتضنت الجزائر العاصمة …", "Dakar hosted …".
            let hosts = m.start > span.lowerBound && table.cue(.hostVerb, m.start - 1)
                || m.end < span.upperBound && table.cue(.hostVerb, m.end)
            guard hosts || parties.locative(m, floor: span.lowerBound) || namesTheOccasion(m, floor: span.lowerBound)
                    || venueOf(m, floor: span.lowerBound) else { continue }
            // "… met his Turkish host to discuss the crossing at Rafah": a place after a verb of discussion is talked of.
            if m.start > afterTrigger, (afterTrigger..<m.start).contains(where: { k in
                table.has(k) { $0 == .meeting(.discussion) } || table.cue(.discussionVerb, k)
            }) { continue }
            // "Officials in Accra said preparations were under way for the visit …": where the news was given out.
            if m.end < anchor, (m.end..<min(anchor, m.end + 3)).contains(where: { table.cue(.reporting, $0) }) { continue }
            // ("…, the foreign ministry in Tehran said.")
            if m.start > anchor, (m.end..<min(span.upperBound, m.end + 2)).contains(where: { table.cue(.reporting, $0) }) { continue }
            let score = abs(m.start - anchor)
            if best.map({ score < $0.score }) ?? true { best = (Location(name: name, country: code), table.read.text(m.start..<m.end), score) }
        }
        // "in the Kazakh capital", "dans la capitale qatarie", "في العاصمة القطرية": the seat of that state's government.
        for k in span where table.cue(.capital, k) {
            guard let (code, start, end) = capitalsState(at: k, in: span), let seat = seat(of: code) else { continue }
            var before = start - 1
            while before > span.lowerBound, TokenWords.articles.contains(tokens[before]) { before -= 1 }
            let placed = before >= span.lowerBound && table.cue(.place, before) || tokens[k].isArabic && tokens[k].textHasPrefix("ب")
            guard placed else { continue }
            let score = abs(start - anchor)
            if best.map({ score < $0.score }) ?? true { best = (seat, table.read.text(start..<end), score) }
        }
        return best.map { ($0.location, $0.words) }
    }

    /// "au Palais des Congrès de Yaoundé", "at the International Conference Centre of Abuja": the city of a venue
    /// named after a word of place.
    private func venueOf(_ m: Mention, floor: Int) -> Bool {
        var k = m.start - 1
        guard k > floor, !tokens[m.start].isArabic, TokenWords.ofWords.contains(tokens[k]) else { return false }
        k -= 1
        var named = 0
        while k >= floor, m.start - k <= 8 {
            if table.cue(.place, k) { return named > 0 }
            guard tokens[k].capitalized || TokenWords.articlesAndOfPlace.contains(tokens[k]) || TokenWords.ofWords.contains(tokens[k]) else { return false }
            if tokens[k].capitalized { named += 1 }
            k -= 1
        }
        return false
    }

    /// "on the sidelines of the Munich Security Conference", "en marge du Forum de Doha", "على هامش مؤتمر ميونخ للأمن":
    /// the city in the name of the gathering an encounter was held beside is where it was held.
    private func namesTheOccasion(_ m: Mention, floor: Int) -> Bool {
        TriggerFinder(table: table).onSidelines(m, floor: floor, within: 5)
    }

    /// The state of "the Kazakh capital" (a nationality before the word) or "la capitale qatarie", "العاصمة القطرية" (after
    /// it), and the phrase's tokens.
    private func capitalsState(at k: Int, in span: Range<Int>) -> (String, Int, Int)? {
        if k + 1 < span.upperBound, let m = table.at[k + 1], m.has({ if case .nationality = $0 { true } else { false } }),
           let code = table.stateCode(m) {
            return (code, k, m.end)
        }
        if let start = (max(span.lowerBound, k - 3)..<k).first(where: { table.at[$0].map { $0.end == k } ?? false }),
           let m = table.at[start], m.has({ if case .nationality = $0 { true } else { false } }), let code = table.stateCode(m) {
            return (code, start, k + 1)
        }
        return nil
    }

    /// A state's seat of government: its first row in `cities.tsv`.
    private func seat(of country: String) -> Location? {
        table.lexicon.gazetteer.cities.first { $0.code == country }.map { Location(name: $0.name, country: country) }
    }

    /// The state of a city whose name is also another state's ("عمان": Amman in JO, or Oman), read as the city unless
    /// the text says "سلطنة عمان"; nil for any other mention.
    func homograph(_ m: Mention) -> String? {
        guard let city = table.city(m), let country = m.first({ if case .country(let c) = $0 { return c } else { return nil } }),
              city.code != country else { return nil }
        if m.start > 0, TokenWords.sultanate.contains(tokens[m.start - 1]) { return nil }
        return city.code
    }

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

    /// Every city form of the gazetteer, folded.
    private static let foldedCityForms: Set<String> = Set(Gazetteer.shared.cities.map { TextFolding.fold($0.form) })

    /// The city of a ministry named with its state, where a sentence sets an event in its premises: "بمقر وزارة الخارجية
    /// المصرية", "au siège du ministère sénégalais des Affaires étrangères", "at the Kenyan Foreign Ministry's headquarters".
    /// Ministries sit in their state's seat of government, the first city `cities.tsv` lists for it.
    private func ministrySeat(in range: Range<Int>, host: String?) -> (Location, String)? {
        // "au siège du ministère", "at the Malaysian Ministry of Foreign Affairs", "بمقر وزارة الخارجية".
        for k in range where table.cue(.premises, k) || table.cue(.ministry, k)
            && (max(range.lowerBound, k - 3)..<k).contains(where: { table.cue(.place, $0) }) {
            let window = max(range.lowerBound, k - 4)..<min(range.upperBound, k + 4)
            guard let ministry = window.first(where: { j in table.cue(.ministry, j) }) else { continue }
            let k = table.cue(.premises, k) ? k : max(range.lowerBound, k - 1)
            // Only words between the premises and the ministry, or after a ministry named second: a state written before
            // "بمقر" is the guest's ("received his Turkish counterpart at the ministry").
            var j = ministry > k ? k + 1 : max(range.lowerBound, ministry - 2)
            let last = ministry > k ? min(range.upperBound, ministry + 6) : k
            while j < last {
                if tokens[j].kind == .punct { break }
                if let m = table.at[j], let country = table.stateCode(m), let seat = seat(of: country) {
                    return (seat, table.read.text(min(k, ministry)..<max(k, j + 1)))
                }
                j += 1
            }
            // "استقبل وزير الخارجية الكويتي … بمقر وزارة الخارجية": a ministry of no named state is the host's.
            if let host, let seat = seat(of: host) {
                return (seat, table.read.text(min(k, ministry)..<min(range.upperBound, max(k, ministry) + 2)))
            }
        }
        return nil
    }
}
