import ChanceryCore

/// Closed vocabulary of event triggers, instruments, bodies and status cues in Arabic, French and English.
enum TriggerVocabulary {
    /// Arabic pronoun suffixes a trigger noun or verb takes: لقائه، مباحثاتهما، اجتماعها.
    static let arabicSuffixes = ["ه", "ها", "هما", "هم", "ا", "وا", "ت", "تا"]

    static let meetings: [(String, MeetingCue)] = {
        var list: [(String, MeetingCue)] = []
        let strongArabic = ["استقبل", "يستقبل", "تستقبل", "استقبال", "استقبلت", "التقي", "يلتقي", "تلتقي", "التقت", "لقاء",
                            "لقاءا", "مباحثات", "محادثات", "مشاورات", "تباحث", "يتباحث", "بحث مع", "اجري مباحثات",
                            "اجتمع", "يجتمع", "اجتمعت", "تلاقي", "قمه", "مقابله",
                            // A working session or a session of talks between officials is a meeting.
                            "جلسه عمل", "جلسه مباحثات", "جلسه محادثات", "جلسات عمل", "جلسه مشاورات",
                            // "the two sides discussed / will discuss": talks of the document's two parties.
                            "بحث الجانبان", "يبحث الجانبان", "ناقش الجانبان", "يناقش الجانبان", "استعرض الجانبان", "يستعرض الجانبان"]
        let genericArabic = ["اجتماع", "اجتماعا", "اجتماعات", "مؤتمر صحفي", "مؤتمرا صحفيا", "مؤتمر صحفي مشترك", "مؤتمرا صحفيا مشتركا"]
        let phoneArabic = ["اتصال هاتفي", "اتصالا هاتفيا", "مكالمه هاتفيه", "مكالمه", "اتصالا", "اتصل", "اتصالات هاتفيه",
                           "محادثه هاتفيه", "تلقي اتصالا", "المكالمه"]
        let videoArabic = ["فيديو كونفرنس", "الفيديو كونفرنس", "الفيديوكونفرانس", "لقاء افتراضي", "اجتماعا افتراضيا",
                           "اجتماع افتراضي", "عبر الفيديو", "عبر تقنيه الفيديو"]
        for word in strongArabic { list.append((word, .strong)) }
        for word in genericArabic { list.append((word, .generic)) }
        for word in phoneArabic { list.append((word, .phone)) }
        for word in videoArabic { list.append((word, .video)) }
        let strongLatin = ["met", "meets", "meet with", "met with", "held talks", "hold talks", "talks", "received", "receives",
                           "hosted", "hosts", "audience", "consultations", "bilateral meeting", "summit", "discussions with",
                           "s'est entretenu", "se sont entretenus", "s'est entretenue", "entretien", "entretiens", "a recu",
                           "recu", "recoit", "rencontre", "rencontre avec", "a rencontre", "s'entretiendra", "entrevue",
                           "tete-a-tete", "pourparlers", "consultations politiques", "audience a", "held a meeting",
                           "will meet", "to meet", "meeting between", "cérémonie d'accueil", "ceremonie d'accueil",
                           "working session", "seance de travail", "seance de travail avec", "séance de travail"]
        // A visit in which officials meet is a meeting; the noun alone is weak, like "meeting".
        let genericLatin = ["meeting", "meetings", "reunion", "visit", "visite", "state visit", "official visit", "working visit",
                            "visite officielle", "visite de travail", "visite d'etat", "reception", "welcome ceremony",
                            "ceremonial welcome", "official welcome", "red carpet", "welcomed",
                            // A press conference is a meeting only with a counterpart or as a joint one (see EventAssembler).
                            "press conference", "joint press conference", "conference de presse", "conference de presse conjointe",
                            "point de presse conjoint", "joint news conference", "news conference"]
        let phoneLatin = ["phone call", "telephone call", "phone conversation", "telephone conversation", "spoke by phone",
                          "spoke by telephone", "call with", "phoned", "entretien telephonique", "appel telephonique",
                          "conversation telephonique", "s'est entretenu au telephone", "telephone", "over phone",
                          "over the phone", "on the phone", "spoke over the phone", "spoken over phone", "telephoned",
                          "telephone conversation with", "au telephone avec", "phone talks"]
        let videoLatin = ["video call", "videoconference", "video conference", "virtual meeting", "visioconference",
                          "par visioconference", "video link"]
        for word in strongLatin { list.append((word, .strong)) }
        for word in genericLatin { list.append((word, .generic)) }
        for word in phoneLatin { list.append((word, .phone)) }
        for word in videoLatin { list.append((word, .video)) }
        for word in ["هاتفيا", "هاتفي", "بالهاتف", "by phone", "by telephone", "au telephone", "par telephone"] {
            list.append((word, .phoneModifier))
        }
        for word in ["افتراضيا", "افتراضي", "via video", "by video", "en visioconference"] { list.append((word, .videoModifier)) }
        return list
    }()

    static let signings: [String] = [
        "وقع", "وقعا", "وقعت", "يوقع", "توقيع", "التوقيع", "توقع", "يوقعان", "وقعها", "وقعته", "ابرم", "ابرام", "الموقعه",
        "signed", "sign", "signs", "signing", "inked", "ink", "signature", "signe", "signes", "signee", "signees",
        "ont signe", "a signe", "signeront", "signent", "paraphe", "parapher", "paraphes", "ont conclu", "exchanged",
    ]

    static let instruments: [(String, Instrument, Int?)] = [
        ("مذكره تفاهم", .mou, nil), ("مذكرتي تفاهم", .mou, 2), ("مذكرتا تفاهم", .mou, 2), ("مذكرات تفاهم", .mou, nil),
        ("مذكره تعاون", .mou, nil), ("مذكرات تعاون", .mou, nil), ("اتفاقيه", .agreement, nil), ("اتفاقيتين", .agreement, 2),
        ("اتفاقيتي", .agreement, 2), ("اتفاقيات", .agreement, nil), ("اتفاق", .agreement, nil), ("اتفاقات", .agreement, nil),
        ("بروتوكول", .protocol, nil), ("بروتوكولات", .protocol, nil), ("معاهده", .treaty, nil), ("اعلان مشترك", .declaration, nil),
        ("برنامج تنفيذي", .other, nil), ("برنامجا تنفيذيا", .other, nil), ("برنامجين تنفيذيين", .other, 2), ("برامج تنفيذيه", .other, nil), ("وثيقه", .other, nil),
        ("وثائق", .other, nil), ("وثيقتين", .other, 2),
        ("memorandum of understanding", .mou, nil), ("memoranda of understanding", .mou, nil), ("memorandums of understanding", .mou, nil),
        ("mou", .mou, nil), ("mous", .mou, nil), ("memorandum", .mou, nil), ("memoranda", .mou, nil), ("agreement", .agreement, nil),
        ("agreements", .agreement, nil), ("deal", .agreement, nil), ("deals", .agreement, nil), ("accord", .agreement, nil),
        ("accords", .agreement, nil), ("treaty", .treaty, nil), ("treaties", .treaty, nil), ("convention", .convention, nil),
        ("conventions", .convention, nil), ("protocol", .protocol, nil), ("protocols", .protocol, nil),
        ("joint declaration", .declaration, nil), ("joint statement", .declaration, nil), ("declaration", .declaration, nil),
        ("executive programme", .other, nil), ("executive program", .other, nil), ("letters of exchange", .other, nil),
        ("memorandum d'entente", .mou, nil), ("memorandums d'entente", .mou, nil), ("protocole d'accord", .mou, nil),
        ("protocole", .protocol, nil), ("protocoles", .protocol, nil), ("traite", .treaty, nil), ("declaration d'intention", .declaration, nil),
        ("declaration commune", .declaration, nil), ("programme executif", .other, nil), ("lettre d'intention", .other, nil),
        ("instrument juridique", .other, nil), ("instruments juridiques", .other, nil), ("legal instrument", .other, nil),
        ("legal instruments", .other, nil),
    ]

    static let bodyHeads: [(String, String)] = [
        ("لجنه", "اللجنة"), ("اللجنه", "اللجنة"), ("لجان", "اللجان"), ("مجلس", "المجلس"), ("هيئه", "الهيئة"),
        ("commission", "commission"), ("committee", "committee"), ("council", "council"), ("comite", "comité"),
        ("conseil", "conseil"), ("dialogue", "dialogue"),
    ]

    static let bodyQualifiers: [String] = [
        "مشتركه", "العليا", "عليا", "مختلطه", "الكبري", "كبري", "التنسيق", "تنسيق", "الحكوميه", "الاستراتيجي", "الرئاسي",
        "joint", "mixed", "intergovernmental", "inter-governmental", "high", "higher", "bilateral", "coordination",
        "strategic", "binational", "mixte", "mixtes", "grande", "intergouvernementale", "paritaire", "presidentiel",
        "presidential", "cooperation", "strategique", "haut",
    ]

    static let sessions: [String] = [
        "دوره", "دورتها", "الدوره", "اعمال", "اشغال", "اجتماعها", "اجتماعات", "اجتماع", "جوله", "session", "sessions",
        "round", "meeting", "travaux", "reunion",
    ]

    static let planned: [String] = [
        "من المقرر", "من المنتظر", "يرتقب", "المرتقب", "المرتقبه", "المزمع", "مرتقبه", "ينتظر", "will", "shall",
        "scheduled", "is expected to", "are expected to", "to visit", "upcoming", "is due to", "are due to", "sera", "seront", "se tiendra",
        "doit", "doivent", "devrait", "devraient", "prevue", "prevu", "se rendra", "aura lieu", "غدا",
        // Preparing for an event puts it ahead: "التحضيرات لانعقاد الدورة", "les préparatifs de la session".
        "التحضيرات", "التحضير", "للتحضير", "الاستعدادات", "preparatifs", "preparations for", "preparing for",
        // Agreeing or deciding to hold an event puts the event after the decision.
        "علي عقد", "قررا عقد", "agreed to hold", "decided to hold",
        "agreed to convene", "convenu de tenir", "decide de tenir",
    ]

    static let negations: [String] = ["لم", "لن", "لا", "not", "never", "did not", "didn't", "ne", "n'a", "pas", "no"]

    static let counterparts: [String] = [
        "نظيره", "نظيرته", "نظيرها", "نظيرهم", "نظرائه", "نظيريه", "نظير", "counterpart", "counterparts", "homologue", "homologues",
    ]

    static let honorifics: [String] = [
        "السيد", "السيده", "الدكتور", "الدكتوره", "الاستاذ", "المهندس", "معالي", "فخامه", "سمو", "صاحب السمو", "صاحب الجلاله",
        "جلاله", "سعاده", "الشيخ", "دوله", "mr", "mrs", "ms", "dr", "h.e", "m", "mme", "monsieur", "madame", "maitre", "sheikh",
    ]

    /// Words after which an instrument's subject follows.
    static let subjects: [String] = [
        "لاحداث", "لانشاء", "لتعزيز", "في مجال", "في مجالات", "في مجالي", "حول", "بشان", "للتعاون في", "on", "for", "in the field of",
        "in the fields of", "regarding", "concerning", "pour", "sur", "portant sur", "relatif a", "dans le domaine", "en matiere de",
    ]

    /// Words that end a person's name.
    static let stops: [String] = [
        "في", "مع", "الي", "على", "علي", "عن", "من", "الذي", "التي", "يوم", "صباح", "مساء", "ظهر", "عصر", "زوال", "خلال",
        "لدي", "حيث", "وذلك", "منذ", "بعد", "قبل", "امس", "اليوم", "غدا", "عبر", "بمقر", "مقر", "قد", "كان", "انه", "ان",
        "هو", "هي", "وقد", "كما", "حول", "بحضور", "برئاسه", "نائب", "رئيس", "وزير", "رساله", "بقصر", "قصر", "وفدا", "وفد",
        "the", "and", "of", "in", "on", "at", "with", "who", "said", "has", "had", "was", "is", "to", "for", "et", "a", "au",
        "le", "la", "les", "du", "des", "qui", "en", "dans", "lors",
    ]
}
