import ChanceryCore

/// How one state's mention takes part in a frame: as a party, as what was talked about, as the place, as the state
/// an ambassador is posted to or a message comes from; and the small readings those decisions rest on.
extension PartyReader {
    /// How a state's mention takes part, from the words before and after it.
    /// "au Palais du Luxembourg", "at the Emirates Palace", "بقصر الإمارات": a state named in a building's name, which
    /// is where, not who.
    func inBuildingName(_ m: Mention, floor: Int) -> Bool {
        var k = m.start - 1
        while k >= floor, m.start - k <= 2, TokenWords.ofWords.contains(tokens[k]) || TokenWords.singularArticles.contains(tokens[k]) { k -= 1 }
        if k >= floor, k < m.start - 1 || tokens[m.start].isArabic, table.cue(.premises, k), !table.cue(.ministry, k) { return true }
        // ("Emirates Palace": the building's word after the name.)
        return m.end < tokens.count && !tokens[m.start].isArabic && tokens[m.end].capitalized && table.cue(.premises, m.end)
    }

    func standing(of m: Mention, scope: Range<Int>) -> Standing {
        if inAside(m.start, floor: scope.lowerBound) { return .excluded }
        if inBuildingName(m, floor: scope.lowerBound) { return .place }
        if m.start > scope.lowerBound, table.adjectiveOfCity(m) { return .place }
        if table.namesALanguage(m) { return .excluded }
        // "بقيمة خمسة ملايين دولار أمريكي", "2 millions de dollars américains": a currency's adjective.
        if m.has({ if case .nationality = $0 { true } else { false } }), m.start > scope.lowerBound, table.cue(.currency, m.start - 1) {
            return .excluded
        }
        // "during a visit to the Ethiopian capital", "dans la capitale éthiopienne", "في العاصمة الإثيوبية": the
        // adjective of a capital says where.
        if m.has({ if case .nationality = $0 { true } else { false } }), !m.has({ if case .country = $0 { true } else { false } }),
           m.end < tokens.count && table.cue(.capital, m.end) || m.start > scope.lowerBound && table.cue(.capital, m.start - 1) {
            return .place
        }
        if topical(m, floor: scope.lowerBound) { return .excluded }
        if accredited(m, floor: scope.lowerBound) { return .accredited }
        if sender(m, floor: scope.lowerBound) { return .excluded }
        // "a state visit to Senegal", "زيارة إلى مصر": the state visited receives the visit; "وزارة الخارجية في مملكة
        // البحرين", "the government in Kenya": a ministry of a state speaks for it.
        if locative(m, floor: scope.lowerBound) {
            let window = max(scope.lowerBound, m.start - 3)..<m.start
            // ("une visite d'Etat en Tunisie", "a state visit to Senegal": the visit's words may be several.)
            let visited = (max(scope.lowerBound, m.start - 12)..<m.start).contains { k in
                guard let visit = table.at[k], visit.has({ $0 == .meeting(.visit) }) else { return false }
                if visit.end >= m.start - 2 { return true }
                guard let to = (visit.end..<m.start).last(where: { table.cue(.place, $0) }) else { return false }
                return visitorBetween(visit.end..<to)
            }
            let ministry = window.contains { k in table.cue(.ministry, k) || table.cue(.delegation, k) }
            return visited || ministry ? .party : .place
        }
        // A nationality counts where it qualifies a party: a title, a delegation, a side, a counterpart, a body.
        if m.has({ if case .nationality = $0 { true } else { false } }), !m.has({ if case .country = $0 { true } else { false } }) {
            let window = max(scope.lowerBound, m.start - 3)..<min(scope.upperBound, m.end + 3)
            let qualifiesParty = window.contains { k in
                guard k != m.start else { return false }
                if table.cue(.delegation, k) || table.cue(.side, k) { return true }
                return table.has(k) { entry in
                    switch entry {
                    case .role, .counterpart, .bodyHead, .bodyQualifier, .official, .honorific, .signing, .meeting: true
                    default: false
                    }
                }
            }
            if qualifiesParty { return .party }
            // "ses homologues béninois, gabonais et ivoirien", "نظراءه السنغالي والنيجيري والإثيوبي": the rest of a list
            // stands as its first does.
            if let previous = previousListItem(m, floor: scope.lowerBound), previous.has({ if case .nationality = $0 { true } else { false } }) {
                return standing(of: previous, scope: scope)
            }
            return .weak
        }
        return .party
    }

    /// True when `words`, between a visit's noun and the place it goes to, name only who makes it: "the visit of
    /// President Shavkat Mirziyoyev to Pakistan", "la visite du président sénégalais au Maroc", "زيارة الرئيس الأوزبكي
    /// إلى باكستان"; no punctuation, no other act.
    func visitorBetween(_ words: Range<Int>) -> Bool {
        guard !words.isEmpty, words.count <= 10 else { return false }
        let first = tokens[words.lowerBound]
        guard first.isArabic || TokenWords.visitorLinks.contains(first) else { return false }
        return words.allSatisfy { k in
            tokens[k].kind != .punct || tokens[k].text == "-" || tokens[k].text == "'"
        } && !words.contains { k in
            table.cue(.clause, k) || table.cue(.place, k) || table.has(k) { entry in
                switch entry {
                case .meeting, .signing, .instrument: true
                default: false
                }
            }
        }
    }

    /// The mention before `m` in a list: "A, B", "A et B", "A والB".
    func previousListItem(_ m: Mention, floor: Int) -> Mention? {
        var k = m.start - 1
        let joined = tokens[m.start].isArabic && m.prefixLength > 0 && tokens[m.start].textHasPrefix("و")
        // ("Sudan and the eastern Democratic Republic of Congo": an article or a direction before the item.)
        while !joined, k > floor, TokenWords.articles.contains(tokens[k]) || table.cue(.direction, k) { k -= 1 }
        if !joined {
            guard k > floor, tokens[k].text == "," || tokens[k].text == "،" || table.cue(.and, k) else { return nil }
            k -= 1
        }
        guard k >= floor else { return nil }
        for j in stride(from: k, through: max(floor, k - 3), by: -1) {
            if let previous = table.at[j], previous.end == k + 1 { return previous }
        }
        return nil
    }

    /// True for a state written as what was talked about: "about Iran", "the situation in Libya", "حول سوريا",
    /// "sur le Mali", "tensions between Pakistan and Afghanistan".
    func topical(_ m: Mention, floor: Int) -> Bool {
        guard m.start > floor else { return false }
        var k = m.start - 1
        // Articles before the state: "on the Sudan", "sur le Mali"; a region's word, "في قطاع غزة", "in northern Mali".
        while k > floor, TokenWords.articles.contains(tokens[k]) || table.cue(.direction, k) { k -= 1 }
        if table.cue(.topic, k) { return true }
        if cues.matchEnding(.topic, in: tokens, before: k + 1, floor: floor) != nil { return true }
        // "the situation in Libya", "la crise au Soudan", "الأوضاع في ليبيا", "تطورات الأوضاع في غزة".
        if table.cue(.place, k) || tokens[m.start].isArabic && m.prefixLength > 0 {
            let before = tokens[m.start].isArabic && m.prefixLength > 0 && !table.cue(.place, k) ? k : k - 1
            if before >= floor, table.cue(.topicNoun, before) { return true }
        }
        // "the Ukrainian crisis", "الأزمة الليبية": a nationality after or before a noun of strain or topic; "the Ukraine
        // crisis", "the Gaza war": a name before one.
        if m.has({ if case .nationality = $0 { true } else { false } }) {
            if m.end < tokens.count, table.cue(.topicNoun, m.end) || table.cue(.strain, m.end) { return true }
            if table.cue(.topicNoun, m.start - 1) || table.cue(.strain, m.start - 1) { return true }
        } else if !tokens[m.start].isArabic, m.end < tokens.count, table.cue(.topicNoun, m.end) || table.cue(.strain, m.end) {
            return true
        }
        // "tensions between Pakistan and Afghanistan", "التوتر بين البلدين": states at odds are what was talked about.
        var j = m.start - 1
        while j > floor, m.start - j <= 8 {
            if table.cue(.between, j) { return table.cue(.strain, j - 1) || table.cue(.topicNoun, j - 1) }
            guard table.cue(.and, j) || tokens[j].text == "," || table.at[j] != nil || (j > 0 && (table.at[j - 1]?.end ?? 0) > j)
                    || TokenWords.singularArticles.contains(tokens[j]) else { break }
            j -= 1
        }
        // "التطورات في قطاع غزة وسوريا", "the situation in Sudan and Libya": the rest of a list of subjects.
        if let previous = previousListItem(m, floor: floor), previous.start < m.start, topical(previous, floor: floor) { return true }
        // "terrorism in the Sahel and Somalia": after a region no state's, joined by "and" to a subject's place.
        if !tokens[m.start].isArabic, table.cue(.and, k) || tokens[k].text == "," {
            var j = k - 1
            var region = 0
            while j > floor, region < 4, tokens[j].capitalized && table.at[j] == nil || TokenWords.articles.contains(tokens[j]) {
                if tokens[j].capitalized { region += 1 }
                j -= 1
            }
            if region > 0, j > floor, table.cue(.place, j), table.cue(.topicNoun, j - 1) { return true }
        }
        return false
    }

    /// The state an ambassador is posted to: "China's ambassador to Nigeria", "سفير مصر لدى المملكة", "auprès du Maroc".
    func accredited(_ m: Mention, floor: Int) -> Bool {
        var k = m.start - 1
        while k >= floor, m.start - k <= 2, TokenWords.articlesAndOf.contains(tokens[k]) { k -= 1 }
        guard k >= floor, table.cue(.accredited, k) || tokens[m.start].isArabic && tokens[m.start].textHasPrefix("لدي") else { return false }
        // Only after an ambassador's title, a few words back.
        for j in stride(from: k - 1, through: max(floor, k - 8), by: -1) {
            if let role = table.at[j]?.first({ if case .role(let r) = $0 { return r } else { return nil } }) { return role == "ambassador" }
        }
        // "لدى" alone is enough in Arabic.
        return tokens[k].isArabic
    }

    /// The state or ruler a message comes from: "a message from the Egyptian president", "رسالة من سلطان عمان".
    func sender(_ m: Mention, floor: Int) -> Bool {
        var k = m.start - 1
        while k > floor, m.start - k <= 6 {
            if tokens[k].kind == .punct { return false }
            if table.cue(.from, k) {
                // ("a message from", "رسالة من"; "on his way back from Brazil", "خلال عودته من البرازيل": the state one
                // travels from takes no part either.)
                return [k - 1, k - 2].contains { $0 >= floor && (table.cue(.message, $0) || table.cue(.returning, $0)) }
            }
            k -= 1
        }
        return false
    }

    /// True for a state written as a place: "in India", "à Dakar", "في مصر", "بالقاهرة", "visit to Egypt".
    func locative(_ m: Mention, floor: Int) -> Bool {
        let token = tokens[m.start]
        if token.isArabic {
            if m.prefixLength > 0, token.textHasPrefix("ب") || token.textHasPrefix("وب") || token.textHasPrefix("فب") { return true }
            // "زيارة المقداد للقاهرة": ل after a visit is "to".
            if m.prefixLength > 0, token.textHasPrefix("ل"), (max(floor, m.start - 3)..<m.start).contains(where: { k in
                table.has(k) { $0 == .meeting(.visit) }
            }) { return true }
            if m.start > floor, table.cue(.place, m.start - 1) { return true }
            // "بالعاصمة الأردنية عمان": a nationality may stand between.
            if m.start > floor + 1, table.at[m.start - 1].map({ table.stateCode($0) != nil }) ?? false, table.cue(.place, m.start - 2) { return true }
            // "في شمال مالي".
            if m.start > floor + 1, table.cue(.direction, m.start - 1), table.cue(.place, m.start - 2) { return true }
            return false
        }
        guard m.start > floor else { return false }
        var k = m.start - 1
        // "in northern Mali", "à l'est du Tchad", "in Qingdao, east China".
        while k > floor, TokenWords.articlesAndOfPlace.contains(tokens[k]) || table.cue(.direction, k) { k -= 1 }
        if table.cue(.place, k) { return true }
        // "in Lima, Peru", "in Atlanta, Georgia": after a city and a comma, a state or region is its address.
        if tokens[k].text == ",", k > floor, let start = (max(floor, k - 4)..<k).first(where: { table.at[$0].map { $0.end == k } ?? false }),
           table.at[start].flatMap(table.city) != nil { return true }
        return false
    }

    /// True inside brackets: source credits and asides ("(Yonhap)", "(MAP)") name no party.
    func inAside(_ index: Int, floor: Int) -> Bool {
        var k = index - 1
        while k >= floor, index - k <= 12 {
            if tokens[k].kind == .punct, tokens[k].text == ")" { return false }
            if tokens[k].kind == .punct, tokens[k].text == "(" { return true }
            k -= 1
        }
        return false
    }

    /// An organisation named only as a place or a topic ("at the UN headquarters", "reform of the African Union").
    func excludedOrganization(_ m: Mention, scope: Range<Int>) -> Bool {
        // "قمتي حلف شمال الأطلسي ومجموعة السبع", "the NATO summit": the host of a summit, not a party of this event.
        let summit = (max(scope.lowerBound, m.start - 4)..<m.start).contains { k in table.has(k) { $0 == .meeting(.summit) } }
            // "on the sidelines of the G20 Foreign Ministers' Meeting": the occasion.
            || (max(scope.lowerBound, m.start - 4)..<m.start).contains { table.cue(.sidelines, $0) }
        return summit || topical(m, floor: scope.lowerBound) || locative(m, floor: scope.lowerBound) || inAside(m.start, floor: scope.lowerBound)
            || m.start > scope.lowerBound && TokenWords.genitives.contains(tokens[m.start - 1]) && !headedByTitle(m, floor: scope.lowerBound)
            || inPortfolio(m, floor: scope.lowerBound)
    }

    /// "the Secretary General of NATO", "le secrétaire général de l'Union africaine": an organisation whose official
    /// the title names is a party, where "the role of NATO" names a subject.
    func headedByTitle(_ m: Mention, floor: Int) -> Bool {
        var k = m.start - 1
        while k > floor, TokenWords.articlesAndOf.contains(tokens[k]) || TokenWords.genitives.contains(tokens[k]) { k -= 1 }
        return (max(floor, k - 4)...k).contains { j in
            table.at[j].map { $0.end == k + 1 && $0.has({ if case .role = $0 { true } else { false } }) } ?? false
        }
    }

    /// "le ministre espagnol des Affaires étrangères, de l'Union européenne et de la Coopération": an organisation
    /// named in a minister's portfolio.
    func inPortfolio(_ m: Mention, floor: Int) -> Bool {
        guard m.start > floor, TokenWords.portfolioLinks.contains(tokens[m.start - 1]) || tokens[m.start - 1].text == "," || table.cue(.and, m.start - 1)
        else { return false }
        for j in stride(from: m.start - 1, through: max(floor, m.start - 12), by: -1) {
            guard let role = table.at[j], role.end <= m.start, let title = role.first({ if case .role(let r) = $0 { r } else { nil } }) else { continue }
            // (A portfolio is a minister's; "le secrétaire général de l'OTAN" heads the organisation.)
            guard title.contains("minister") || title == "commissioner" else { return false }
            return (role.end..<m.start).allSatisfy { k in
                TokenWords.portfolioLinks.contains(tokens[k]) || tokens[k].text == "," || table.cue(.and, k) || tokens[k].capitalized
                    // ("Affaires étrangères": a portfolio's adjective after its noun.)
                    || k > role.end && tokens[k - 1].capitalized && tokens[k].kind == .word
                    || (max(floor, k - 3)...k).contains { j in (table.at[j]?.end ?? 0) > k }
            }
        }
        return false
    }

    /// "John Mahama (Ghana)": a state in brackets right after a name is the person's.
    func stateInBrackets(after name: Range<Int>, limit: Int) -> String? {
        let open = name.upperBound
        guard open + 2 < limit, tokens[open].text == "(", let m = table.at[open + 1], m.end < limit, tokens[m.end].text == ")" else { return nil }
        return table.stateCode(m)
    }

    /// The first tokens of two cities of different states joined by "and" ("Rabat et Paris", "الرباط وباريس"):
    /// a place is one city, so two joined name the two governments.
    func citiesJoinedByAnd(in scope: Range<Int>) -> Set<Int> {
        var joined = Set<Int>()
        var cities: [Mention] = []
        var k = scope.lowerBound
        while k < scope.upperBound {
            if let m = table.at[k] { if table.city(m) != nil { cities.append(m) }; k = m.end } else { k += 1 }
        }
        for (a, b) in zip(cities, cities.dropFirst()) {
            guard let first = table.city(a), let second = table.city(b), first.code != second.code else { continue }
            let arabicAnd = b.start == a.end && b.prefixLength > 0 && tokens[b.start].isArabic && tokens[b.start].textHasPrefix("و")
            let latinAnd = b.start == a.end + 1 && table.cue(.and, a.end)
            if arabicAnd || latinAnd { joined.formUnion([a.start, b.start]) }
        }
        return joined
    }

    /// One state on one side of the trigger and several on the other, each where a person or a state speaks.
    func sides(trigger: Trigger, positions: [(at: Int, code: String)], people: [PersonMention]) -> (one: String, many: [String])? {
        let t = trigger.anchor.start
        var before = positions.filter { $0.at < t && $0.code.count == 2 }.map(\.code)
        var later = positions.filter { $0.at >= t && $0.code.count == 2 }
        // Arabic puts the subject after its verb: "استقبل [الوزير] [نظيره …]"; but with the next one joined by "و"
        // ("واستقبل الرئيس الروسي …، ومؤخرا رئيس بيرو"), all are objects and the subject is the story's protagonist.
        if before.isEmpty, tokens[t].isArabic, let first = later.first {
            let second = later.dropFirst().first { $0.code != first.code }
            let joined = second.map { s in people.first { $0.nameRange.lowerBound == s.at }?.span.lowerBound ?? s.at }.map { start in
                // ("وزير" starts with the letter of "and"; only a mention read after a proclitic و is joined.)
                (max(t, start - 3)..<start).contains { k in table.cue(.and, k) || tokens[k].textHasPrefix("و") && (table.at[k].map { $0.prefixLength > 0 } ?? true) }
                    || tokens[start].textHasPrefix("و") && (table.at[start].map { $0.prefixLength > 0 } ?? true)
            } ?? false
            if joined, let protagonist = context.statesByPeople.first(where: { code in !later.contains { $0.code == code } }) {
                before.append(protagonist)
            } else {
                before.append(later.removeFirst().code)
            }
        }
        let after = later.map(\.code)
        let one = Set(before)
        let many = after.reduce(into: [String]()) { if !$0.contains($1) && !one.contains($1) { $0.append($1) } }
        guard one.count == 1, many.count >= 2, let agent = one.first else { return nil }
        return (agent, many)
    }
}
