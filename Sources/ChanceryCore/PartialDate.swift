/// A calendar date known to the day, the month or only the year: `2025-10-16`, `2025-10`, `2025`.
public struct PartialDate: Hashable, Sendable, Comparable, Codable, LosslessStringConvertible {
    public enum Precision: Int, Sendable, Comparable, Codable {
        case year = 0, month = 1, day = 2
        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public let year: Int
    public let month: Int?
    public let day: Int?

    /// A date; nil when the parts do not form a real calendar date (a day without a month, 31 April…).
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month, day >= 1, day <= PartialDate.daysIn(month: month, year: year) else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    public var precision: Precision {
        day != nil ? .day : (month != nil ? .month : .year)
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for anything else.
    ///
    /// Reads the bytes once: every event a listing prints has its dates parsed from the database.
    public init?(_ description: String) {
        var text = description
        guard let date = text.withUTF8({ PartialDate(utf8: $0) }) else { return nil }
        self = date
    }

    /// Parses the UTF-8 bytes of `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for anything else.
    public init?(utf8: UnsafeBufferPointer<UInt8>) {
        var parts = (year: 0, month: 0, day: 0)
        var part = 0
        var digits = 0
        for byte in utf8 {
            let expected = part == 0 ? 4 : 2
            if byte == UInt8(ascii: "-") {
                guard digits == expected, part < 2 else { return nil }
                part += 1
                digits = 0
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < expected else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            switch part {
            case 0: parts.year = parts.year * 10 + digit
            case 1: parts.month = parts.month * 10 + digit
            default: parts.day = parts.day * 10 + digit
            }
            digits += 1
        }
        guard digits == (part == 0 ? 4 : 2) else { return nil }
        self.init(year: parts.year, month: part >= 1 ? parts.month : nil, day: part == 2 ? parts.day : nil)
    }

    /// The ISO 8601 form at this date's precision.
    public var description: String {
        let length = day != nil ? 10 : (month != nil ? 7 : 4)
        return String(unsafeUninitializedCapacity: length) { buffer in
            func put(_ value: Int, digits: Int, at offset: Int) {
                var rest = value
                for index in stride(from: offset + digits - 1, through: offset, by: -1) {
                    buffer[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            put(year, digits: 4, at: 0)
            if let month {
                buffer[4] = UInt8(ascii: "-")
                put(month, digits: 2, at: 5)
            }
            if let day {
                buffer[7] = UInt8(ascii: "-")
                put(day, digits: 2, at: 8)
            }
            return length
        }
    }

    /// Orders by the first day each date could be, then coarser before finer.
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        let left = (lhs.year, lhs.month ?? 0, lhs.day ?? 0)
        let right = (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
        return left < right
    }

    /// True when `other` lies within this date: `2025-10` contains `2025-10-16` and itself.
    public func contains(_ other: PartialDate) -> Bool {
        guard year == other.year else { return false }
        if let month, month != other.month { return false }
        if let day, day != other.day { return false }
        return true
    }

    /// The first day this date can stand for, e.g. `2025-01-01` for `2025`, as `YYYY-MM-DD`.
    public var firstDay: String {
        PartialDate(year: year, month: month ?? 1, day: day ?? 1).map(\.description) ?? description
    }

    /// The last day this date can stand for, e.g. `2025-02-28` for `2025-02`.
    public var lastDay: String {
        let lastMonth = month ?? 12
        let lastDay = day ?? PartialDate.daysIn(month: lastMonth, year: year)
        return PartialDate(year: year, month: lastMonth, day: lastDay).map(\.description) ?? description
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The day of the week of a full date, 1 = Monday … 7 = Sunday; nil unless the day is known.
    public var weekday: Int? {
        guard let month, let day else { return nil }
        return (Self.daysSinceEpoch(year: year, month: month, day: day) % 7 + 7 + 3) % 7 + 1
    }

    /// The full date `days` days later (or earlier when negative); nil unless the day is known.
    public func adding(days: Int) -> PartialDate? {
        guard let month, let day else { return nil }
        return Self.fromDaysSinceEpoch(Self.daysSinceEpoch(year: year, month: month, day: day) + days)
    }

    // Howard Hinnant's civil-from-days algorithms: exact for the proleptic Gregorian calendar.
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func fromDaysSinceEpoch(_ days: Int) -> PartialDate? {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return PartialDate(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = PartialDate(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
