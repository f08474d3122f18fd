import ChanceryCore
import SQLiteDB

/// A person offered for a name no one in the knowledge base goes by.
public struct ActorSuggestion: Hashable, Sendable {
    public var actor: ActorSummary
    /// The name to show them by: one of theirs in the script typed, where they have one.
    public var name: String
}

/// The SQL of the suggestions: every name of every person, read only once a lookup has failed.
enum ActorSuggestionSQL {
    static let allAliases = "SELECT a.actor_id, a.alias FROM actor_aliases a"
    static let aliasesOfCountry = "SELECT a.actor_id, a.alias FROM actor_aliases a JOIN actors x ON x.id = a.actor_id WHERE x.country = ?"
}

extension Store {
    /// The people whose names, in any script, come nearest `text` ("Buritaa": Nasser Bourita),
    /// of `country` when given; the nearest first, as near as each other, most events first.
    public func actors(resembling text: String, country: String? = nil) throws -> [ActorSuggestion] {
        try wrap {
            var nearest = NameSuggestions<Int64>(for: text)
            let rows = try country.map { try db.rows(ActorSuggestionSQL.aliasesOfCountry, [$0]) }
                ?? db.rows(ActorSuggestionSQL.allAliases)
            for row in rows {
                guard let id = row[0].int64, let alias = row[1].string else { continue }
                nearest.consider(alias, for: id)
            }
            let arabic = Self.isArabic(text)
            var found: [ActorSuggestion] = []
            for suggestion in nearest.best {
                guard let actor = try actorSummary(id: suggestion.target) else { continue }
                // The name they were first known by, when it is in the script typed; else one of the same script.
                let name = Self.isArabic(actor.name) == arabic ? actor.name
                    : Self.middleSpelling(of: actor.aliases.filter { Self.isArabic($0) == arabic }) ?? actor.name
                found.append(ActorSuggestion(actor: actor, name: name))
            }
            return found.sorted { ($0.actor.events, $1.actor.id) > ($1.actor.events, $0.actor.id) }
        }
    }

    /// Of the fullest names (those of the most words: not "Bourita" alone), the spelling nearest
    /// all the others, the fewest edits to them in all: "Nasser Bourita" of "Naser Bourita",
    /// "Nasser Bourita" and "Nasser Burita". The store keeps a person's names without the order
    /// a list gave them, and the spelling the others differ from by a letter each is the usual
    /// one. Nil for no names.
    static func middleSpelling(of names: [String]) -> String? {
        let wordCounts = names.map { CountryCatalog.key($0).split(separator: " ").count }
        guard let most = wordCounts.max() else { return nil }
        let names = zip(names, wordCounts).filter { $0.1 == most }.map(\.0)
        let keys = names.map { Array(CountryCatalog.key($0).unicodeScalars) }
        var best: (total: Int, name: String)?
        for (index, key) in keys.enumerated() {
            let total = keys.reduce(0) { sum, other in
                sum + (EditDistance.between(key, other, atMost: max(key.count, other.count)) ?? 0)
            }
            if best.map({ (total, names[index]) < ($0.total, $0.name) }) ?? true { best = (total, names[index]) }
        }
        return best?.name
    }
}
