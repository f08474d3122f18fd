import ChanceryCore
import SQLiteDB

/// What a listing prints of an event that its own row does not hold: its countries, organisations
/// and people, kept in the row's `listing` column as JSON (see Migrations/0012_reference_tables.sql),
/// so that a listing of thousands of events reads them with the row instead of looking each up
/// in event_countries, event_organizations and participations. Those tables stay what questions
/// filter on; the store writes `listing` from the same values, in the same transaction.
///
///     {"countries": ["MA", "RU"], "organizations": [], "participants": [{"name": "…", "country": "MA", "role": "foreign minister"}]}
struct EventListing: Equatable {
    var countries: [String]
    var organizations: [String]
    var participants: [Participant]

    /// Countries and organisations sorted by their UTF-8 bytes, as SQLite's ORDER BY sorts them.
    init(countries: some Sequence<String>, organizations: some Sequence<String>, participants: [Participant]) {
        self.countries = countries.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        self.organizations = organizations.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        self.participants = participants
    }

    /// The JSON text of `listing`: the one place it is written.
    var json: String {
        JSONText.object([
            ("countries", .strings(countries)),
            ("organizations", .strings(organizations)),
            ("participants", .array(participants.map {
                .object([("name", .string($0.name)), ("country", .string($0.country)), ("role", .string($0.role))])
            })),
        ]).text
    }

    /// Reads `listing`'s JSON: the one place it is read. What is not there reads as none, and
    /// so does text that is not such an object. Read token by token into the lists, with no
    /// `JSONValue` made on the way: a listing of thousands of events reads one apiece.
    init(json: String) {
        self.init(countries: [], organizations: [], participants: [])
        var text = json
        guard let read = text.withUTF8({ bytes in
            var scanner = JSONScanner(bytes)
            return Self.read(&scanner)
        }) else { return }
        self = read
    }

    private static func read(_ scanner: inout JSONScanner) -> EventListing? {
        var listing = EventListing(countries: [], organizations: [], participants: [])
        guard scanner.take("{") else { return nil }
        if scanner.take("}") { return listing }
        repeat {
            guard let key = scanner.string(), scanner.take(":") else { return nil }
            switch key {
            case "countries": guard let codes = scanner.strings() else { return nil }; listing.countries = codes
            case "organizations": guard let codes = scanner.strings() else { return nil }; listing.organizations = codes
            case "participants":
                guard scanner.take("[") else { return nil }
                if scanner.take("]") { continue }
                repeat {
                    guard let participant = readParticipant(&scanner) else { return nil }
                    listing.participants.append(participant)
                } while scanner.take(",")
                guard scanner.take("]") else { return nil }
            default: guard scanner.value() != nil else { return nil }
            }
        } while scanner.take(",")
        return scanner.take("}") && scanner.atEnd ? listing : nil
    }

    private static func readParticipant(_ scanner: inout JSONScanner) -> Participant? {
        guard scanner.take("{") else { return nil }
        var fields: (name: String?, country: String?, role: String?) = (nil, nil, nil)
        if !scanner.take("}") {
            repeat {
                guard let key = scanner.string(), scanner.take(":"), let value = scanner.stringOrNull() else { return nil }
                switch key {
                case "name": fields.name = value
                case "country": fields.country = value
                case "role": fields.role = value
                default: break
                }
            } while scanner.take(",")
            guard scanner.take("}") else { return nil }
        }
        return fields.name.map { Participant(name: $0, country: fields.country, role: fields.role) }
    }
}

extension Store {
    /// Writes an event's `listing` again from its countries, organisations and people as stored.
    func writeListing(of id: Int64) throws {
        let listing = EventListing(
            countries: try db.rows("SELECT country FROM event_countries WHERE event_id = ?", [id]).compactMap { $0[0].string },
            organizations: try db.rows("SELECT organization FROM event_organizations WHERE event_id = ?", [id]).compactMap { $0[0].string },
            participants: try db.rows("SELECT name, country, role FROM participations WHERE event_id = ? ORDER BY position", [id]).map {
                Participant(name: $0[0].string ?? "", country: $0[1].string, role: $0[2].string)
            })
        try db.run("UPDATE events SET listing = ? WHERE id = ?", [listing.json, id])
    }
}
