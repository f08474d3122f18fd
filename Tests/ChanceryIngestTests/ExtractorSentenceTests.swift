import ChanceryCore
import ChanceryIngest
import Testing

/// Each event type in each language, on sentences written for these tests.
struct ExtractorSentenceTests {
    let extractor = EventExtractor()

    func events(_ text: String, published: String? = nil) -> [Event] {
        extractor.extract(from: Document(published: published.flatMap(PartialDate.init), text: text))
    }

    @Test func arabicReceptionWithCounterpart() throws {
        let found = events("استقبل وزير الخارجية المصري، أحمد فؤاد، اليوم الأربعاء بالقاهرة نظيره الأردني كمال الرفاعي.", published: "2024-05-08")
        let meeting = try #require(found.first { $0.type == .meeting })
        #expect(meeting.countries == ["EG", "JO"])
        #expect(meeting.date == PartialDate("2024-05-08"))
        #expect(meeting.status == .occurred)
        #expect(meeting.participants.contains { $0.name == "كمال الرفاعي" && $0.country == "JO" && $0.role == "foreign minister" })
    }

    @Test func arabicWordForFinancialIsNotMali() throws {
        // "المالية" is "financial" as often as "Malian": only a title, a counterpart or a preposition makes it the state.
        let talks = events("وعقد الجانبان جلسة مباحثات تناولت التعاون في الخدمات المالية والأسواق المالية. وكان وزير الخارجية القبرصي قد وصل إلى المنامة.")
        #expect(!talks.contains { $0.countries.contains("ML") })
        let reception = try #require(events("استقبل وزير الخارجية القبرصي في نيقوسيا نظيره المالي، وبحثا الدعم المالي لمنطقة الساحل.").first)
        #expect(reception.countries == ["CY", "ML"])
        let signing = try #require(events("ووقعت جمهورية مالي والنيجر اتفاقا للتعاون الأمني.").first)
        #expect(signing.countries == ["ML", "NE"])
    }

    @Test func arabicNameAliIsNotThePrepositionOn() throws {
        // "علي" (Ali) and "على" (on) fold alike; written with ي inside a name it is the name.
        let meeting = try #require(events("استقبل وزير الخارجية الكويتي عبدالله علي اليحيا أمس نظيره الأردني أيمن الصفدي.", published: "2026-02-19").first)
        #expect(meeting.participants.map(\.name) == ["عبدالله علي اليحيا", "أيمن الصفدي"])
        let signing = try #require(events("وقع وزير الخارجية الأردني أيمن الصفدي على الاتفاقية مع نظيره الكويتي عبدالله اليحيا.").first)
        #expect(signing.participants.contains { $0.name == "أيمن الصفدي" })
    }

    @Test func arabicNamesSharingOnlyAGivenNameAreTwoPeople() {
        let found = events("التقى رئيس الوزراء القطري محمد بن عبدالرحمن آل ثاني اليوم في الدوحة وزير الخارجية الإيراني عباس عراقجي. "
            + "كما التقى وزير الدولة القطري محمد بن عبدالعزيز الخليفي في وقت لاحق اليوم وزير الخارجية الإيراني.", published: "2026-01-27")
        #expect(found.filter { $0.type == .meeting }.count == 2)
    }

    @Test func arabicDatelineBelowAPagesMenuGivesTheHomeState() throws {
        let text = """
            الرئيسية / أخبار
            وزير الخارجية يلتقي نظيره الإيراني ويبحثان العلاقات الثنائية
            الثلاثاء 27 يناير 2026 - 02:35 م
            شارك: فيسبوك | إكس
            الدوحة - قنا
            التقى رئيس مجلس الوزراء وزير الخارجية اليوم وزير الخارجية الإيراني عباس عراقجي. كما التقى وزير الدولة بوزارة الخارجية في وقت لاحق اليوم الوزير الإيراني.
            """
        let meeting = try #require(events(text, published: "2026-01-27").first)
        #expect(meeting.countries == ["IR", "QA"])
        // Neither the headline's verb ("ويبحثان") nor the rest of a title ("بوزارة الخارجية") is anyone's name.
        #expect(meeting.participants.map(\.name) == ["عباس عراقجي"])
    }

    @Test func englishSeriesOfSidelineMeetingsByARoyalNamedByHisGivenName() {
        let found = events("""
            MUNICH: Saudi Foreign Minister Prince Faisal bin Farhan held a series of meetings on the sidelines of the Munich Security Conference on Friday.
            Prince Faisal met German Foreign Minister Johann Wadephul, with whom he discussed bilateral relations.
            He also met EU High Representative for Foreign Affairs and Security Policy Kaja Kallas.
            In a separate meeting, the Saudi minister and Ukrainian Foreign Minister Andrii Sybiha discussed the latest developments.
            """, published: "2026-02-14")
        // "Prince Faisal" is the Saudi minister named in full before; the German host of the conference is a party
        // only of the meeting with its own minister.
        #expect(found.map { $0.countries + $0.organizations } == [["DE", "SA"], ["SA", "EU"], ["SA", "UA"]])
        #expect(found.allSatisfy { $0.participants.contains { $0.name == "Faisal bin Farhan" && $0.country == "SA" } })
    }

    @Test func frenchMeetingNamedReunionIsNoTerritory() {
        let found = events("Le Premier ministre sénégalais Ousmane Sonko et le président du gouvernement espagnol Pedro Sánchez se sont entretenus "
            + "jeudi à Dakar de la préparation de la première Réunion de haut niveau sénégalo-espagnole.", published: "2026-05-08")
        // The talks, and the first session of the high-level meeting they prepare: Spain and Senegal's, not La Réunion's.
        #expect(found.map(\.type) == [.meeting, .commissionSession])
        #expect(found.allSatisfy { $0.countries == ["ES", "SN"] })
        #expect(found.last?.status == .planned)
    }

    @Test func frenchReceptionEarlierInTheMorningIsOfTheStorysDay() throws {
        let found = events("Le Sénégal et l'Espagne ont signé, vendredi, à Dakar, un accord sur la migration. "
            + "Le chef de la diplomatie espagnole avait été reçu plus tôt dans la matinée par le président de la République, Bassirou Diomaye Faye.",
            published: "2026-05-09")
        let reception = try #require(found.first { $0.type == .meeting })
        #expect(reception.date == PartialDate("2026-05-08"))
        #expect(reception.countries == ["ES", "SN"])
    }

    @Test func arabicSignatoriesSetOffByCommasBeforeTheirTitles() throws {
        let signing = try #require(events("وقع عبداللطيف بن راشد الزياني، وزير الخارجية البحريني، وكونستانتينوس كومبوس، وزير خارجية جمهورية قبرص، "
            + "اليوم الأحد في المنامة، اتفاقية للتعاون.").first)
        #expect(signing.type == .agreement)
        #expect(signing.participants.map { "\($0.name) \($0.country ?? "")" } == ["عبداللطيف بن راشد الزياني BH", "كونستانتينوس كومبوس CY"])
    }

    @Test func arabicTitleAfterATitledNameIsTheGuests() throws {
        let meeting = try #require(events("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز الرئيس الصيني شي جين بينغ في الرياض.").first)
        #expect(meeting.participants.map { "\($0.name) \($0.role ?? "")" } == ["سلمان بن عبدالعزيز king", "شي جين بينغ president"])
    }

    @Test func officialOfAnEarlierYearIsTheOneInOfficeThen() throws {
        // António Costa was Portugal's prime minister in 2023, before he chaired the European Council.
        let visit = try #require(events("وكان رئيس الحكومة المغربي عزيز أخنوش قد زار لشبونة سنة 2023، حيث أجرى مباحثات مع نظيره آنذاك أنطونيو كوستا.",
                                        published: "2026-04-16").first)
        #expect(visit.date == PartialDate("2023"))
        #expect(visit.countries == ["MA", "PT"])
        #expect(visit.participants.contains { $0.name == "أنطونيو كوستا" && $0.country == "PT" && $0.role == "prime minister" })
    }

    @Test func talksDuringAnEarlierVisitArePartOfThatVisit() {
        let found = events("وكان رئيس الحكومة المغربي عزيز أخنوش قد زار لشبونة سنة 2023، حيث أجرى مباحثات مع نظيره آنذاك أنطونيو كوستا.",
                           published: "2026-04-16")
        #expect(found.map { $0.date?.description ?? "-" } == ["2023"])
    }

    @Test func statesTheTalksCoveredAreNoParties() {
        let found = events("أجرى رئيس الحكومة المغربي عزيز أخنوش اليوم الخميس بالرباط مباحثات مع رئيس الوزراء البرتغالي لويس مونتينيغرو. "
            + "وتناولت المباحثات التحضيرات لكأس العالم 2030 التي يستضيفها المغرب بشراكة مع البرتغال وإسبانيا.", published: "2026-04-16")
        #expect(found.map(\.countries) == [["MA", "PT"]])
    }

    @Test func personNamedInFullWinsOverAnOfficeHolderOfThatSurname() throws {
        // Eritrea's foreign minister is an Osman Saleh; the document's Mahamat Saleh is Chad's.
        let found = events("BERNE, 9 septembre - Le chef de la diplomatie suisse, Matthias Brunner, a tenu une visioconférence avec le ministre tchadien "
            + "des Affaires étrangères, Abakar Mahamat Saleh. M. Mahamat Saleh a informé son interlocuteur des préparatifs des élections.",
            published: "2026-09-09")
        #expect(try #require(found.first).countries == ["CH", "TD"])
        #expect(!found.contains { $0.countries.contains("ER") })
    }

    @Test func aDayAndAColonHeadingDatesWhatFollowsIt() throws {
        let found = events("""
            Tuesday: the palace and the talks
            Kenyan President Daniel Mutai held talks with Indonesian President Bambang Wicaksono at Merdeka Palace.
            Wednesday: the vice-president
            Mutai then met Indonesian Vice-President Rizal Hasibuan to discuss technical training.
            """, published: "2026-07-24")
        #expect(found.map { $0.date?.description ?? "-" } == ["2026-07-21", "2026-07-22"])
    }

    @Test func arabicPortfolioOfNationalsAbroadNamesTheMinistersState() throws {
        let found = events("وزير الخارجية يجري سلسلة لقاءات في أديس أبابا\n"
            + "التقى وزير الخارجية والهجرة وشؤون المصريين بالخارج هشام عبد الرحيم منصور مشاركته في القمة، اليوم السبت، وزير خارجية كينيا كيبيتي موانغي.",
            published: "2026-02-14")
        let meeting = try #require(found.first)
        #expect(meeting.countries == ["EG", "KE"])
        // Neither the headline's verb ("يجري") nor "his participation" is part of anyone's name.
        #expect(meeting.participants.map(\.name).sorted() == ["كيبيتي موانغي", "هشام عبد الرحيم منصور"])
    }

    @Test func whatASummitUsuallyGathersIsNoEvent() {
        #expect(events("وتعد القمة السنوية للاتحاد الأفريقي مناسبة تقليدية للقاءات الدبلوماسية، إذ يشارك فيها عادة ممثلو الأمم المتحدة والصين وتركيا واليابان.").isEmpty)
        #expect(events("The annual summit usually brings together leaders from China, Japan and Turkey.").isEmpty)
    }

    @Test func congoleseIsOfTheCongoTheStoryNames() throws {
        let found = events("Le président du Sénat de la République du Congo, Firmin Ngakosso, a été reçu jeudi à Abidjan par le Premier ministre ivoirien. "
            + "Le bicamérisme congolais a été au centre des échanges. Le Premier ministre ivoirien recevra samedi la délégation congolaise.",
            published: "2026-10-16")
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.countries == ["CG", "CI"] })
    }

    @Test func arabicInHisOfficeIsNoName() throws {
        let meeting = try #require(events("استقبل وزير الخارجية الموريتاني بمكتبه أمس سفير الصين لي وي.", published: "2026-05-13").first)
        #expect(meeting.countries == ["CN", "MR"])
        #expect(meeting.participants.map(\.name) == ["لي وي"])
    }

    @Test func arabicPressReleaseWithMenuNisbaAndPortfolio() throws {
        let found = events("""
            الرئيسية | عن الوزارة | الأخبار | اتصل بنا
            مسقط – 20 يناير 2026
            استقبل معالي السيد سالم بن مبارك الكندي، وزير الخارجية، صباح اليوم الثلاثاء بديوان عام الوزارة، معالي السيدة وانجيكو موراغوري، وزيرة الخارجية وشؤون المغتربين في جمهورية كينيا.
            وأكد الوزير أن البلدين تربطهما صلات تاريخية عبر المحيط الهندي.
            """, published: "2026-01-20")
        // No call from the menu's "contact us", no Canada in al-Kindi's name, no India in the Indian Ocean.
        #expect(found.map(\.countries) == [["KE", "OM"]])
        #expect(try #require(found.first).participants.map { "\($0.name) \($0.country ?? "")" }
                == ["سالم بن مبارك الكندي OM", "وانجيكو موراغوري KE"])
    }

    @Test func arabicPlannedMeetingTomorrow() throws {
        let found = events("يلتقي رئيس الوزراء التونسي غدا الخميس نظيره الجزائري في العاصمة.", published: "2024-05-08")
        let meeting = try #require(found.first)
        #expect(meeting.status == .planned)
        #expect(meeting.date == PartialDate("2024-05-09"))
        #expect(meeting.countries == ["DZ", "TN"])
    }

    @Test func arabicPhoneCall() throws {
        let found = events("أجرى الرئيس الكيني اتصالا هاتفيا مع نظيره الرواندي أمس.", published: "2024-02-10")
        let call = try #require(found.first)
        #expect(call.mode == .phone)
        #expect(call.date == PartialDate("2024-02-09"))
    }

    @Test func arabicNegatedMeetingIsDropped() {
        #expect(events("تحدث الوزيران الفرنسي والإيطالي بشكل عابر لكنهما لم يعقدا اجتماعا.").isEmpty)
    }

    @Test func arabicSigningOfTwoMemoranda() throws {
        let found = events("وقع المغرب والسنغال يوم 3 شتنبر 2024 مذكرتي تفاهم في مجال الصيد البحري.")
        let agreement = try #require(found.first { $0.type == .agreement })
        #expect(agreement.countries == ["MA", "SN"])
        #expect(agreement.count == 2)
        #expect(agreement.instrument == .mou)
        #expect(agreement.date == PartialDate("2024-09-03"))
    }

    @Test func arabicCommissionSessionWithDigitOrdinal() throws {
        let found = events("انطلقت أمس أشغال الدورة الـ 14 للجنة المشتركة الليبية التونسية.", published: "2022-11-20")
        let session = try #require(found.first { $0.type == .commissionSession })
        #expect(session.ordinal == 14)
        #expect(session.countries == ["LY", "TN"])
        #expect(session.date == PartialDate("2022-11-19"))
    }

    @Test func frenchTalksWithHomologue() throws {
        let found = events("Le ministre des Affaires étrangères sénégalais s'est entretenu jeudi dernier à Dakar avec son homologue gambien.",
                           published: "2019-06-10")
        let meeting = try #require(found.first)
        #expect(meeting.countries == ["GM", "SN"])
        #expect(meeting.date == PartialDate("2019-06-06"))
    }

    @Test func frenchSigningWithCount() throws {
        let found = events("La Tunisie et le Niger ont signé le 1er mars 2021 six accords de coopération.")
        let agreement = try #require(found.first { $0.type == .agreement })
        #expect(agreement.count == 6)
        #expect(agreement.date == PartialDate("2021-03-01"))
        #expect(agreement.countries == ["NE", "TN"])
    }

    @Test func frenchCommissionSessionWithSuffixOrdinal() throws {
        let found = events("La 9e session de la commission mixte franco-tunisienne se tiendra du 12 au 14 octobre 2026.")
        let session = try #require(found.first { $0.type == .commissionSession })
        #expect(session.ordinal == 9)
        #expect(session.status == .planned)
        #expect(session.countries == ["FR", "TN"])
        #expect(session.date == PartialDate("2026-10-12"))
        #expect(session.endDate == PartialDate("2026-10-14"))
    }

    @Test func englishMeetingWithTitlesAndNames() throws {
        let found = events("Indian Foreign Minister Arun Mehta met his Japanese counterpart Kenji Sato in Tokyo on Monday.", published: "2023-07-12")
        let meeting = try #require(found.first)
        #expect(meeting.countries == ["IN", "JP"])
        #expect(meeting.date == PartialDate("2023-07-10"))
        #expect(meeting.participants.contains { $0.name == "Arun Mehta" && $0.country == "IN" && $0.role == "foreign minister" })
        #expect(meeting.participants.contains { $0.name == "Kenji Sato" && $0.country == "JP" })
    }

    @Test func englishPlannedVisit() throws {
        let found = events("Chile and Peru will hold talks on March 20-21, 2025 in Lima.")
        let meeting = try #require(found.first)
        #expect(meeting.status == .planned)
        #expect(meeting.date == PartialDate("2025-03-20"))
        #expect(meeting.endDate == PartialDate("2025-03-21"))
    }

    @Test func englishSigningAndJoinedPair() throws {
        let found = events("The Sino-Kenyan business forum ended as the two sides inked three agreements on trade.")
        let agreement = try #require(found.first { $0.type == .agreement })
        #expect(agreement.countries == ["CN", "KE"])
        #expect(agreement.count == 3)
    }

    @Test func englishCommissionOrdinalWord() throws {
        let found = events("The eighth session of the Egypt-Sudan Joint Committee opened in Khartoum in May 2019.")
        let session = try #require(found.first { $0.type == .commissionSession })
        #expect(session.ordinal == 8)
        #expect(session.date == PartialDate("2019-05"))
    }

    @Test func withoutPublicationDateAWeekdayGivesNoDate() throws {
        let found = events("استقبل الرئيس الموريتاني يوم الثلاثاء وزير الخارجية المالي.")
        #expect(try #require(found.first).date == nil)
    }
}
