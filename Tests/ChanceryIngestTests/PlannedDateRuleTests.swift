import ChanceryCore
@testable import ChanceryIngest
import Testing

/// Planned events dated by a period named from the publication ("next month", "by the end of the year") or by a day
/// marked as the next one; one rule per test, on sentences written for these tests.
struct PlannedDateRuleTests {
    func events(_ text: String, published: String) -> [Event] {
        EventExtractor().extract(from: Document(published: PartialDate(published), text: text))
    }

    @Test func nextMonthGivesTheFollowingMonth() throws {
        let found = events("ومن المقرر أن تستضيف الرباط الشهر المقبل اجتماعات اللجنة العليا المشتركة المغربية التونسية.", published: "2024-12-10")
        let session = try #require(found.first { $0.type == .commissionSession })
        #expect(session.status == .planned)
        #expect(session.date == PartialDate("2025-01"))
    }

    @Test func endOfTheYearGivesThePublicationYear() throws {
        let found = events("La 5e session de la commission mixte franco-ivoirienne se tiendra à Abidjan d'ici la fin de l'année.", published: "2024-03-02")
        let session = try #require(found.first { $0.type == .commissionSession })
        #expect(session.status == .planned)
        #expect(session.date == PartialDate("2024"))
    }

    @Test func nextYearInEnglish() throws {
        let found = events("The fourth session of the Kenya-Uganda Joint Commission will be held in Kampala next year.", published: "2023-07-01")
        #expect(try #require(found.first { $0.type == .commissionSession }).date == PartialDate("2024"))
    }

    @Test func arabicFutureRelativeClauseAndNextDayMakeThePlan() throws {
        let text = "بحث الوزيران التحضيرات الجارية لانعقاد الدورة الخامسة للجنة المغربية الأردنية المشتركة، التي ستعقد في الرباط يومي 3 و4 يناير المقبل."
        let session = try #require(events(text, published: "2024-11-20").first { $0.type == .commissionSession })
        #expect(session.status == .planned)
        #expect(session.date == PartialDate("2025-01-03"))
        #expect(session.endDate == PartialDate("2025-01-04"))
    }

    @Test func relativePeriodsResolveAcrossTheYear() {
        let published = PartialDate(year: 2024, month: 12, day: 5)
        #expect(DateResolver.resolve(.relativeMonth(1), published: published, planned: true).0 == PartialDate(year: 2025, month: 1))
        #expect(DateResolver.resolve(.relativeMonth(-1), published: published, planned: false).0 == PartialDate(year: 2024, month: 11))
        #expect(DateResolver.resolve(.relativeYear(0), published: published, planned: true).0 == PartialDate(year: 2024))
    }
}

/// "عقد جلسة عمل مع": a working session between officials is a meeting.
@Test func arabicWorkingSessionIsAMeeting() throws {
    let text = "حل وزير الخارجية الموريتاني أمس الاثنين بتونس، حيث عقد جلسة عمل مع نظيره التونسي لبحث التعاون."
    let found = EventExtractor().extract(from: Document(published: PartialDate("2024-04-09"), text: text))
    let meeting = try #require(found.first { $0.type == .meeting })
    #expect(meeting.countries == ["MR", "TN"])
    #expect(meeting.date == PartialDate("2024-04-08"))
}

@Test func frenchWorkingSessionIsAMeeting() throws {
    let text = "Le ministre malien des Affaires étrangères a eu mardi une séance de travail avec son homologue nigérien à Niamey."
    let found = EventExtractor().extract(from: Document(published: PartialDate("2024-04-10"), text: text))
    #expect(try #require(found.first { $0.type == .meeting }).countries == ["ML", "NE"])
}

/// A session told without names takes the people of the same parties' meeting, even on another day.
@Test func unnamedSessionTakesThePeopleOfTheMeeting() throws {
    let text = "Le ministre nigérien des Affaires étrangères Ali Bako s'est entretenu lundi à Niamey avec son homologue tchadien Idriss Koné. "
        + "La 4e session de la commission mixte nigéro-tchadienne s'est tenue mardi à Niamey."
    let found = EventExtractor().extract(from: Document(published: PartialDate("2024-05-08"), text: text))
    let session = try #require(found.first { $0.type == .commissionSession })
    #expect(session.date == PartialDate("2024-05-07"))
    #expect(Set(session.participants.map(\.name)) == ["Ali Bako", "Idriss Koné"])
}

/// "le ministre nigérien des Affaires étrangères Ali Bako": the portfolio after "des"/"of" is no name.
@Test func portfolioAfterTheTitleIsNotAName() throws {
    let text = "Le ministre nigérien des Affaires étrangères Ali Bako a reçu lundi à Niamey son homologue tchadien Idriss Koné."
    let found = EventExtractor().extract(from: Document(published: PartialDate("2024-05-08"), text: text))
    let meeting = try #require(found.first { $0.type == .meeting })
    #expect(meeting.participants.contains(Participant(name: "Ali Bako", country: "NE", role: "foreign minister")))
    #expect(!meeting.participants.contains { $0.name.contains("Affaires") })
}

@Test func englishPortfolioIsNotAName() throws {
    let text = "The agreement was signed by Kenyan Minister of Cabinet Affairs and Ugandan Minister of Trade Joseph Okello on Monday."
    let found = EventExtractor().extract(from: Document(published: PartialDate("2024-05-08"), text: text))
    let agreement = try #require(found.first { $0.type == .agreement })
    #expect(!agreement.participants.contains { $0.name.contains("Affairs") || $0.name.contains("Trade") })
}

/// A virtual meeting of several states told in pieces is one meeting with every state and the day one piece gives.
@Test func virtualMeetingToldInPiecesIsOneMeeting() throws {
    let text = "The foreign ministers of Chile and Peru took part in a virtual meeting on water security. "
        + "Bolivian Foreign Minister Carlos Rojas joined the video call with his Peruvian counterpart on Tuesday."
    let found = EventExtractor().extract(from: Document(published: PartialDate("2024-05-09"), text: text))
    let meetings = found.filter { $0.type == .meeting }
    #expect(meetings.count == 1)
    #expect(meetings.first?.countries == ["BO", "CL", "PE"])
    #expect(meetings.first?.date == PartialDate("2024-05-07"))
}

/// A present-tense headline and a body announcing the event for later tell one planned event.
@Test func headlineInThePresentIsTheBodysPlannedEvent() throws {
    let text = "Kenya and Tanzania hold Joint Commission session in Arusha\n\n"
        + "The fifth session of the Kenya-Tanzania Joint Commission will be held in Arusha, the two governments said."
    let sessions = EventExtractor().extract(from: Document(text: text)).filter { $0.type == .commissionSession }
    #expect(sessions.count == 1)
    #expect(sessions.first?.status == .planned)
}

/// "ont convenu de tenir", "اتفقا على عقد": the event agreed on is still ahead.
@Test func agreeingToHoldASessionPlansIt() throws {
    let text = "Les deux ministres ont convenu de tenir la 3e session de la commission mixte ivoiro-ghanéenne à Accra."
    let session = try #require(EventExtractor().extract(from: Document(text: text)).first { $0.type == .commissionSession })
    #expect(session.status == .planned)
    let arabic = "واتفق الوزيران المغربي والتونسي على عقد اجتماعات اللجنة العليا المشتركة في الرباط."
    let other = try #require(EventExtractor().extract(from: Document(text: arabic)).first { $0.type == .commissionSession })
    #expect(other.status == .planned)
}

/// Signatories named one by one without their state stay on the agreement.
@Test func signatoriesWithoutAStateStayOnTheAgreement() throws {
    let text = "وقع رئيس الحكومة المغربي ونظيره الأردني ثلاث اتفاقيات تعاون في الرباط. "
        + "ووقع مذكرة تفاهم في مجال الصحة الدكتور سعيد المنصوري، وزير الصحة."
    let agreement = try #require(EventExtractor().extract(from: Document(text: text)).first { $0.type == .agreement })
    #expect(agreement.countries == ["JO", "MA"])
    #expect(agreement.participants.contains { $0.name == "سعيد المنصوري" })
}

/// "وزير خارجية جمهورية غانا كوفي مينساه": the state's full name is skipped, the person's name read after it.
@Test func stateFullNameBeforeThePersonIsNotAName() throws {
    let text = "استقبل وزير الخارجية المغربي أمس وزير خارجية جمهورية غانا كوفي مينساه في الرباط."
    let meeting = try #require(EventExtractor().extract(from: Document(text: text)).first { $0.type == .meeting })
    #expect(meeting.participants.contains { $0.name == "كوفي مينساه" && $0.country == "GH" })
    #expect(!meeting.participants.contains { $0.name.hasPrefix("جمهورية") })
}

/// A name ends before "و…" that opens the next clause, and a ceremony noun after a title is no name.
@Test func arabicNameStopsAtTheNextClause() throws {
    let text = "التقى وزير الخارجية التونسي نبيل عمار وأكد الجانبان، رئيس الوزراء الليبي ونظيره التونسي، مراسم التعاون في تونس."
    let meeting = try #require(EventExtractor().extract(from: Document(text: text)).first { $0.type == .meeting })
    #expect(meeting.participants.contains { $0.name == "نبيل عمار" })
    #expect(!meeting.participants.contains { $0.name.contains("وأكد") || $0.name.hasPrefix("مراسم") })
}

/// "La 5e session doit se tenir …" after the body was named is that body's next session.
@Test func numberedSessionStandingAloneIsTheBodysSession() throws {
    let text = "La 4e session de la commission mixte nigéro-tchadienne s'est tenue mardi à Niamey. "
        + "La 5e session doit se tenir à N'Djamena en 2025."
    let found = EventExtractor().extract(from: Document(published: PartialDate("2024-05-09"), text: text))
    let next = try #require(found.first { $0.type == .commissionSession && $0.ordinal == 5 })
    #expect(next.status == .planned)
    #expect(next.date == PartialDate("2025"))
    #expect(next.countries == ["NE", "TD"])
    #expect(next.body == found.first { $0.ordinal == 4 }?.body)
}

@Test func sessionOfAnotherAssemblyIsNotTheBodys() {
    let text = "The Kenya-Uganda Joint Commission met in Kampala on Monday. "
        + "The two ministers later met on the sidelines of the 79th session of the General Assembly in New York."
    let found = EventExtractor().extract(from: Document(published: PartialDate("2024-09-25"), text: text))
    #expect(!found.contains { $0.type == .commissionSession && $0.ordinal == 79 })
}

/// "which met on Monday and Tuesday": the body met (no separate meeting), over a span of two days that holds the
/// closing day.
@Test func sessionThatMetOverTwoWeekdaysSpansThem() throws {
    let text = "Kenya and Uganda on Tuesday concluded the 2nd session of the Kenya-Uganda Joint Commission, which met in Kampala on Monday and Tuesday."
    let found = EventExtractor().extract(from: Document(published: PartialDate("2024-05-09"), text: text))
    let session = try #require(found.first { $0.type == .commissionSession })
    #expect(session.date == PartialDate("2024-05-06"))
    #expect(session.endDate == PartialDate("2024-05-07"))
    #expect(!found.contains { $0.type == .meeting })
}

@Test func arabicWeekdayPairIsARange() {
    let published = PartialDate(year: 2024, month: 5, day: 9)  // a Thursday
    #expect(DateResolver.resolve(.weekdayRange(1, 2, direction: 0), published: published, planned: false)
        == (PartialDate(year: 2024, month: 5, day: 6), PartialDate(year: 2024, month: 5, day: 7)))
}

/// A call has no place of its own: surnames only and no state still make the story's call.
@Test func phoneCallWithSurnamesOnlyIsTheStorysCall() throws {
    let text = "Chilean and Peruvian foreign ministers discuss trade\n\n"
        + "During a phone conversation on Thursday, Morales and Quispe discussed bilateral trade."
    let call = try #require(EventExtractor().extract(from: Document(published: PartialDate("2024-05-10"), text: text)).first { $0.type == .meeting })
    #expect(call.countries == ["CL", "PE"])
    #expect(call.mode == .phone)
    #expect(call.date == PartialDate("2024-05-09"))
}

/// "tensions between Sudan and Chad": states at odds are the topic of consultations, not their parties.
@Test func statesAtOddsAreTheTopic() {
    let text = "Kenyan and Ugandan ministers held talks in Nairobi on Monday.\n\n"
        + "They welcomed efforts to reduce tensions between Sudan and Chad, calling for expanded consultations."
    let found = EventExtractor().extract(from: Document(published: PartialDate("2024-05-10"), text: text))
    #expect(!found.contains { $0.countries.contains("SD") || $0.countries.contains("TD") })
}

/// "The Consultations Committee between the two ministries held a virtual meeting": the body met, one session.
@Test func bodyBetweenStatesThatMetHeldASession() throws {
    let text = "The Political Consultations Committee between the Kenyan Ministry of Foreign Affairs and the Ugandan Ministry "
        + "of Foreign Affairs held a virtual meeting on Monday.\n\nDuring the meeting, the two sides reviewed trade."
    let found = EventExtractor().extract(from: Document(published: PartialDate("2024-05-08"), text: text))
    let session = try #require(found.first { $0.type == .commissionSession })
    #expect(session.countries == ["KE", "UG"])
    #expect(session.date == PartialDate("2024-05-06"))
    #expect(!found.contains { $0.type == .meeting })
}

/// A joint press conference, or one with a counterpart, is an encounter; a minister briefing alone is not.
@Test func pressConferenceWithACounterpartIsAMeeting() throws {
    let joint = "On Monday, President Ali Bako and his Chadian counterpart Idriss Koné addressed a press conference in Niamey."
    let found = EventExtractor().extract(from: Document(published: PartialDate("2024-05-08"), text: joint))
    #expect(try #require(found.first { $0.type == .meeting }).countries == ["NE", "TD"])
    let alone = "On Monday, the Nigerien foreign minister told a press conference in Niamey that Chad remained a partner."
    #expect(!EventExtractor().extract(from: Document(published: PartialDate("2024-05-08"), text: alone)).contains { $0.type == .meeting })
}

/// The future inside a closed quote is the speaker's, not the encounter's; a date in a later future clause is another event's.
@Test func quotedFutureAndLaterClauseLeaveTheMeetingAsTold() throws {
    let text = "“We will open a new consulate,” Nigerien Foreign Minister Ali Bako told a joint press conference with his Chadian "
        + "counterpart Idriss Koné, ahead of the trade fair which will be held on June 3 in Abuja."
    let meeting = try #require(EventExtractor().extract(from: Document(published: PartialDate("2024-05-08"), text: text)).first { $0.type == .meeting })
    #expect(meeting.status == .occurred)
    #expect(meeting.date != PartialDate("2024-06-03"))
}

/// The years a programme runs for are not the day it was signed.
@Test func programmeYearsDoNotDateTheSigning() throws {
    let text = "وقع وزير الخارجية المغربي ونظيره الأردني على برنامج تنفيذي للتعاون الثقافي للأعوام 2027 – 2029."
    let agreement = try #require(EventExtractor().extract(from: Document(text: text)).first { $0.type == .agreement })
    #expect(agreement.date != PartialDate("2027"))
}

/// "this week" dates an event only to its month.
@Test func thisWeekGivesTheMonth() throws {
    let text = "The 6th session of the Kenya-Uganda Joint Commission was held this week in Nairobi."
    let session = try #require(EventExtractor().extract(from: Document(published: PartialDate("2024-05-08"), text: text)).first { $0.type == .commissionSession })
    #expect(session.date == PartialDate("2024-05"))
}

/// "The last session was held in 2015": an earlier session, not today's.
@Test func lastSessionWithAYearIsAnEarlierOne() {
    let text = "The 7th session of the Kenya-Uganda Joint Commission opened today in Nairobi. "
        + "The last session of the Kenya-Uganda Joint Commission was held in 2015 in Kampala."
    let sessions = EventExtractor().extract(from: Document(published: PartialDate("2024-05-08"), text: text)).filter { $0.type == .commissionSession }
    #expect(sessions.contains { $0.date == PartialDate("2024-05-08") })
    #expect(sessions.contains { $0.date == PartialDate("2015") })
}

/// An encounter told without names takes the officials of its parties that the story's opening names.
@Test func unnamedCallTakesTheOfficialsOfTheOpening() throws {
    let text = "Nigerien Foreign Minister Ali Bako and his Chadian counterpart, Idriss Koné, have discussed border trade.\n\n"
        + "During a phone call late on Thursday, Bako and Koné reviewed the security situation."
    let call = try #require(EventExtractor().extract(from: Document(published: PartialDate("2024-05-10"), text: text)).first { $0.type == .meeting })
    #expect(Set(call.participants.map(\.name)) == ["Ali Bako", "Idriss Koné"])
}

/// The Maghrebi spelling with ي (السينغال، السينغالي) names Senegal.
@Test func maghrebiSpellingOfSenegal() throws {
    let meeting = try #require(EventExtractor().extract(from: Document(text: "استقبل الرئيس السينغالي أمس وزير الخارجية المغربي في دكار.")).first { $0.type == .meeting })
    #expect(meeting.countries == ["MA", "SN"])
}

/// "مؤتمرا صحفيا مشتركا في ختام المباحثات": the press conference closes the talks, no encounter of its own.
@Test func pressConferenceAtTheEndOfTheTalksIsPartOfThem() {
    let text = "استقبل وزير الخارجية المغربي نظيره التونسي في الرباط. "
        + "ومن المقرر أن يعقد الوزيران مؤتمرا صحفيا مشتركا في ختام المباحثات."
    let meetings = EventExtractor().extract(from: Document(text: text)).filter { $0.type == .meeting }
    #expect(meetings.count == 1)
    #expect(meetings.first?.status == .occurred)
}

/// A signing word with no instrument beside it forms no agreement, so it does not absorb the sentence's meeting.
@Test func signingWithoutInstrumentLeavesTheMeeting() throws {
    let text = "Le ministre malien, qui animait une conférence de presse conjointe avec son homologue nigérien Ali Bako, "
        + "a rappelé que le texte avait été signé mardi à Bamako."
    let meeting = try #require(EventExtractor().extract(from: Document(published: PartialDate("2024-05-09"), text: text)).first { $0.type == .meeting })
    #expect(meeting.countries == ["ML", "NE"])
}

/// Vietnamese spellings (Việt Nam, Hà Nội), as Vietnamese English-language media write them.
@Test func vietnameseSpellingsOfTheStateAndCapital() throws {
    let text = "Việt Nam's Prime Minister received the Chinese foreign minister in Hà Nội on Monday."
    let meeting = try #require(EventExtractor().extract(from: Document(published: PartialDate("2024-05-09"), text: text)).first { $0.type == .meeting })
    #expect(meeting.countries == ["CN", "VN"])
    #expect(meeting.location?.name == "Hanoi")
}
