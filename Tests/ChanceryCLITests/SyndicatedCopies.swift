import ChanceryCore
import Foundation

/// The dev corpora beside the repository (`../shared/corpus/dev*`), read at run time: their text
/// is other people's writing and is not in the repository.
enum DevCorpus {
    static let folder = Paths.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    static let sets = ["dev", "dev-b", "dev-c"]

    static func documentsPath(_ set: String) -> String {
        folder.appendingPathComponent(set).appendingPathComponent("documents.jsonl").path
    }

    static var isAvailable: Bool {
        sets.allSatisfy { FileManager.default.fileExists(atPath: documentsPath($0)) }
    }

    /// One article of a set: its JSON object as the file gives it.
    struct Article {
        /// The set it belongs to: dev, dev-b or dev-c.
        var corpus: String
        var fields: [String: Any]

        var id: String { fields["id"] as? String ?? "" }
        var language: String { fields["lang"] as? String ?? "" }
        var title: String? { fields["title"] as? String }
        var text: String { fields["text"] as? String ?? "" }
        /// `dev-b/ar-040`.
        var name: String { corpus + "/" + id }

        var jsonLine: String {
            let data = (try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
            return String(decoding: data, as: UTF8.self)
        }
    }

    static func articles(_ set: String) throws -> [Article] {
        let text = try String(contentsOfFile: documentsPath(set), encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw JSONError("a line of \(set)/documents.jsonl is not a JSON object")
            }
            return Article(corpus: set, fields: object)
        }
    }

    static func allArticles() throws -> [Article] {
        try sets.flatMap(articles)
    }

    /// The clusters of the events gold.jsonl gives each document of a set (an event with no
    /// cluster counts as one of its own), by document id.
    static func goldEvents(_ set: String) throws -> [String: Set<String>] {
        let path = folder.appendingPathComponent(set).appendingPathComponent("gold.jsonl").path
        var events: [String: Set<String>] = [:]
        for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let document = object["document"] as? String else { continue }
            let listed = object["events"] as? [[String: Any]] ?? []
            events[document] = Set(listed.enumerated().map { index, event in
                event["cluster"] as? String ?? "\(set)/\(document)#\(index)"
            })
        }
        return events
    }
}

/// Copies of articles as syndication makes them: the same wire story printed by another outlet,
/// under another id and address, with another headline, often a line of its own at the end, a
/// few words changed. The same seed gives the same copies.
struct Syndication {
    var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    /// Lines an outlet adds at the end, in our own words.
    static let trailingLines = [
        "en": ["Reported by our news desk.", "Follow us for the latest news.", "This story comes from a wire agency feed."],
        "fr": ["Avec les agences.", "Suivez-nous pour plus d'actualités.", "Cet article provient d'une dépêche d'agence."],
        "ar": ["المصدر: وكالات.", "تابعونا لمزيد من الأخبار.", "نقلا عن وكالة الأنباء."],
    ]

    /// What outlets put before a headline of their own, in our own words.
    static let headlinePrefixes = [
        "en": ["Update: ", "World: ", "Diplomacy: "],
        "fr": ["Diplomatie : ", "International : ", "Direct : "],
        "ar": ["عاجل: ", "دبلوماسية: ", "أخبار: "],
    ]

    /// Copy `number` of `article`: its headline (the title, else the first words of its text)
    /// given another opening and, half the time, without its last word.
    mutating func copy(of article: DevCorpus.Article, number: Int) -> DevCorpus.Article {
        var fields = article.fields
        fields["id"] = "\(article.id)~\(number)"
        fields["url"] = "https://outlet-\(number).example/\(article.id)"
        var headlineWords = (article.title ?? article.text).split(whereSeparator: \.isWhitespace).prefix(article.title == nil ? 8 : 40)
        if headlineWords.count > 3, random.below(2) == 0 { headlineWords.removeLast() }
        let prefixes = Self.headlinePrefixes[article.language] ?? [""]
        let headline = prefixes[random.below(prefixes.count)] + headlineWords.joined(separator: " ")
        fields["title"] = headline

        var lines = article.text.components(separatedBy: "\n")
        // Another headline: in place of the first line when that is one (short, no closing stop), else above it.
        if let first = lines.first, Self.isHeadline(first) { lines[0] = headline } else { lines.insert(headline, at: 0) }
        // A few words changed: each to another word of the article.
        let words = lines.flatMap { $0.split(separator: " ").map(String.init) }.filter { $0.count > 1 }
        for _ in 0..<(1 + random.below(3)) where !words.isEmpty {
            let line = 1 + random.below(max(1, lines.count - 1))
            guard line < lines.count else { continue }
            var inLine = lines[line].components(separatedBy: " ")
            guard !inLine.isEmpty else { continue }
            inLine[random.below(inLine.count)] = words[random.below(words.count)]
            lines[line] = inLine.joined(separator: " ")
        }
        // Most outlets sign off with a line of their own.
        if random.below(10) < 7, let endings = Self.trailingLines[article.language] {
            lines.append(endings[random.below(endings.count)] + " (\(number))")
        }
        fields["text"] = lines.joined(separator: "\n")
        return DevCorpus.Article(corpus: article.corpus, fields: fields)
    }

    static func isHeadline(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.split(separator: " ").count <= 15 else { return false }
        return !(trimmed.last.map { ".!?؟…:".contains($0) } ?? false)
    }

    /// The articles `repetitions` times: once as they are, then `repetitions - 1` copies of each,
    /// the copies of each round in the order of the articles.
    static func corpus(of articles: [DevCorpus.Article], repetitions: Int, seed: UInt64 = 14) -> [DevCorpus.Article] {
        var syndication = Syndication(seed: seed)
        var corpus = articles
        for number in stride(from: 1, to: repetitions, by: 1) {
            for article in articles {
                corpus.append(syndication.copy(of: article, number: number))
            }
        }
        return corpus
    }
}

/// Steele, Lea and Flood's SplitMix64: the same seed gives the same numbers everywhere.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`, for bound > 0.
    mutating func below(_ bound: Int) -> Int {
        Int(truncatingIfNeeded: next() % UInt64(bound))
    }
}
