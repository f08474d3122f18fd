import ChanceryCore
@testable import ChanceryIngest
import Testing

/// A weekday counts from the publication only when the story's own "now" is the publication's day; sentences written
/// for these tests.
struct StoryDayRuleTests {
    func events(_ text: String, published: String) -> [Event] {
        EventExtractor().extract(from: Document(published: PartialDate(published), text: text))
    }

    // Published on Wednesday 2024-05-08; the story tells of itself on Monday, so "last Friday" is known only to the month.
    @Test func aStoryToldOnAnotherDayDatesItsWeekdaysToTheMonth() throws {
        let text = "Le ministère a indiqué lundi que le Kenya et l'Ouganda ont signé vendredi dernier à Nairobi un accord de coopération agricole."
        let agreement = try #require(events(text, published: "2024-05-08").first { $0.type == .agreement })
        #expect(agreement.date == PartialDate("2024-05"))
    }

    // Told on the publication's own day, the same weekday gives the day.
    @Test func aStoryToldOnItsPublicationDayKeepsTheDay() throws {
        let text = "Le ministère a indiqué mercredi que le Kenya et l'Ouganda ont signé vendredi dernier à Nairobi un accord de coopération agricole."
        let agreement = try #require(events(text, published: "2024-05-08").first { $0.type == .agreement })
        #expect(agreement.date == PartialDate("2024-05-03"))
    }
}
