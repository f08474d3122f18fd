/// A state as the corpus templates write it, in English, French and Arabic.
///
/// Names follow common press usage; the table is ours, written for the benchmark.
struct Nation {
    let code: String
    let english: String
    /// French name with its article: "le Maroc", "la Russie", "l'Algérie".
    let french: String
    let arabic: String
    /// Nationality adjective: English; French masculine and feminine; Arabic masculine and feminine
    /// (without the article, which templates add where the grammar wants it).
    let englishAdjective: String
    let frenchMasculine: String
    let frenchFeminine: String
    let arabicMasculine: String
    let arabicFeminine: String
    /// The combining form of French hyphenated pairs ("maroco-", "franco-"), when usual.
    let frenchPrefix: String?
    let capital: (english: String, french: String, arabic: String)
}

/// The closed vocabulary the corpus generator draws from.
enum CorpusVocabulary {
    static let nations: [Nation] = [
        Nation(code: "MA", english: "Morocco", french: "le Maroc", arabic: "المغرب", englishAdjective: "Moroccan",
               frenchMasculine: "marocain", frenchFeminine: "marocaine", arabicMasculine: "مغربي", arabicFeminine: "مغربية",
               frenchPrefix: "maroco", capital: ("Rabat", "Rabat", "الرباط")),
        Nation(code: "RU", english: "Russia", french: "la Russie", arabic: "روسيا", englishAdjective: "Russian",
               frenchMasculine: "russe", frenchFeminine: "russe", arabicMasculine: "روسي", arabicFeminine: "روسية",
               frenchPrefix: "russo", capital: ("Moscow", "Moscou", "موسكو")),
        Nation(code: "FR", english: "France", french: "la France", arabic: "فرنسا", englishAdjective: "French",
               frenchMasculine: "français", frenchFeminine: "française", arabicMasculine: "فرنسي", arabicFeminine: "فرنسية",
               frenchPrefix: "franco", capital: ("Paris", "Paris", "باريس")),
        Nation(code: "DZ", english: "Algeria", french: "l'Algérie", arabic: "الجزائر", englishAdjective: "Algerian",
               frenchMasculine: "algérien", frenchFeminine: "algérienne", arabicMasculine: "جزائري", arabicFeminine: "جزائرية",
               frenchPrefix: "algéro", capital: ("Algiers", "Alger", "الجزائر العاصمة")),
        Nation(code: "TN", english: "Tunisia", french: "la Tunisie", arabic: "تونس", englishAdjective: "Tunisian",
               frenchMasculine: "tunisien", frenchFeminine: "tunisienne", arabicMasculine: "تونسي", arabicFeminine: "تونسية",
               frenchPrefix: "tuniso", capital: ("Tunis", "Tunis", "تونس العاصمة")),
        Nation(code: "EG", english: "Egypt", french: "l'Égypte", arabic: "مصر", englishAdjective: "Egyptian",
               frenchMasculine: "égyptien", frenchFeminine: "égyptienne", arabicMasculine: "مصري", arabicFeminine: "مصرية",
               frenchPrefix: "égypto", capital: ("Cairo", "Le Caire", "القاهرة")),
        Nation(code: "SA", english: "Saudi Arabia", french: "l'Arabie saoudite", arabic: "السعودية", englishAdjective: "Saudi",
               frenchMasculine: "saoudien", frenchFeminine: "saoudienne", arabicMasculine: "سعودي", arabicFeminine: "سعودية",
               frenchPrefix: "saoudo", capital: ("Riyadh", "Riyad", "الرياض")),
        Nation(code: "QA", english: "Qatar", french: "le Qatar", arabic: "قطر", englishAdjective: "Qatari",
               frenchMasculine: "qatari", frenchFeminine: "qatarie", arabicMasculine: "قطري", arabicFeminine: "قطرية",
               frenchPrefix: nil, capital: ("Doha", "Doha", "الدوحة")),
        Nation(code: "SN", english: "Senegal", french: "le Sénégal", arabic: "السنغال", englishAdjective: "Senegalese",
               frenchMasculine: "sénégalais", frenchFeminine: "sénégalaise", arabicMasculine: "سنغالي", arabicFeminine: "سنغالية",
               frenchPrefix: "sénégalo", capital: ("Dakar", "Dakar", "داكار")),
        Nation(code: "MR", english: "Mauritania", french: "la Mauritanie", arabic: "موريتانيا", englishAdjective: "Mauritanian",
               frenchMasculine: "mauritanien", frenchFeminine: "mauritanienne", arabicMasculine: "موريتاني", arabicFeminine: "موريتانية",
               frenchPrefix: "mauritano", capital: ("Nouakchott", "Nouakchott", "نواكشوط")),
        Nation(code: "NG", english: "Nigeria", french: "le Nigeria", arabic: "نيجيريا", englishAdjective: "Nigerian",
               frenchMasculine: "nigérian", frenchFeminine: "nigériane", arabicMasculine: "نيجيري", arabicFeminine: "نيجيرية",
               frenchPrefix: nil, capital: ("Abuja", "Abuja", "أبوجا")),
        Nation(code: "CN", english: "China", french: "la Chine", arabic: "الصين", englishAdjective: "Chinese",
               frenchMasculine: "chinois", frenchFeminine: "chinoise", arabicMasculine: "صيني", arabicFeminine: "صينية",
               frenchPrefix: "sino", capital: ("Beijing", "Pékin", "بكين")),
        Nation(code: "JP", english: "Japan", french: "le Japon", arabic: "اليابان", englishAdjective: "Japanese",
               frenchMasculine: "japonais", frenchFeminine: "japonaise", arabicMasculine: "ياباني", arabicFeminine: "يابانية",
               frenchPrefix: "nippo", capital: ("Tokyo", "Tokyo", "طوكيو")),
        Nation(code: "IN", english: "India", french: "l'Inde", arabic: "الهند", englishAdjective: "Indian",
               frenchMasculine: "indien", frenchFeminine: "indienne", arabicMasculine: "هندي", arabicFeminine: "هندية",
               frenchPrefix: "indo", capital: ("New Delhi", "New Delhi", "نيودلهي")),
        Nation(code: "BR", english: "Brazil", french: "le Brésil", arabic: "البرازيل", englishAdjective: "Brazilian",
               frenchMasculine: "brésilien", frenchFeminine: "brésilienne", arabicMasculine: "برازيلي", arabicFeminine: "برازيلية",
               frenchPrefix: nil, capital: ("Brasilia", "Brasilia", "برازيليا")),
        Nation(code: "DE", english: "Germany", french: "l'Allemagne", arabic: "ألمانيا", englishAdjective: "German",
               frenchMasculine: "allemand", frenchFeminine: "allemande", arabicMasculine: "ألماني", arabicFeminine: "ألمانية",
               frenchPrefix: "germano", capital: ("Berlin", "Berlin", "برلين")),
        Nation(code: "ES", english: "Spain", french: "l'Espagne", arabic: "إسبانيا", englishAdjective: "Spanish",
               frenchMasculine: "espagnol", frenchFeminine: "espagnole", arabicMasculine: "إسباني", arabicFeminine: "إسبانية",
               frenchPrefix: "hispano", capital: ("Madrid", "Madrid", "مدريد")),
        Nation(code: "IT", english: "Italy", french: "l'Italie", arabic: "إيطاليا", englishAdjective: "Italian",
               frenchMasculine: "italien", frenchFeminine: "italienne", arabicMasculine: "إيطالي", arabicFeminine: "إيطالية",
               frenchPrefix: "italo", capital: ("Rome", "Rome", "روما")),
        Nation(code: "TR", english: "Turkey", french: "la Turquie", arabic: "تركيا", englishAdjective: "Turkish",
               frenchMasculine: "turc", frenchFeminine: "turque", arabicMasculine: "تركي", arabicFeminine: "تركية",
               frenchPrefix: "turco", capital: ("Ankara", "Ankara", "أنقرة")),
        Nation(code: "GB", english: "the United Kingdom", french: "le Royaume-Uni", arabic: "المملكة المتحدة", englishAdjective: "British",
               frenchMasculine: "britannique", frenchFeminine: "britannique", arabicMasculine: "بريطاني", arabicFeminine: "بريطانية",
               frenchPrefix: "britanno", capital: ("London", "Londres", "لندن")),
        Nation(code: "JO", english: "Jordan", french: "la Jordanie", arabic: "الأردن", englishAdjective: "Jordanian",
               frenchMasculine: "jordanien", frenchFeminine: "jordanienne", arabicMasculine: "أردني", arabicFeminine: "أردنية",
               frenchPrefix: "jordano", capital: ("Amman", "Amman", "عمّان")),
        Nation(code: "ZA", english: "South Africa", french: "l'Afrique du Sud", arabic: "جنوب أفريقيا", englishAdjective: "South African",
               frenchMasculine: "sud-africain", frenchFeminine: "sud-africaine", arabicMasculine: "جنوب أفريقي", arabicFeminine: "جنوب أفريقية",
               frenchPrefix: nil, capital: ("Pretoria", "Pretoria", "بريتوريا")),
    ]

    /// Given names and family names in Latin and Arabic script: people are random pairs of them.
    static let givenNames: [(latin: String, arabic: String)] = [
        ("Karim", "كريم"), ("Samir", "سمير"), ("Leila", "ليلى"), ("Youssef", "يوسف"), ("Omar", "عمر"),
        ("Nadia", "نادية"), ("Hicham", "هشام"), ("Amina", "أمينة"), ("Pavel", "بافل"), ("Ivan", "إيفان"),
        ("Claire", "كلير"), ("Marc", "مارك"), ("Elena", "إيلينا"), ("Kenji", "كينجي"), ("Ravi", "رافي"),
        ("Ana", "آنا"), ("Thomas", "توماس"), ("Fatou", "فاتو"), ("Ibrahim", "إبراهيم"), ("Lucas", "لوكاس"),
    ]

    static let familyNames: [(latin: String, arabic: String)] = [
        ("Benali", "بنعلي"), ("Haddad", "حداد"), ("Morozov", "موروزوف"), ("Durand", "دوران"), ("Tanaka", "تاناكا"),
        ("Sharma", "شارما"), ("Silva", "سيلفا"), ("Okafor", "أوكافور"), ("Diallo", "ديالو"), ("Keller", "كيلر"),
        ("Moretti", "موريتي"), ("Ndiaye", "انجاي"), ("Castillo", "كاستيو"), ("Yilmaz", "يلماز"), ("Hartmann", "هارتمان"),
        ("Belkacem", "بلقاسم"), ("Chaker", "شاكر"), ("Volkov", "فولكوف"), ("Laurent", "لوران"), ("Osei", "أوسي"),
    ]

    /// An office in the three languages and its role in the spec's role list.
    struct Office {
        let role: String
        let english: String
        let french: String
        let arabic: String
    }

    static let offices: [Office] = [
        Office(role: "foreign minister", english: "Foreign Minister", french: "ministre des Affaires étrangères", arabic: "وزير الخارجية"),
        Office(role: "president", english: "President", french: "président", arabic: "الرئيس"),
        Office(role: "prime minister", english: "Prime Minister", french: "Premier ministre", arabic: "رئيس الحكومة"),
        Office(role: "minister", english: "Trade Minister", french: "ministre du Commerce", arabic: "وزير التجارة"),
        Office(role: "ambassador", english: "Ambassador", french: "ambassadeur", arabic: "السفير"),
    ]

    /// Fields of cooperation, the subjects of instruments and of filler sentences.
    static let fields: [(english: String, french: String, arabic: String)] = [
        ("renewable energy", "des énergies renouvelables", "الطاقات المتجددة"),
        ("higher education", "de l'enseignement supérieur", "التعليم العالي"),
        ("maritime transport", "du transport maritime", "النقل البحري"),
        ("agriculture and food security", "de l'agriculture et de la sécurité alimentaire", "الفلاحة والأمن الغذائي"),
        ("health", "de la santé", "الصحة"),
        ("tourism", "du tourisme", "السياحة"),
        ("digital economy", "de l'économie numérique", "الاقتصاد الرقمي"),
        ("water management", "de la gestion de l'eau", "تدبير الموارد المائية"),
        ("culture and heritage", "de la culture et du patrimoine", "الثقافة والتراث"),
        ("customs cooperation", "de la coopération douanière", "التعاون الجمركي"),
    ]

    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August",
                                "September", "October", "November", "December"]
    static let frenchMonths = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                               "septembre", "octobre", "novembre", "décembre"]
    /// Arabic month names in the three usual series: Egyptian-Gulf, Maghrebi, Levantine.
    static let arabicMonths: [[String]] = [
        ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
        ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"],
        ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"],
    ]
    /// 1 = Monday … 7 = Sunday, as `PartialDate.weekday`.
    static let englishWeekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let frenchWeekdays = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    static let arabicWeekdays = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
}
