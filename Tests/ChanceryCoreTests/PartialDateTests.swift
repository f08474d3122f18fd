import Testing
import ChanceryCore

@Suite struct PartialDateTests {
    @Test func parsesEachPrecisionAndPrintsItBack() {
        #expect(PartialDate("2025-10-16")?.description == "2025-10-16")
        #expect(PartialDate("2016-03")?.description == "2016-03")
        #expect(PartialDate("2016")?.description == "2016")
        #expect(PartialDate("2016-03")?.precision == .month)
    }

    @Test func rejectsWhatIsNotACalendarDate() {
        #expect(PartialDate("2025-02-29") == nil)
        #expect(PartialDate("2024-02-29") != nil)
        #expect(PartialDate("2025-13") == nil)
        #expect(PartialDate("25-10-16") == nil)
        #expect(PartialDate("2025-1-6") == nil)
        #expect(PartialDate("yesterday") == nil)
    }

    @Test func aCoarserDateContainsTheDaysWithinIt() throws {
        let october = try #require(PartialDate("2025-10"))
        #expect(october.contains(try #require(PartialDate("2025-10-16"))))
        #expect(!october.contains(try #require(PartialDate("2025-11-01"))))
        #expect(try #require(PartialDate("2025")).contains(october))
        #expect(october.firstDay == "2025-10-01")
        #expect(october.lastDay == "2025-10-31")
        #expect(PartialDate("2024-02")?.lastDay == "2024-02-29")
    }

    @Test func knowsTheWeekdayOfADay() {
        #expect(PartialDate("2025-10-16")?.weekday == 4)  // a Thursday
        #expect(PartialDate("2024-02-29")?.weekday == 4)
        #expect(PartialDate("2026-11-29")?.weekday == 7)  // a Sunday
        #expect(PartialDate("2025-10")?.weekday == nil)
    }

    @Test func addsDaysAcrossMonthsAndYears() {
        #expect(PartialDate("2025-12-31")?.adding(days: 1)?.description == "2026-01-01")
        #expect(PartialDate("2024-03-01")?.adding(days: -1)?.description == "2024-02-29")
        #expect(PartialDate("2025")?.adding(days: 1) == nil)
    }

    @Test func ordersByTheFirstDayCoarserFirst() throws {
        let dates = ["2025-10-16", "2025", "2025-10", "2024-12-31"].compactMap(PartialDate.init)
        #expect(dates.sorted().map(\.description) == ["2024-12-31", "2025", "2025-10", "2025-10-16"])
    }
}
