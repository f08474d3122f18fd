import ChanceryCore
import SQLiteDB

// Corrections of people: two actors that are one person, and a person's name. Actors are not
// given again when documents are reread, so these corrections know them by id, and a merged
// person by the name and country they had: one created again by a later mention is merged again.
extension Store {
    /// Makes `other` and `kept` one person: `kept` takes `other`'s names, roles and events.
    public func mergeActor(_ other: Int64, into kept: Int64, by author: String) throws -> Correction {
        guard other != kept else { throw StoreError.cannotCorrect("actor \(kept) is already itself; name two people") }
        return try wrap {
            try db.transaction {
                guard let from = try actorSummary(id: other) else { throw StoreError.noSuchActor(other) }
                guard let into = try actorSummary(id: kept) else { throw StoreError.noSuchActor(kept) }
                let folded = try db.scalar("SELECT folded_name FROM actors WHERE id = ?", [other]).string
                let role = try db.scalar("SELECT role FROM actors WHERE id = ?", [other]).string
                let change = JSONText.object([
                    ("from", .object([("id", .number(other)), ("name", .string(from.name)), ("folded_name", .string(folded)),
                                      ("country", .string(from.country)), ("role", .string(role)),
                                      ("aliases", try aliases(of: other)), ("roles", try roles(of: other))])),
                    ("into", .object([("id", .number(kept)), ("name", .string(into.name)), ("aliases", try aliases(of: kept))])),
                ])
                return try applied(try recordCorrection(.actorMerge, by: author, target: "actor \(kept)", actorID: kept, change: change))
            }
        }
    }

    /// Names a person `name` everywhere they appear; nil when that is their name already.
    public func renameActor(_ id: Int64, to name: String, by author: String) throws -> Correction? {
        let key = CountryCatalog.key(name)
        guard !key.isEmpty else { throw StoreError.cannotCorrect("a person's name needs a letter or a digit") }
        return try wrap {
            try db.transaction {
                guard let actor = try actorSummary(id: id) else { throw StoreError.noSuchActor(id) }
                guard actor.name != name else { return nil }
                let known = try db.scalar("SELECT 1 FROM actor_aliases WHERE actor_id = ? AND folded_alias = ?", [id, key]) != .null
                let change = JSONText.object([("from", .string(actor.name)), ("to", .string(name)), ("alias_added", .bool(!known))])
                return try applied(try recordCorrection(.actorRename, by: author, target: "actor \(id)", actorID: id, change: change))
            }
        }
    }

    /// A person's aliases as JSON: [{"alias", "folded"}].
    private func aliases(of actor: Int64) throws -> JSONText {
        .array(try db.rows("SELECT alias, folded_alias FROM actor_aliases WHERE actor_id = ? ORDER BY folded_alias", [actor]).map {
            .object([("alias", .string($0[0].string)), ("folded", .string($0[1].string))])
        })
    }

    /// A person's dated roles as JSON: [{"role", "country", "first_seen", "last_seen"}].
    private func roles(of actor: Int64) throws -> JSONText {
        .array(try db.rows("SELECT role, country, first_seen, last_seen FROM actor_roles WHERE actor_id = ? ORDER BY role", [actor]).map {
            .object([("role", .string($0[0].string)), ("country", .string($0[1].string)),
                     ("first_seen", .string($0[2].string)), ("last_seen", .string($0[3].string))])
        })
    }

    /// The actor a person is now: `id`, or the one it was merged into (and so on).
    func survivingActor(_ id: Int64) throws -> Int64? {
        var id = id
        var seen = Set<Int64>()
        while seen.insert(id).inserted {
            if try db.scalar("SELECT 1 FROM actors WHERE id = ?", [id]) != .null { return id }
            guard let next = try db.scalar(
                """
                SELECT actor_id FROM corrections
                WHERE kind = 'actor_merge' AND undone_at IS NULL AND json_extract(change, '$.from.id') = ?
                ORDER BY id DESC LIMIT 1
                """, [id]).int64 else { return nil }
            id = next
        }
        return nil
    }

    func applyActorMerge(_ correction: StoredCorrection) throws {
        guard let kept = try correction.actorID.flatMap(survivingActor) else { return }
        let change = correction.change
        var others: [Int64] = []
        if let other = try json(change, "$.from.id").int64, other != kept,
           try db.scalar("SELECT 1 FROM actors WHERE id = ?", [other]) != .null {
            others.append(other)
        }
        // Someone a later mention made again of the name and country the merged person had.
        if let folded = try json(change, "$.from.folded_name").string {
            others += try db.rows("SELECT id FROM actors WHERE folded_name = ? AND country IS ? AND id <> ?",
                                  [folded, try json(change, "$.from.country"), kept]).compactMap { $0[0].int64 }
        }
        for other in Set(others).sorted() { try mergeActorRows(other, into: kept) }
    }

    /// Moves everything of actor `other` to `kept` and deletes `other`. The events `other` took
    /// part in keep their reports first, so that undoing the merge can recompute them.
    private func mergeActorRows(_ other: Int64, into kept: Int64) throws {
        let events = try db.rows("SELECT event_id FROM participations WHERE actor_id = ?", [other]).compactMap { $0[0].int64 }
        for event in events { try keepReportOfSoleSource(of: event) }
        try db.run("DELETE FROM participations WHERE actor_id = ?1 AND event_id IN (SELECT event_id FROM participations WHERE actor_id = ?2)",
                   [other, kept])
        try db.run("UPDATE participations SET actor_id = ?2 WHERE actor_id = ?1", [other, kept])
        try db.run("UPDATE report_participants SET actor_id = ?2 WHERE actor_id = ?1", [other, kept])
        try db.run(
            "INSERT OR IGNORE INTO actor_aliases (folded_alias, actor_id, alias) SELECT folded_alias, ?2, alias FROM actor_aliases WHERE actor_id = ?1",
            [other, kept])
        try db.run(
            "INSERT OR IGNORE INTO actor_name_words (word, actor_id, is_last) SELECT word, ?2, is_last FROM actor_name_words WHERE actor_id = ?1",
            [other, kept])
        try db.run(
            """
            INSERT INTO actor_roles (actor_id, country, role, first_seen, last_seen)
            SELECT ?2, country, role, first_seen, last_seen FROM actor_roles WHERE actor_id = ?1
            ON CONFLICT (actor_id, country, role) DO UPDATE SET
                first_seen = min(coalesce(first_seen, excluded.first_seen), coalesce(excluded.first_seen, first_seen)),
                last_seen = max(coalesce(last_seen, excluded.last_seen), coalesce(excluded.last_seen, last_seen))
            """, [other, kept])
        try db.run("UPDATE actors SET role = coalesce(role, (SELECT role FROM actors WHERE id = ?1)) WHERE id = ?2", [other, kept])
        try db.run("DELETE FROM actors WHERE id = ?", [other])
        for event in events {
            try writeListing(of: event)
            touchedEvents?.insert(event)
        }
    }

    func applyActorRename(_ correction: StoredCorrection) throws {
        guard let id = try correction.actorID.flatMap(survivingActor), let name = try json(correction.change, "$.to").string else { return }
        try db.run("UPDATE actors SET name = ? WHERE id = ? AND name IS NOT ?", [name, id, name])
        try addAlias(name, folded: CountryCatalog.key(name), to: id)
        let events = try db.rows("SELECT event_id FROM participations WHERE actor_id = ? AND name IS NOT ?", [id, name]).compactMap { $0[0].int64 }
        for event in events {
            // What the documents wrote stays in the reports, for undoing the rename.
            try keepReportOfSoleSource(of: event)
            try db.run("UPDATE participations SET name = ? WHERE event_id = ? AND actor_id = ?", [name, event, id])
            try writeListing(of: event)
        }
    }

    /// Gives the merged person back their names and the mentions of them, and recomputes the
    /// events those are in.
    func takeBackActorMerge(_ correction: StoredCorrection) throws -> [Int64] {
        let change = correction.change
        guard let kept = try correction.actorID.flatMap(survivingActor), let other = try json(change, "$.from.id").int64,
              let folded = try json(change, "$.from.folded_name").string else { return [] }
        let country = try json(change, "$.from.country").string
        let wanted: Int64? = try db.scalar("SELECT 1 FROM actors WHERE id = ?", [other]) == .null ? other : nil
        try db.run("INSERT INTO actors (id, name, folded_name, country, role) VALUES (?, ?, ?, ?, ?)",
                   [wanted, try json(change, "$.from.name").string ?? folded, folded, country, try json(change, "$.from.role").string])
        let restored = db.lastInsertRowID
        try db.run(
            """
            INSERT OR IGNORE INTO actor_roles (actor_id, country, role, first_seen, last_seen)
            SELECT ?, json_extract(value, '$.country'), json_extract(value, '$.role'), json_extract(value, '$.first_seen'),
                   json_extract(value, '$.last_seen')
            FROM json_each(?, '$.from.roles')
            """, [restored, change])
        let keptAliases = Set(try db.rows("SELECT json_extract(value, '$.folded') FROM json_each(?, '$.into.aliases')", [change])
            .compactMap { $0[0].string })
        var names = Set<String>()
        for row in try db.rows("SELECT json_extract(value, '$.alias'), json_extract(value, '$.folded') FROM json_each(?, '$.from.aliases')", [change]) {
            guard let alias = row[0].string, let key = row[1].string else { continue }
            names.insert(key)
            if !keptAliases.contains(key) {
                try db.run("DELETE FROM actor_aliases WHERE actor_id = ? AND folded_alias = ?", [kept, key])
            }
            try addAlias(alias, folded: key, to: restored)
        }
        var events = Set<Int64>()
        for row in try db.rows("SELECT event_id, document_id, position, name FROM report_participants WHERE actor_id = ?", [kept])
        where names.contains(CountryCatalog.key(row[3].string ?? "")) {
            try db.run("UPDATE report_participants SET actor_id = ? WHERE event_id = ? AND document_id = ? AND position = ?",
                       [restored, row[0], row[1], row[2]])
            if let event = row[0].int64 { events.insert(event) }
        }
        for row in try db.rows("SELECT event_id, name FROM participations WHERE actor_id = ?", [kept])
        where names.contains(CountryCatalog.key(row[1].string ?? "")) {
            try db.run("UPDATE participations SET actor_id = ? WHERE event_id = ? AND actor_id = ?", [restored, row[0], kept])
            if let event = row[0].int64 { events.insert(event) }
        }
        for event in events.sorted() { try recompute(event) }
        return events.sorted()
    }

    /// Gives a renamed person their name back, and their events the names the documents wrote.
    func takeBackActorRename(_ correction: StoredCorrection) throws -> [Int64] {
        let change = correction.change
        guard let id = try correction.actorID.flatMap(survivingActor), let from = try json(change, "$.from").string else { return [] }
        try db.run("UPDATE actors SET name = ? WHERE id = ?", [from, id])
        if try json(change, "$.alias_added").int == 1, let to = try json(change, "$.to").string {
            try db.run("DELETE FROM actor_aliases WHERE actor_id = ? AND folded_alias = ?", [id, CountryCatalog.key(to)])
        }
        let events = try db.rows("SELECT event_id FROM participations WHERE actor_id = ?", [id]).compactMap { $0[0].int64 }
        for event in events { try recompute(event) }
        return events
    }
}
