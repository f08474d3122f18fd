/// Small closed sets of folded words and marks that the readers ask of single tokens, made once: a literal
/// array built and compared at each token cost more than the reading it served.
enum TokenWords {
    static let determiners: WordSet = ["the", "of", "de", "du", "des", "la", "le", "l", "'", "d", "his", "their", "its", "her", "this",
                                       "these", "ces", "cette", "ce", "cet", "leurs", "leur", "ses", "son", "sa"]
    static let articles: WordSet = ["the", "le", "la", "l", "'", "les"]
    static let articlesAndOf: WordSet = ["the", "le", "la", "l", "'", "du", "de"]
    static let articlesAndOfPlace: WordSet = ["the", "l", "'", "la", "le", "of", "de", "du"]
    static let beforeAPeriod: WordSet = ["the", "of", "de", "l", "'", "la", "this", "cette"]
    static let beforeATitle: WordSet = ["the", "le", "la", "l", "'", "s", "de", "of"]
    static let beforeAWeekday: WordSet = ["a", "on", "le", "يوم", ","]
    /// "بالخارج": the end of a portfolio of nationals abroad (folded).
    static let abroad: WordSet = ["بالخارج", "بالمهجر", "الخارج"]
    /// "في": the state a minister serves, after the title (folded).
    static let inWords: WordSet = ["في", "بجمهورية", "بدولة", "بمملكة"]
    /// "the country" where the story is told: an ambassador "لدى البلاد" is posted there.
    static let theCountry: WordSet = ["البلاد", "بلادنا", "الدولة"]
    /// What a denial points back with: "denied it", "l'a démenti" (folded).
    static let objectPronouns: WordSet = ["it", "them", "l", "le", "la", "les", "ذلك", "هذا", "هذه", "ذلك."]
    static let commas: WordSet = [",", "،"]
    static let dashes: WordSet = ["-", "–"]
    static let dateJoiners: WordSet = ["-", "/", ",", "و", "et", "au", "de", "of", "e", "er", "th", "st", "nd", "rd"]
    static let datelineDashes: WordSet = ["-", "—", "–"]
    static let datelineMarks: WordSet = ["-", "—", "–", ":", "--"]
    static let dayJoiners: WordSet = ["-", "و", "et", "and", "au", "to", "الي", "/"]
    static let definiteDeterminers: WordSet = ["the", "la", "le", "l", "les", "their", "his", "her", "its", "leur", "leurs", "ses", "sa", "son"]
    static let genitives: WordSet = ["of", "de", "du", "des"]
    static let innerMarks: WordSet = ["-", "'", ","]
    static let levelWords: WordSet = ["علي", "مستوي"]
    static let listBreaks: WordSet = [".", ";", ":", "(", "\n"]
    static let nameLinks: WordSet = ["on", "for", "of", "de", "and", "et", "la", "du", "des", "l", "d", "the"]
    static let numericDateMarks: WordSet = ["/", "-", "."]
    static let ofWords: WordSet = ["of", "de", "du", "des", "d"]
    static let indefiniteArticles: WordSet = ["a", "an", "un", "une"]
    /// "the following month", "l'année suivante", "العام التالي": a period after the one told before.
    static let followingWords: WordSet = ["following", "suivant", "suivante", "التالي", "التاليه"]
    /// A body's own: "sa cinquième session", "its fourth session", "leur session".
    static let bodyPossessives: WordSet = ["sa", "son", "leur", "its", "their"]
    /// Words that bring in who makes a visit after its noun: "the visit of", "a visit by", "la visite du".
    static let visitorLinks: WordSet = ["of", "by", "de", "du", "d", "par"]
    static let portfolioLinks: WordSet = ["of", "for", "de", "des", "du", "the", "la", "l", "'", "d"]
    static let possessives: WordSet = ["s", "'", "the", "his", "her"]
    static let possessivesAndArticles: WordSet = ["s", "'", "the", "his", "her", "le", "la", "l"]
    static let sessionNouns: WordSet = ["session", "دوره", "الدوره", "دورتها", "round", "edition"]
    static let singularArticles: WordSet = ["the", "le", "la", "l", "'"]
    /// "بن", "bin": son of; "آل", folded "ال": of the house of ("شهاب بن طارق آل سعيد" is of the house of Said).
    /// "إلى اليمن", "to Yemen": the state an envoy is sent to.
    static let envoyTo: WordSet = ["الي", "to"]
    static let sonOf: WordSet = ["بن", "ابن", "ال", "bin", "ben", "ibn", "al"]
    static let stopsAndCommas: WordSet = [".", ";", ":", ","]
    static let strongStops: WordSet = [".", ";", ":", "!", "?", "\n"]
    static let sultanate: WordSet = ["سلطنه", "sultanate", "sultanat"]
    static let theOrDash: WordSet = ["the", "-", "–"]
    /// Words of "this" among the `current` ones: "12 هذا" is no date.
    static let demonstrativeCurrents: WordSet = ["ce", "cette", "this", "هذا", "هذه"]
    static let weakOpeners: WordSet = ["as", "then", "ainsi", "lors"]
    static let that: WordSet = ["that"]
    static let weekdayJoiners: WordSet = ["and", "et", "-", "to", "au", "و", "الي", "until"]
    static let wordJoiners: WordSet = ["-", "'", "’"]
    static let yearSpanMarks: WordSet = ["-", "–", "/"]
}
