import ChanceryCore
import SQLiteDB

/// The SQL that finds the people a searched name may be.
enum SearchNameSQL {
    static let actorsByAlias = "SELECT DISTINCT actor_id FROM actor_aliases WHERE folded_alias = ?"
    static let actorsBySurname = "SELECT DISTINCT actor_id FROM actor_name_words WHERE word = ? AND is_last = 1"
    static let actor = "SELECT name, country FROM actors WHERE id = ?"
    static let aliases = "SELECT alias FROM actor_aliases WHERE actor_id = ?"

    static var all: [(String, [any SQLiteBindable])] {
        [(actorsByAlias, ["lavrov"]), (actorsBySurname, ["lavrov"]), (actor, [1]), (aliases, [1])]
    }
}

extension Store {
    /// The longest run of words a name is looked up for: "Democratic Republic of the Congo".
    static let longestSearchedName = 6

    /// The query `text` asks, a known name in it searched by every name it goes by.
    ///
    /// A run of the typed words that is a country's name, in any of the three languages, or one of
    /// a person's names (curated officials and people met in articles alike) becomes one term,
    /// which any of the other names satisfies: "Lavrov" also finds لافروف and "Lavrov Rabat" an
    /// Arabic article naming لافروف in الرباط. Longer runs are tried first, so that "Nasser
    /// Bourita" is one name rather than two words. A person typed by one word of their name is
    /// looked for by the last word of each of their names (their surname in every script); by a
    /// longer name, by each of their names whole. A country is looked for by each of its names
    /// and by the `demonyms` the caller knows for its code ("marocain", "مغربي"). Other words are
    /// searched as they are.
    public func searchQuery(for text: String, demonyms: (String) -> [String] = { _ in [] }) throws -> SearchQuery {
        let words = SearchQuery.words(of: text)
        var terms: [SearchTerm] = []
        var start = 0
        try wrap {
            while start < words.folded.count {
                var term: SearchTerm?
                var end = min(words.folded.count, start + Self.longestSearchedName)
                while end > start, term == nil {
                    term = try namedTerm(words[start..<end], demonyms: demonyms)
                    if term == nil { end -= 1 }
                }
                if let term {
                    terms.append(term)
                    start = end
                } else {
                    terms.append(SearchTerm(typed: words[start..<start + 1]))
                    start += 1
                }
            }
        }
        return SearchQuery(terms: terms)
    }

    /// The term for `typed` when it names a country or a person, else nil.
    private func namedTerm(_ typed: SearchWords, demonyms: (String) -> [String]) throws -> SearchTerm? {
        let key = typed.folded.joined(separator: " ")
        var named: [SearchTerm.Named] = []
        var names: [SearchWords] = []
        if let country = CountryCatalog.shared.country(named: key) {
            named.append(.country(country))
            for name in country.allNames + demonyms(country.code) {
                names.append(SearchQuery.words(of: name))
            }
        }
        var actors = try db.rows(SearchNameSQL.actorsByAlias, [key]).compactMap { $0[0].int64 }
        let oneWord = typed.folded.count == 1
        if oneWord {
            for row in try db.rows(SearchNameSQL.actorsBySurname, [key]) {
                if let id = row[0].int64, !actors.contains(id) { actors.append(id) }
            }
        }
        for id in actors.sorted() {
            guard let row = try db.rows(SearchNameSQL.actor, [id]).first else { continue }
            named.append(.actor(id: id, name: row[0].string ?? "", country: row[1].string))
            for alias in try db.rows(SearchNameSQL.aliases, [id]).compactMap({ $0[0].string }) {
                let words = SearchQuery.words(of: alias)
                guard !words.isEmpty else { continue }
                names.append(oneWord ? words[words.folded.count - 1..<words.folded.count] : words)
            }
        }
        return named.isEmpty ? nil : SearchTerm(typed: typed, named: named, names: names)
    }
}
