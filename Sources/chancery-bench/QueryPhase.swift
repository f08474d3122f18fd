import ChanceryStore

/// Phase 4: builds a knowledge base of many events through the store, then times whole `chancery`
/// processes answering questions against the sqlite3 shell running the equivalent SQL on the same file.
enum QueryPhase {
    /// One question, as chancery is asked it and as the floor's SQL answers it.
    struct Question {
        let name: String
        let arguments: [String]
        let sql: String
        /// Lines of chancery's output that are not rows (a table's header, rule and footer; a CSV header).
        let chanceryExtraLines: Int
        let sqliteExtraLines: Int
        /// The target: an absolute median in seconds, or a ratio to the floor.
        let maximumSeconds: Double?
        let maximumRatio: Double?
    }

    static func run(_ context: BenchContext) throws {
        let config = context.config
        let database = context.work.file("kb.sqlite")
        context.work.removeDatabase("kb.sqlite")
        context.progress("building a knowledge base of \(config.events) events through Store.ingest")
        let builder = KnowledgeBaseBuilder(seed: config.seed, events: config.events)
        let (_, buildSeconds) = try Timing.measure {
            let store = try Store(path: database)
            var reported = 0
            try builder.build(into: store) { made in
                if made - reported >= 100_000 {
                    reported = made
                    context.progress("  \(made) events")
                }
            }
        }
        let shell = SQLiteShell(executable: context.sqlite3, work: context.work)
        let stored = Int(try shell.lines(database, "SELECT count(*) FROM events;").first ?? "") ?? 0
        try shell.run(database, script: "ANALYZE;\n")
        context.report.add("knowledge base build (Store.ingest)", "\(stored) events in \(Report.duration(buildSeconds))",
                           reference: String(format: "%.0f events/s, %@", Double(stored) / buildSeconds,
                                             ExtractionPhase.format(megabytes: FileTools.size(of: database))))
        context.report.figure("kb_events", Double(stored))
        context.report.figure("kb_build_events_per_s", Double(stored) / buildSeconds)

        let questions = [
            Question(name: "meetings MA RU", arguments: ["meetings", "MA", "RU"], sql: EquivalentQueries.meetings("MA", "RU"),
                     chanceryExtraLines: 3, sqliteExtraLines: 0, maximumSeconds: 0.030, maximumRatio: nil),
            Question(name: "agreements 2020", arguments: ["agreements", "--since", "2020-01-01", "--until", "2020-12-31"],
                     sql: EquivalentQueries.agreements(since: "2020-01-01", until: "2020-12-31"),
                     chanceryExtraLines: 3, sqliteExtraLines: 0, maximumSeconds: 0.030, maximumRatio: nil),
            Question(name: "timeline MA --format csv", arguments: ["timeline", "MA", "--format", "csv"],
                     sql: EquivalentQueries.timelineCSV("MA"),
                     chanceryExtraLines: 1, sqliteExtraLines: 1, maximumSeconds: nil, maximumRatio: 2),
            Question(name: "export --format jsonl", arguments: ["export", "--format", "jsonl"], sql: EquivalentQueries.exportJSONL,
                     chanceryExtraLines: 0, sqliteExtraLines: 0, maximumSeconds: nil, maximumRatio: 2),
        ]
        for question in questions {
            try measure(question, database: database, shell: shell, context: context)
        }
    }

    static func measure(_ question: Question, database: String, shell: SQLiteShell, context: BenchContext) throws {
        context.progress("timing \(question.name)")
        let work = context.work
        let arguments = question.arguments + ["--db", database]
        let errors = work.file("query.err")
        let scriptPath = work.file("query.sql")
        try FileTools.write(question.sql, to: scriptPath)

        // One run of each to files, to count what they print; then timed runs with output to /dev/null.
        try ProcessRunner.check(context.chancery, arguments, output: work.file("chancery.out"), errors: errors)
        try shell.run(database, scriptFile: scriptPath, output: work.file("sqlite.out"))
        let ours = FileTools.countLines(of: work.file("chancery.out"))
        let theirs = FileTools.countLines(of: work.file("sqlite.out"))
        let rows = max(0, ours.lines - question.chanceryExtraLines)
        let floorRows = max(0, theirs.lines - question.sqliteExtraLines)
        if rows != floorRows {
            context.report.note("\(question.name): chancery printed \(rows) rows, sqlite3 \(floorRows)")
        }

        var chanceryTimes: [Double] = []
        var floorTimes: [Double] = []
        for _ in 0..<context.config.runs {
            chanceryTimes.append(try ProcessRunner.check(context.chancery, arguments, errors: errors).seconds)
            floorTimes.append(try shell.run(database, scriptFile: scriptPath).seconds)
        }
        let median = Timing.median(chanceryTimes)
        let floor = Timing.median(floorTimes)
        let ratio = median / floor
        var target = ""
        var met: Bool?
        if let maximum = question.maximumSeconds {
            target = "< \(Report.duration(maximum)) (\(Report.ratio(ratio)) floor)"
            met = median < maximum
        } else if let maximum = question.maximumRatio {
            target = "≤ \(Report.ratio(maximum)) floor: \(Report.ratio(ratio))"
            met = ratio <= maximum
        }
        context.report.add("\(question.name) [\(rows) rows, \(ExtractionPhase.format(megabytes: ours.bytes))]",
                           Report.duration(median),
                           reference: "\(Report.duration(floor)) [\(floorRows) rows, \(ExtractionPhase.format(megabytes: theirs.bytes))]",
                           target: target, met: met)
        let key = question.arguments[0]
        context.report.figure("\(key)_median_s", median)
        context.report.figure("\(key)_floor_median_s", floor)
        context.report.figure("\(key)_ratio", ratio)
        context.report.figure("\(key)_rows", Double(rows))
        context.report.figure("\(key)_bytes", Double(ours.bytes))
    }
}
