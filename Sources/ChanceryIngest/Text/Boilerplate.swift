/// Lines that belong to the page rather than the article.
enum Boilerplate {
    /// Folded markers of navigation, sharing and comment lines.
    static let markers: [String] = [
        "اقرا ايضا", "اقرا المزيد", "التعاليق", "اترك تعليقا", "اضافه تعليق", "اضف تعليق", "مشاركه :",
        "رابط دائم", "تابعونا", "read more", "read also", "share", "comments", "leave a comment", "subscribe",
        "lire aussi", "lire la suite", "partager", "commentaires", "laisser un commentaire", "newsletter",
        "facebook", "twitter", "whatsapp", "linkedin", "telegram", "اتصل بنا", "contact us", "contactez-nous",
    ]

    /// The markers as scalars, for the scalar search.
    private static let markerScalars: [[Unicode.Scalar]] = markers.map { Array($0.unicodeScalars) }

    static func isBoilerplate(_ line: ArraySlice<Unicode.Scalar>, tokenCount: Int) -> Bool {
        guard tokenCount > 0 else { return false }
        // A menu or a breadcrumb: "الرئيسية | عن الوزارة | الأخبار | اتصل بنا", "News › Politics › Foreign Affairs".
        if line.count < 200, line.lazy.filter({ $0 == "|" || $0 == "›" || $0 == ">" }).count >= 2 { return true }
        guard line.count < 60 else { return false }
        // Over simple scalars a scalar search finds exactly what `String.contains` finds, without its
        // cluster-aware search, which dominated both tokenizing and the lexicon build.
        if line.allSatisfy({ ScalarClass.isSimple($0.value) }) {
            return markerScalars.contains { contains(line, $0) }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: line)
        let text = String(view)
        return markers.contains { text.contains($0) }
    }

    /// True for a line that opens on a bullet ("- ", "• "): under "اقرأ أيضا:" or "Read also", a link to another
    /// story, whose headline tells of other events.
    static func isListItem(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = line.first(where: { $0 != " " && $0 != "\t" }) else { return false }
        return ["-", "•", "*", "–", "—", "·", "▪", "►"].contains(first)
    }

    /// True when `needle` occurs in `haystack`, comparing scalars.
    private static func contains(_ haystack: ArraySlice<Unicode.Scalar>, _ needle: [Unicode.Scalar]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return false }
        var start = haystack.startIndex
        let last = haystack.endIndex - needle.count
        while start <= last {
            if haystack[start] == first {
                var k = 1
                while k < needle.count, haystack[start + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            start += 1
        }
        return false
    }
}
