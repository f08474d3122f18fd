import ChanceryCore
import SQLiteDB

/// A name a person goes by, and how often the documents of each language wrote it.
public struct PersonName: Hashable, Sendable {
    public var name: String
    /// Reports that name the person so, by their document's language ("ar", "fr", "en"); empty
    /// for a name only the curated officials give.
    public var writtenIn: [String: Int]

    public init(name: String, writtenIn: [String: Int] = [:]) {
        self.name = name
        self.writtenIn = writtenIn
    }
}

/// The SQL that finds how the documents write a person's names.
enum PersonNameSQL {
    static let aliases = "SELECT alias FROM actor_aliases WHERE actor_id = ?"

    /// The name each report of the person's events wrote, with its document's language: a report
    /// of its own where several documents report the event, else the event's only document.
    /// A sample is enough to tell how each press writes a name: the first thousand.
    static let written = """
        SELECT rp.name, d.language FROM participations p
        JOIN report_participants rp ON rp.event_id = p.event_id AND rp.actor_id = p.actor_id
        JOIN documents d ON d.id = rp.document_id
        WHERE p.actor_id = ?1
        UNION ALL
        SELECT p.name, d.language FROM participations p
        JOIN sources s ON s.event_id = p.event_id
        JOIN documents d ON d.id = s.document_id
        WHERE p.actor_id = ?1 AND NOT EXISTS (SELECT 1 FROM reports r WHERE r.event_id = p.event_id)
        LIMIT 1000
        """
}

extension Store {
    /// Every name, in any script, of the person a participant named `name` of `country` is, with
    /// the languages of the documents that wrote each: what shows a person in another script.
    /// Empty when the base knows no one of that name and country.
    public func names(ofPersonNamed name: String, country: String?) throws -> [PersonName] {
        try wrap {
            guard let actor = try actorID(alias: CountryCatalog.key(name), country: country) else { return [] }
            return try names(ofActor: actor)
        }
    }

    /// Every name of the actor `id`, in the order of their folded forms, with the languages of
    /// the documents that wrote each.
    public func names(ofActor id: Int64) throws -> [PersonName] {
        try wrap {
            var names = try db.rows(PersonNameSQL.aliases, [id]).compactMap { $0[0].string }.map { PersonName(name: $0) }
            var byKey: [String: Int] = [:]
            for (index, name) in names.enumerated() { byKey[CountryCatalog.key(name.name)] = index }
            for row in try db.rows(PersonNameSQL.written, [id]) {
                guard let written = row[0].string, let language = row[1].string else { continue }
                let key = CountryCatalog.key(written)
                let index = byKey[key] ?? {
                    names.append(PersonName(name: written))
                    byKey[key] = names.count - 1
                    return names.count - 1
                }()
                names[index].writtenIn[language, default: 0] += 1
            }
            return names
        }
    }
}
