import ChanceryCore
import ChanceryIngest
import Testing

/// Rules that keep apart, or tie together, the occasions a story tells of, on sentences written for these tests.
struct OccasionRuleTests {
    let extractor = EventExtractor()

    func events(_ text: String, published: String? = nil) -> [Event] {
        extractor.extract(from: Document(published: published.flatMap(PartialDate.init), text: text))
    }

    @Test func aVisitAndACallOfTheSameMonthAreTwoMeetings() {
        let found = events("On 3 March, Kenyan Foreign Minister Paul Otieno visited Kampala and met his Ugandan counterpart Grace Achieng. "
            + "Kenyan President Samuel Mwangi also held a phone call with Ugandan President Peter Okello in March.", published: "2024-03-20")
        let meetings = found.filter { $0.type == .meeting }
        #expect(meetings.count == 2)
        #expect(meetings.contains { $0.mode == .inPerson && $0.location?.name == "Kampala" && $0.date == PartialDate("2024-03-03") })
        #expect(meetings.contains { $0.mode == .phone && $0.location == nil && $0.participants.contains { $0.name == "Peter Okello" } })
    }

    @Test func talkAfterACallWithNoVisitIsTheCall() {
        let found = events("Kenyan President Samuel Mwangi held a phone call with Ugandan President Peter Okello on Monday. "
            + "The two presidents discussed trade.", published: "2024-03-20")
        #expect(found.filter { $0.type == .meeting }.map(\.mode) == [.phone])
    }

    @Test func theForeignMinistryOfAStateIsInItsCapital() throws {
        let arabic = events("استقبل وزير الخارجية التونسي، صباح اليوم، نظيره المالي بمقر وزارة الخارجية التونسية.", published: "2024-03-20")
        #expect(try #require(arabic.first { $0.type == .meeting }).location == Location(name: "Tunis", country: "TN"))
        let english = events("Kenyan Foreign Minister Paul Otieno received his Ugandan counterpart on Monday at the Kenyan Foreign Ministry headquarters.",
                             published: "2024-03-20")
        #expect(try #require(english.first { $0.type == .meeting }).location == Location(name: "Nairobi", country: "KE"))
    }

    @Test func twoCapitalsJoinedByAndAreTheirStatesNotTheVenue() throws {
        let french = events("Dakar et Nairobi signent deux accords de coopération maritime, lundi 4 mars 2024.", published: "2024-03-04")
        let signing = try #require(french.first { $0.type == .agreement })
        #expect(signing.countries == ["KE", "SN"])
        #expect(signing.location == nil)
        let arabic = events("وقعت تونس وأبوجا يوم الاثنين 4 مارس 2024 اتفاقية للتعاون في مجال الطاقة.", published: "2024-03-04")
        let arabicSigning = try #require(arabic.first { $0.type == .agreement })
        #expect(arabicSigning.countries == ["NG", "TN"])
        #expect(arabicSigning.location == nil)
        // One city is still where it happened.
        let venue = events("Senegal and Kenya signed two maritime agreements in Nairobi on 4 March 2024.", published: "2024-03-04")
        #expect(try #require(venue.first { $0.type == .agreement }).location?.name == "Nairobi")
    }

    @Test func theClauseAfterATitleSetOffByCommasIsNotAName() throws {
        let found = events("حل وزير الخارجية الكيني، أمس الاثنين بالرباط، حيث عقد جلسة عمل مع ناصر بوريطة، وزير الشؤون الخارجية "
            + "والتعاون الإفريقي، خصصت لبحث سبل تعزيز التعاون بين البلدين.", published: "2024-03-05")
        let meeting = try #require(found.first { $0.type == .meeting })
        #expect(meeting.participants.map(\.name) == ["ناصر بوريطة"])
        #expect(meeting.countries == ["KE", "MA"])
    }

    @Test func aVerbOfTravelAfterATitleIsNotAName() throws {
        let found = events("أعلنت الخارجية الكينية أن وزير خارجية كينيا سيزور داكار غدا الثلاثاء لإجراء مباحثات مع نظيره السنغالي أمادو فال.",
                           published: "2024-03-04")
        let meeting = try #require(found.first { $0.type == .meeting })
        #expect(!meeting.participants.contains { $0.name == "سيزور" })
        #expect(meeting.participants.map(\.name) == ["أمادو فال"])
    }

    @Test func aMinistryNamedWithoutItsStateIsTheHosts() throws {
        // The guest's nationality before "بمقر" is not the ministry's; the one receiving him is at home.
        let found = events("استقبل وزير الخارجية التونسي، صباح اليوم، نظيره المالي بمقر وزارة الخارجية.", published: "2024-03-20")
        #expect(try #require(found.first { $0.type == .meeting }).location == Location(name: "Tunis", country: "TN"))
    }

    @Test func aSessionOfSeniorOfficialsKeepsItsLevelInTheBodysName() throws {
        let found = events("انطلقت اليوم أعمال الدورة العاشرة للجنة المشتركة التونسية المالية على مستوى كبار الموظفين. "
            + "وستنعقد الدورة العاشرة للجنة المشتركة التونسية المالية يوم الخميس برئاسة وزيري الخارجية.")
        let sessions = found.filter { $0.type == .commissionSession }
        #expect(sessions.count == 2)
        let officials = try #require(sessions.first { $0.status == .occurred })
        #expect(officials.body == "اللجنة المشتركة التونسية المالية على مستوى كبار الموظفين")
        #expect(SessionLevel(body: officials.body ?? "") == .officials)
        #expect(sessions.contains { $0.status == .planned && SessionLevel(body: $0.body ?? "") == .principals })
    }

    @Test func aClauseRecallingTheLastSessionTellsOfThatSession() throws {
        let found = events("تنعقد اليوم في تونس أعمال الدورة الخامسة للجنة المشتركة التونسية المالية، حيث انعقدت آخر دورة في عام 2016 بالعاصمة باماكو.")
        let sessions = found.filter { $0.type == .commissionSession }
        let current = try #require(sessions.first { $0.ordinal == 5 })
        #expect(current.date == nil, "2016 is the year of the last session, not of this one")
        #expect(current.location?.name == "Tunis")
        let last = try #require(sessions.first { $0.date == PartialDate("2016") })
        #expect(last.location?.name == "Bamako")
        #expect(last.participants.isEmpty)
    }

    @Test func theTwoSidesWillDiscussIsAPlannedMeeting() throws {
        let found = events("وصل وزير الخارجية المالي إلى تونس في زيارة رسمية تلبية لدعوة من نظيره التونسي. ومن المقرر أن يبحث الجانبان العلاقات الثنائية.",
                           published: "2024-03-20")
        let meeting = try #require(found.first { $0.type == .meeting })
        #expect(meeting.status == .planned)
        #expect(meeting.countries == ["ML", "TN"])
    }

    @Test func aCityIsNotReadThroughAnArticleItsNameNeverTakes() throws {
        // "المشهد" is "the scene", not مشهد (Mashhad).
        let found = events("استقبل وزير الخارجية التونسي نظيره المالي وبحثا تطورات المشهد في المنطقة.", published: "2024-03-20")
        #expect(try #require(found.first { $0.type == .meeting }).location == nil)
    }

    @Test func lastMonthInAMonthsFirstDaysGivesOnlyTheYear() throws {
        let sentence = "وكان وزير الخارجية التونسي قد زار باماكو الشهر الماضي والتقى الرئيس المالي."
        #expect(try #require(events(sentence, published: "2023-04-02").first).date == PartialDate("2023"))
        #expect(try #require(events(sentence, published: "2023-04-15").first).date == PartialDate("2023-03"))
        #expect(try #require(events(sentence, published: "2023-02-02").first).date == PartialDate("2023-01"),
                "January or the December before: no single year is sure, so the month stays")
    }

    @Test func aMeetingTakesNoOneFromACallOfTheSameParties() throws {
        let found = events("Kenyan Foreign Minister Paul Otieno will travel to Kampala on Friday at the invitation of his Ugandan counterpart "
            + "Grace Achieng. The trip is the first in five years. Trade will top the agenda. Both sides hope to reopen the border. "
            + "Officials expect progress. On 27 February, Otieno met Achieng in Nairobi. "
            + "Kenyan President Samuel Mwangi also held a phone call with Ugandan President Peter Okello in February.", published: "2025-03-10")
        let visit = try #require(found.first { $0.type == .meeting && $0.date == PartialDate("2025-02-27") })
        #expect(visit.mode == .inPerson)
        #expect(Set(visit.participants.map(\.name)) == ["Paul Otieno", "Grace Achieng"], "the presidents were on the phone, not in Nairobi")
    }

    @Test func theSenderOfACarriedLetterIsNotAtTheMeeting() throws {
        let found = events("Kenyan Foreign Minister Paul Otieno met Ugandan President Peter Okello in Kampala on Monday and handed him "
            + "a letter from Kenyan President Samuel Mwangi.", published: "2025-03-10")
        let meeting = try #require(found.first { $0.type == .meeting })
        #expect(meeting.participants.map(\.name) == ["Paul Otieno", "Peter Okello"])
        #expect(meeting.countries == ["KE", "UG"])
    }
}
