import ChanceryCore
import SQLiteDB

/// What a listing prints of an event, kept in its row's `listing` column as JSON (see
/// Migrations/0012_reference_tables.sql): the event as EVENTS.md writes it, without its id,
/// confidence and sources, which the row and `sources` hold.
///
///     {"type": "meeting", "status": "occurred", "date": "2025-10-16", "end_date": null,
///      "location": {"name": "Moscow", "country": "RU"}, "mode": null, "instrument": null, "count": null,
///      "title": null, "body": null, "ordinal": null, "countries": ["MA", "RU"], "organizations": [],
///      "participants": [{"name": "…", "country": "MA", "role": "foreign minister"}]}
///
/// A listing of thousands of events reads an event's id, confidence and listing, and nothing
/// else: one column read where the event's own fields would be a dozen (SQLite spends about as
/// much on handing over each column as on finding the row), and its countries and people with the
/// row instead of three lookups apiece. The columns and the tables of countries, organisations
/// and people stay what questions filter on and what the store recomputes events from; the store
/// writes `listing` from the same values, in the same transaction, with `json(of:)`, and reads it
/// with `event(json:)`, nowhere else.
enum EventListing {
    /// The listing of `event`. Countries and organisations sorted by their UTF-8 bytes, as SQLite's
    /// ORDER BY sorts them, so that the store and the migration write the same lists.
    static func json(of event: Event) -> String {
        func sorted(_ items: [String]) -> JSONText {
            .strings(Array(Set(items)).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        }
        return JSONText.object([
            ("type", .string(event.type.rawValue)), ("status", .string(event.status.rawValue)),
            ("date", .string(event.date?.description)), ("end_date", .string(event.endDate?.description)),
            ("location", .location(event.location)), ("mode", .string(event.mode?.rawValue)),
            ("instrument", .string(event.instrument?.rawValue)), ("count", .integer(event.count)),
            ("title", .string(event.title)), ("body", .string(event.body)), ("ordinal", .integer(event.ordinal)),
            ("countries", sorted(event.countries)), ("organizations", sorted(event.organizations)),
            ("participants", .array(event.participants.map {
                .object([("name", .string($0.name)), ("country", .string($0.country)), ("role", .string($0.role))])
            })),
        ]).text
    }

    /// The event a listing tells, its id and confidence left for the caller; nil when the text is
    /// not such an object. A field that is not there reads as none. Read token by token, with no
    /// `JSONValue` on the way, and the keys compared as bytes.
    static func event(json: String) -> Event? {
        var text = json
        return text.withUTF8 { bytes in
            var scanner = JSONScanner(bytes)
            guard let event = read(&scanner), scanner.atEnd else { return nil }
            return event
        }
    }

    private static let keys: [StaticString] = [
        "type", "status", "date", "end_date", "location", "mode", "instrument", "count",
        "title", "body", "ordinal", "countries", "organizations", "participants",
    ]

    /// The listing's event, read in the order `json(of:)` and the migration write its keys, else
    /// key by key in any order (a listing written by hand).
    private static func read(_ scanner: inout JSONScanner) -> Event? {
        let start = scanner
        if let event = readInOrder(&scanner) { return event }
        scanner = start
        return readAnyOrder(&scanner)
    }

    private static func readInOrder(_ scanner: inout JSONScanner) -> Event? {
        var event = Event(type: .meeting)
        guard scanner.take("{") else { return nil }
        for (key, name) in keys.enumerated() {
            guard key == 0 || scanner.take(","), scanner.take(key: name), readValue(of: key, &scanner, into: &event) else { return nil }
        }
        return scanner.take("}") ? event : nil
    }

    private static func readAnyOrder(_ scanner: inout JSONScanner) -> Event? {
        var event = Event(type: .meeting)
        guard scanner.take("{") else { return nil }
        if scanner.take("}") { return event }
        repeat {
            guard let key = scanner.key(among: keys), readValue(of: key, &scanner, into: &event) else { return nil }
        } while scanner.take(",")
        return scanner.take("}") ? event : nil
    }

    /// Reads the value of key number `key` of `keys` into `event`; another key's value is skipped.
    private static func readValue(of key: Int, _ scanner: inout JSONScanner, into event: inout Event) -> Bool {
        switch key {
        case 0...3, 5, 6, 8, 9:
            guard let text = scanner.stringOrNull() else { return false }
            switch key {
            case 0: event.type = text.flatMap(EventType.init(rawValue:)) ?? .meeting
            case 1: event.status = text.flatMap(EventStatus.init(rawValue:)) ?? .occurred
            case 2: event.date = text.flatMap(PartialDate.init)
            case 3: event.endDate = text.flatMap(PartialDate.init)
            case 5: event.mode = text.flatMap(MeetingMode.init(rawValue:))
            case 6: event.instrument = text.flatMap(Instrument.init(rawValue:))
            case 8: event.title = text
            default: event.body = text
            }
        case 4:
            return scanner.takeNull() || readLocation(&scanner, into: &event)
        case 7, 10:
            guard let number = scanner.integerOrNull() else { return false }
            if key == 7 { event.count = number } else { event.ordinal = number }
        case 11, 12:
            guard let codes = scanner.strings() else { return false }
            if key == 11 { event.countries = codes } else { event.organizations = codes }
        case 13:
            guard scanner.take("[") else { return false }
            if scanner.take("]") { return true }
            repeat {
                guard let participant = readParticipant(&scanner) else { return false }
                event.participants.append(participant)
            } while scanner.take(",")
            return scanner.take("]")
        default:
            return scanner.value() != nil
        }
        return true
    }

    private static let locationKeys: [StaticString] = ["name", "country"]
    private static let participantKeys: [StaticString] = ["name", "country", "role"]

    private static func readLocation(_ scanner: inout JSONScanner, into event: inout Event) -> Bool {
        guard let fields = readStrings(&scanner, keys: locationKeys) else { return false }
        event.location = fields[0].map { Location(name: $0, country: fields[1]) }
        return true
    }

    private static func readParticipant(_ scanner: inout JSONScanner) -> Participant? {
        guard let fields = readStrings(&scanner, keys: participantKeys), let name = fields[0] else { return nil }
        return Participant(name: name, country: fields[1], role: fields[2])
    }

    /// An object of strings or nulls, its values by their key's place in `keys`: read in that
    /// order when it is written so, else key by key.
    private static func readStrings(_ scanner: inout JSONScanner, keys: [StaticString]) -> [String?]? {
        guard scanner.take("{") else { return nil }
        var fields = [String?](repeating: nil, count: keys.count)
        let start = scanner
        var inOrder = true
        for (key, name) in keys.enumerated() {
            guard key == 0 || scanner.take(","), scanner.take(key: name), let value = scanner.stringOrNull() else {
                inOrder = false
                break
            }
            fields[key] = value
        }
        if inOrder, scanner.take("}") { return fields }
        scanner = start
        fields = [String?](repeating: nil, count: keys.count)
        if scanner.take("}") { return fields }
        repeat {
            guard let key = scanner.key(among: keys), let value = scanner.stringOrNull() else { return nil }
            if key < keys.count { fields[key] = value }
        } while scanner.take(",")
        return scanner.take("}") ? fields : nil
    }
}

extension Store {
    /// Writes an event's `listing` again from its row, countries, organisations and people as stored.
    func writeListing(of id: Int64) throws {
        guard let type = try eventType(of: id), let account = try currentAccount(of: id) else { return }
        let event = account.event(
            type: type,
            countries: try db.rows("SELECT country FROM event_countries WHERE event_id = ?", [id]).compactMap { $0[0].string },
            organizations: try db.rows("SELECT organization FROM event_organizations WHERE event_id = ?", [id]).compactMap { $0[0].string })
        try db.run("UPDATE events SET listing = ? WHERE id = ?", [EventListing.json(of: event), id])
    }
}
