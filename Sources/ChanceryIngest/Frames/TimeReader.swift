import ChanceryCore

/// When a frame's event took place, and whether it is still ahead.
struct TimeReading {
    var date: PartialDate?
    var end: PartialDate?
    var planned = false
    var dateRule = "no date in its sentence"
    var dateWords: String?
    var statusRule = "told as done"
    var statusWords: String?
    /// True when the date is only the day of the statement that reports the event.
    var weakDate = false
    /// True for an event put off ("was pushed back", "a été reportée").
    var postponed = false
    /// True when the date is counted from a day the story told before ("la veille", "the next day"): the story's own
    /// time, whatever the tense.
    var toldFromStoryDay = false
    /// True when the date names no year and no direction ("in August", "le 3 mars"): the tense of its sentence
    /// decides which year.
    var yearless = false
}

/// Reads a frame's date and status from its clause, then its sentence.
///
/// A date is the event's where it is written in the trigger's own clause, or elsewhere in the sentence outside a
/// clause of its own: the finest kind wins (a full date over a day and month, over a weekday or "today", over a
/// month, over a year), the nearest to the trigger among equals. A year inside a name ("Vision 2030", "رؤية 2030"),
/// the years an instrument runs for, a date after "since", and the day of a statement ("the ministry said on
/// Friday") are not the event's date.
struct TimeReader {
    let table: MentionTable

    var tokens: [Token] { table.read.tokens }
    var cues: Cues { table.lexicon.cues }

    /// `others`: the anchors of the sentence's other triggers, whose clauses' dates are theirs.
    func read(trigger: Trigger, scope: Range<Int>, sentence: Range<Int>, clauses: [Clause], others otherTriggers: [Int] = []) -> TimeReading {
        var reading = TimeReading()
        let anchor = trigger.anchor
        // Status first: the direction of a day and month ("le 3 mars") depends on it.
        if let (rule, words) = plannedMarker(trigger: trigger, scope: scope) {
            reading.planned = true
            reading.statusRule = rule
            reading.statusWords = words
        }
        var pickedAt: Int?
        var all = table.dates(inSentence: trigger.sentence)
        // "La visite … a été reportée au 15 septembre", "تقرر تأجيل الزيارة": still ahead, and the day it was set for
        // before is no longer its day.
        // (Another trigger in a relative clause between does not stop it: "la session, qui devait se tenir lors de
        // cette visite, est repoussée".)
        let mainOthers = otherTriggers.filter { k in !clauses.contains { $0.contains(k) && $0.kind == .relative } }
        var postponed = postponement(of: trigger, sentence: sentence, others: mainOthers)
        // (Nor does a word outside the relative clause that tells of the trigger: that one is its noun's.)
        if let k = postponed, let own = clauses.first(where: { $0.contains(anchor.start) }), own.kind == .relative, !own.contains(k) {
            postponed = nil
        }
        if let postponed {
            reading.planned = true
            reading.statusRule = "it was postponed"
            reading.postponed = true
            reading.statusWords = table.read.text(postponed..<(postponed + 1))
            all = all.filter { $0.start > postponed }
            // "تأجيل الدورة، التي كانت مقررة يومي 16 و17 مارس، إلى يومي 20 و21 أفريل": the day it is put off to.
            let putOffTo = all.filter { item in (max(sentence.lowerBound, item.start - 4)..<item.start).contains { table.cue(.until, $0) } }
            if !putOffTo.isEmpty { all = putOffTo }
        }
        let usable = all.filter { isEventDate($0, sentence: sentence, anchor: anchor.start, trigger: trigger) }
        let own = usable.filter { scope.contains($0.start) }
        // Dates of another clause of the sentence count only outside a clause that tells of another time.
        let others = usable.filter { item in
            !scope.contains(item.start) && !clauses.contains { clause in
                // (A word that sets the time of another act, "after the meeting", shares that act's date.)
                clause.contains(item.start) && (clause.kind == .background || clause.kind == .relative
                    || !trigger.setsTime && otherTriggers.contains(where: clause.contains))
            }
                && !reported(item, floor: sentence.lowerBound)
        }
        // (The day a postponement is announced is not the day the event is put off to.)
        let statements = postponed != nil ? [] : all.filter { reported($0, floor: sentence.lowerBound, anchor: anchor.start) && isEventDate($0, sentence: sentence, anchor: anchor.start, trigger: trigger) }
        // A date nearer another trigger of the sentence is that one's ("… في دورتها اليوم … منذ الدورة 17 في ديسمبر 2008").
        func mine(_ item: DateMention) -> Bool {
            let distance = abs(item.start - anchor.start)
            // (Not a trigger that only sets the time of this one: "وفي ختام أعمال الدورة أمس، وقّع الوزيران", "at the close
            // of the session yesterday, the ministers signed": its day is the signing's.)
            let nearer = otherTriggers.contains { other in
                scope.contains(other) && abs(item.start - other) < distance && !(other < anchor.start && setsTime(at: other, floor: sentence.lowerBound))
            }
            // ("Au terme de la visite, … ont convenu que la session se tiendrait en juin": the time of what was agreed
            // on, after "that", is not the time of the visit that sets the time of agreeing.)
            let agreedOn = nearer && item.start > anchor.end && (anchor.end..<item.start).contains { table.cue(.complementizer, $0) }
            return trigger.setsTime && !agreedOn || !nearer
        }
        let pools = [(own.filter { !reported($0, floor: sentence.lowerBound, anchor: anchor.start) && mine($0) }, "in its clause"),
                     (others, "in its sentence"), (statements, "the day of the statement reporting it")]
        // "où le ministre devait rencontrer jeudi son homologue", "was due to meet on Thursday": a plan told in the past
        // is still a plan, but its day is read back from the story's, as done things are.
        let planToldInPast = reading.planned && (max(scope.lowerBound, anchor.start - 6)..<anchor.start).contains { k in
            table.cue(.pastPlan, k) || cues.match(.pastPlan, in: tokens, at: k, limit: anchor.end) != nil
        }
        for (pool, where_) in pools {
            for pick in ranked(pool, near: anchor.start) {
            var planned = reading.planned && !planToldInPast
            if let direction = direction(of: pick) {
                if direction > 0 { planned = true }
            }
            var (date, end) = DateResolver.resolve(pick.expression, published: table.reference, planned: planned)
            if case .dayToldBefore(let plus) = pick.expression, let before = dayToldBefore(trigger.sentence, before: pick.start, among: all, planned: planned) {
                // (Under a heading "Mardi : le palais", "le lendemain" is the heading's day: the heading moved on to it.)
                date = before.heading ? before.day : before.day.adding(days: plus)
                reading.toldFromStoryDay = date != nil
            } else if case .dayToldBefore = pick.expression { date = nil }
            if case .periodAfterToldBefore(let unit) = pick.expression {
                (date, end) = (periodAfterToldBefore(unit, sentence: trigger.sentence, before: pick.start), nil)
                reading.toldFromStoryDay = date != nil
            }
            // "8 و9 ديسمبر المقبل", "le 3 mars prochain": a day named as the next one is ahead; "dernier" behind.
            if let day = nextOrLast(after: pick.start, limit: sentence.upperBound) {
                if day > 0 { planned = true } else if case .dayMonth = pick.expression { planned = false }
                (date, end) = DateResolver.resolve(pick.expression, published: table.reference, planned: planned)
            }
            // "a annoncé mercredi soir … s'est entretenu mercredi par téléphone": a weekday is counted from the day the
            // story speaks from.
            if let day = date, day.precision == .day, let storyDay = table.storyDay, !reported(pick, floor: sentence.lowerBound) {
                switch pick.expression {
                case .weekday, .weekdayRange:
                    (date, end) = DateResolver.resolve(pick.expression, published: storyDay, planned: planned)
                default: break
                }
            }
            guard let found = date else { continue }
            // "concluded on Tuesday the session, which met on Monday and Tuesday": a span that holds the day picked
            // is the fuller date. (Not of a signing, done on one day: "ont signé, mercredi 12 novembre, trois accords à
            // l'issue de la session, tenue du 11 au 12 novembre".)
            if end == nil, found.precision == .day, trigger.type != .agreement {
                for item in usable where item.start != pick.start {
                    let (start, last) = DateResolver.resolve(item.expression, published: table.reference, planned: planned)
                    if let start, let last, start <= found, found <= last { (date, end) = (start, last); break }
                }
            }
            reading.date = date
            reading.end = end
            switch pick.expression {
            case .month, .dayMonth: reading.yearless = direction(of: pick) == nil && nextOrLast(after: pick.start, limit: sentence.upperBound) == nil
            default: break
            }
            pickedAt = pick.start
            reading.dateRule = "\(kindName(pick.expression)) \(where_)"
            reading.weakDate = where_.hasPrefix("the day of the statement")
            reading.dateWords = table.read.text(pick.start..<dateEnd(pick, limit: sentence.upperBound))
            if planned, !reading.planned {
                reading.planned = true
                reading.statusRule = "its date is ahead"
                reading.statusWords = reading.dateWords
            }
            break
            }
            if reading.date != nil { break }
        }
        if trigger.type == .commissionSession, reading.end == nil, let span = openedAndClosed(usable, sentence: sentence, planned: reading.planned) {
            reading.date = span.opened
            reading.end = span.closed
            reading.dateRule = "the days it opened and closed in its sentence"
        }
        if trigger.type == .commissionSession, reading.end == nil, let day = reading.date, day.precision == .day, let at = pickedAt,
           let days = duration(in: sentence) {
            // "اختتمت أمس أعمال الدورة … التي انعقدت على مدى يومين": the closing day and the days before it.
            let before = max(sentence.lowerBound, at - 4)..<at
            if before.contains(where: { table.cue(.closing, $0) }), let first = day.adding(days: 1 - days) {
                (reading.date, reading.end) = (first, day)
                reading.dateRule += ", and the days it lasted before it"
            } else if before.contains(where: { table.cue(.opening, $0) }), let last = day.adding(days: days - 1) {
                reading.end = last
                reading.dateRule += ", and the days it lasts"
            }
        }
        if let date = reading.date, let reference = table.reference, date.precision == .day, reference.precision == .day {
            if date > reference, !reading.planned {
                reading.planned = true
                reading.statusRule = "its date is after the story's"
            } else if date < reference, reading.planned, !planToldInPast {
                reading.planned = false
                reading.statusRule = "its date is before the story's"
            }
        } else if let date = reading.date, let reference = table.reference, date.firstDay > reference.lastDay, !reading.planned {
            // "تعقد الدورة الرابعة عشرة خلال عام 2027": a month or a year wholly after the story's day is ahead.
            reading.planned = true
            reading.statusRule = "its date is after the story's"
        }
        return reading
    }

    // MARK: - Dates

    /// False for a date that is not an event's: a year in a name, a validity period, "since …".
    private func isEventDate(_ item: DateMention, sentence: Range<Int>, anchor: Int, trigger: Trigger) -> Bool {
        let k = item.start
        if case .year = item.expression {
            if yearInName(k, floor: sentence.lowerBound) { return false }
            // "signé un avenant à l'accord bilatéral de 2016", "an amendment to the 2016 agreement": the year of another
            // instrument than the one signed.
            if case .agreement(_, let signed) = trigger.kind, k > sentence.lowerBound, TokenWords.ofWords.contains(tokens[k - 1]),
               let named = (max(sentence.lowerBound, k - 5)..<(k - 1)).last(where: { j in
                   table.at[j].map { $0.has({ if case .instrument = $0 { true } else { false } }) } ?? false
               }), named != signed.start {
                return false
            }
            let before = max(sentence.lowerBound, k - 3)..<k
            if before.contains(where: { table.cue(.validity, $0) }) { return false }
            // "2025-2027", "2026 – 2027": a span of years is a period.
            if k + 2 < sentence.upperBound, TokenWords.yearSpanMarks.contains(tokens[k + 1]), tokens[k + 2].kind == .number,
               tokens[k + 2].text.count == 4 { return false }
            if k - 2 >= sentence.lowerBound, TokenWords.yearSpanMarks.contains(tokens[k - 1]), tokens[k - 2].kind == .number,
               tokens[k - 2].text.count == 4 { return false }
        }
        // "لم تستكمل حتى اليوم", "to this day", "jusqu'à aujourd'hui": today as the end of a state of affairs.
        if case .relative(days: 0) = item.expression, k > sentence.lowerBound, table.cue(.until, k - 1) || k - 2 >= sentence.lowerBound
            && table.cue(.until, k - 2) && TokenWords.singularArticles.contains(tokens[k - 1]) {
            return false
        }
        // "وبحثا التحضيرات لعقد القمة الثانية المقرر انعقادها العام المقبل", "discussed preparations for the summit due
        // next year": a date after the preparations of another event is that event's.
        if k > anchor, (anchor..<k).contains(where: { table.cue(.preparation, $0) }) { return false }
        // "since 2011", "منذ تعليق مقعد سوريا … في 2011": a date inside a phrase of "since" dates a state of affairs.
        var j = k - 1
        while j >= sentence.lowerBound, k - j <= 12, tokens[j].kind != .punct || tokens[j].text == "-" {
            // (Unless the event itself is what the phrase starts from: "since the 17th session, held in December 2008".)
            if table.cue(.since, j) { return j < anchor && anchor < k }
            j -= 1
        }
        return true
    }

    /// True for a year that is part of a name: "Vision 2030", "Agenda 2063", "Expo 2020", "رؤية 2030", "« 2030 »".
    /// A year is a date where a preposition of time, a year word, a month or punctuation introduces it.
    private func yearInName(_ k: Int, floor: Int) -> Bool {
        guard k > floor else { return false }
        let previous = tokens[k - 1]
        if previous.kind == .punct { return ["«", "\"", "“"].contains(previous.text) }
        if table.has(k - 1, { entry in
            switch entry {
            case .yearWord, .month, .period, .past, .next, .current, .periodEnd: true
            default: false
            }
        }) { return false }
        if let start = (max(floor, k - 4)..<k).first(where: { table.at[$0].map { $0.end == k } ?? false }), table.has(start, { entry in
            if case .month = entry { true } else if case .yearWord = entry { true } else { false }
        }) { return false }
        if previous.isArabic {
            // "في 2019", "عام 2019", "منذ 2019", "خلال 2019".
            return !(["في", "عام", "سنه", "العام", "منذ", "خلال", "حتي", "قبل", "بعد", "مطلع", "اوائل", "اواخر", "نهايه", "بدايه", "منتصف", "الي", "من"]
                .contains(previous.text) || cues.word(.since, previous))
        }
        // "Vision 2030", "Agenda 2063": a capitalised word that is no month; "the 2022 World Cup" is a year, and so
        // is "In 2022" opening a sentence.
        if cues.word(.place, previous) || cues.word(.since, previous) { return false }
        return previous.capitalized && !table.has(k - 1, { if case .month = $0 { true } else { false } })
    }

    /// True when a preposition of time stands a few words before the trigger at `k`: "في ختام أعمال الدورة", "at the
    /// close of the session", "à l'issue des travaux de la session".
    private func setsTime(at k: Int, floor: Int) -> Bool {
        (max(floor, k - 4)..<k).contains { j in
            table.lexicon.cues.matchEnding(.timePreposition, in: tokens, before: j + 1, floor: floor) != nil
        }
    }

    /// The day a statement was made, written after its verb ("the ministry said today", "a appris samedi", "أفادت
    /// وزارة الخارجية، اليوم الجمعة، بأن …").
    private func reported(_ item: DateMention, floor: Int, anchor: Int? = nil) -> Bool {
        switch item.expression {
        case .relative, .weekday: break
        default: return false
        }
        // A verb of saying before the day, and "that" between the day and the trigger.
        if let anchor, anchor > item.start,
           (max(floor, item.start - 8)..<item.start).contains(where: { table.cue(.reporting, $0) }),
           (item.start..<anchor).contains(where: { table.cue(.complementizer, $0) }) {
            return true
        }
        var k = item.start - 1
        while k >= floor, item.start - k <= 3 {
            let text = tokens[k].text
            if text == "a" || text == "on" || text == "le" || text == "يوم" || text == "," { k -= 1; continue }
            return table.cue(.reporting, k)
        }
        return false
    }

    /// The dates of a list, the finest first, the nearest to `anchor` first among equals.
    private func ranked(_ items: [DateMention], near anchor: Int) -> [DateMention] {
        items.sorted { a, b in
            let (ra, rb) = (rank(a.expression), rank(b.expression))
            if ra != rb { return ra < rb }
            return abs(a.start - anchor) < abs(b.start - anchor)
        }
    }

    /// "In September 2019, … The following month, Buhari paid a state visit": the month (or year, or the month of the
    /// week) after the last one told before, earlier in its sentence or in the eight before it.
    private func periodAfterToldBefore(_ unit: PeriodUnit, sentence: Int, before index: Int) -> PartialDate? {
        for s in stride(from: sentence, through: max(0, sentence - 8), by: -1) {
            for item in table.dates(inSentence: s).reversed() where s < sentence || item.start < index {
                switch item.expression {
                case .dayToldBefore, .periodAfterToldBefore: continue
                default: break
                }
                guard let told = DateResolver.resolve(item.expression, published: table.reference, planned: false).0 else { continue }
                switch unit {
                case .year: return PartialDate(year: told.year + 1)
                case .month, .week:
                    guard let month = told.month else { continue }
                    if unit == .week, let day = told.day, let later = PartialDate(year: told.year, month: month, day: day)?.adding(days: 7) {
                        return PartialDate(year: later.year, month: later.month)
                    }
                    return month == 12 ? PartialDate(year: told.year + 1, month: 1) : PartialDate(year: told.year, month: month + 1)
                }
            }
        }
        return nil
    }

    /// The last day told before `index`, for "the same day": earlier in its own sentence (`dates`, counted from the
    /// day the story speaks from: "spoke on Thursday with Kulubaev, whom he had seen the previous day"), else in the
    /// eight sentences before; a weekday is read ahead when the event is told in the future ("He arrives on Sunday …
    /// will meet him the next day").
    private func dayToldBefore(_ sentence: Int, before index: Int, among dates: [DateMention], planned: Bool) -> (day: PartialDate, heading: Bool)? {
        let earlier = dates.last { item in
            guard item.start < index else { return false }
            if case .dayToldBefore = item.expression { return false }
            return DateResolver.resolve(item.expression, published: table.reference, planned: planned).0?.precision == .day
        }
        if let earlier, let day = DateResolver.resolve(earlier.expression, published: table.storyDay ?? table.reference, planned: planned).0 {
            return (day, false)
        }
        for s in stride(from: sentence - 1, through: max(0, sentence - 8), by: -1) {
            for item in table.dates(inSentence: s).reversed() {
                if case .dayToldBefore = item.expression { continue }
                if let day = DateResolver.resolve(item.expression, published: table.reference, planned: planned).0, day.precision == .day {
                    let range = table.read.sentences[s]
                    let heading = s == sentence - 1 && item.start == range.lowerBound
                        && (table.at[item.start].map { $0.end < range.upperBound && tokens[$0.end].text == ":" } ?? false)
                    return (day, heading)
                }
            }
        }
        return nil
    }

    /// The "next" (+1) or "last" (−1) that closes a day and month or a month written without a year.
    private func nextOrLast(after start: Int, limit: Int) -> Int? {
        var k = start
        while k < limit, k - start <= 6 {
            if let m = table.at[k] {
                if m.has({ $0 == .next }) { return 1 }
                if m.has({ $0 == .past }) { return -1 }
                if m.has({ if case .month = $0 { true } else { false } }) { k = m.end; continue }
            }
            guard tokens[k].kind == .number || TokenWords.dayJoiners.contains(tokens[k]) else { return nil }
            k += 1
        }
        return nil
    }

    /// Where a date expression's words end, for quoting it.
    private func dateEnd(_ item: DateMention, limit: Int) -> Int {
        func dateWord(_ k: Int) -> Bool {
            tokens[k].kind == .number || table.has(k) { entry in
                switch entry {
                case .month, .weekday, .past, .next, .current, .yearWord, .period, .relativeDay: true
                default: false
                }
            }
        }
        var k = table.at[item.start]?.end ?? item.start + 1
        while k < limit, k - item.start < 10 {
            if dateWord(k) { k = table.at[k]?.end ?? k + 1; continue }
            if TokenWords.dateJoiners.contains(tokens[k]), k + 1 < limit, dateWord(k + 1) {
                k += 1
                continue
            }
            break
        }
        return min(k, limit)
    }
}
