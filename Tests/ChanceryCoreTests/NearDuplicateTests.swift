import ChanceryCore
import Testing

/// Word shingles, their MinHash signature and bands, and content words: what the store finds
/// copies and agreeing evidence with. The texts are our own.
@Suite struct NearDuplicateTests {
    static let wire = """
        The foreign ministers of Morocco and Senegal met in Rabat on Tuesday to prepare the next session \
        of the joint commission, which is to be held in Dakar before the end of the year. They agreed to \
        widen cooperation in fisheries, energy and higher education, and to open a direct shipping line \
        between the two ports. The ministers also reviewed the situation in the Sahel.
        """

    @Test func theSameWordsSetOtherwiseAreTheSameShingles() {
        let restyled = "THE FOREIGN ministers of Morocco, and Senegal — met in “Rabat” on Tuesday!"
        #expect(WordShingles("The foreign ministers of Morocco and Senegal met in Rabat on Tuesday")
                == WordShingles(restyled))
    }

    @Test func accentsAndHarakatAreFoldedAway() {
        #expect(WordShingles("Le ministre des Affaires étrangères a reçu son homologue sénégalais à Rabat")
                == WordShingles("le ministre des affaires etrangeres a recu son homologue senegalais a rabat"))
        #expect(WordShingles("استقبل وزيرُ الخارجيةِ نظيرَه السنغالي في الرباط") == WordShingles("استقبل وزير الخارجية نظيره السنغالي في الرباط"))
    }

    @Test func aTextIsItsOwnCopy() {
        #expect(WordShingles(Self.wire).resemblance(to: WordShingles(Self.wire)) == 1)
    }

    @Test func anotherHeadlineAndATrailingLineLeaveMostShinglesShared() {
        let copy = "Morocco, Senegal prepare joint commission\n" + Self.wire + "\nReported by our news desk."
        let resemblance = WordShingles(copy).resemblance(to: WordShingles(Self.wire))
        #expect(resemblance > 0.7 && resemblance < 1)
    }

    @Test func aChangedWordSpoilsTheFiveShinglesItIsIn() {
        let original = WordShingles(Self.wire)
        let changed = WordShingles(Self.wire.replacingOccurrences(of: "fisheries", with: "agriculture"))
        #expect(changed.count == original.count)
        let shared = Double(original.count - 5)
        #expect(abs(changed.resemblance(to: original) - shared / (shared + 10)) < 1e-9)
    }

    @Test func anotherArticleOnTheSameSubjectSharesFewShingles() {
        let other = """
            Senegal's foreign minister was received in Rabat by his Moroccan counterpart, with whom he \
            discussed fisheries and the shipping line planned between Dakar and Tangier, ahead of the \
            joint commission's session.
            """
        #expect(WordShingles(other).resemblance(to: WordShingles(Self.wire)) < 0.1)
    }

    @Test func aTextShorterThanAShingleIsOneShingle() {
        #expect(WordShingles("Rabat talks").count == 1)
        #expect(WordShingles("").count == 0)
        #expect(WordShingles(" — ").count == 0)
    }

    @Test func signaturesAgreeAboutAsOftenAsTheTextsResemble() {
        let copy = WordShingles(Self.wire.replacingOccurrences(of: "Tuesday", with: "Monday") + "\nFollow us for the latest news.")
        let original = WordShingles(Self.wire)
        let estimate = MinHash(copy).estimatedResemblance(to: MinHash(original))
        #expect(abs(estimate - copy.resemblance(to: original)) < 0.2)
        #expect(MinHash(original).values.count == MinHash.bands * MinHash.rows)
    }

    @Test func aCopySharesBandsAndAnotherArticleNone() {
        let copy = "Morocco, Senegal prepare joint commission\n" + Self.wire
        let bands = Set(MinHash(WordShingles(Self.wire)).bandHashes)
        #expect(bands.count == MinHash.bands)
        #expect(!bands.isDisjoint(with: MinHash(WordShingles(copy)).bandHashes))
        let other = "The president of Ghana received the Nigerian ambassador in Accra to discuss the trade corridor."
        #expect(bands.isDisjoint(with: MinHash(WordShingles(other)).bandHashes))
    }

    @Test func aTextOfNoWordHasNoBands() {
        #expect(MinHash(WordShingles("")).bandHashes.isEmpty)
    }

    @Test func contentWordsLeaveOutShortWords() {
        let words = ContentWords("Bourita and Lavrov met in Moscow on the 16th")
        #expect(words.count == 4)  // bourita, lavrov, moscow, 16th; not and, met, in, on, the
        #expect(words == ContentWords("in Moscow, Bourita met Lavrov on the 16th"))
    }

    @Test func passagesOfMostlyTheSameWordsResembleAndOthersDoNot() {
        let passage = ContentWords("Foreign Minister Nasser Bourita held talks with his Senegalese counterpart in Rabat")
        #expect(passage.resemblance(to: ContentWords("Nasser Bourita held talks in Rabat with his Senegalese counterpart on Tuesday")) >= 0.5)
        #expect(passage.resemblance(to: ContentWords("The two countries signed three agreements on fisheries and energy")) < 0.2)
        #expect(passage.resemblance(to: ContentWords("")) == 0)
        #expect(passage.share(with: ContentWords("Bourita held talks")) == 1)
    }
}
