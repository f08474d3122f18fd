import Foundation
import Testing

/// Runs `body` with a database holding the seed article: a copy, made for this test, of a
/// database that the first caller fills with `chancery ingest` (ingesting costs about a second).
func withSeed<T>(_ body: (CLI) throws -> T) throws -> T {
    try withCLI { cli in
        let template = try SeedTemplate.path.get()
        try FileManager.default.copyItem(atPath: template, toPath: cli.db)
        // Until chancery closes its database on exit, committed pages may still be in the log.
        if FileManager.default.fileExists(atPath: template + "-wal") {
            try FileManager.default.copyItem(atPath: template + "-wal", toPath: cli.db + "-wal")
        }
        return try body(cli)
    }
}

enum SeedTemplate {
    static let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("chancery-cli-seed-\(UUID().uuidString)").path

    /// The seeded database, made once per test run and removed when the run ends.
    static let path: Result<String, JSONError> = {
        do {
            let binary = try Paths.binary.get()
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            atexit { try? FileManager.default.removeItem(atPath: SeedTemplate.folder) }
            let cli = CLI(folder: folder, binary: binary)
            let result = try cli.run(["ingest", Paths.seedDocuments])
            guard result.status == 0 else { return .failure(JSONError("ingesting the seed failed: \(result)")) }
            return .success(cli.db)
        } catch {
            return .failure(JSONError("cannot make the seeded database: \(error)"))
        }
    }()
}

/// Table rows (after the header and its rule, before the count line), cut into cells at the
/// columns where the header's titles start; columns are padded in Characters.
func tableRows(_ result: RunResult) -> [[String]] {
    let lines = result.stdoutLines
    guard lines.count >= 3 else { return [] }
    let header = terminalColumns(of: lines[0])
    var starts: [Int] = []
    for index in header.indices where header[index] != " " && (index == 0 || header[index - 1] == " ") {
        starts.append(index)
    }
    return lines.dropFirst(2).dropLast().map { line in
        let characters = terminalColumns(of: line)
        return starts.enumerated().map { column, start in
            let end = column + 1 < starts.count ? min(starts[column + 1], characters.count) : characters.count
            guard start < end else { return "" }
            return String(characters[start..<end]).trimmingCharacters(in: .whitespaces)
        }
    }
}

@Suite("Questions", .enabled(if: Paths.seedIsAvailable, "the seed is not at ../shared/seed"))
struct QueryCLITests {
    @Test func meetingsInEveryLanguageAndCodeFindTheMoscowMeeting() throws {
        try withSeed { cli in
            let spellings = [["Morocco", "Russia"], ["المغرب", "روسيا"], ["Maroc", "Russie"], ["MA", "RUS"], ["Russia", "Morocco"]]
            var outputs: [String] = []
            for pair in spellings {
                let result = try cli.run(["meetings"] + pair)
                #expect(result.status == 0, "meetings \(pair): \(result)")
                #expect(result.stderr == "")
                outputs.append(result.stdout)
                let rows = tableRows(result)
                #expect(rows.contains { $0.count > 5 && $0[1] == "2025-10-16" && $0[2] == "meeting" && $0[4] == "MA–RU" },
                        "meetings \(pair) does not show the 2025-10-16 meeting:\n\(result.stdout)")
                #expect(result.stdoutLines.last == "1 event.", "meetings \(pair):\n\(result.stdout)")
            }
            #expect(Set(outputs).count == 1, "the spellings give different answers:\n\(outputs.joined(separator: "\n"))")
        }
    }

    @Test func meetingsTableHeader() throws {
        try withSeed { cli in
            let result = try cli.run(["meetings", "MA", "RU"])
            let header = try #require(result.stdoutLines.first)
            #expect(header.split(separator: " ", omittingEmptySubsequences: true)
                    == ["ID", "DATE", "TYPE", "STATUS", "COUNTRIES", "PLACE", "WHAT", "PARTICIPANTS"])
            #expect(result.stdoutLines.dropFirst().first?.allSatisfy { $0 == "─" || $0 == " " } == true)
        }
    }

    @Test func meetingsOfCountriesThatNeverMetSayNoEvents() throws {
        try withSeed { cli in
            let result = try cli.run(["meetings", "Brazil", "Japan"])
            #expect(result.status == 0)
            #expect(result.stdout == "No events found.\n")
            let json = try cli.run(["meetings", "Brazil", "Japan", "--format", "json"])
            #expect(json.stdout == "[\n]\n")
            let jsonl = try cli.run(["meetings", "Brazil", "Japan", "--format", "jsonl"])
            #expect(jsonl.stdout == "")
        }
    }

    @Test func meetingsOfACountryWithItselfIsAUsageError() throws {
        try withSeed { cli in
            let result = try cli.run(["meetings", "MA", "Maroc"])
            #expect(result.status == 64)
            #expect(result.stdout == "")
            #expect(result.stderr.hasPrefix("Error: 'MA' and 'Maroc' are the same country (MA)\nHint: Name two countries"))
        }
    }

    @Test func agreementsSinceShowTheMoU() throws {
        try withSeed { cli in
            let result = try cli.run(["agreements", "--since", "2025-01-01"])
            #expect(result.status == 0, "\(result)")
            let rows = tableRows(result)
            #expect(rows.contains { $0.count > 6 && $0[1] == "2025-10-16" && $0[2] == "agreement" && $0[4] == "MA–RU" && $0[6].hasPrefix("MoU") },
                    "no MoU on 2025-10-16:\n\(result.stdout)")
            #expect(result.stdoutLines.last == "1 event.", "\(result.stdout)")

            let mou = try cli.run(["agreements", "--instrument", "mou", "--country", "Maroc", "--format", "jsonl"])
            #expect(mou.stdoutLines.count == 1, "\(mou)")
            let later = try cli.run(["agreements", "--since", "2025-11"])
            #expect(later.stdout == "No events found.\n")
        }
    }

    @Test func timelineShowsTheSeedsThreeEvents() throws {
        try withSeed { cli in
            let result = try cli.run(["timeline", "MA"])
            #expect(result.status == 0, "\(result)")
            let rows = tableRows(result)
            #expect(rows.contains { $0.count > 6 && $0[1] == "2025-10-16" && $0[2] == "meeting" && $0[4] == "MA–RU" },
                    "no meeting:\n\(result.stdout)")
            #expect(rows.contains { $0.count > 6 && $0[1] == "2025-10-16" && $0[2] == "agreement" && $0[6].hasPrefix("MoU") },
                    "no MoU signing:\n\(result.stdout)")
            #expect(rows.contains { $0.count > 6 && $0[1] == "undated" && $0[2] == "commission" && $0[3] == "planned" && $0[6].hasPrefix("session 8") },
                    "no planned 8th session:\n\(result.stdout)")
            #expect(rows.allSatisfy { $0.last == "seed-ma-ru" }, "every row names its source:\n\(result.stdout)")
            // The 2016 declaration is optional in the gold: three or four events.
            #expect(["3 events.", "4 events."].contains(result.stdoutLines.last ?? ""), "\(result.stdout)")
            // Undated events come last.
            #expect(rows.last?[1] == "undated", "\(result.stdout)")
        }
    }

    @Test func timelineFiltersByType() throws {
        try withSeed { cli in
            let result = try cli.run(["timeline", "MA", "RU", "--type", "commission_session", "--format", "jsonl"])
            #expect(result.status == 0, "\(result)")
            let events = try result.stdoutLines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:] }
            #expect(events.count == 1)
            #expect(events.first?["ordinal"] as? Int == 8)
            #expect(events.first?["status"] as? String == "planned")
        }
    }

    @Test func csvStartsWithItsHeader() throws {
        try withSeed { cli in
            let header = "id,type,status,date,end_date,countries,organizations,location,location_country,participants,mode,instrument,count,title,body,ordinal,confidence,documents"
            let timeline = try cli.run(["timeline", "--format", "csv"])
            #expect(timeline.status == 0)
            #expect(timeline.stdoutLines.first == header)
            let jsonl = try cli.run(["timeline", "--format", "jsonl"])
            #expect(timeline.stdoutLines.count == jsonl.stdoutLines.count + 1)
            // export writes the tidy table (TidyExportCLITests), of the same events.
            let export = try cli.run(["export", "--format", "csv"])
            #expect(export.stdoutLines.first?.hasPrefix("id,date,date_precision,") == true)
            #expect(export.stdoutLines.map { $0.prefix { $0 != "," } }.dropFirst().sorted()
                    == timeline.stdoutLines.map { $0.prefix { $0 != "," } }.dropFirst().sorted(), "export and timeline list the same events")
            let meetings = try cli.run(["meetings", "MA", "RU", "--format", "csv"])
            #expect(meetings.stdoutLines.first == header)
            #expect(meetings.stdoutLines.count == 2)
            let row = try #require(meetings.stdoutLines.last)
            #expect(row.contains(",meeting,occurred,2025-10-16,,MA;RU,"), "\(row)")
            #expect(row.hasSuffix(",seed-ma-ru"), "\(row)")
        }
    }

    @Test func limitOne() throws {
        try withSeed { cli in
            let all = try cli.run(["timeline", "MA", "--format", "jsonl"])
            let one = try cli.run(["timeline", "MA", "--limit", "1", "--format", "jsonl"])
            #expect(one.status == 0)
            #expect(one.stdoutLines.count == 1)
            #expect(one.stdoutLines.first == all.stdoutLines.first)
            let total = all.stdoutLines.count
            #expect(one.stderr == (total > 1 ? "1 event shown of \(total) (--limit 1).\n" : ""), "\(one)")
            let table = try cli.run(["timeline", "MA", "--limit", "1"])
            #expect(table.stdoutLines.count == 4, "\(table.stdout)")
            #expect(table.stdoutLines.last == (total > 1 ? "1 event shown of \(total)." : "1 event."), "\(table.stdout)")
        }
    }

    @Test func jsonIsOneArray() throws {
        try withSeed { cli in
            let json = try cli.run(["timeline", "--format", "json"])
            let jsonl = try cli.run(["timeline", "--format", "jsonl"])
            let array = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
            #expect(array?.count == jsonl.stdoutLines.count)
            let export = try cli.run(["export", "--format", "json"])
            let exported = try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [[String: Any]]
            #expect(exported?.count == jsonl.stdoutLines.count)
        }
    }

    @Test func exportLinesHaveExactlyTheSpecsKeysInOrder() throws {
        try withSeed { cli in
            let result = try cli.run(["export", "--format", "jsonl"])
            #expect(result.status == 0)
            try #require(!result.stdoutLines.isEmpty)
            for line in result.stdoutLines {
                let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                                          "not a JSON object: \(line)")
                #expect(topLevelKeys(ofJSONObject: line) == exportKeys, "\(line)")
                #expect(object["id"] is Int)
                #expect(["meeting", "agreement", "commission_session"].contains(object["type"] as? String ?? ""))
                #expect(["occurred", "planned"].contains(object["status"] as? String ?? ""))
                let sources = try #require(object["sources"] as? [[String: Any]])
                #expect(sources.count == 1)
                for source in sources {
                    #expect(Set(source.keys) == ["document", "url", "evidence", "start", "end"])
                }
                for participant in object["participants"] as? [[String: Any]] ?? [] {
                    #expect(Set(participant.keys) == ["name", "country", "role"])
                }
                if let location = object["location"] as? [String: Any] {
                    #expect(Set(location.keys) == ["name", "country"])
                }
                let countries = object["countries"] as? [String] ?? []
                #expect(countries == countries.sorted())
            }
        }
    }

    @Test func evidenceOffsetsPointIntoTheDocument() throws {
        try withSeed { cli in
            let text = try #require(try documentText(inJSONLines: Paths.seedDocuments, id: "seed-ma-ru"))
            let scalars = Array(text.unicodeScalars)
            for event in try cli.exportedEvents() {
                for source in event["sources"] as? [[String: Any]] ?? [] {
                    let start = try #require(source["start"] as? Int)
                    let end = try #require(source["end"] as? Int)
                    let evidence = try #require(source["evidence"] as? String)
                    try #require(0 <= start && start < end && end <= scalars.count, "offsets \(start)..<\(end)")
                    var slice = String.UnicodeScalarView()
                    slice.append(contentsOf: scalars[start..<end])
                    #expect(String(slice) == evidence, "event \(event["id"] ?? "?"): evidence is not text[\(start)..<\(end)]")
                }
            }
        }
    }

    @Test func showPrintsTheEvidence() throws {
        try withSeed { cli in
            let meetings = try cli.run(["meetings", "MA", "RU", "--format", "jsonl"])
            let line = try #require(meetings.stdoutLines.first)
            let meeting = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let id = try #require(meeting["id"] as? Int)
            let source = try #require((meeting["sources"] as? [[String: Any]])?.first)
            let evidence = try #require(source["evidence"] as? String)
            let start = try #require(source["start"] as? Int)
            let end = try #require(source["end"] as? Int)

            let result = try cli.run(["show", String(id)])
            #expect(result.status == 0, "\(result)")
            let lines = result.stdoutLines
            #expect(lines.first == "Event \(id): meeting")
            #expect(lines.contains("  type        meeting"), "\(result.stdout)")
            #expect(lines.contains("  status      occurred"), "\(result.stdout)")
            #expect(lines.contains("  date        2025-10-16"), "\(result.stdout)")
            #expect(lines.contains("  countries   MA, RU"), "\(result.stdout)")
            #expect(lines.contains("Sources (1):"), "\(result.stdout)")
            #expect(lines.contains { $0.hasPrefix("  [seed-ma-ru] ") }, "\(result.stdout)")
            // Arabic evidence is isolated, so that its direction ends with it.
            #expect(lines.contains("    «\u{2068}\(evidence)\u{2069}» (characters \(start)–\(end))"), "\(result.stdout)")

            let json = try cli.run(["show", String(id), "--format", "jsonl"])
            #expect(json.stdout == line + "\n")
            // JSON too is the event itself, one object, not an array of one.
            let object = try cli.run(["show", String(id), "--format", "json"])
            #expect(object.stdout == line + "\n")
            #expect(try JSONSerialization.jsonObject(with: Data(object.stdout.utf8)) is [String: Any])
        }
    }

    @Test func showOfAnUnknownIDIsAUsageError() throws {
        try withSeed { cli in
            let result = try cli.run(["show", "987654"])
            #expect(result.status == 64)
            #expect(result.stderrLines == ["Error: no event with id 987654", "Hint: List events with: chancery timeline"])
        }
    }
}

@Suite("Dates at their precision")
struct DatePrecisionCLITests {
    /// sample-en-01: talks "scheduled … in April", known only as 2026-04 (the gold's date).
    @Test func aMonthPrecisionEventPrintsTheMonth() throws {
        try withCLI { cli in
            let news = try String(contentsOfFile: Paths.sampleArticles + "/news.jsonl", encoding: .utf8)
            let line = try #require(news.split(separator: "\n").first { $0.contains("\"sample-en-01\"") })
            let ingest = try cli.run(["ingest", "-"], stdin: Data((line + "\n").utf8))
            try #require(ingest.status == 0, "\(ingest)")

            let jsonl = try cli.run(["meetings", "Brazil", "Japan", "--status", "planned", "--format", "jsonl"])
            let planned = try jsonl.stdoutLines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:] }
            #expect(planned.map { $0["date"] as? String } == ["2026-04"], "\(jsonl.stdout)")

            let table = try cli.run(["meetings", "Brazil", "Japan", "--status", "planned"])
            #expect(tableRows(table).map { $0[1] } == ["2026-04"], "\(table.stdout)")
            #expect(!table.stdout.contains("2026-04-01"), "\(table.stdout)")
            let csv = try cli.run(["meetings", "BR", "JP", "--status", "planned", "--format", "csv"])
            #expect(csv.stdoutLines.dropFirst().first?.contains(",planned,2026-04,,") == true, "\(csv.stdout)")
            if let id = planned.first?["id"] as? Int {
                let show = try cli.run(["show", String(id)])
                #expect(show.stdoutLines.contains("  date        2026-04"), "\(show.stdout)")
            }
            // An event known only to April counts for a bound inside April, on either side.
            let since = try cli.run(["meetings", "BR", "JP", "--status", "planned", "--since", "2026-04-30", "--format", "jsonl"])
            #expect(since.stdoutLines.count == 1, "\(since)")
            let until = try cli.run(["meetings", "BR", "JP", "--status", "planned", "--until", "2026-04-01", "--format", "jsonl"])
            #expect(until.stdoutLines.count == 1, "\(until)")
            let may = try cli.run(["meetings", "BR", "JP", "--status", "planned", "--since", "2026-05", "--format", "jsonl"])
            #expect(may.stdout == "", "\(may)")
        }
    }

    @Test func everyExportedDateIsISOAtSomePrecision() throws {
        try withCLI { cli in
            _ = try cli.run(["ingest", Paths.sampleArticles])
            let pattern = /\d{4}(-\d{2}(-\d{2})?)?/
            for event in try cli.exportedEvents() {
                for key in ["date", "end_date"] {
                    guard let value = event[key] as? String else { continue }
                    #expect(value.wholeMatch(of: pattern) != nil, "\(key) \(value) is not ISO 8601")
                }
            }
        }
    }
}
