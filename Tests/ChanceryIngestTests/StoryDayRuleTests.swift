import ChanceryCore
@testable import ChanceryIngest
import Testing

/// A weekday counts from the story's own "now": the publication's day, or the day its verb of reporting names;
/// sentences written for these tests.
struct StoryDayRuleTests {
    func events(_ text: String, published: String) -> [Event] {
        EventExtractor().extract(from: Document(published: PartialDate(published), text: text))
    }

    // Published on Wednesday 2024-05-08; the story tells of itself on Monday.
    @Test func aStoryToldOnAnotherDayCountsItsWeekdaysFromThatDay() throws {
        // Told on Monday 6 May and published on Wednesday 8: "mardi" is the Tuesday before the Monday, not 7 May.
        let text = "Le ministère a indiqué lundi que le Kenya et l'Ouganda ont signé mardi à Nairobi un accord de coopération agricole."
        let agreement = try #require(events(text, published: "2024-05-08").first { $0.type == .agreement })
        #expect(agreement.date == PartialDate("2024-04-30"))
    }

    // Told on the publication's own day, the same weekday gives the day.
    @Test func aStoryToldOnItsPublicationDayKeepsTheDay() throws {
        let text = "Le ministère a indiqué mercredi que le Kenya et l'Ouganda ont signé vendredi dernier à Nairobi un accord de coopération agricole."
        let agreement = try #require(events(text, published: "2024-05-08").first { $0.type == .agreement })
        #expect(agreement.date == PartialDate("2024-05-03"))
    }
}
