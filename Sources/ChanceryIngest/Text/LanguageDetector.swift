/// Tells Arabic, French and English apart by script and by a handful of frequent function words.
public enum LanguageDetector {
    private static let french: Set<String> = ["le", "la", "les", "des", "du", "et", "est", "une", "dans", "pour", "qui", "au", "sur", "avec", "a"]
    private static let english: Set<String> = ["the", "and", "of", "to", "in", "is", "was", "with", "for", "on", "that", "has", "by"]

    /// "ar", "fr" or "en"; English when nothing else is clearer.
    public static func detect(_ text: String) -> String {
        var arabic = 0
        var latin = 0
        var frenchHits = 0
        var englishHits = 0
        var word = ""
        func flush() {
            if !word.isEmpty {
                if french.contains(word) { frenchHits += 1 }
                if english.contains(word) { englishHits += 1 }
                word = ""
            }
        }
        for scalar in text.unicodeScalars.prefix(20_000) {
            let value = scalar.value
            if (0x0600...0x06FF).contains(value) {
                arabic += 1
                flush()
            } else if (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) || (0xC0...0x17F).contains(value) {
                latin += 1
                if value < 0x80 { word.unicodeScalars.append(Unicode.Scalar(value | 0x20) ?? scalar) } else { word = "#" }
            } else {
                flush()
            }
        }
        flush()
        if arabic > latin { return "ar" }
        return frenchHits > englishHits ? "fr" : "en"
    }
}
