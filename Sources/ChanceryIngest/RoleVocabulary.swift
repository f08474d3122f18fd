/// Closed vocabulary of titles and offices, mapped to the role list of EVENTS.md.
enum RoleVocabulary {
    static let titles: [(String, String)] = {
        var list: [(String, String)] = []
        func add(_ role: String, _ phrases: [String]) { for phrase in phrases { list.append((phrase, role)) } }
        add("king", ["الملك", "ملك", "العاهل", "خادم الحرمين الشريفين", "king", "roi", "sultan", "السلطان", "سلطان"])
        add("president", ["الرئيس", "رئيس الجمهوريه", "رئيس جمهوريه", "رئيس الدوله", "رئيسه الجمهوريه", "president",
                          "president de la republique", "chef de l'etat", "head of state", "chefs d'etat", "presidents", "الرئيسان",
                          "رئيسا"])
        add("prime minister", ["رئيس الوزراء", "رئيس مجلس الوزراء", "رئيس الحكومه", "رئيسه الحكومه", "رئيسه الوزراء",
                               "الوزير الاول", "رئيسي حكومتي", "رئيسا حكومتي", "prime minister", "premier", "premier ministre",
                               "chef du gouvernement", "head of government", "premiers ministres", "prime ministers"])
        add("deputy prime minister", ["نائب رئيس الوزراء", "نائب رئيس مجلس الوزراء", "نائب رئيس الحكومه", "deputy prime minister",
                                      "vice-premier ministre", "vice premier ministre", "vice-premier", "vice premier"])
        add("foreign minister", ["وزير الخارجيه", "وزيره الخارجيه", "وزير الشؤون الخارجيه", "وزير خارجيه", "وزيرا الخارجيه",
                                 "وزيرا خارجيه", "وزراء خارجيه", "وزراء الخارجيه", "رئيس الدبلوماسيه", "foreign minister",
                                 "minister of foreign affairs", "foreign ministers", "external affairs minister", "secretary of state",
                                 "foreign secretary", "minister for foreign affairs", "ministre des affaires etrangeres",
                                 "chef de la diplomatie", "ministre des affaires etrangeres et de la cooperation", "state councilor and foreign minister"])
        add("minister", ["وزير", "وزيره", "الوزير", "وزيرا", "وزير الدوله", "minister", "ministre", "ministers", "ministres", "ministre delegue"])
        add("deputy minister", ["نائب وزير", "deputy minister", "vice-ministre", "vice ministre", "vice minister", "vice-minister"])
        add("ambassador", ["سفير", "السفير", "ambassador", "ambassadeur", "envoy", "envoye"])
        add("secretary-general", ["الامين العام", "امين عام", "secretary-general", "secretary general", "secretaire general"])
        add("crown prince", ["ولي العهد", "crown prince", "prince heritier"])
        add("emir", ["امير", "الامير", "امير دوله", "emir", "amir"])
        return list
    }()
}
