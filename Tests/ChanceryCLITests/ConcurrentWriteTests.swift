import Foundation
import SQLiteDB
import Testing

/// Several programs writing into one base: each waits its turn, none fails, nothing is stored
/// twice or half, and a question asked meanwhile is answered at once.
@Suite("Writing into one database at once")
struct ConcurrentWriteTests {
    /// Three `ingest`s of large articles start together on a new base, each file holding 50
    /// articles of its own and 20 that all three hold, while `stats` and `search` run over and
    /// over: every command exits 0, each article is stored once, and the base checks ok.
    @Test func threeIngestsAndAReaderOnANewBaseAllSucceed() throws {
        try withCLI { cli in
            let articles = try LargeArticles()
            let shared = (0..<20).map { articles.line(number: $0) }
            var commands: [[String]] = []
            for file in 0..<3 {
                let own = (0..<50).map { articles.line(number: 20 + file * 50 + $0) }
                // The shared articles come in a different place in each file.
                let lines = file == 1 ? shared + own : own + shared
                commands.append(["ingest", "--verbose", try cli.write(lines.joined(separator: "\n") + "\n", to: "part-\(file).jsonl")])
            }
            let union = 20 + 3 * 50

            var questions: [(command: [String], result: RunResult, seconds: Double)] = []
            let results = try cli.runTogether(commands) { finished in
                // From the moment there is a file: before, stats rightly says there is no database.
                while !FileManager.default.fileExists(atPath: cli.db), !finished() { Thread.sleep(forTimeInterval: 0.01) }
                while !finished() {
                    for command in [["stats", "--format", "jsonl"], ["search", "Ref", "--limit", "1", "--format", "jsonl"]] {
                        let started = Date()
                        let result = try cli.run(command)
                        questions.append((command, result, Date().timeIntervalSince(started)))
                    }
                }
            }

            // What each ingest says it did with each article: added with so many events, or found stored.
            var added = 0, known = 0
            var eventsByArticle: [String: Int] = [:]
            for (command, result) in zip(commands, results) {
                #expect(result.status == 0, "chancery \(command.joined(separator: " ")): \(result)")
                for line in result.stderrLines {
                    // The articles are one text repeated with a line of its own: most are copies of another.
                    if let match = line.firstMatch(of: /part-\d\.jsonl:\d+: (large-\d+): (\d+) events?(, nearly the same text as large-\d+: its events are theirs)?$/) {
                        #expect(eventsByArticle[String(match.1)] == nil, "\(match.1) was added twice")
                        eventsByArticle[String(match.1)] = Int(match.2)
                    } else if line.contains(/^large-\d+: stored already, nearly the same text as large-\d+: its events are theirs now$/) {
                        // An article another ingest stored first, which one of this ingest comes before (see Store+Copies).
                        continue
                    } else {
                        #expect(line.contains(/part-\d\.jsonl:\d+: already stored as large-\d+; not added again$/), "\(result)")
                    }
                }
                let summary = try #require(result.stdoutLines.last)
                let counts = try #require(summary.firstMatch(of: /^Read 70 documents: (\d+) new, (\d+) already known, 0 failed;/),
                                          "\(result)")
                added += Int(counts.1) ?? 0
                known += Int(counts.2) ?? 0
            }
            #expect(added == union, "the new documents the three summaries report")
            #expect(known == 2 * 20, "the shared articles each of the other two found stored")

            let db = try Connection(path: cli.db, readOnly: true)
            #expect(try db.scalar("SELECT count(*) FROM documents").int == union)
            #expect(try db.scalar("SELECT count(DISTINCT external_id) FROM documents").int == union)
            #expect(try db.scalar("SELECT count(*) FROM document_search").int == union)
            // A document and its events are written together: every event has its sources, and
            // each article is the source of as many events as the ingest that added it found.
            #expect(eventsByArticle.count == union)
            #expect(try db.scalar("SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE s.event_id = e.id)").int == 0)
            let sourcesByArticle = try db.rows("SELECT d.external_id, count(s.event_id) FROM documents d LEFT JOIN sources s ON s.document_id = d.id GROUP BY d.id")
            #expect(sourcesByArticle.count == union)
            for row in sourcesByArticle {
                let article = try #require(row[0].string)
                #expect(row[1].int == eventsByArticle[article], "\(article)")
            }
            #expect(try db.rows("PRAGMA integrity_check").map { $0[0].string ?? "" } == ["ok"])

            // The questions were answered from what was committed, the count never going back.
            try #require(!questions.isEmpty)
            var documentsSeen: [Int] = []
            for question in questions {
                #expect(question.result.status == 0, "chancery \(question.command.joined(separator: " ")): \(question.result)")
                #expect(question.result.stderr == "", "\(question.result)")
                if question.command[0] == "stats", let line = question.result.stdoutLines.first,
                   let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                   let documents = object["documents"] as? Int {
                    documentsSeen.append(documents)
                }
            }
            #expect(documentsSeen == documentsSeen.sorted(), "stats saw \(documentsSeen)")
            #expect(documentsSeen.allSatisfy { $0 <= union })
        }
    }

    /// While another program holds the write lock with uncommitted writes, `stats` answers at
    /// once with what is committed, and an `ingest` given `--wait 1` gives up after a second
    /// with one line saying nothing of its own was stored and that running it again goes on.
    @Test func aReaderDoesNotWaitForAWriterAndAWriterThatGivesUpSaysWhatItStored() throws {
        try withCLI { cli in
            #expect(try cli.run(["ingest", Paths.sampleArticles + "/sample-fr-03.json"]).status == 0)
            let writer = try Connection(path: cli.db)
            try writer.beginImmediateTransaction()
            try writer.run("INSERT INTO documents (external_id, language, content_hash, text) VALUES (?, ?, ?, ?)",
                           ["uncommitted", "en", "0000", "Not yet committed."])

            let started = Date()
            let stats = try cli.run(["stats", "--format", "jsonl"])
            let seconds = Date().timeIntervalSince(started)
            #expect(stats.status == 0, "\(stats)")
            #expect(stats.stdout.hasPrefix("{\"documents\": 1, "), "\(stats)")
            #expect(seconds < 3, "stats took \(seconds) s while another program held the write lock")

            let news = Paths.sampleArticles + "/news.jsonl"
            let ingest = try cli.run(["ingest", "--wait", "1", news])
            #expect(ingest.status == 1, "\(ingest)")
            #expect(ingest.stdoutLines == ["Read 0 documents: 0 new, 0 already known, 0 failed; 0 events found."], "\(ingest)")
            #expect(ingest.stderrLines == [
                "Error: gave up after waiting 1 s for another program to finish writing to the database; the 0 new document(s) read until then are stored, and running the same command again goes on from there",
                "Hint: Let the other program finish, or wait longer with --wait SECONDS.",
            ], "\(ingest)")

            try writer.execute("ROLLBACK")
            let again = try cli.run(["ingest", news])
            #expect(again.status == 0, "\(again)")
            #expect(again.stdout.hasPrefix("Read 8 documents: 8 new, 0 already known, 0 failed;"), "\(again)")
        }
    }

    /// Ctrl-C while an ingest waits for another program's write lock stops the wait at once,
    /// with the message of any interrupt, rather than after the two minutes it would wait.
    @Test func ctrlCStopsAnIngestWaitingForTheLock() throws {
        try withCLI { cli in
            #expect(try cli.run(["ingest", Paths.sampleArticles + "/sample-fr-03.json"]).status == 0)
            let writer = try Connection(path: cli.db)
            try writer.beginImmediateTransaction()
            defer { try? writer.execute("ROLLBACK") }

            let started = Date()
            let result = try cli.run(["ingest", Paths.sampleArticles + "/news.jsonl"], timeout: 30, interruptAfter: 1)
            let seconds = Date().timeIntervalSince(started)
            #expect(result.status == 130, "\(result)")
            #expect(result.stderrLines.first == "Error: interrupted; the 0 new document(s) read before the interrupt are stored", "\(result)")
            #expect(seconds < 5, "the interrupted ingest took \(seconds) s to stop")
        }
    }

    /// An ingest that gives up partway (another program took the lock between two of its
    /// batches and kept it) has stored exactly the documents its message counts, and running
    /// the same command again stores the rest and nothing twice.
    @Test func anIngestThatGivesUpPartwayResumesWhereItStopped() throws {
        try withCLI { cli in
            let articles = try LargeArticles()
            let count = 80
            let input = try cli.write((0..<count).map { articles.line(number: $0) }.joined(separator: "\n") + "\n", to: "large.jsonl")
            // None until the schema is there, which the ingest builds first.
            let stored: () -> Int = {
                guard FileManager.default.fileExists(atPath: cli.db),
                      let reader = try? Connection(path: cli.db, readOnly: true) else { return 0 }
                return (try? reader.scalar("SELECT count(*) FROM documents").int) ?? 0
            }
            let results = try cli.runTogether([["ingest", "--wait", "1", input]]) { finished in
                // Once the first batch is in, take the lock between two batches and keep it.
                while stored() == 0, !finished() { Thread.sleep(forTimeInterval: 0.02) }
                let other = try Connection(path: cli.db)
                other.waitingForLocks(upTo: .seconds(30))
                try other.beginImmediateTransaction()
                while !finished() { Thread.sleep(forTimeInterval: 0.05) }
                try other.execute("ROLLBACK")
            }
            let result = try #require(results.first)
            #expect(result.status == 1, "\(result)")
            let line = try #require(result.stderrLines.first)
            let match = try #require(line.firstMatch(of: /^Error: gave up after waiting 1 s for another program to finish writing to the database; the (\d+) new document\(s\) read until then are stored, and running the same command again goes on from there$/), "\(result)")
            let storedFirst = try #require(Int(match.1))
            #expect(storedFirst > 0 && storedFirst < count, "\(result)")
            #expect(stored() == storedFirst)

            let again = try cli.run(["ingest", input])
            #expect(again.status == 0, "\(again)")
            #expect(again.stdout.hasPrefix("Read \(count) documents: \(count - storedFirst) new, \(storedFirst) already known, 0 failed;"), "\(again)")
            #expect(stored() == count)
        }
    }
}

/// Articles of about 18 KB as JSON Lines, each different: the sample articles, each repeated
/// to length, with a line naming its number.
struct LargeArticles {
    private let samples: [[String: Any]]

    init() throws {
        let text = try String(contentsOfFile: Paths.sampleArticles + "/news.jsonl", encoding: .utf8)
        samples = try text.split(separator: "\n").map { line in
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw JSONError("a line of news.jsonl is not an object")
            }
            return object
        }
    }

    /// Article `number` as one line of JSON Lines.
    func line(number: Int) -> String {
        var article = samples[number % samples.count]
        let body = article["text"] as? String ?? ""
        var text = ""
        while text.utf8.count < 18_000 { text += body + "\n\n" }
        article["text"] = text + "Ref \(number)."
        article["id"] = "large-\(number)"
        let data = (try? JSONSerialization.data(withJSONObject: article, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
