/// The SQL the sqlite3 shell loads for the ingest floor: chancery's schema, then chancery's rows
/// as INSERT statements in one transaction, the full-text index filled from the documents.
enum FloorScript {
    /// Writes `floor-schema.sql` and `floor-data.sql` from chancery's database; returns their paths.
    static func write(from database: String, shell: SQLiteShell, work: WorkDirectory) throws -> (schema: String, data: String) {
        let schema = work.file("floor-schema.sql")
        let data = work.file("floor-data.sql")
        // FTS5 makes its shadow tables itself; every other object is created as chancery created it.
        try shell.run(database, script: """
            .output \(schema)
            SELECT sql || ';' FROM sqlite_schema
            WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'
              AND NOT (type = 'table' AND name LIKE 'document_search_%')
            ORDER BY rowid;
            """)
        // event_country_pairs is filled by a trigger on event_countries, in the floor as in chancery.
        let tables = try shell.lines(database, """
            SELECT name FROM sqlite_schema
            WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'document_search%'
              AND name <> 'event_country_pairs'
            ORDER BY rowid;
            """)
        var script = ".output \(data)\nSELECT 'BEGIN;';\n"
        for table in tables {
            script += ".mode insert \(table)\nSELECT * FROM \"\(table)\";\n"
        }
        script += """
            .mode list
            SELECT 'INSERT INTO document_search (rowid, title, body) SELECT id, coalesce(title, ''''), text FROM documents;';
            SELECT 'COMMIT;';

            """
        try shell.run(database, script: script)
        return (schema, data)
    }
}
