import Foundation
import SQLiteDB
import Testing

/// A base made by the release before migration 0012 (schema 11) is brought forward with nothing
/// lost. The fixture is that release's own work: SampleData/articles ingested, then three
/// corrections (event 3 deleted, event 20's date edited, actor 2081 merged into 344), dumped
/// with `sqlite3 .dump` (the office holders no event names left out, to keep it small); beside it
/// what that release printed of it: its exports, its timeline and its corrections' history.
@Suite("A base of the last release, upgraded") struct UpgradeCLITests {
    static let fixtures = Paths.packageRoot.appendingPathComponent("Tests/ChanceryCLITests/Fixtures").path

    static func fixture(_ name: String) throws -> String {
        try String(contentsOfFile: fixtures + "/release-schema-11." + name, encoding: .utf8)
    }

    /// Every row of the tables that hold what the base knows, copied out by plain SQL: the same
    /// before the migration and after it. `events.details` (gone) and `listing` (new) aside.
    static let snapshotQueries = [
        """
        SELECT id, type, status, date, date_precision, date_first, date_last, end_date, location_name, location_country,
               mode, instrument, count, title, body, ordinal, confidence, country_key FROM events ORDER BY id
        """,
        "SELECT * FROM event_overview ORDER BY id",
        "SELECT * FROM event_countries ORDER BY event_id, country",
        "SELECT * FROM event_organizations ORDER BY event_id, organization",
        "SELECT * FROM event_country_pairs ORDER BY country, partner, event_id",
        "SELECT * FROM participations ORDER BY event_id, position",
        "SELECT * FROM event_participants ORDER BY event_id, position",
        "SELECT * FROM sources ORDER BY event_id, document_id",
        "SELECT * FROM event_sources ORDER BY event_id, document",
        "SELECT * FROM reports ORDER BY event_id, document_id",
        "SELECT * FROM report_participants ORDER BY event_id, document_id, position",
        "SELECT * FROM corrections ORDER BY id",
        "SELECT * FROM correction_log ORDER BY id",
        "SELECT * FROM correction_reports ORDER BY id",
        "SELECT * FROM deleted_reports ORDER BY id",
        "SELECT id, external_id, url, title, language, published, content_hash, text, ingested_at FROM documents ORDER BY id",
        "SELECT * FROM document_signatures ORDER BY document_id",
        "SELECT * FROM document_bands ORDER BY band_hash, document_id",
        "SELECT * FROM actors ORDER BY id",
        "SELECT * FROM actor_aliases ORDER BY folded_alias, actor_id",
        "SELECT * FROM actor_roles ORDER BY actor_id, country, role",
        "SELECT rowid FROM document_search WHERE document_search MATCH 'commission' ORDER BY rowid",
    ]

    static func snapshot(of path: String) throws -> [String] {
        let db = try Connection(path: path)
        return try snapshotQueries.flatMap { sql in
            try db.rows(sql).map { row in "\(sql.prefix(40)): " + row.values.map { "\($0)" }.joined(separator: " | ") }
        }
    }

    /// The fixture's dump loaded into the CLI's base, at schema 11 as the release left it.
    static func loadRelease(into cli: CLI) throws -> [String] {
        let db = try Connection(path: cli.db)
        try db.execute(try fixture("sql"))
        #expect(try db.scalar("SELECT max(version) FROM schema_migrations") == .integer(11))
        return try snapshot(of: cli.db)
    }

    @Test func everyEventCorrectionAndExportIsKept() throws {
        try withCLI { cli in
            let before = try Self.loadRelease(into: cli)
            try #require(before.contains { $0.hasPrefix("SELECT * FROM corrections") })
            // The first command migrates the base; it and the others print what the release printed.
            for format in ["jsonl", "csv", "json"] {
                let export = try cli.run(["export", "--format", format])
                #expect(export.status == 0, "\(export)")
                #expect(export.stdout == (try Self.fixture("export.\(format)")), "export --format \(format)")
            }
            #expect(try cli.run(["timeline"]).stdout == (try Self.fixture("timeline.txt")))
            #expect(try cli.run(["history"]).stdout == (try Self.fixture("history.txt")))

            let db = try Connection(path: cli.db)
            #expect(try db.scalar("SELECT max(version) FROM schema_migrations") == .integer(12))
            #expect(try db.rows("PRAGMA foreign_key_check").isEmpty)
            #expect(try db.scalar("PRAGMA integrity_check") == .text("ok"))
            let after = try Self.snapshot(of: cli.db)
            #expect(after.count == before.count)
            for (old, new) in zip(before, after) where old != new {
                Issue.record("changed by the upgrade:\n  \(old)\n  \(new)")
            }
        }
    }

    /// Each listing the migration wrote says what the event's tables say, as the store writes it.
    @Test func theListingsTheMigrationWritesAgreeWithTheTables() throws {
        try withCLI { cli in
            _ = try Self.loadRelease(into: cli)
            #expect(try cli.run(["stats"]).status == 0)
            let db = try Connection(path: cli.db)
            let disagreeing = try db.rows("""
                SELECT e.id FROM events e
                WHERE json_extract(e.listing, '$.countries') IS NOT
                      (SELECT json_group_array(country) FROM (SELECT country FROM event_countries WHERE event_id = e.id ORDER BY country))
                   OR json_extract(e.listing, '$.participants') IS NOT
                      (SELECT json_group_array(json_object('name', name, 'country', country, 'role', role))
                       FROM (SELECT name, country, role FROM participations WHERE event_id = e.id ORDER BY position))
                """)
            #expect(disagreeing.isEmpty)
            #expect(try db.scalar("SELECT count(*) FROM events WHERE listing = '{}'") == .integer(0))
        }
    }

    /// The corrections made under the release still hold in the upgraded base: the same articles
    /// read again give the events the release exported, and every document reread by `rebuild`
    /// (with this Chancery's extractor, which may read them better) gives what a new base of the same
    /// articles gives once the release's three corrections are made to it.
    @Test func theReleasesCorrectionsHoldAfterTheUpgrade() throws {
        let corrected = try withCLI { fresh in
            #expect(try fresh.run(["ingest", "--quiet", Paths.sampleArticles]).status == 0)
            let deleted = try Self.eventID(fresh, type: "meeting", countries: ["EG", "SY"], document: "sample-ar-01")
            #expect(try fresh.run(["delete", String(deleted), "--yes"]).status == 0)
            let edited = try Self.eventID(fresh, type: "meeting", countries: ["GH", "NG"], document: "sample-en-03")
            #expect(try fresh.run(["edit", String(edited), "--date", "2025-02-26", "--yes"]).status == 0)
            let merge = try fresh.run(["actor", "merge", "--db", fresh.db, "وانغ يي", "وانغ ون تاو", "--yes"], withDB: false)
            #expect(merge.status == 0, "\(merge)")
            return try Self.withoutIDs(fresh.run(["export", "--format", "jsonl"]).stdout)
        }
        try withCLI { cli in
            _ = try Self.loadRelease(into: cli)
            let expected = try Self.fixture("export.jsonl")
            #expect(try cli.run(["ingest", "--quiet", Paths.sampleArticles]).status == 0)
            #expect(try cli.run(["export", "--format", "jsonl"]).stdout == expected, "after ingesting again")
            let rebuild = try cli.run(["rebuild"])
            #expect(rebuild.status == 0, "\(rebuild)")
            let rebuilt = try Self.withoutIDs(cli.run(["export", "--format", "jsonl"]).stdout)
            #expect(rebuilt == corrected, "after a rebuild")
            // (The deleted encounter is gone and the edited date stays, whatever the extractor reads.)
            #expect(!rebuilt.contains { $0.contains("\"countries\": [\"EG\", \"SY\"]") && $0.contains("sample-ar-01") && $0.contains("\"type\": \"meeting\"") })
            #expect(rebuilt.contains { $0.contains("\"date\": \"2025-02-26\"") && $0.contains("sample-en-03") })
        }
    }

    /// The id of the one event of `type`, `countries` and a source `document` in the CLI's base.
    static func eventID(_ cli: CLI, type: String, countries: [String], document: String) throws -> Int {
        let lines = try cli.run(["export", "--format", "jsonl"]).stdoutLines
        let ids = lines.compactMap { line -> Int? in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  object["type"] as? String == type, object["countries"] as? [String] == countries,
                  let sources = object["sources"] as? [[String: Any]], sources.contains(where: { $0["document"] as? String == document })
            else { return nil }
            return object["id"] as? Int
        }
        return try #require(ids.count == 1 ? ids.first : nil, "\(type) \(countries) \(document): \(ids)")
    }

    /// An export's lines without their ids (two bases number their events apart), sorted.
    static func withoutIDs(_ export: String) -> [String] {
        export.split(separator: "\n").map { line in
            line.replacingOccurrences(of: #"^\{"id": [0-9]+, "#, with: "{", options: .regularExpression)
        }.sorted()
    }

    /// A new type or language is one row: the reference tables take it, and a value in neither is refused.
    @Test func typesAndLanguagesAreRowsOfTheirOwnTables() throws {
        try withCLI { cli in
            _ = try Self.loadRelease(into: cli)
            #expect(try cli.run(["stats"]).status == 0)
            let db = try Connection(path: cli.db)
            #expect(throws: SQLiteError.self) {
                try db.run("INSERT INTO events (type, status, confidence) VALUES ('summit', 'occurred', 0.5)")
            }
            try db.run("INSERT INTO event_types (type, description) VALUES ('summit', 'a gathering of heads of state')")
            try db.run("INSERT INTO events (type, status, confidence) VALUES ('summit', 'occurred', 0.5)")
            try db.run("INSERT INTO languages (code, name) VALUES ('es', 'Spanish')")
            #expect(throws: SQLiteError.self) { try db.run("DELETE FROM languages WHERE code = 'ar'") }
            #expect(try db.scalar("SELECT count(*) FROM documents WHERE language = 'ar'") != .integer(0))
        }
    }
}
