/// Arabic sentence templates, written for this benchmark.
struct ArabicTemplates: SentenceTemplates {
    private static let instruments = [
        ("مذكرة تفاهم", "مذكرتي تفاهم", "ثلاث مذكرات تفاهم"), ("اتفاقية", "اتفاقيتين", "ثلاث اتفاقيات"),
        ("معاهدة", "معاهدتين", "ثلاث معاهدات"), ("اتفاقية إطار", "اتفاقيتي إطار", "ثلاث اتفاقيات إطار"),
        ("بروتوكول تعاون", "بروتوكولي تعاون", "ثلاثة بروتوكولات تعاون"), ("إعلان مشترك", "إعلانين مشتركين", "ثلاثة إعلانات مشتركة"),
        ("برنامج تنفيذي", "برنامجين تنفيذيين", "ثلاثة برامج تنفيذية"),
    ]
    private static let ordinals = ["الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة",
                                   "التاسعة", "العاشرة", "الحادية عشرة", "الثانية عشرة", "الثالثة عشرة", "الرابعة عشرة",
                                   "الخامسة عشرة"]

    func lead(_ story: Story, date: String, variant: Int) -> String {
        let (a, b) = (story.first, story.second)
        let (p, q) = (story.firstPerson, story.secondPerson)
        switch story.lead {
        case .meeting:
            switch variant % 3 {
            case 0: return "أجرى \(p.office.arabic) ال\(a.arabicMasculine) \(p.arabic) \(date) في \(story.city.arabic) مباحثات مع نظيره ال\(b.arabicMasculine) \(q.arabic)."
            case 1: return "استقبل \(p.arabic)، \(p.office.arabic) ال\(a.arabicMasculine)، \(date) في \(story.city.arabic)، \(q.office.arabic) ال\(b.arabicMasculine) \(q.arabic)."
            default: return "جرت \(date) في \(story.city.arabic) مباحثات \(a.arabicFeminine.withArticle) \(b.arabicFeminine.withArticle) بين \(p.arabic) و\(q.arabic)."
            }
        case .phoneCall:
            return "تلقى \(p.office.arabic) ال\(a.arabicMasculine) \(p.arabic) \(date) اتصالا هاتفيا من نظيره ال\(b.arabicMasculine) \(q.arabic)."
        case .videoCall:
            return "عقد \(p.arabic) ونظيره ال\(b.arabicMasculine) \(q.arabic) \(date) اجتماعا عبر تقنية الفيديو."
        case .plannedMeeting:
            return "من المقرر أن يلتقي \(p.office.arabic) ال\(a.arabicMasculine) \(p.arabic) \(date) في \(story.city.arabic) بنظيره ال\(b.arabicMasculine) \(q.arabic)."
        case .agreement:
            return signing(story, date: date, variant: variant)
        case .commissionSession:
            return "انعقدت \(date) في \(story.city.arabic) أشغال الدورة \(Self.ordinals[story.ordinal - 1]) للجنة المشتركة \(a.arabicFeminine.withArticle) \(b.arabicFeminine.withArticle) برئاسة \(p.arabic) و\(q.arabic)."
        case .plannedSession:
            return "ومن المرتقب أن تنعقد \(date) في \(story.city.arabic) الدورة \(Self.ordinals[story.ordinal - 1]) للجنة العليا المشتركة بين \(a.arabic) و\(b.arabic)."
        }
    }

    func signing(_ story: Story, date: String, variant: Int) -> String {
        let forms = Self.instruments[story.instrumentIndex]
        let what = [forms.0, forms.1, forms.2][story.instrumentCount - 1]
        if variant % 2 == 0 {
            return "وقع \(story.first.arabic) و\(story.second.arabic) \(date) في \(story.city.arabic) \(what) في مجال \(story.field.arabic)، بحضور \(story.firstPerson.arabic) و\(story.secondPerson.arabic)."
        }
        return "ووقع \(story.firstPerson.arabic) ونظيره ال\(story.second.arabicMasculine) \(story.secondPerson.arabic) \(date) \(what) في مجال \(story.field.arabic)."
    }

    func background(_ story: Story, year: String) -> String {
        "وكان البلدان قد وقعا أول اتفاقية في مجال \(story.field.arabic) \(year)."
    }

    func filler(_ story: Story, variant: Int, number: Int) -> String {
        switch variant % 6 {
        case 0: return "واستعرض الجانبان سبل تطوير التعاون الثنائي في مجال \(story.field.arabic)."
        case 1: return "وبلغ حجم المبادلات التجارية بين البلدين \(number) مليار دولار حسب الأرقام الرسمية."
        case 2: return "كما تبادل المسؤولان وجهات النظر حول القضايا الإقليمية والدولية ذات الاهتمام المشترك."
        case 3: return "وأشاد \(story.firstPerson.arabic) بمستوى العلاقات التي تجمع \(story.first.arabic) و\(story.second.arabic)."
        case 4: return "وأعرب الطرفان عن ارتياحهما لمستوى التنسيق القائم بين إدارتي البلدين في مختلف المجالات."
        default: return "ورافق الوفد عدد من رجال الأعمال، وشاركت \(number) شركة في منتدى للاستثمار."
        }
    }

    func title(_ story: Story) -> String {
        "\(story.firstPerson.arabic) و\(story.secondPerson.arabic) في \(story.city.arabic): تعاون \(story.first.arabicFeminine.withArticle) \(story.second.arabicFeminine.withArticle)"
    }

    func dateline(_ story: Story, published: String) -> String {
        "\(story.city.arabic) - \(published)"
    }
}

extension String {
    /// The Arabic adjective with its article: "مغربية" → "المغربية", "جنوب أفريقية" → "الجنوب أفريقية".
    var withArticle: String { "ال" + self }
}
