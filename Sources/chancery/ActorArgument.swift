import ChanceryCore
import ChanceryStore

/// A person named on the command line: an actor id, or a name in any script.
enum ActorArgument {
    static func resolve(_ text: String, in store: Store) throws -> ActorSummary {
        if let id = Int64(text) {
            guard let actor = try store.actorSummary(id: id) else { throw CLIError(storeError: .noSuchActor(id)) }
            return actor
        }
        let matches = try store.actors(matching: text)
        guard let first = matches.first else { throw try notFound(text, in: store) }
        guard matches.count > 1 else { return first }
        let key = CountryCatalog.key(text)
        let exact = matches.filter { $0.aliases.contains { CountryCatalog.key($0) == key } }
        if exact.count == 1 { return exact[0] }
        let named = matches.prefix(5).map { "\(TerminalText.isolated($0.name)) (\($0.id))" }.joined(separator: ", ")
        throw CLIError("'\(text)' names \(matches.count) people: \(named)\(matches.count > 5 ? ", …" : "")",
                       hint: "Give the actor's id, as chancery actors lists it.", kind: .usage)
    }

    /// The error for a name no one goes by: the people whose names come nearest, when some do
    /// ("Buritaa": Nasser Bourita), with their ids when there are several to choose from.
    static func notFound(_ text: String, country: String? = nil, in store: Store) throws -> CLIError {
        CLIError("no actor named '\(text)'",
                 hint: DidYouMean.hint(try suggested(text, country: country, in: store)) ?? "List the people known with: chancery actors",
                 kind: .usage)
    }

    /// The people nearest `text`, as a hint names them: "Nasser Bourita (MA)", with their ids
    /// ("Nasser Bourita (MA, actor 3)") when there are several to choose from.
    static func suggested(_ text: String, country: String? = nil, in store: Store) throws -> [String] {
        let suggestions = try store.actors(resembling: text, country: country)
        return suggestions.map { suggestion in
            let actor = suggestion.actor
            let details = [actor.country, suggestions.count > 1 ? "actor \(actor.id)" : nil].compactMap { $0 }
            return TerminalText.isolated(suggestion.name) + (details.isEmpty ? "" : " (\(details.joined(separator: ", ")))")
        }
    }
}
