import ChanceryCore
import SQLiteDB

/// A person known in advance with every name they go by, e.g. a curated office holder.
public struct KnownActor: Hashable, Sendable {
    /// Names in any script; the first is the one shown.
    public var names: [String]
    public var country: String?
    public var role: String?
    /// When they took and left the office; nil when open or unknown.
    public var start: PartialDate?
    public var end: PartialDate?

    public init(names: [String], country: String?, role: String? = nil, start: PartialDate? = nil, end: PartialDate? = nil) {
        self.names = names
        self.country = country
        self.role = role
        self.start = start
        self.end = end
    }
}

/// Roles that one person holds at a time in a country: two names in different scripts holding
/// one of them at the same time are one person.
let singleHolderRoles: Set<String> = [
    "king", "president", "prime minister", "foreign minister", "crown prince", "emir",
    "sultan", "secretary-general", "vice president", "deputy prime minister",
]

extension Store {
    /// Records people known in advance with all their names, so that any of the names,
    /// in any script, resolves to one actor. Idempotent: running it again adds nothing.
    public func register(_ knownActors: [KnownActor]) throws {
        try wrap {
            try db.transaction {
                for known in knownActors {
                    let keys = known.names.map(CountryCatalog.key).filter { !$0.isEmpty }
                    guard let first = known.names.first, !keys.isEmpty else { continue }
                    var actor: Int64?
                    for key in keys {
                        if let id = try actorID(alias: key, country: known.country) { actor = id; break }
                    }
                    let id = try actor ?? createActor(name: first, folded: keys[0], country: known.country, role: known.role)
                    for (name, key) in zip(known.names, known.names.map(CountryCatalog.key)) where !key.isEmpty {
                        try addAlias(name, folded: key, to: id)
                    }
                    if let role = known.role {
                        try db.run(
                            """
                            INSERT INTO actor_roles (actor_id, country, role, first_seen, last_seen) VALUES (?, ?, ?, ?, ?)
                            ON CONFLICT (actor_id, country, role) DO UPDATE SET
                                first_seen = min(coalesce(first_seen, excluded.first_seen), coalesce(excluded.first_seen, first_seen)),
                                last_seen = max(coalesce(last_seen, excluded.last_seen), coalesce(excluded.last_seen, last_seen))
                            """,
                            [id, known.country ?? "", role, known.start?.firstDay, known.end?.lastDay]
                        )
                    }
                }
            }
        }
    }

    /// Registers a named list of known people unless the database already holds this version of
    /// it (same `checksum`); the list is read only when it is needed. The people and the checksum
    /// are written in one transaction. True when the list was registered now.
    ///
    /// The version is read first without the write lock, which another ingest may be holding,
    /// and read again under it, in case another program has just registered this version.
    @discardableResult
    public func register(list name: String, checksum: String, _ knownActors: () -> [KnownActor]) throws -> Bool {
        let loaded = "SELECT checksum FROM reference_lists WHERE name = ?"
        return try wrap {
            if try db.scalar(loaded, [name]).string == checksum { return false }
            return try db.transaction {
                if try db.scalar(loaded, [name]).string == checksum {
                    return false
                }
                try register(knownActors())
                try db.run(
                    """
                    INSERT INTO reference_lists (name, checksum) VALUES (?, ?)
                    ON CONFLICT (name) DO UPDATE SET checksum = excluded.checksum, loaded_at = excluded.loaded_at
                    """,
                    [name, checksum]
                )
                return true
            }
        }
    }

    /// The actor a participant is: by one of their names, by their surname where only one
    /// person of that country bears it, or by the office they hold on `date` when the name is
    /// in a script the office holder has no name in yet. Created on first mention.
    func actorID(for participant: Participant, on date: PartialDate? = nil) throws -> Int64 {
        let folded = CountryCatalog.key(participant.name)
        let id: Int64
        if let known = try actorID(alias: folded, country: participant.country) {
            id = known
        } else if let known = try actorID(surname: folded, country: participant.country)
                    ?? actorID(office: participant, folded: folded, on: date) {
            id = known
            try addAlias(participant.name, folded: folded, to: id)
        } else {
            id = try createActor(name: participant.name, folded: folded, country: participant.country, role: participant.role)
            try addAlias(participant.name, folded: folded, to: id)
        }
        if let role = participant.role {
            try noteRole(role, country: participant.country, of: id, on: date)
        }
        return id
    }

    func actorID(alias folded: String, country: String?) throws -> Int64? {
        try db.scalar(
            """
            SELECT a.actor_id FROM actor_aliases a JOIN actors x ON x.id = a.actor_id
            WHERE a.folded_alias = ? AND x.country IS ? ORDER BY a.actor_id LIMIT 1
            """, [folded, country]
        ).int64
    }

    /// A one-word mention ("Bourita") resolves to the only actor of that country whose name ends with it.
    private func actorID(surname folded: String, country: String?) throws -> Int64? {
        guard let country, !folded.contains(" "), folded.unicodeScalars.count >= 3 else { return nil }
        let rows = try db.rows(
            """
            SELECT DISTINCT w.actor_id FROM actor_name_words w JOIN actors x ON x.id = w.actor_id
            WHERE w.word = ? AND w.is_last = 1 AND x.country = ? LIMIT 2
            """, [folded, country]
        )
        return rows.count == 1 ? rows[0][0].int64 : nil
    }

    /// The holder of a one-person office around `date`, when they have no name yet in this name's script.
    private func actorID(office participant: Participant, folded: String, on date: PartialDate?) throws -> Int64? {
        guard let role = participant.role, singleHolderRoles.contains(role),
              let country = participant.country, let date else { return nil }
        let arabic = Self.isArabic(folded)
        var found: [Int64] = []
        for row in try db.rows(Self.officeHolders, [country, role, date.lastDay, date.firstDay]) {
            guard let actor = row[0].int64 else { continue }
            let names = try db.rows("SELECT folded_alias FROM actor_aliases WHERE actor_id = ?", [actor])
            if names.contains(where: { Self.isArabic($0[0].string ?? "") == arabic }) { continue }
            found.append(actor)
            if found.count > 1 { return nil }
        }
        return found.first
    }

    /// Who held an office within a year of the time they are known to have held it, around a
    /// date's last day (2nd parameter) and first day (3rd); an unknown bound is open.
    static let officeHolders = """
        SELECT actor_id FROM actor_roles
        WHERE country = ? AND role = ?
          AND (first_seen IS NULL OR first_seen <= date(?, '+365 days'))
          AND (last_seen IS NULL OR last_seen >= date(?, '-365 days'))
        """

    func createActor(name: String, folded: String, country: String?, role: String?) throws -> Int64 {
        try db.run("INSERT INTO actors (name, folded_name, country, role) VALUES (?, ?, ?, ?)", [name, folded, country, role])
        return db.lastInsertRowID
    }

    func addAlias(_ name: String, folded: String, to actor: Int64) throws {
        try db.run("INSERT OR IGNORE INTO actor_aliases (actor_id, alias, folded_alias) VALUES (?, ?, ?)", [actor, name, folded])
        guard db.changes > 0 else { return }
        let words = folded.split(separator: " ")
        for (index, word) in words.enumerated() {
            try db.run("INSERT OR IGNORE INTO actor_name_words (word, actor_id, is_last) VALUES (?, ?, ?)",
                       [String(word), actor, index == words.count - 1 && words.count > 1 ? 1 : 0])
        }
    }

    /// Widens the dates an actor is known to hold `role`.
    private func noteRole(_ role: String, country: String?, of actor: Int64, on date: PartialDate?) throws {
        try db.run(
            """
            INSERT INTO actor_roles (actor_id, country, role, first_seen, last_seen) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (actor_id, country, role) DO UPDATE SET
                first_seen = CASE WHEN excluded.first_seen IS NULL THEN first_seen
                                  WHEN first_seen IS NULL OR excluded.first_seen < first_seen THEN excluded.first_seen ELSE first_seen END,
                last_seen = CASE WHEN excluded.last_seen IS NULL THEN last_seen
                                 WHEN last_seen IS NULL OR excluded.last_seen > last_seen THEN excluded.last_seen ELSE last_seen END
            """,
            [actor, country ?? "", role, date?.firstDay, date?.lastDay]
        )
        try db.run("UPDATE actors SET role = coalesce(role, ?) WHERE id = ?", [role, actor])
    }

    static func isArabic(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) }
    }
}
