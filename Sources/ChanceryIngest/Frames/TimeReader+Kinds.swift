import ChanceryCore

/// How a date expression ranks against others of its sentence, how `explain` names it, and whether it points ahead.
extension TimeReader {
    func rank(_ expression: DateExpression) -> Int {
        switch expression {
        case .dayToldBefore: 3
        case .absolute(let d, _): d.precision == .day ? 0 : (d.precision == .month ? 4 : 6)
        case .dayMonth, .dayOfMonth: 1
        case .relative, .weekday, .weekdayRange: 2
        case .month: 4
        case .relativeWeek, .relativeMonth: 5
        case .relativeYear: 6
        case .year, .season: 6
        case .periodAfterToldBefore(let unit): unit == .year ? 6 : 5
        }
    }

    func kindName(_ expression: DateExpression) -> String {
        switch expression {
        case .dayToldBefore(let plus): plus == 0 ? "the day told before" : "days after the day told before"
        case .absolute(let d, _): d.precision == .day ? "a full date" : "a month and year"
        case .dayMonth: "a day and month"
        case .dayOfMonth: "a day of the story's month"
        case .relative: "a day counted from the story's"
        case .weekday, .weekdayRange: "a weekday"
        case .month: "a month"
        case .relativeWeek, .relativeMonth, .relativeYear: "a period counted from the story's"
        case .periodAfterToldBefore: "the period after the one told before"
        case .year: "a year"
        case .season: "a season"
        }
    }

    /// +1 when the expression itself points ahead ("tomorrow", "next Monday", "الشهر المقبل").
    func direction(of item: DateMention) -> Int? {
        switch item.expression {
        case .relative(let days) where days > 0: 1
        case .weekday(_, let d) where d > 0: 1
        case .relativeMonth(let o) where o > 0, .relativeYear(let o) where o > 0, .relativeWeek(let o) where o > 0: 1
        case .season(_, let d) where d > 0: 1
        // "later this month", "plus tard cette année", "في وقت لاحق من هذا الشهر": the rest of the period is ahead.
        case .relativeMonth(0), .relativeYear(0), .relativeWeek(0):
            (max(0, item.start - 3)...item.start).contains { table.cue(.later, $0) || table.lexicon.cues.match(.later, in: tokens, at: $0, limit: item.start + 1) != nil } ? 1 : nil
        default: nil
        }
    }
}
