/// Phase 3: `chancery ingest` of the corpus into a fresh database, against the sqlite3 shell
/// loading the same rows into the same schema in one transaction.
enum IngestPhase {
    /// Returns the path of chancery's database.
    @discardableResult
    static func run(_ context: BenchContext, corpus: String) throws -> String {
        let work = context.work
        let shell = SQLiteShell(executable: context.sqlite3, work: work)
        let database = work.file("ingest.sqlite")
        work.removeDatabase("ingest.sqlite")
        context.progress("chancery ingest of \(context.config.documents) documents")
        let ingest = try ProcessRunner.check(context.chancery, ["ingest", "--db", database, corpus],
                                             output: work.file("ingest.out"), errors: work.file("ingest.err"))
        let documents = Int(try shell.lines(database, "SELECT count(*) FROM documents;").first ?? "") ?? 0
        let events = Int(try shell.lines(database, "SELECT count(*) FROM events;").first ?? "") ?? 0

        context.progress("writing the sqlite3 floor's SQL from chancery's rows")
        let (schema, data) = try FloorScript.write(from: database, shell: shell, work: work)
        let floor = work.file("floor.sqlite")
        work.removeDatabase("floor.sqlite")
        try shell.run(floor, scriptFile: schema)
        context.progress("sqlite3 loading the same rows in one transaction")
        let load = try shell.run(floor, scriptFile: data)
        let floorEvents = Int(try shell.lines(floor, "SELECT count(*) FROM events;").first ?? "") ?? 0
        if floorEvents != events {
            context.report.note("the floor loaded \(floorEvents) events, chancery stored \(events)")
        }

        let chanceryRate = Double(documents) / ingest.seconds
        let floorRate = Double(documents) / load.seconds
        let ratio = ingest.seconds / load.seconds
        context.report.add("ingest docs/s (\(documents) docs, \(events) events)",
                           String(format: "%.0f docs/s (%@)", chanceryRate, Report.duration(ingest.seconds)),
                           reference: String(format: "%.0f docs/s (%@)", floorRate, Report.duration(load.seconds)),
                           target: "≤ 3× floor: \(Report.ratio(ratio))", met: ratio <= 3)
        context.report.figure("ingest_docs_per_s", chanceryRate)
        context.report.figure("ingest_floor_docs_per_s", floorRate)
        context.report.figure("ingest_ratio", ratio)
        context.report.figure("ingest_events", Double(events))
        return database
    }
}
