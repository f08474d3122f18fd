@testable import ChanceryIngest
import ChanceryCore
import Testing

/// Dates, clitics, nationalities, roles and language detection, one concern each.
struct ComponentTests {
    func tokens(_ text: String, language: String? = nil) -> ([Token], MentionIndex) {
        let folded = FoldedText(text)
        let tokens = Tokenizer.tokens(of: folded, original: Array(text.unicodeScalars))
        let lexicon = Lexicon.of(language: language ?? LanguageDetector.detect(text))
        return (tokens, MentionIndex(MentionScanner.mentions(in: tokens, lexicon: lexicon)))
    }

    func dates(_ text: String, language: String? = nil) -> [DateExpression] {
        let (tokens, at) = tokens(text, language: language)
        return DateResolver.expressions(in: tokens, range: 0..<tokens.count, mentions: at).map(\.1)
    }

    @Test(arguments: [
        ("12 فبراير/ شباط 2023", "2023-02-12", "ar"), ("3 يوليوز 2019", "2019-07-03", "ar"), ("5 جويلية 2018", "2018-07-05", "ar"),
        ("9 تشرين الأول 2020", "2020-10-09", "ar"), ("1er décembre 2015", "2015-12-01", "fr"), ("January 7, 2022", "2022-01-07", "en"),
        ("٢٠ أكتوبر ٢٠٢٤", "2024-10-20", "ar"), ("14/03/2021", "2021-03-14", "fr"), ("2 دجنبر 2017", "2017-12-02", "ar"),
    ])
    func fullDates(text: String, iso: String, language: String) throws {
        let expression = try #require(dates(text, language: language).first)
        #expect(expression == .absolute(try #require(PartialDate(iso)), end: nil))
    }

    @Test func rangesGiveBothEnds() {
        #expect(dates("يومي 15 و16 نونبر 2016").first == .absolute(PartialDate(year: 2016, month: 11, day: 15)!, end: PartialDate(year: 2016, month: 11, day: 16)))
    }

    @Test func relativeExpressionsResolveAgainstPublication() {
        let published = PartialDate(year: 2024, month: 5, day: 8)  // a Wednesday
        #expect(DateResolver.resolve(.relative(days: -1), published: published, planned: false).0 == PartialDate(year: 2024, month: 5, day: 7))
        #expect(DateResolver.resolve(.weekday(1, direction: 0), published: published, planned: false).0 == PartialDate(year: 2024, month: 5, day: 6))
        #expect(DateResolver.resolve(.weekday(5, direction: 0), published: published, planned: true).0 == PartialDate(year: 2024, month: 5, day: 10))
        #expect(DateResolver.resolve(.weekday(3, direction: -1), published: published, planned: false).0 == PartialDate(year: 2024, month: 5, day: 1))
        #expect(DateResolver.resolve(.month(11), published: published, planned: false).0 == PartialDate(year: 2023, month: 11))
        #expect(DateResolver.resolve(.weekday(3, direction: 0), published: nil, planned: false).0 == nil)
    }

    @Test func cliticsAreStrippedBeforeLookup() {
        let keys = Clitics.readings(of: TextFolding.fold("وبالقاهرة")).map(\.key)
        #expect(keys.contains("قاهره"))
        #expect(Clitics.readings(of: TextFolding.fold("للجنة")).map(\.key).contains("لجنه"))
        #expect(Clitics.readings(of: "سيلتقي").contains { $0.future && $0.key == "يلتقي" })
    }

    @Test func nationalitiesWithCliticsAndJoinedPairs() {
        let (_, at) = tokens("العلاقات المغربية-الموريتانية والتونسية")
        let codes = at.all.compactMap { m in
            m.first { if case .nationality(let c) = $0 { return c } else { return nil } }
        }
        #expect(codes == ["MA", "MR", "TN"])
    }

    @Test(arguments: [
        ("وزير الشؤون الخارجية", "foreign minister"), ("نائب رئيس الوزراء", "deputy prime minister"), ("Secretary of State", "foreign minister"),
        ("Premier ministre", "prime minister"), ("ولي العهد", "crown prince"), ("الأمين العام", "secretary-general"),
    ])
    func titlesMapToRoles(text: String, role: String) throws {
        let (_, at) = tokens(text, language: LanguageDetector.detect(text) == "ar" ? "ar" : (text.hasPrefix("Premier") ? "fr" : "en"))
        let mention = try #require(at[0])
        #expect(mention.first { if case .role(let r) = $0 { return r } else { return nil } } == role)
    }

    @Test(arguments: [("الدورة الثامنة للجنة العليا المشتركة المصرية الأردنية", 8), ("la huitième session de la commission mixte algéro-tunisienne", 8),
                      ("the 3rd round of the Joint Commission of Ghana and Togo", 3)])
    func ordinals(text: String, value: Int) {
        let event = EventExtractor().extract(from: Document(text: "Tenue de " + text + "."))
        #expect(event.first { $0.type == .commissionSession }?.ordinal == value)
    }

    @Test func languageDetection() {
        #expect(LanguageDetector.detect("استقبل الوزير نظيره") == "ar")
        #expect(LanguageDetector.detect("Le ministre a reçu son homologue et les membres de la délégation") == "fr")
        #expect(LanguageDetector.detect("The minister received his counterpart and the delegation") == "en")
    }
}
