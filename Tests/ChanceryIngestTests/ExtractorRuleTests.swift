import ChanceryCore
import ChanceryIngest
import Testing

/// One test per extraction rule, on sentences written for these tests.
struct ExtractorRuleTests {
    let extractor = EventExtractor()

    func events(_ text: String, published: String? = nil) -> [Event] {
        extractor.extract(from: Document(published: published.flatMap(PartialDate.init), text: text))
    }

    @Test func datelineStandsInForMissingPublicationDate() throws {
        let found = events("date 2019-03 Le roi a reçu mercredi à Rabat le président sénégalais Ousmane Diallo.")
        #expect(try #require(found.first { $0.type == .meeting }).date == PartialDate("2019-03"))
    }

    @Test func datelineDoesNotBeatAWeekdayNearTheTrigger() throws {
        let found = events("date 2021-06-10 Moroccan Foreign Minister Karim Alaoui on Wednesday held talks with his Ghanaian counterpart.",
                           published: "2021-06-10")
        #expect(try #require(found.first { $0.type == .meeting }).date == PartialDate("2021-06-09"))
    }

    @Test func dayAfterAReportingVerbDatesTheStatementNotTheEvent() throws {
        let found = events("Qatar and Oman signed two agreements on Sunday, the ministry said today.", published: "2022-08-09")
        #expect(try #require(found.first { $0.type == .agreement }).date == PartialDate("2022-08-07"))
    }

    @Test func countryOfTheTopicIsNotAParty() throws {
        let found = events("Kenyan Foreign Minister Paul Otieno met his Ugandan counterpart on Monday to discuss the situation in Sudan.",
                           published: "2024-03-06")
        #expect(try #require(found.first { $0.type == .meeting }).countries == ["KE", "UG"])
    }

    @Test func countryAfterForIsTheSubjectOfAnOffice() throws {
        let found = events("On Friday, the Chilean foreign minister met Laura Benson, Canadian Special Envoy for Haiti.", published: "2024-03-09")
        let meeting = try #require(found.first { $0.type == .meeting })
        #expect(meeting.countries == ["CA", "CL"])
        #expect(meeting.participants.contains { $0.name == "Laura Benson" && $0.country == "CA" })
    }

    @Test func peopleOfTwoStatesFixTheParties() throws {
        let found = events("Egyptian Foreign Minister Omar Fathy received his Jordanian counterpart Hani Saleh and briefed him on relations with Turkey.")
        #expect(try #require(found.first { $0.type == .meeting }).countries == ["EG", "JO"])
    }

    @Test func englishNameBeforeTitle() throws {
        let found = events("On Monday, Carla Mendes, Portugal's foreign minister, held talks in Lisbon with her Brazilian counterpart.",
                           published: "2024-03-06")
        let meeting = try #require(found.first { $0.type == .meeting })
        #expect(meeting.participants.contains { $0.name == "Carla Mendes" && $0.country == "PT" && $0.role == "foreign minister" })
    }

    @Test func frenchNameBeforeTitle() throws {
        let found = events("Karim Benali, ministre des Affaires étrangères tunisien, a reçu lundi son homologue malien.", published: "2024-03-06")
        let meeting = try #require(found.first { $0.type == .meeting })
        #expect(meeting.participants.contains { $0.name == "Karim Benali" && $0.country == "TN" })
    }

    @Test func aStateVisitIsAMeeting() throws {
        let found = events("The Ghanaian president began a state visit to Senegal on Tuesday.", published: "2024-03-06")
        #expect(try #require(found.first { $0.type == .meeting }).countries == ["GH", "SN"])
    }

    @Test func talkingOverThePhoneIsACall() throws {
        let found = events("The Kenyan president spoke over the phone with his Tanzanian counterpart.")
        #expect(try #require(found.first { $0.type == .meeting }).mode == .phone)
    }

    @Test func bareMeetingNounWithNoPartyMakesNoEvent() {
        #expect(events("Such meetings are usually held twice a year.").isEmpty)
    }

    @Test func headOfAnOrganisationGivesAnOrganisationNotAState() throws {
        let found = events("Moussa Faki Mahamat met the Nigerian foreign minister in Addis Ababa on Monday.", published: "2019-05-15")
        let meeting = try #require(found.first { $0.type == .meeting })
        #expect(meeting.organizations == ["AU"])
        #expect(!meeting.countries.contains("AU"))
    }

    @Test func hyphenatedCountryWrittenWithASpace() throws {
        let found = events("Morocco and Guinea Bissau signed a memorandum of understanding on fisheries.")
        #expect(try #require(found.first { $0.type == .agreement }).countries == ["GW", "MA"])
    }

    @Test func undatedSessionTakesTheDateOfItsSigning() throws {
        let found = events("Ghana and Togo signed three agreements on 12 May 2022. The signing took place during the first session of the Ghana-Togo joint commission.")
        let session = try #require(found.first { $0.type == .commissionSession })
        #expect(session.date == PartialDate("2022-05-12"))
    }
}

struct ExtractorReferenceTests {
    let extractor = EventExtractor()

    @Test func meetingPointedBackToKeepsItsParties() throws {
        let text = "Le président ivoirien Alassane Koné a reçu lundi à Abidjan son homologue ghanéen Kofi Mensah. "
            + "Les deux chefs d'Etat ont évoqué lors de cette rencontre la situation au Mali et au Niger."
        let found = extractor.extract(from: Document(published: PartialDate("2024-03-06"), text: text))
        let meetings = found.filter { $0.type == .meeting }
        #expect(meetings.count == 1)
        #expect(meetings.first?.countries == ["CI", "GH"])
    }

    @Test func demonstrativeWithNothingBeforeItIsBackground() {
        let found = extractor.extract(from: Document(text: "Cette visite confirme le rôle du Sénégal et du Maroc dans la région."))
        #expect(found.isEmpty)
    }
}

@Test func recentVisitWithoutAYearIsBackground() {
    let found = EventExtractor().extract(from: Document(text: "La récente visite du président angolais en Namibie a renforcé les liens."))
    #expect(found.isEmpty)
}

@Test func aMomentAgoIsThePublicationDay() throws {
    let found = EventExtractor().extract(from: Document(published: PartialDate("2024-06-03"),
        text: "استقبل وزير الخارجية الموريتاني منذ قليل نظيره المالي في نواكشوط."))
    #expect(try #require(found.first { $0.type == .meeting }).date == PartialDate("2024-06-03"))
}

@Test func partiesBetweenQualifierAndHeadOfABody() throws {
    let found = EventExtractor().extract(from: Document(text: "The two ministers opened the 5th Session of the Joint Kenya-Ethiopia Commission in Nairobi."))
    let session = try #require(found.first { $0.type == .commissionSession })
    #expect(session.ordinal == 5)
    #expect(session.countries == ["ET", "KE"])
}

@Test func aWelcomeCeremonyIsAMeeting() throws {
    let found = EventExtractor().extract(from: Document(published: PartialDate("2024-04-02"),
        text: "President Ana Lima of Angola gave an official welcome to Namibian President John Haufiku in Luanda on April 2."))
    #expect(try #require(found.first { $0.type == .meeting }).countries == ["AO", "NA"])
}

@Test func undatedMainEventTakesTheLeadsDay() throws {
    let found = EventExtractor().extract(from: Document(published: PartialDate("2023-05-10"),
        text: "On Monday, May 8, the presidents of Ghana and Togo addressed the press in Lome.\n\nGhana and Togo signed an agreement on energy."))
    #expect(try #require(found.first { $0.type == .agreement }).date == PartialDate("2023-05-08"))
}

@Test func arabicPlannedAdjectiveAfterTheNoun() throws {
    let found = EventExtractor().extract(from: Document(
        text: "وتحدث الوزير عن الاجتماع المرتقب بين الرئيس التونسي ونظيره الجزائري في الجزائر العاصمة."))
    #expect(try #require(found.first { $0.type == .meeting }).status == .planned)
}

@Test func arabicMeetingNounAsPointInTimeMakesNoNewEvent() {
    let found = EventExtractor().extract(from: Document(
        text: "أجرى وزير الخارجية الليبي مباحثات في تونس مع نظيره التونسي. ومن المنتظر أن يعقد الوزيران ندوة صحفية في ختام المباحثات."))
    #expect(found.filter { $0.type == .meeting }.map(\.status) == [.occurred])
}

@Test func countryInsideBracketsIsNoParty() throws {
    let found = EventExtractor().extract(from: Document(
        text: "(Wire / Nigeria Daily / AFP) The foreign ministers of Ghana and Togo held talks in Accra on trade."))
    #expect(try #require(found.first { $0.type == .meeting }).countries == ["GH", "TG"])
}

@Test func cityNamedLikeAnotherStateReadsAsTheCity() throws {
    let found = EventExtractor().extract(from: Document(
        text: "التقى وزير الخارجية المصري نظيره العراقي في عمان لبحث العلاقات الثنائية."))
    let meeting = try #require(found.first { $0.type == .meeting && $0.countries.contains("EG") })
    #expect(meeting.countries == ["EG", "IQ"])
    #expect(meeting.location?.country == "JO")
    #expect(!found.contains { $0.countries.contains("OM") })
}

@Test func talksWithNoPartyNoPersonNoPlaceMakeNoMeeting() {
    let text = "Le Gabon et le Cameroun ont signé hier un accord sur la pêche. Des consultations régulières restent la meilleure voie, selon un diplomate."
    let found = EventExtractor().extract(from: Document(published: PartialDate("2024-02-02"), text: text))
    #expect(!found.contains { $0.type == .meeting })
    #expect(found.contains { $0.type == .agreement && $0.countries == ["CM", "GA"] })
}

@Test func multilateralMeetingToldPiecemealIsOneMeeting() throws {
    let text = "The foreign ministers of Egypt, Jordan and France met in Amman on Thursday. "
        + "German Foreign Minister Klaus Weber joined the meeting in Amman by video on Thursday."
    let found = EventExtractor().extract(from: Document(published: PartialDate("2022-03-12"), text: text))
    let meetings = found.filter { $0.type == .meeting }
    #expect(meetings.count == 1)
    #expect(meetings.first?.countries == ["DE", "EG", "FR", "JO"])
}
