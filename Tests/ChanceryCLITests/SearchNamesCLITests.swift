import Foundation
import Testing

/// `chancery search` looks for a known person or country by every name it goes by, and shows
/// the words that matched.
@Suite struct SearchNamesCLITests {
    /// Articles of our own: an Arabic one that names Lavrov only in Arabic, a French one, and one
    /// that names him not at all.
    static let documents = """
        {"id": "ar-lavrov", "lang": "ar", "published": "2025-06-11", "text": "بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره المغربي ناصر بوريطة سبل تعزيز التعاون بين البلدين."}
        {"id": "fr-lavrov", "lang": "fr", "published": "2025-06-12", "text": "Le chef de la diplomatie russe Sergueï Lavrov a reçu à Moscou son homologue marocain."}
        {"id": "en-other", "lang": "en", "published": "2025-06-13", "text": "Trade talks in Geneva ended without an agreement."}

        """

    func ingested(_ body: (CLI) throws -> Void) throws {
        try withCLI { cli in
            let path = try cli.write(Self.documents, to: "docs.jsonl")
            let result = try cli.run(["ingest", path])
            #expect(result.status == 0, "\(result)")
            try body(cli)
        }
    }

    /// Each JSON Lines hit as its document, snippet and matched words.
    func hits(_ result: RunResult) throws -> [String: (snippet: String, matches: [String])] {
        var hits: [String: (snippet: String, matches: [String])] = [:]
        for line in result.stdoutLines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let document = try #require(object["document"] as? String)
            hits[document] = (try #require(object["snippet"] as? String), try #require(object["matches"] as? [String]))
        }
        return hits
    }

    @Test func lavrovFindsTheArabicArticleThatNamesLafrufAndTheFrenchOne() throws {
        try ingested { cli in
            let result = try cli.run(["search", "Lavrov", "--format", "jsonl"])
            #expect(result.status == 0, "\(result)")
            let found = try hits(result)
            #expect(Set(found.keys) == ["ar-lavrov", "fr-lavrov"])
            #expect(found["ar-lavrov"]?.matches == ["لافروف"])
            #expect(found["ar-lavrov"]?.snippet.contains("سيرغي لافروف مع نظيره") == true)
            #expect(found["fr-lavrov"]?.matches == ["Lavrov"])
            #expect(found["fr-lavrov"]?.snippet.contains("Sergueï Lavrov a reçu") == true)
        }
    }

    @Test func theArabicNameFindsTheFrenchArticle() throws {
        try ingested { cli in
            let result = try cli.run(["search", "لافروف", "--format", "jsonl"])
            #expect(result.status == 0, "\(result)")
            #expect(Set(try hits(result).keys) == ["ar-lavrov", "fr-lavrov"])
        }
    }

    @Test func aTableMarksTheMatchedWordsAndSaysWhatElseWasSearched() throws {
        try ingested { cli in
            let result = try cli.run(["search", "Lavrov", "moscou"])
            #expect(result.status == 0, "\(result)")
            let lines = result.stdoutLines
            #expect(lines.count == 5, "\(result)")
            #expect(lines.contains { $0.hasPrefix("fr-lavrov") && $0.contains("Sergueï [Lavrov] a reçu à [Moscou] son homologue") }, "\(result)")
            #expect(lines.suffix(2) == [
                "1 document.",
                "Lavrov also searched as \u{2068}لافروف\u{2069}: a name of \u{2068}سيرغي لافروف\u{2069} (RU).",
            ])
        }
    }

    @Test func aCountrysNameFindsItsNamesAndDemonymsInTheOtherLanguages() throws {
        try ingested { cli in
            // "Maroc" is in neither article: المغربي (Moroccan) and "marocain" are.
            let result = try cli.run(["search", "Maroc", "--format", "jsonl"])
            #expect(result.status == 0, "\(result)")
            let found = try hits(result)
            #expect(Set(found.keys) == ["ar-lavrov", "fr-lavrov"])
            #expect(found["ar-lavrov"]?.matches == ["المغربي"])
            #expect(found["fr-lavrov"]?.matches == ["marocain"])
        }
    }

    @Test func plainWordsAreFoundAsBefore() throws {
        try ingested { cli in
            let result = try cli.run(["search", "Geneva", "--format", "csv"])
            #expect(result.status == 0, "\(result)")
            #expect(result.stdoutLines == [
                "document,published,title,snippet,matches,events",
                "en-other,2025-06-13,,Trade talks in Geneva ended without an agreement.,Geneva,",
            ])
        }
    }
}
