import Foundation
import SQLiteDB
import Testing

@Suite("chancery ingest")
struct IngestCLITests {
    @Test func sampleArticlesPrintTheSummaryLine() throws {
        try withCLI { cli in
            let result = try cli.run(["ingest", Paths.sampleArticles])
            #expect(result.status == 0, "\(result)")
            #expect(result.stderr == "", "\(result)")
            let events = try #require(expectSummary(result, read: 10, new: 10, known: 0, failed: 0))
            // Two of the articles report one meeting and one signing, in Arabic and in French: two events, two sources each.
            #expect(result.stdout.contains("found (2 of them reported already, added as sources)."), "\(result)")
            let exported = try cli.exportedEvents()
            #expect(events - 2 == exported.count, "the summary's event counts differ from what export prints")
        }
    }

    /// A user checks the base with `sqlite3 chancery.sqlite "PRAGMA integrity_check"` after an
    /// ingest and reads `ok`, with this machine's SQLite as with any other.
    @Test func theIntegrityCheckOfAnIngestedBaseSaysOk() throws {
        try withCLI { cli in
            let result = try cli.run(["ingest", Paths.sampleArticles])
            #expect(result.status == 0, "\(result)")
            let db = try Connection(path: cli.db, readOnly: true)
            #expect(try db.scalar("SELECT count(*) FROM actor_aliases").int ?? 0 > 0)
            #expect(try db.rows("PRAGMA integrity_check").map { $0[0].string ?? "" } == ["ok"])
        }
    }

    /// A user copies chancery.sqlite elsewhere: it must hold everything once chancery has exited,
    /// which needs the connection closed (SQLite then checkpoints and removes the -wal file).
    @Test func theDatabaseIsOneFileOnceChanceryHasExited() throws {
        try withCLI { cli in
            let result = try cli.run(["ingest", Paths.sampleArticles + "/sample-fr-03.json"])
            #expect(result.status == 0, "\(result)")
            #expect(!FileManager.default.fileExists(atPath: cli.db + "-wal"), "chancery exited leaving \(cli.db)-wal")
            #expect(!FileManager.default.fileExists(atPath: cli.db + "-shm"), "chancery exited leaving \(cli.db)-shm")
        }
    }

    @Test func verboseSaysWhatHappenedToEachDocument() throws {
        try withCLI { cli in
            let news = Paths.sampleArticles + "/news.jsonl"
            let result = try cli.run(["ingest", "--verbose", news])
            #expect(result.status == 0, "\(result)")
            expectSummary(result, read: 8, new: 8, known: 0, failed: 0)
            #expect(result.stderrLines.count == 8, "\(result)")
            #expect(result.stderrLines.first?.hasPrefix("\(news):1: sample-ar-01: ") == true, "\(result)")
            #expect(result.stderrLines.last?.hasPrefix("\(news):8: sample-en-04: 0 events") == true, "\(result)")
        }
    }

    @Test(.enabled(if: Paths.seedIsAvailable, "the seed is not at ../shared/seed"))
    func theSeedTwiceLeavesOneCopy() throws {
        try withCLI { cli in
            let first = try cli.run(["ingest", Paths.seedDocuments])
            #expect(first.status == 0, "\(first)")
            let events = expectSummary(first, read: 1, new: 1, known: 0, failed: 0)
            let before = try cli.exportedEvents()
            #expect(before.count == events)

            let second = try cli.run(["ingest", Paths.seedDocuments])
            #expect(second.status == 0, "\(second)")
            #expect(second.stdout == "Read 1 document: 0 new, 1 already known, 0 failed; 0 events found.\n")
            #expect(second.stderrLines == ["\(Paths.seedDocuments):1: already stored as seed-ma-ru; not added again"])
            let after = try cli.exportedEvents()
            #expect(after.count == before.count)
            #expect(after.map { $0["id"] as? Int } == before.map { $0["id"] as? Int })
        }
    }

    @Test func aMalformedJSONLinesFileReportsEachBadLineAndKeepsTheGoodOne() throws {
        try withCLI { cli in
            let good = #"{"id": "good-1", "lang": "en", "published": "2025-06-10", "title": "Talks", "text": "Ministers met in Rabat today."}"#
            let path = try cli.write([
                good,
                #"{"id": "bad-2", "text": "this line never ends"#,
                #"{"id": "no-text", "title": "A record without text"}"#,
            ].joined(separator: "\n") + "\n", to: "mixed.jsonl")

            let result = try cli.run(["ingest", path])
            #expect(result.status == 65, "\(result)")
            expectSummary(result, read: 1, new: 1, known: 0, failed: 2)
            #expect(result.stderrLines == [
                "\(path):2: not valid JSON",
                "\(path):3: missing \"text\"",
                "Error: 2 input(s) could not be read; see the messages above",
            ])

            // The good document is stored: giving it again is recognised.
            let goodOnly = try cli.write(good + "\n", to: "good.jsonl")
            let again = try cli.run(["ingest", goodOnly])
            #expect(again.status == 0, "\(again)")
            #expect(again.stdout == "Read 1 document: 0 new, 1 already known, 0 failed; 0 events found.\n")
            #expect(again.stderrLines == ["\(goodOnly):1: already stored as good-1; not added again"])
        }
    }

    @Test func badFieldsAreReportedWithTheirLine() throws {
        try withCLI { cli in
            let path = try cli.write([
                #"{"text": "   "}"#,
                #"{"text": "Some text", "published": "16 October 2025"}"#,
                #"{"text": "Some text", "lang": "de"}"#,
                #"["text"]"#,
                "",
                #"{"text": 17}"#,
            ].joined(separator: "\n"), to: "fields.jsonl")
            let result = try cli.run(["ingest", path])
            #expect(result.status == 65, "\(result)")
            expectSummary(result, read: 0, new: 0, known: 0, failed: 5)
            #expect(result.stderrLines == [
                "\(path):1: \"text\" is empty",
                "\(path):2: \"published\" must be a date YYYY-MM-DD, not \"16 October 2025\"",
                "\(path):3: \"lang\" must be ar, fr or en, not \"de\"",
                "\(path):4: expected a JSON object with a \"text\" field",
                "\(path):6: \"text\" must be a string",
                "Error: 5 input(s) could not be read; see the messages above",
            ])
        }
    }

    @Test func aMissingFileIsNamed() throws {
        try withCLI { cli in
            let missing = cli.folder + "/no-such-articles.jsonl"
            let result = try cli.run(["ingest", missing])
            #expect(result.status == 65, "\(result)")
            #expect(result.stdout == "Read 0 documents: 0 new, 0 already known, 1 failed; 0 events found.\n")
            #expect(result.stderrLines == [
                "\(missing): no such file or directory",
                "Error: 1 input(s) could not be read; see the messages above",
            ])
        }
    }

    @Test func anUnsupportedFileTypeIsNamed() throws {
        try withCLI { cli in
            let path = try cli.write("%PDF-1.4", to: "article.pdf")
            let result = try cli.run(["ingest", path])
            #expect(result.status == 65, "\(result)")
            #expect(result.stderrLines.first == "\(path): unsupported file type; expected .txt, .html, .htm, .json or .jsonl")
        }
    }

    @Test func theSameTextUnderAnotherIDIsAlreadyKnown() throws {
        try withCLI { cli in
            let one = try cli.write(#"{"id": "one", "text": "Identical words."}"# + "\n", to: "one.jsonl")
            let two = try cli.write(#"{"id": "two", "text": "Identical words."}"# + "\n", to: "two.jsonl")
            expectSummary(try cli.run(["ingest", one]), read: 1, new: 1, known: 0, failed: 0)
            let result = try cli.run(["ingest", two])
            #expect(result.status == 0)
            expectSummary(result, read: 1, new: 0, known: 1, failed: 0)
            #expect(result.stderrLines == ["\(two):1: already stored as one; not added again"])
        }
    }

    @Test func theSameIDWithAnotherTextIsAConflict() throws {
        try withCLI { cli in
            let one = try cli.write(#"{"id": "same", "text": "First words."}"# + "\n", to: "one.jsonl")
            let two = try cli.write(#"{"id": "same", "text": "Other words."}"# + "\n", to: "two.jsonl")
            expectSummary(try cli.run(["ingest", one]), read: 1, new: 1, known: 0, failed: 0)
            let result = try cli.run(["ingest", two])
            #expect(result.status == 65, "\(result)")
            expectSummary(result, read: 1, new: 0, known: 0, failed: 1)
            #expect(result.stderrLines == [
                "\(two):1: a different document with the id same is already stored",
                "Error: 1 input(s) could not be read; see the messages above",
            ])
        }
    }

    @Test(.enabled(if: Paths.seedIsAvailable, "the seed is not at ../shared/seed"))
    func jsonLinesFromStandardInput() throws {
        try withCLI { cli in
            let input = try Data(contentsOf: URL(fileURLWithPath: Paths.seedDocuments))
            let result = try cli.run(["ingest", "-"], stdin: input)
            #expect(result.status == 0, "\(result)")
            #expect(result.stderr == "")
            let events = expectSummary(result, read: 1, new: 1, known: 0, failed: 0)
            let exported = try cli.exportedEvents()
            #expect(exported.count == events)
            #expect(!exported.isEmpty)
            #expect(exported.allSatisfy { $0.documents == ["seed-ma-ru"] })
        }
    }

    @Test(.enabled(if: Paths.seedIsAvailable, "the seed is not at ../shared/seed"))
    func plainTextFromStandardInput() throws {
        try withCLI { cli in
            let input = try Data(contentsOf: URL(fileURLWithPath: Paths.seedText))
            let result = try cli.run(["ingest", "--lang", "ar", "--id", "seed-text", "-"], stdin: input)
            #expect(result.status == 0, "\(result)")
            let events = expectSummary(result, read: 1, new: 1, known: 0, failed: 0)
            let exported = try cli.exportedEvents()
            #expect(exported.count == events)
            #expect(exported.allSatisfy { $0.documents == ["seed-text"] })
            let meetings = exported.filter { $0["type"] as? String == "meeting" }
            #expect(meetings.contains { $0["date"] as? String == "2025-10-16" && $0.countries == ["MA", "RU"] },
                    "no MA–RU meeting on 2025-10-16 read from standard input")
        }
    }

    @Test func emptyStandardInputIsNotADocument() throws {
        try withCLI { cli in
            let result = try cli.run(["ingest", "-"], stdin: Data("  \n".utf8))
            #expect(result.status == 65, "\(result)")
            expectSummary(result, read: 0, new: 0, known: 0, failed: 1)
            #expect(result.stderrLines.first == "<stdin>: the document has no text")
        }
    }
}
