import Foundation
import Testing

/// Curation end to end, as an analyst does it: correct what extraction got wrong, then ingest
/// the same file again, ingest copies of the articles, or rebuild, and find the correction held.
/// An Arabic and a French article each; nothing is asked, since standard input is no terminal.
@Suite("Corrections from the command line")
struct CurationCLITests {
    /// A French and an Arabic report of one meeting in Rabat (event 1, with two sources), and an
    /// Arabic report of a meeting in Moscow (event 2).
    static let articles = """
        {"id": "kb-ar", "lang": "ar", "published": "2025-06-11", "text": "أجرى وزير الخارجية ناصر بوريطة أمس الثلاثاء بالرباط مباحثات مع وزير الخارجية الفرنسي جان نويل بارو."}
        {"id": "kb-fr", "lang": "fr", "published": "2025-06-10", "text": "Le ministre des Affaires étrangères Nasser Bourita s'est entretenu ce mardi 10 juin 2025 à Rabat avec son homologue français Jean-Noël Barrot."}
        {"id": "ru-ar", "lang": "ar", "published": "2025-03-05", "text": "أجرى وزير الخارجية ناصر بوريطة يوم الثلاثاء 4 مارس 2025 بموسكو مباحثات مع وزير الخارجية الروسي سيرغي لافروف."}

        """

    /// The same articles as other outlets carry them: other ids, a line more.
    static let copies = """
        {"id": "ru-ar-copy", "lang": "ar", "published": "2025-03-05", "text": "أجرى وزير الخارجية ناصر بوريطة يوم الثلاثاء 4 مارس 2025 بموسكو مباحثات مع وزير الخارجية الروسي سيرغي لافروف.\\nالمصدر: وكالة الأنباء"}
        {"id": "kb-fr-copy", "lang": "fr", "published": "2025-06-10", "text": "Le ministre des Affaires étrangères Nasser Bourita s'est entretenu ce mardi 10 juin 2025 à Rabat avec son homologue français Jean-Noël Barrot.\\nSource : agence"}

        """

    static let recorded = "; it holds when documents are read again, and chancery undo takes it back."

    func ingested(_ body: (CLI, String) throws -> Void) throws {
        try withCLI { cli in
            let path = try cli.write(Self.articles, to: "articles.jsonl")
            let result = try cli.run(["ingest", path])
            try #require(result.status == 0, "\(result)")
            try #require(try cli.exportedEvents().map(\.documents) == [["kb-fr", "kb-ar"], ["ru-ar"]])
            try body(cli, path)
        }
    }

    /// The exported events by id.
    func events(_ cli: CLI) throws -> [Int: [String: Any]] {
        Dictionary(uniqueKeysWithValues: try cli.exportedEvents().map { ($0["id"] as? Int ?? 0, $0) })
    }

    @Test func aDeletedArabicEventStaysGoneWhenTheSameFileIsIngestedAgain() throws {
        try ingested { cli, path in
            let delete = try cli.run(["delete", "2", "--by", "tester"])
            #expect(delete.status == 0, "\(delete)")
            #expect(delete.stdoutLines == [
                "Deleted event 2: meeting MA–RU 2025-03-04 in Moscow, 1 source.",
                "Correction 1, by tester" + Self.recorded,
            ])
            let again = try cli.run(["ingest", path])
            expectSummary(again, read: 3, new: 0, known: 3, failed: 0)
            #expect(try events(cli).keys.sorted() == [1])
            let show = try cli.run(["show", "2"])
            #expect(show.status == 64)
            #expect(show.stderrLines == ["Error: no event with id 2", "Hint: List events with: chancery timeline"])
        }
    }

    @Test func aDeletedEventStaysGoneWhenACopyFromAnotherOutletComesIn() throws {
        try ingested { cli, _ in
            #expect(try cli.run(["delete", "2", "--by", "tester"]).status == 0)
            let copies = try cli.write(Self.copies, to: "copies.jsonl")
            let ingest = try cli.run(["ingest", copies])
            expectSummary(ingest, read: 2, new: 2, known: 0, failed: 0)
            let exported = try events(cli)
            #expect(exported.keys.sorted() == [1], "the copy of the deleted Arabic report came back: \(exported)")
            // The French copy is one more source of the meeting in Rabat.
            #expect(exported[1]?.documents == ["kb-fr", "kb-fr-copy", "kb-ar"])
            let history = try cli.run(["history", "--format", "jsonl"])
            let rows = try history.stdoutLines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
            #expect(rows.count == 1)
            #expect(rows.first??["kind"] as? String == "delete")
            #expect((rows.first??["change"] as? [String: Any])?["sources"] as? [String] == ["ru-ar"])
        }
    }

    @Test func anEditedDateStaysWhenTheBaseIsRebuilt() throws {
        try ingested { cli, _ in
            let edit = try cli.run(["edit", "2", "--date", "2025-03", "--by", "tester"])
            #expect(edit.status == 0, "\(edit)")
            #expect(edit.stdoutLines == ["Event 2: date 2025-03-04 → 2025-03.", "Correction 1, by tester" + Self.recorded])
            let rebuild = try cli.run(["rebuild"])
            #expect(rebuild.status == 0, "\(rebuild)")
            #expect(rebuild.stdoutLines == ["Read 3 documents again: 2 events (2 before); 1 correction applied again."])
            #expect(try events(cli)[2]?["date"] as? String == "2025-03")
            let show = try cli.run(["show", "2"])
            #expect(show.stdoutLines.contains("  corrected   date (chancery history 2)"), "\(show)")
            // Known to the month, it is found by a question about March.
            let march = try cli.run(["timeline", "--since", "2025-03-01", "--until", "2025-03-31", "--format", "jsonl"])
            #expect(march.stdoutLines.count == 1 && march.stdout.contains("\"date\": \"2025-03\""), "\(march)")
        }
    }

    @Test func countriesAndPlaceAreEditedByNameInEitherScript() throws {
        try ingested { cli, _ in
            let edit = try cli.run(["edit", "2", "--country", "+السنغال", "--country", "-Russie", "--place", "Dakar", "--by", "tester"])
            #expect(edit.status == 0, "\(edit)")
            #expect(edit.stdoutLines == [
                "Event 2: countries MA,RU → MA,SN; place Moscow (RU) → Dakar (SN).",
                "Correction 1, by tester" + Self.recorded,
            ])
            let again = try cli.run(["edit", "2", "--country", "+SN", "--by", "tester"])
            #expect(again.stdoutLines == ["Event 2 already says so; nothing changed."])
            #expect(try cli.run(["rebuild"]).status == 0)
            let meetings = try cli.run(["meetings", "Maroc", "Sénégal", "--format", "jsonl"])
            #expect(meetings.stdoutLines.count == 1 && meetings.stdout.contains(#""location": {"name": "Dakar", "country": "SN"}"#), "\(meetings)")
            #expect(try cli.run(["meetings", "MA", "RU"]).stdoutLines == ["No events found."])
        }
    }

    @Test func aSplitAndAMergeHoldWhenTheBaseIsRebuiltAndTheFilesIngestedAgain() throws {
        try ingested { cli, path in
            let split = try cli.run(["split", "1", "--document", "kb-ar", "--by", "tester"])
            #expect(split.status == 0, "\(split)")
            #expect(split.stdoutLines == [
                "Took document kb-ar out of event 1 into event 3: meeting FR–MA 2025-06-10 in Rabat.",
                "Correction 1, by tester" + Self.recorded,
            ])
            #expect(try cli.run(["rebuild"]).status == 0)
            #expect(try events(cli).mapValues(\.documents) == [1: ["kb-fr"], 2: ["ru-ar"], 3: ["kb-ar"]])

            let merge = try cli.run(["merge", "1", "3", "--by", "tester"])
            #expect(merge.status == 0, "\(merge)")
            #expect(merge.stdoutLines == [
                "Merged event 3 into event 1: meeting FR–MA 2025-06-10 in Rabat, 2 sources.",
                "Correction 2, by tester" + Self.recorded,
            ])
            #expect(try cli.run(["ingest", path]).status == 0)
            #expect(try cli.run(["rebuild"]).status == 0)
            #expect(try events(cli).mapValues(\.documents) == [1: ["kb-fr", "kb-ar"], 2: ["ru-ar"]])
        }
    }

    @Test func historyListsAnEventsCorrectionsAndUndoTakesTheLastBack() throws {
        try ingested { cli, _ in
            #expect(try cli.run(["edit", "1", "--status", "planned", "--by", "first"]).status == 0)
            #expect(try cli.run(["edit", "1", "--date", "2025-06-09", "--by", "second"]).status == 0)
            #expect(try cli.run(["edit", "2", "--date", "2025", "--by", "second"]).status == 0)
            let history = try cli.run(["history", "1", "--format", "jsonl"])
            #expect(history.status == 0, "\(history)")
            let rows = try history.stdoutLines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
            #expect(rows.map { "\($0["id"] ?? "") \($0["author"] ?? "") \($0["kind"] ?? "") \($0["event"] ?? "") \($0["target"] ?? "")" } == [
                "1 first edit 1 kb-fr:meeting:FR,MA:0", "2 second edit 1 kb-fr:meeting:FR,MA:0",
            ])
            #expect((rows.last?["change"] as? [String: Any])?["date"] as? [String: String] == ["from": "2025-06-10", "to": "2025-06-09"])
            let table = try cli.run(["history", "1"])
            #expect(table.stdoutLines.first?.split(separator: " ", omittingEmptySubsequences: true)
                    == ["ID", "MADE", "AT", "AUTHOR", "KIND", "TARGET", "EVENT", "CHANGE", "UNDONE", "AT"], "\(table)")
            #expect(table.stdoutLines.dropFirst(2).first?.contains("status occurred → planned") == true, "\(table)")
            #expect(table.stdoutLines.last == "2 corrections.")
            let undo = try cli.run(["undo", "--by", "tester"])
            #expect(undo.status == 0, "\(undo)")
            #expect(undo.stdoutLines == [
                "Undid correction 3 by second: edit of event 2: date 2025-03-04 → 2025.",
                "Now: event 2, meeting MA–RU 2025-03-04 in Moscow.",
            ])
            #expect(try cli.run(["undo"]).stdoutLines.first == "Undid correction 2 by second: edit of event 1: date 2025-06-10 → 2025-06-09.")
            let exported = try events(cli)
            #expect(exported[1]?["date"] as? String == "2025-06-10")
            #expect(exported[1]?["status"] as? String == "planned")
            let all = try cli.run(["history", "--format", "jsonl"])
            let undone = try all.stdoutLines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }.map { $0?["undone_at"] is String }
            #expect(undone == [false, true, true])
        }
    }

    @Test func undoWithNothingToUndoSaysSo() throws {
        try ingested { cli, _ in
            let result = try cli.run(["undo"])
            #expect(result.status == 1)
            #expect(result.stderrLines == ["Error: there is no correction to undo", "Hint: chancery history lists the corrections made."])
        }
    }

    @Test func anUnknownIDIsAnErrorWithAHint() throws {
        try ingested { cli, _ in
            let noEvent = ["Error: no event with id 99", "Hint: List events with: chancery timeline"]
            for arguments in [["delete", "99"], ["edit", "99", "--date", "2025"], ["split", "99", "--document", "kb-fr"],
                              ["merge", "1", "99"], ["history", "99"]] {
                let result = try cli.run(arguments)
                #expect(result.status == 64, "\(arguments): \(result)")
                #expect(result.stdout == "")
                #expect(result.stderrLines == noEvent, "\(arguments): \(result)")
            }
            let source = try cli.run(["split", "1", "--document", "ru-ar"])
            #expect(source.stderrLines == ["Error: document ru-ar is not a source of event 1", "Hint: Event 1 is reported by: kb-fr, kb-ar."])
            let actor = try cli.run(["actor", "rename", "--db", cli.db, "9999", "Someone"], withDB: false)
            #expect(actor.status == 64)
            #expect(actor.stderrLines == ["Error: no actor with id 9999", "Hint: List the people known with: chancery actors"])
            let name = try cli.run(["actor", "merge", "--db", cli.db, "Nobody", "Bourita"], withDB: false)
            #expect(name.stderrLines == ["Error: no actor named 'Nobody'", "Hint: List the people known with: chancery actors"])
        }
    }

    @Test func aPersonRenamedAndAPersonMergedStaySoWhenTheBaseIsRebuilt() throws {
        try ingested { cli, _ in
            let typo = try cli.write("""
                {"id": "typo-fr", "lang": "fr", "published": "2025-09-02", "text": "Le ministre marocain des Affaires étrangères, Nacer Bouritta, s'est entretenu lundi 1er septembre 2025 à Dakar avec son homologue sénégalais Yassine Fall."}

                """, to: "typo.jsonl")
            #expect(try cli.run(["ingest", typo]).status == 0)
            func actor(_ name: String) throws -> [String: Any] {
                let result = try cli.run(["actor", "show", "--db", cli.db, name, "--format", "json"], withDB: false)
                try #require(result.status == 0, "\(result)")
                return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            }
            let bourita = try #require(try actor("Nasser Bourita")["id"] as? Int)
            let typoID = try #require(try actor("Nacer Bouritta")["id"] as? Int)
            try #require(bourita != typoID)
            let merge = try cli.run(["actor", "merge", "--db", cli.db, "Nasser Bourita", "Nacer Bouritta", "--by", "tester"], withDB: false)
            #expect(merge.status == 0, "\(merge)")
            #expect(merge.stdoutLines.first?.hasPrefix("Merged actor \(typoID) (Nacer Bouritta) into actor \(bourita) (") == true, "\(merge)")
            #expect(merge.stdoutLines.last == "Correction 1, by tester" + Self.recorded)

            let lavrov = try #require(try actor("لافروف")["id"] as? Int)
            let rename = try cli.run(["actor", "rename", "--db", cli.db, "لافروف", "Sergey Lavrov", "--by", "tester"], withDB: false)
            #expect(rename.status == 0, "\(rename)")
            #expect(rename.stdoutLines == [
                "Renamed actor \(lavrov): \u{2068}سيرغي لافروف\u{2069} → Sergey Lavrov, in 1 event.",
                "Correction 2, by tester" + Self.recorded,
            ])
            #expect(try cli.run(["rebuild"]).status == 0)
            #expect(try actor("Nacer Bouritta")["id"] as? Int == bourita)
            #expect(try actor("Nasser Bourita")["events"] as? Int == 3)
            let moscow = try events(cli)[2]
            #expect((moscow?["participants"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["ناصر بوريطة", "Sergey Lavrov"])
            // The person is shown as before, by a name or without the subcommand.
            #expect(try cli.run(["actor", "Sergey Lavrov"]).stdoutLines.first == "Actor \(lavrov): Sergey Lavrov (RU)")
        }
    }

    @Test func exportsSayWhichFieldsAPersonCorrectedAndJSONLinesKeepsTheSpecsKeys() throws {
        try ingested { cli, _ in
            let before = try cli.run(["export", "--format", "jsonl"])
            // A base nobody corrected exports as it always did.
            #expect(try cli.run(["export", "--format", "csv"]).stdoutLines.first?.hasSuffix(",corrected") == false)
            #expect(try cli.run(["export", "--format", "json"]).stdout.contains("corrected") == false)
            #expect(try cli.run(["edit", "2", "--date", "2025-03-05", "--country", "+FR", "--by", "tester"]).status == 0)
            let jsonl = try cli.run(["export", "--format", "jsonl"])
            for line in jsonl.stdoutLines { #expect(topLevelKeys(ofJSONObject: line) == exportKeys, "\(line)") }
            #expect(jsonl.stdoutLines.first == before.stdoutLines.first, "an event not corrected is exported as before")

            let json = try cli.run(["export", "--format", "json"])
            let array = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
            #expect(array.map { $0["corrected"] as? [String] ?? ["?"] } == [[], ["date", "countries"]])

            let csv = try cli.run(["export", "--format", "csv"])
            #expect(csv.stdoutLines.first?.hasSuffix(",corrected") == true, "\(csv)")
            #expect(csv.stdoutLines.last?.hasSuffix(",date;countries") == true, "\(csv)")
        }
    }

    @Test func anInterruptedOrLimitedRebuildGoesOnWhereItStopped() throws {
        try ingested { cli, _ in
            #expect(try cli.run(["delete", "2", "--by", "tester"]).status == 0)
            let first = try cli.run(["rebuild", "--limit", "1"])
            #expect(first.status == 0, "\(first)")
            #expect(first.stdoutLines == [
                "Read 1 document again, 1 of 3 so far: 1 event (1 before); 1 correction applied again.",
                "Run chancery rebuild again to go on.",
            ])
            let rest = try cli.run(["rebuild"])
            #expect(rest.stdoutLines == ["Read 2 documents again, finishing the rebuild begun before: 1 event (1 before); 1 correction applied again."])
            #expect(try events(cli).keys.sorted() == [1])
            // Finished, the next rebuild reads everything again.
            #expect(try cli.run(["rebuild"]).stdoutLines == ["Read 3 documents again: 1 event (1 before); 1 correction applied again."])
        }
    }

    @Test func correctingAMissingDatabaseDoesNotMakeOne() throws {
        try withCLI { cli in
            let result = try cli.run(["delete", "1"])
            #expect(result.status == 64)
            #expect(result.stderrLines.first == "Error: no database at \(cli.db)")
            #expect(!FileManager.default.fileExists(atPath: cli.db))
        }
    }
}
