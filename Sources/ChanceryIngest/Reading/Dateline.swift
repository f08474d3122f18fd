import ChanceryCore

/// The dateline heading a story: "NAIROBI, Nov 21 (Reuters) —", "RABAT, 12 mars (MAP) -", "بغداد -", or the
/// "date 2021-08-24" line a page store puts first.
///
/// Its date is the day the story was filed: it stands in for a missing publication date (and for a publication date
/// that only gives the month), and "on Sunday" counts back from it; it never dates an event by itself. Its city is
/// where the story was filed, which places a reception nothing else places.
struct Dateline {
    var date: PartialDate?
    var city: Location?
    /// The dateline's tokens, whose date expressions are not events' dates.
    var tokens: Range<Int>

    /// Looks at the first lines of the text.
    static func find(in read: ReadDocument, mentions: MentionIndex) -> Dateline? {
        let tokens = read.tokens
        var found: Dateline?
        var lineStart = 0
        var lines = 0
        var k = 0
        // The first three lines that hold words, and at most 60 tokens; failing those, up to six lines and 160 tokens:
        // a page may put its headline, a menu and the time of posting above the dateline ("الدوحة - قنا").
        while k < min(tokens.count, found == nil ? 160 : 60), lines < (found == nil ? 6 : 3) {
            if tokens[k].text == "\n" {
                if k > lineStart { lines += 1 }
                lineStart = k + 1
                k += 1
                continue
            }
            // (Below the first three lines, only a short line of its own: "الدوحة - قنا".)
            let short = lines < 3 || (k..<min(tokens.count, k + 9)).contains { tokens[$0].text == "\n" }
            if k == lineStart, short, let line = Self.line(at: k, in: read, mentions: mentions) {
                if var earlier = found {
                    earlier.date = earlier.date ?? line.date
                    earlier.city = earlier.city ?? line.city
                    earlier.tokens = earlier.tokens.lowerBound..<line.tokens.upperBound
                    found = earlier
                } else {
                    found = line
                }
            }
            k += 1
        }
        return found
    }

    /// A dateline starting at token `start`, the first of a line.
    private static func line(at start: Int, in read: ReadDocument, mentions: MentionIndex) -> Dateline? {
        let tokens = read.tokens
        var end = start
        while end < tokens.count, end - start < 14, tokens[end].text != "\n" { end += 1 }
        let window = start..<end
        var date: PartialDate?
        var city: Location?
        var last = start
        // "date 2019-02", "date 2021-08-24".
        if tokens[start].text == "date", start + 1 < end, tokens[start + 1].kind == .number {
            if start + 3 < end, tokens[start + 2].text == "-", tokens[start + 3].attached, let year = Int(tokens[start + 1].text),
               let month = Int(tokens[start + 3].text) {
                if start + 5 < end, tokens[start + 4].text == "-", let day = Int(tokens[start + 5].text) {
                    date = PartialDate(year: year, month: month, day: day)
                    last = start + 6
                } else {
                    date = PartialDate(year: year, month: month)
                    last = start + 4
                }
            }
        }
        // "ABUJA, Nigeria —", "From Aidoghie Paulinus, Abuja", "طهران- وكالة …": a city first, then a comma or a dash.
        var k = last
        var reach = 0
        if k < end, tokens[k].text == "from" { k += 1; reach = 5 }
        while k < end, k - last <= reach {
            if let m = mentions[k], let (code, name) = m.first({ if case .city(let c, let n) = $0 { return (c, n) } else { return nil } }) {
                let after = m.end
                let marks: Set<String> = [",", "-", "—", "–", "(", ":", "\n"]
                if after >= end || marks.contains(tokens[after].text) {
                    city = Location(name: name, country: code)
                    last = max(last, after)
                }
                break
            }
            k += 1
        }
        // The dateline ends at its dash or colon ("ISLAMABAD – Pakistan and Afghanistan on Thursday …"), else a few words
        // after what it holds.
        let dash = (last..<end).first { TokenWords.datelineMarks.contains(tokens[$0]) }
        var stop = dash.map { $0 + 1 } ?? min(end, last + 6)
        // "الكويت - 9 - 5 (كونا) --": a day and a month in figures after the city.
        if city != nil, date == nil, let year = read.document.published?.year, last + 4 < end, TokenWords.datelineDashes.contains(tokens[last]),
           let day = Int(tokens[last + 1].text), tokens[last + 2].text == "-", let month = Int(tokens[last + 3].text),
           tokens[last + 1].kind == .number, tokens[last + 3].kind == .number {
            date = PartialDate(year: year, month: month, day: day)
            stop = max(stop, last + 4)
        }
        // "الرياض 15 ربيع الأول 1446 هـ الموافق 18 سبتمبر 2024 م": after a calendar of its own, the Gregorian day.
        if city != nil, date == nil, dash == nil {
            for (index, expression) in DateResolver.expressions(in: tokens, range: last..<end, mentions: mentions) {
                if case .absolute(let d, nil) = expression, d.precision == .day { date = d; stop = min(end, index + 5); break }
            }
        }
        if city != nil || date != nil {
            // "NAIROBI, Nov 21 (Reuters) —", "RABAT, 12 mars (MAP) -": the day after the city.
            for (index, expression) in DateResolver.expressions(in: tokens, range: last..<stop, mentions: mentions) where index - last <= 3 {
                switch expression {
                case .absolute(let d, nil) where d.precision != .year:
                    date = date ?? d
                case .dayMonth(let day, let month, nil):
                    let year = read.document.published?.year
                    date = date ?? year.flatMap { PartialDate(year: $0, month: month, day: day) }
                default: continue
                }
                break
            }
        }
        guard date != nil || city != nil else { return nil }
        if dash == nil, city == nil { stop = last }
        return Dateline(date: date, city: city, tokens: window.lowerBound..<max(last, stop))
    }
}
