import ChanceryCore

/// A date expression as written, before it is resolved against the publication date.
enum DateExpression: Equatable {
    /// Day, month and year all written (or month and year, or a numeric date); `end` for a range.
    case absolute(PartialDate, end: PartialDate?)
    /// A day and month without a year ("16 octobre", "27 فبراير الماضي").
    case dayMonth(day: Int, month: Int, endDay: Int?)
    /// A month without a year ("فبراير الماضي", "last March").
    case month(Int)
    case year(Int)
    case weekday(Int, direction: Int)
    /// "on Monday and Tuesday", "يومي الاثنين والثلاثاء": two weekdays, the second ending the span.
    case weekdayRange(Int, Int, direction: Int)
    case relative(days: Int)
    /// "الشهر المقبل", "last month", "ce mois": months from the publication's.
    case relativeMonth(Int)
    /// "العام المقبل", "this year", "d'ici la fin de l'année": years from the publication's.
    case relativeYear(Int)
    /// "this week", "الأسبوع الماضي", "la semaine prochaine": the month of that week.
    case relativeWeek(Int)
    /// "the same day", "في اليوم نفسه": the day told just before, which only the story's order knows; "the next day":
    /// the one after it.
    case dayToldBefore(plus: Int)
    /// "le 3 courant", "يوم 12 الجاري": a day of the publication's month.
    case dayOfMonth(Int)
    /// "the following month", "l'année suivante", "في العام التالي": the period after the one the story told before.
    case periodAfterToldBefore(PeriodUnit)
    /// "in the autumn", "au printemps prochain", "الصيف الماضي": a season, by its first month, known to its year.
    case season(firstMonth: Int, direction: Int)
}

/// Finds date expressions in a sentence and resolves them against the publication date.
enum DateResolver {
    /// Words skipped between the parts of a date, made once rather than at every number.
    private static let beforeYear: WordSet = ["-", "من", "عام", "سنه"]
    private static let beforeMonth: WordSet = ["من", "شهر", "de", "of", "the"]
    private static let dayRangeConnectors: WordSet = ["-", "و", "au", "to", "الي", "حتي", "et", "and", "until"]
    private static let beforeMonthAfterRange: WordSet = ["من", "شهر", "de", "of"]
    private static let noWords: WordSet = []

    /// Expressions in `tokens[range]`, each with the index of its first token.
    static func expressions(in tokens: [Token], range: Range<Int>, mentions: MentionIndex) -> [(Int, DateExpression)] {
        var found: [(Int, DateExpression)] = []
        var i = range.lowerBound
        func number(_ at: Int) -> Int? {
            guard at < range.upperBound, tokens[at].kind == .number else { return nil }
            return Int(tokens[at].text)
        }
        func month(_ at: Int) -> (Int, Int)? {
            guard at < range.upperBound, let mention = mentions[at], let value = mention.first({
                if case .month(let m) = $0 { return m } else { return nil }
            }) else { return nil }
            return (value, mention.end)
        }
        func skip(_ at: Int, _ words: WordSet) -> Int {
            var at = at
            while at < range.upperBound, words.contains(tokens[at]) || (tokens[at].kind == .punct && tokens[at].text == ",") { at += 1 }
            return at
        }
        /// A month, an optional doubled form ("12 فبراير/ شباط") and an optional year; returns month, year, next index.
        func monthYear(_ at: Int) -> (Int, Int?, Int)? {
            guard let (m, after) = month(at) else { return nil }
            var next = after
            if next < range.upperBound, tokens[next].text == "/" || tokens[next].text == "(", let (_, e) = month(next + 1) {
                next = e
                if next < range.upperBound, tokens[next].text == ")" { next += 1 }
            }
            var yearAt = skip(next, Self.beforeYear)
            if yearAt < range.upperBound, tokens[yearAt].text == "." { yearAt += 1 }
            if let y = number(yearAt), (1900...2100).contains(y) { return (m, y, yearAt + 1) }
            return (m, nil, next)
        }
        while i < range.upperBound {
            if let (expression, next) = period(at: i, in: tokens, range: range, mentions: mentions) {
                found.append((i, expression))
                i = next
                continue
            }
            // Copied out only at a number: copying every token cost more than reading its kind in place.
            if tokens[i].kind == .number, let value = Int(tokens[i].text) {
                let token = tokens[i]
                var j = i + 1
                if j < range.upperBound, tokens[j].attached, DigitOrdinals.suffixes.contains(tokens[j].text) { j += 1 }
                // Numeric dates: 16/10/2025, 2025-10-16, 01-04-2023.
                if j + 3 < range.upperBound + 1, j < range.upperBound, TokenWords.numericDateMarks.contains(tokens[j]),
                   let second = number(j + 1), j + 2 < range.upperBound, tokens[j + 2].text == tokens[j].text,
                   let third = number(j + 3), tokens[j + 1].attached || tokens[j].attached {
                    var date: PartialDate?
                    if token.text.count == 4 { date = PartialDate(year: value, month: second, day: third) }
                    else if tokens[j + 3].text.count == 4 { date = PartialDate(year: third, month: second, day: value) }
                    else if tokens[j + 3].text.count == 2 { date = PartialDate(year: 2000 + third, month: second, day: value) }
                    if let date {
                        found.append((i, .absolute(date, end: nil)))
                        i = j + 4
                        continue
                    }
                }
                if (1...31).contains(value) {
                    // A range: "15 و16 أكتوبر", "28 au 31 octobre", "12 إلى 16 أكتوبر", "20-21 March".
                    var endDay: Int?
                    var k = skip(j, Self.beforeMonth)
                    if month(k) == nil {
                        var connector = skip(j, Self.dayRangeConnectors)
                        // "du mardi 3 au jeudi 5 février": the last day's weekday before its number.
                        if connector > j, connector < range.upperBound, let weekday = mentions[connector],
                           weekday.has({ if case .weekday = $0 { true } else { false } }) {
                            connector = weekday.end
                        }
                        if connector > j, let e = number(connector), (1...31).contains(e), e > value {
                            endDay = e
                            var after = connector + 1
                            if after < range.upperBound, tokens[after].attached, DigitOrdinals.suffixes.contains(tokens[after].text) { after += 1 }
                            k = skip(after, Self.beforeMonthAfterRange)
                        }
                    }
                    // "le 3 courant", "12 الجاري": no month but the current one.
                    if endDay == nil, month(k) == nil, k < range.upperBound, let current = mentions[k], current.has({ $0 == .current }),
                       !TokenWords.demonstrativeCurrents.contains(tokens[k]) {
                        found.append((i, .dayOfMonth(value)))
                        i = current.end
                        continue
                    }
                    if let (m, y, next) = monthYear(k) {
                        // "من 30 أيار إلى 1 حزيران 2022", "du 30 novembre au 2 décembre 2022": a span across two months.
                        if y == nil, endDay == nil {
                            let connector = skip(next, Self.dayRangeConnectors)
                            if connector > next, let e = number(connector), (1...31).contains(e),
                               let (m2, y2, after) = monthYear(skip(connector + 1, Self.beforeMonthAfterRange)), let y2,
                               let start = PartialDate(year: m2 >= m ? y2 : y2 - 1, month: m, day: value), let last = PartialDate(year: y2, month: m2, day: e) {
                                found.append((i, .absolute(start, end: last)))
                                i = after
                                continue
                            }
                        }
                        if let y, let date = PartialDate(year: y, month: m, day: value) {
                            found.append((i, .absolute(date, end: endDay.flatMap { PartialDate(year: y, month: m, day: $0) })))
                        } else {
                            found.append((i, .dayMonth(day: value, month: m, endDay: endDay)))
                        }
                        i = next
                        continue
                    }
                }
                if token.text.count == 4, (1900...2100).contains(value) {
                    found.append((i, .year(value)))
                }
                i = j
                continue
            }
            if let mention = mentions[i] {
                // "الأول من مارس", "في العاشر من مارس 2023", "السادس من أبريل": a day by its ordinal.
                if var day = mention.first({ if case .ordinal(let n) = $0, (1...31).contains(n) { return n } else { return nil } }),
                   mention.end < range.upperBound, tokens[mention.end].text == "من", let (m, y, next) = monthYear(mention.end + 1) {
                    // ("الحادي والعشرين من يناير": the unit told before the tens.)
                    if day % 10 == 0, i > range.lowerBound, let unit = mentions[i - 1]?.first({ if case .ordinal(let n) = $0, (1...9).contains(n) { return n } else { return nil } }),
                       day + unit <= 31 {
                        day += unit
                        found.append((i - 1, .dayMonth(day: day, month: m, endDay: nil)))
                        if let y, let date = PartialDate(year: y, month: m, day: day) { found[found.count - 1].1 = .absolute(date, end: nil) }
                        i = next
                        continue
                    }
                    if let y, let date = PartialDate(year: y, month: m, day: day) { found.append((i, .absolute(date, end: nil))) }
                    else { found.append((i, .dayMonth(day: day, month: m, endDay: nil))) }
                    i = next
                    continue
                }
                if let (m, _) = month(i) {
                    // English order: "March 15, 2017", "February 22-24", or "March 2016".
                    var k = mention.end
                    if let day = number(k), (1...31).contains(day), tokens[k].text.count <= 2 {
                        k += 1
                        if k < range.upperBound, tokens[k].attached, DigitOrdinals.suffixes.contains(tokens[k].text) { k += 1 }
                        var endDay: Int?
                        // ("March 10 to 12", "March 10 and 11".)
                        if k + 1 < range.upperBound, TokenWords.dayJoiners.contains(tokens[k]), let e = number(k + 1), e > day, e <= 31 {
                            endDay = e
                            k += 2
                        }
                        let yearAt = skip(k, Self.noWords)
                        if let y = number(yearAt), (1900...2100).contains(y), let date = PartialDate(year: y, month: m, day: day) {
                            found.append((i, .absolute(date, end: endDay.flatMap { PartialDate(year: y, month: m, day: $0) })))
                            i = yearAt + 1
                        } else {
                            found.append((i, .dayMonth(day: day, month: m, endDay: endDay)))
                            i = k
                        }
                        continue
                    }
                    if let (_, y, next) = monthYear(i) {
                        if let y, let date = PartialDate(year: y, month: m) {
                            found.append((i, .absolute(date, end: nil)))
                        } else if isStrongMonth(mention, tokens: tokens, range: range) {
                            found.append((i, .month(m)))
                        }
                        i = next
                        continue
                    }
                }
                if let first = mention.first({ if case .season(let m) = $0 { return m } else { return nil } }) {
                    if let (expression, next) = season(first, mention, in: tokens, range: range, mentions: mentions) {
                        found.append((i, expression))
                        i = next
                        continue
                    }
                }
                if let w = mention.first({ if case .weekday(let w) = $0 { return w } else { return nil } }) {
                    var direction = 0
                    let after = mention.end
                    // "on Monday following talks": a "following" with its own object is a preposition, not "the
                    // Monday after"; "the Monday following." and "lundi suivant" still count.
                    let followingTakesObject = after + 1 < range.upperBound && tokens[after].text == "following"
                        && tokens[after + 1].kind == .word
                    if after < range.upperBound, let next = mentions[after], !followingTakesObject {
                        if next.has({ $0 == .past }) { direction = -1 }
                        if next.has({ $0 == .next }) { direction = 1 }
                    }
                    if i > range.lowerBound, let before = mentions[i - 1], before.has({ $0 == .past }) { direction = -1 }
                    if i > range.lowerBound, let before = mentions[i - 1], before.has({ $0 == .next }) { direction = 1 }
                    var k = mention.end
                    if k < range.upperBound, TokenWords.weekdayJoiners.contains(tokens[k]) { k += 1 }
                    if k < range.upperBound, let second = mentions[k], let w2 = second.first({ if case .weekday(let w) = $0 { return w } else { return nil } }),
                       w2 != w {
                        found.append((i, .weekdayRange(w, w2, direction: direction)))
                        i = second.end
                        continue
                    }
                    found.append((i, .weekday(w, direction: direction)))
                    i = mention.end
                    continue
                }
                if let plus = mention.first({ if case .dayToldBefore(let n) = $0 { return n } else { return nil } }) {
                    // "signed on the first day of a state visit …": the first day of an event not told yet, not the day
                    // told before.
                    let e = mention.end
                    var article = e + 1
                    if article < range.upperBound, tokens[article].text == "'" { article += 1 }
                    if article < range.upperBound, TokenWords.ofWords.contains(tokens[e]), TokenWords.indefiniteArticles.contains(tokens[article]) {
                        i = mention.end
                        continue
                    }
                    found.append((i, .dayToldBefore(plus: plus)))
                    i = mention.end
                    continue
                }
                if let offset = mention.first({ if case .relativeDay(let d) = $0 { return d } else { return nil } }) {
                    // "اليوم الثاني: مباحثات رسمية", "في اليوم الثالث": the day of a visit by its number, not today.
                    if mention.end < range.upperBound, let next = mentions[mention.end], next.has({ if case .ordinal = $0 { true } else { false } }) {
                        i = next.end
                        continue
                    }
                    found.append((i, .relative(days: offset)))
                    i = mention.end
                    // "اليوم الخميس", "غدا السبت", "hier lundi": the weekday names the same day.
                    if i < range.upperBound, let next = mentions[i], next.has({ if case .weekday = $0 { true } else { false } }) { i = next.end }
                    continue
                }
                i = mention.end
                continue
            }
            i += 1
        }
        return found
    }

    /// A calendar period named from the publication: "الشهر المقبل", "العام الماضي", "next month", "l'année prochaine",
    /// "this year", "العام الجاري", "by the end of the year"; the expression and the index after it.
    private static func period(at i: Int, in tokens: [Token], range: Range<Int>, mentions: MentionIndex) -> (DateExpression, Int)? {
        guard let unit = mentions[i]?.first({ if case .period(let u) = $0 { return u } else { return nil } }) else { return nil }
        func make(_ offset: Int) -> DateExpression {
            switch unit {
            case .week: .relativeWeek(offset)
            case .month: .relativeMonth(offset)
            case .year: .relativeYear(offset)
            }
        }
        func entry(_ k: Int, _ test: (LexiconEntry) -> Bool) -> Bool {
            k >= range.lowerBound && k < range.upperBound && mentions[k]?.has(test) == true
        }
        func direction(_ k: Int) -> Int? {
            // "the past week" is a span, not the week before.
            guard k >= range.lowerBound, k < range.upperBound, let m = mentions[k], tokens[k].text != "past" else { return nil }
            if m.has({ $0 == .next }) { return 1 }
            if m.has({ $0 == .past }) { return -1 }
            return nil
        }
        let after = mentions[i]?.end ?? i + 1
        // "The following month, Buhari paid a state visit", "le mois suivant": counted from the story, not the publication.
        if after < range.upperBound, TokenWords.followingWords.contains(tokens[after]) { return (.periodAfterToldBefore(unit), after + 1) }
        if i > range.lowerBound, TokenWords.followingWords.contains(tokens[i - 1]) { return (.periodAfterToldBefore(unit), after) }
        // After the noun: "العام المقبل", "le mois prochain", "l'année dernière", "الشهر الجاري".
        if let offset = direction(after) { return (make(offset), after + 1) }
        if entry(after, { $0 == .current }) { return (make(0), after + 1) }
        // Before it: "next month", "last year", "this year", "هذا العام", "the end of the year", "fin de l'année".
        guard i > range.lowerBound else { return nil }
        if let offset = direction(i - 1), mentions[i - 1]?.end == i { return (make(offset), after) }
        if entry(i - 1, { $0 == .current }) { return (make(0), after) }
        var k = i - 1
        while k >= range.lowerBound, i - k <= 4, TokenWords.beforeAPeriod.contains(tokens[k]) { k -= 1 }
        if k < i - 1 || tokens[k].isArabic, entry(k, { $0 == .periodEnd }) { return (make(0), after) }
        return nil
    }

    /// A season is a date with a year after it ("autumn 2026", "خريف 2026"), a "next", "last" or "this" beside it
    /// ("next spring", "le printemps prochain", "هذا الصيف"), or a preposition or article before it ("in the autumn",
    /// "à l'automne", "في الخريف"): not "prices fall", "a été reçu".
    private static func season(_ first: Int, _ mention: Mention, in tokens: [Token], range: Range<Int>,
                               mentions: MentionIndex) -> (DateExpression, Int)? {
        var after = mention.end
        // ("spring 2024", "the spring of 2024", "l'automne 2025", "خريف عام 2025".)
        var yearAt = after
        while yearAt < range.upperBound, yearAt - after < 2, Self.beforeYear.contains(tokens[yearAt]) || TokenWords.ofWords.contains(tokens[yearAt]) {
            yearAt += 1
        }
        if yearAt < range.upperBound, let y = Int(tokens[yearAt].text), tokens[yearAt].kind == .number, (1900...2100).contains(y),
           let year = PartialDate(year: y) {
            return (.absolute(year, end: nil), yearAt + 1)
        }
        // ("خريف هذا العام", "autumn of this year": the season of a period named after it.)
        func direction(_ k: Int) -> Int? {
            guard k >= range.lowerBound, k < range.upperBound, let m = mentions[k] else { return nil }
            if m.has({ $0 == .next }) { return 1 }
            if m.has({ $0 == .past }) { return -1 }
            if m.has({ $0 == .current }) { return 0 }
            return nil
        }
        if let d = direction(after) { after = mentions[after]?.end ?? after + 1; return (.season(firstMonth: first, direction: d), after) }
        if let d = direction(mention.start - 1) { return (.season(firstMonth: first, direction: d), after) }
        var k = mention.start - 1
        if k >= range.lowerBound, tokens[k].text == "'" || tokens[k].text == "’" { k -= 1 }
        let led = k >= range.lowerBound && Self.beforeASeason.contains(tokens[k])
            || tokens[mention.start].isArabic && tokens[mention.start].textHasPrefix("ال")
        return led ? (.season(firstMonth: first, direction: 0), after) : nil
    }

    private static let beforeASeason: WordSet = ["in", "the", "this", "during", "by", "early", "late", "mid", "until", "en", "l", "le", "au",
                                                 "cet", "cette", "ce", "durant", "pendant", "d", "de", "du", "fin", "debut", "début", "mi",
                                                 "في", "خلال", "مطلع", "أواخر", "اواخر", "منتصف", "بداية", "نهاية"]

    /// A month name alone counts as a date only when it cannot be a common word: Arabic, or followed by "last"/"dernier".
    private static func isStrongMonth(_ mention: Mention, tokens: [Token], range: Range<Int>) -> Bool {
        let token = tokens[mention.start]
        if token.isArabic { return true }
        // French writes its months in lower case: "en juin", "au mois de juillet", "fin mars".
        // ("au mois d'octobre": the apostrophe is a token of its own.)
        var before = mention.start - 1
        if before > range.lowerBound, tokens[before].text == "'" || tokens[before].text == "’" { before -= 1 }
        if before >= range.lowerBound, beforeAMonth.contains(tokens[before]), token.text != "sept" { return true }
        return token.capitalized && token.text.count > 3
    }

    private static let beforeAMonth: WordSet = ["en", "de", "d", "du", "depuis", "dès", "des", "fin", "début", "debut", "mi", "courant",
                                                "jusqu", "durant", "pendant", "au", "in", "since", "during", "until", "early", "late", "mid"]

}

/// Suffixes of a numeral written with digits: 8e, 1er, 1ere, 2nd, 8th, 15-ème.
enum DigitOrdinals {
    static let suffixes: Set<String> = ["e", "er", "ere", "eme", "re", "st", "nd", "rd", "th", "ieme", "ème"]

    /// The value of a Roman ordinal as French writes a session's number ("XIe", "XIIème", "Ire"), folded to lower
    /// case; nil for any other word.
    static func roman(_ folded: String) -> Int? {
        let suffix = ["ieme", "ième", "eme", "ème", "ere", "re", "er", "e"].first { folded.hasSuffix($0) && folded.count > $0.count }
        guard let suffix else { return nil }
        let numeral = folded.dropLast(suffix.count)
        let values: [Character: Int] = ["i": 1, "v": 5, "x": 10, "l": 50, "c": 100]
        // (Not an article or a pronoun that reads as one: "Le comité" is no 50th, "Ce" no 100th.)
        guard numeral.count <= 8, numeral.allSatisfy({ values[$0] != nil }), numeral.count > 1 || "ivx".contains(numeral) else { return nil }
        var total = 0
        let digits = numeral.map { values[$0]! }
        for (n, value) in digits.enumerated() {
            total += n + 1 < digits.count && value < digits[n + 1] ? -value : value
        }
        return total > 0 && total < 200 ? total : nil
    }
}
