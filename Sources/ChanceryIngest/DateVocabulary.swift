/// Closed vocabulary of month names (standard, Maghrebi, Algerian-Tunisian, Levantine, French, English), weekdays and relative days.
enum DateVocabulary {
    static let months: [(String, Int)] = {
        let names: [[String]] = [
            ["يناير", "جانفي", "كانون الثاني", "كانون ثاني", "january", "jan", "janvier", "janv"],
            ["فبراير", "فيفري", "شباط", "february", "feb", "fevrier", "fevr"],
            ["مارس", "اذار", "march", "mar", "mars"],
            ["ابريل", "افريل", "نيسان", "april", "apr", "avril"],
            ["مايو", "ماي", "ايار", "may", "mai"],
            ["يونيو", "يونيه", "جوان", "حزيران", "june", "jun", "juin"],
            ["يوليو", "يوليه", "يوليوز", "جويليه", "تموز", "july", "jul", "juillet", "juil"],
            ["اغسطس", "غشت", "اوت", "اب", "august", "aug", "aout"],
            ["سبتمبر", "شتنبر", "ايلول", "september", "sep", "sept", "septembre"],
            ["اكتوبر", "تشرين الاول", "تشرين اول", "october", "oct", "octobre"],
            ["نوفمبر", "نونبر", "تشرين الثاني", "تشرين ثاني", "november", "nov", "novembre"],
            ["ديسمبر", "دجنبر", "كانون الاول", "كانون اول", "december", "dec", "decembre"],
        ]
        var list: [(String, Int)] = []
        for (index, forms) in names.enumerated() { for form in forms { list.append((form, index + 1)) } }
        return list
    }()

    /// 1 = Monday … 7 = Sunday, as `PartialDate.weekday`.
    static let weekdays: [(String, Int)] = [
        ("الاثنين", 1), ("الاتنين", 1), ("الثلاثاء", 2), ("الاربعاء", 3), ("الخميس", 4), ("الجمعه", 5), ("السبت", 6), ("الاحد", 7),
        ("monday", 1), ("tuesday", 2), ("wednesday", 3), ("thursday", 4), ("friday", 5), ("saturday", 6), ("sunday", 7),
        ("lundi", 1), ("mardi", 2), ("mercredi", 3), ("jeudi", 4), ("vendredi", 5), ("samedi", 6), ("dimanche", 7),
    ]

    static let relativeDays: [(String, Int)] = [
        ("اليوم", 0), ("امس", -1), ("البارحه", -1), ("اول امس", -2), ("اول من امس", -2), ("غدا", 1), ("غد", 1), ("بعد غد", 2),
        ("today", 0), ("yesterday", -1), ("tomorrow", 1), ("aujourd'hui", 0), ("hier", -1), ("avant-hier", -2), ("demain", 1),
        ("apres-demain", 2), ("ce jour", 0),
        // "a moment ago", "earlier today": the day of publication.
        ("منذ قليل", 0), ("قبل قليل", 0), ("منذ ساعات", 0), ("earlier today", 0), ("plus tot dans la journee", 0),
    ]

    static let past: [String] = ["الماضي", "الماضيه", "المنصرم", "المنصرمه", "الفائت", "الفائته", "dernier", "derniere", "last", "past"]
    static let next: [String] = ["المقبل", "المقبله", "القادم", "القادمه", "prochain", "prochaine", "next", "coming"]
    static let yearWords: [String] = ["عام", "سنه", "العام", "year", "annee"]

    /// Nouns of a calendar period that "next", "last" or "this" turn into a date: "الشهر المقبل", "next year", "cette année".
    static let monthNouns = WordSet(monthNounWords)
    static let weekNouns = WordSet(weekNounWords)
    static let yearNouns = WordSet(yearNounWords)
    /// Every noun of a period, month, week or year: the one set asked of every token.
    static let periodNouns = WordSet(monthNounWords + weekNounWords + yearNounWords)
    private static let monthNounWords = ["الشهر", "شهر", "month", "mois"]
    private static let weekNounWords = ["الاسبوع", "اسبوع", "week", "semaine"]
    private static let yearNounWords = ["العام", "السنه", "عام", "year", "annee", "an"]
    /// "this" before the noun (this year, cette année, هذا العام) or after it (العام الجاري، الشهر الحالي).
    static let thisBefore: WordSet = ["this", "cette", "ce", "هذا", "هذه"]
    static let thisAfter: WordSet = ["الجاري", "الجاريه", "الحالي", "الحاليه", "en cours"]
    /// "the end of the year", "d'ici la fin de l'année", "نهاية العام": still the current period.
    static let periodEnds: WordSet = ["end", "fin", "نهايه", "اواخر", "later"]
}

/// Closed vocabulary of cardinal and ordinal number words.
enum NumberVocabulary {
    static let cardinals: [(String, Int)] = [
        ("اثنين", 2), ("اثنتين", 2), ("اثنان", 2), ("ثلاث", 3), ("ثلاثه", 3), ("اربع", 4), ("اربعه", 4), ("خمس", 5), ("خمسه", 5),
        ("ست", 6), ("سته", 6), ("سبع", 7), ("سبعه", 7), ("ثماني", 8), ("ثمانيه", 8), ("ثمان", 8), ("تسع", 9), ("تسعه", 9),
        ("عشر", 10), ("عشره", 10), ("عده", 0),
        ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10),
        ("eleven", 11), ("twelve", 12), ("a dozen", 12), ("deux", 2), ("trois", 3), ("quatre", 4), ("cinq", 5), ("six", 6),
        ("sept", 7), ("huit", 8), ("neuf", 9), ("dix", 10), ("onze", 11), ("douze", 12), ("une dizaine", 10),
        ("une douzaine", 12), ("une vingtaine", 20), ("several", 0), ("plusieurs", 0), ("a number of", 0),
    ]

    static let ordinals: [(String, Int)] = [
        ("الاولي", 1), ("الاول", 1), ("الثانيه", 2), ("الثاني", 2), ("الثالثه", 3), ("الثالث", 3), ("الرابعه", 4), ("الرابع", 4),
        ("الخامسه", 5), ("الخامس", 5), ("السادسه", 6), ("السادس", 6), ("السابعه", 7), ("السابع", 7), ("الثامنه", 8),
        ("الثامن", 8), ("التاسعه", 9), ("التاسع", 9), ("العاشره", 10), ("العاشر", 10), ("الحاديه عشره", 11),
        ("الحادي عشر", 11), ("الثانيه عشره", 12), ("الثاني عشر", 12), ("الثالثه عشره", 13), ("الرابعه عشره", 14),
        ("الخامسه عشره", 15), ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6),
        ("seventh", 7), ("eighth", 8), ("ninth", 9), ("tenth", 10), ("eleventh", 11), ("twelfth", 12), ("thirteenth", 13),
        ("fourteenth", 14), ("fifteenth", 15), ("twentieth", 20), ("premiere", 1), ("premier", 1), ("deuxieme", 2),
        ("seconde", 2), ("troisieme", 3), ("quatrieme", 4), ("cinquieme", 5), ("sixieme", 6), ("septieme", 7),
        ("huitieme", 8), ("neuvieme", 9), ("dixieme", 10), ("onzieme", 11), ("douzieme", 12), ("treizieme", 13),
        ("quatorzieme", 14), ("quinzieme", 15), ("vingtieme", 20),
    ]

    /// Suffixes of a numeral written with digits: 8e, 1er, 1ere, 2nd, 8th.
    static let ordinalSuffixes: Set<String> = ["e", "er", "ere", "eme", "st", "nd", "rd", "th", "ieme"]
}
