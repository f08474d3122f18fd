import ChanceryCore

/// A lexicon phrase found in a document, over tokens `[start, start + length)`.
struct Mention {
    let start: Int
    let length: Int
    let entries: [LexiconEntry]
    let future: Bool
    let prefixLength: Int

    var end: Int { start + length }

    func first<T>(_ pick: (LexiconEntry) -> T?) -> T? {
        for entry in entries { if let value = pick(entry) { return value } }
        return nil
    }

    func has(_ test: (LexiconEntry) -> Bool) -> Bool { entries.contains(where: test) }
}

/// One pass over the tokens, looking every position up in the lexicon, longest phrase first.
enum MentionScanner {
    /// The mentions in `tokens`; `folded`, the scalars the tokens were cut from, spares decoding their texts.
    static func mentions(in tokens: [Token], folded: [Unicode.Scalar]? = nil, lexicon: Lexicon) -> [Mention] {
        var mentions: [Mention] = []
        // Room for the usual share of mentions, so that the array seldom regrows and copies them.
        mentions.reserveCapacity(tokens.count / 4)
        let readings = TokenReadings(tokens, folded: folded, words: lexicon.words)
        var index = 0
        while index < tokens.count {
            // The token is read in place, field by field: copying a `Token` out retains and releases its text.
            guard tokens[index].kind != .punct, let match = lexicon.match(readings, at: index) else {
                index += 1
                continue
            }
            let isArabic = tokens[index].isArabic
            let characterCount = tokens[index].characterCount
            var entries = match.entries
            // Short Latin words name a country or organisation only in capitals: "US" but not "us".
            if match.length == 1, !isArabic, characterCount <= 3, !tokens[index].allCaps {
                let isName: (LexiconEntry) -> Bool = {
                    switch $0 {
                    case .country, .organization, .city, .official: true
                    default: false
                    }
                }
                // Asked first: removing from the lexicon's shared array, even nothing, would copy it.
                if entries.contains(where: isName) { entries.removeAll(where: isName) }
            }
            // Person names and places in Latin script are written with a capital.
            if !isArabic, !tokens[index].capitalized {
                // ("réunion" is a meeting, "Réunion" the island.)
                let isCapitalizedName: (LexiconEntry) -> Bool = {
                    switch $0 {
                    case .official, .city, .country: true
                    default: false
                    }
                }
                if entries.contains(where: isCapitalizedName) { entries.removeAll(where: isCapitalizedName) }
            }
            // "la première Réunion de haut niveau": a meeting's name that is also a territory's is the territory only
            // after its article ("à La Réunion").
            if !isArabic, entries.contains(where: { if case .meeting = $0 { true } else { false } }),
               entries.contains(where: { if case .country = $0 { true } else { false } }),
               !(index > 0 && tokens[index - 1].text == "la") {
                entries.removeAll { if case .country = $0 { true } else { false } }
            }
            guard !entries.isEmpty else {
                index += 1
                continue
            }
            mentions.append(Mention(start: index, length: match.length, entries: entries,
                                    future: match.future, prefixLength: match.prefixLength))
            index += match.length
        }
        return mentions
    }
}
