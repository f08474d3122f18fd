@testable import ChanceryIngest
import ChanceryCore
import Testing

/// The vocabulary files, read as a linguist writes them.
struct VocabularyTests {
    @Test(arguments: Vocabulary.languages)
    func everyRowOfTheFileIsUnderstood(language: String) {
        let vocabulary = Vocabulary.embedded(language)
        #expect(vocabulary.problems.isEmpty, "\(vocabulary.problems)")
        #expect(vocabulary.entries.count > 300)
    }

    @Test(arguments: Vocabulary.languages)
    func everyKindOfCueHasWords(language: String) {
        let vocabulary = Vocabulary.embedded(language)
        let missing = CueKind.allCases.filter { (vocabulary.cueWords[$0] ?? []).isEmpty }
        #expect(missing.isEmpty, "\(language) has no words for \(missing)")
    }

    /// Every kind of cue is found on a token that the vocabulary lists for it, and on no other: the per-token set of
    /// kinds has room for them all, however many the vocabulary grows to.
    @Test(arguments: Vocabulary.languages)
    func everyKindOfCueIsFoundOnItsOwnWordsAlone(language: String) {
        #expect(CueKind.allCases.count < CueKinds.capacity)
        let vocabulary = Vocabulary.embedded(language)
        for kind in CueKind.allCases {
            guard let word = (vocabulary.cueWords[kind] ?? []).first(where: { !$0.contains(" ") && !$0.contains("'") && !$0.contains("’") && !$0.contains("-") }) else { continue }
            let table = MentionTable(ReadDocument(Document(language: language, text: word + " ,")), lexicon: Lexicon.of(language: language))
            #expect(table.cue(kind, 0), "\(language) \(kind): \(word)")
            #expect(!table.cue(kind, 1), "\(language) \(kind) on a comma")
        }
    }

    @Test func aRowOfAnUnknownClassIsReported() {
        let vocabulary = Vocabulary(language: "en", text: "meeting\tstrong\tmet\nmeetin\tstrong\ttalks\ncue\tweather\train\nrole\tking\n")
        #expect(vocabulary.entries.map(\.phrase) == ["met"])
        #expect(vocabulary.problems == ["line 2: unknown class meetin strong", "line 3: unknown cue weather", "line 4: expected 3 fields, found 2"])
    }

    @Test func aDocumentIsReadWithItsOwnLanguagesWords() {
        // "réunion" is a meeting in French; in English it is no word of the vocabulary.
        let french = EventExtractor().extract(from: Document(language: "fr", published: PartialDate("2024-05-08"),
            text: "Le ministre marocain et son homologue sénégalais ont tenu une réunion mardi à Rabat."))
        #expect(french.map(\.countries) == [["MA", "SN"]])
        let english = EventExtractor().extract(from: Document(language: "en", published: PartialDate("2024-05-08"),
            text: "Le ministre marocain et son homologue sénégalais ont tenu une réunion mardi à Rabat."))
        #expect(english.isEmpty)
    }
}
