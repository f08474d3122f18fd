import ChanceryCore

extension DateResolver {
    /// The date an expression stands for, given the publication date; nil when it cannot be known.
    static func resolve(_ expression: DateExpression, published: PartialDate?, planned: Bool) -> (PartialDate?, PartialDate?) {
        switch expression {
        case .dayToldBefore, .periodAfterToldBefore:
            return (nil, nil)
        case .dayOfMonth(let day):
            guard let published, let month = published.month else { return (nil, nil) }
            return (PartialDate(year: published.year, month: month, day: day), nil)
        case .absolute(let date, let end):
            return (date, end)
        case .dayMonth(let day, let month, let endDay):
            guard let published else { return (nil, nil) }
            var year = published.year
            if !planned, month > (published.month ?? 12) { year -= 1 }
            if planned, month < (published.month ?? 1) { year += 1 }
            let start = PartialDate(year: year, month: month, day: day)
            return (start, endDay.flatMap { PartialDate(year: year, month: month, day: $0) })
        case .month(let month):
            guard let published else { return (nil, nil) }
            var year = published.year
            if !planned, month > (published.month ?? 12) { year -= 1 }
            if planned, month < (published.month ?? 1) { year += 1 }
            return (PartialDate(year: year, month: month), nil)
        case .year(let year):
            return (PartialDate(year: year), nil)
        case .season(let first, let direction):
            guard let published else { return (nil, nil) }
            guard let month = published.month else { return (PartialDate(year: published.year + direction), nil) }
            // "Next autumn" in February is the autumn of that year; "last spring" in March, the spring of the year
            // before. A season with neither is the coming one for a plan and the last one for what was done.
            var year = published.year
            switch direction {
            case 1: if first <= month { year += 1 }
            case -1: if first >= month { year -= 1 }
            default:
                if planned, first + 2 < month, first != 12 { year += 1 }
                if !planned, first > month { year -= 1 }
            }
            return (PartialDate(year: year), nil)
        case .relativeMonth(let offset):
            guard let published, let month = published.month else { return (nil, nil) }
            let index = published.year * 12 + (month - 1) + offset
            // "Last month" in a story of a month's first days may be the month before: the story was written before the
            // month turned, or means "about a month ago". When both months fall in one year, only the year is sure.
            if offset == -1, let day = published.day, day <= 3, (index - 1) / 12 == index / 12 {
                return (PartialDate(year: index / 12), nil)
            }
            return (PartialDate(year: index / 12, month: index % 12 + 1), nil)
        case .relativeWeek(let offset):
            guard let published else { return (nil, nil) }
            guard let day = published.precision == .day ? published.adding(days: 7 * offset) : published, let month = day.month else {
                return (PartialDate(year: published.year), nil)
            }
            return (PartialDate(year: day.year, month: month), nil)
        case .relativeYear(let offset):
            guard let published else { return (nil, nil) }
            return (PartialDate(year: published.year + offset), nil)
        case .relative(let days):
            // A dateline of month precision dates "today" and "Wednesday" only to that month.
            if let published, published.precision != .day { return (published, nil) }
            return (published?.adding(days: days), nil)
        case .weekdayRange(let first, let last, let direction):
            guard let start = resolve(.weekday(first, direction: direction), published: published, planned: planned).0 else { return (nil, nil) }
            if start.precision != .day { return (start, nil) }
            return (start, start.adding(days: (last - first + 7) % 7))
        case .weekday(let weekday, let direction):
            if let published, published.precision != .day { return (published, nil) }
            guard let published, let today = published.weekday else { return (nil, nil) }
            if direction > 0 || (direction == 0 && planned) {
                var delta = (weekday - today + 7) % 7
                if delta == 0 && direction > 0 { delta = 7 }
                return (published.adding(days: delta), nil)
            }
            var delta = (today - weekday + 7) % 7
            if delta == 0 && direction < 0 { delta = 7 }
            return (published.adding(days: -delta), nil)
        }
    }
}
