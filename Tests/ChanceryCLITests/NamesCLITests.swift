import Foundation
import Testing

/// `--names en|fr|ar|original`: people, places and countries in the script asked for, in every
/// listing, `show`, the exports and the report, as the sample articles give them. Badr Abdelatty
/// and Ayman Safadi meet in Cairo in an Arabic article (sample-ar-01), which writes them and the
/// city in Arabic; the Senegalese and Gambian ministers are written in French (sample-fr-02).
@Suite("Names in a chosen script")
struct NamesCLITests {
    static let egyptJordanMeeting = ["timeline", "EG", "JO", "--type", "meeting"]

    /// The one event of `arguments`' listing, as JSON, with the options given.
    static func onlyEvent(_ cli: CLI, _ arguments: [String]) throws -> [String: Any] {
        let result = try cli.run(arguments + ["--format", "json"])
        let events = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]], "\(result)")
        try #require(events.count == 1, "\(arguments): \(events.count) events")
        return events[0]
    }

    /// The people of each event of the timeline, in date order, named as `names` says.
    static func timelineParticipants(_ cli: CLI, _ names: String) throws -> [[String]] {
        let events = try JSONSerialization.jsonObject(with: Data(try cli.run(["timeline", "--format", "json", "--names", names]).stdout.utf8))
        return (events as? [[String: Any]] ?? []).map(participantNames)
    }

    static func participantNames(_ event: [String: Any]) -> [String] {
        (event["participants"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
    }

    @Test func aListingShowsArabicSourcedPeopleInLatinScriptAndTheCityInFrench() throws {
        try withCLI { cli in
            #expect(try cli.run(["ingest", Paths.sampleArticles]).status == 0)
            let original = tableRows(try cli.run(["meetings", "EG", "JO", "--wide"]))
            #expect(original.map { [$0[5], $0[7]] } == [["Cairo", "بدر عبد العاطي (foreign minister, EG); أيمن الصفدي (foreign minister, JO)"]])
            let english = tableRows(try cli.run(["meetings", "EG", "JO", "--wide", "--names", "en"]))
            #expect(english.map { [$0[5], $0[7]] } == [["Cairo", "Badr Abdelatty (foreign minister, EG); Ayman Safadi (foreign minister, JO)"]])
            let french = tableRows(try cli.run(["meetings", "EG", "JO", "--wide", "--names", "fr"]))
            #expect(french.map { $0[5] } == ["Le Caire"])
        }
    }

    @Test func arabicNamesForPeopleAndPlacesAFrenchArticleWroteInLatinScript() throws {
        try withCLI { cli in
            #expect(try cli.run(["ingest", Paths.sampleArticles]).status == 0)
            let event = try Self.onlyEvent(cli, ["meetings", "SN", "GM", "--names", "ar"])
            #expect(Self.participantNames(event) == ["ياسين فال", "آداما بارو", "باسيرو ديوماي فاي"])
            #expect((event["location"] as? [String: String]) == ["name": "داكار", "country": "SN"])
            // Each listing reads its events its own way; all of them name people alike.
            let agreements = tableRows(try cli.run(["agreements", "--country", "EG", "--country", "JO", "--wide", "--names", "ar"]))
            #expect(agreements.map { $0[5] } == ["القاهرة"])
        }
    }

    /// An English and a French article, each spelling Lavrov as its press does.
    static let lavrovInTwoLanguages = """
        {"id": "en-lavrov", "lang": "en", "published": "2025-10-16", "text": "Russian Foreign Minister Sergei Lavrov held talks with Moroccan Foreign Minister Nasser Bourita in Moscow on Thursday."}
        {"id": "fr-lavrov", "lang": "fr", "published": "2025-06-12", "text": "Le ministre des Affaires étrangères, Nasser Bourita, s'est entretenu jeudi à Rabat avec son homologue russe, Sergueï Lavrov."}

        """

    @Test func eachLanguageShowsTheSpellingItsOwnArticlesWrite() throws {
        try withCLI { cli in
            let ingest = try cli.run(["ingest", "--quiet", "-"], stdin: Data(Self.lavrovInTwoLanguages.utf8))
            #expect(ingest.status == 0, "\(ingest)")
            #expect(try Self.timelineParticipants(cli, "original") == [["Nasser Bourita", "Sergueï Lavrov"], ["Sergei Lavrov", "Nasser Bourita"]])
            #expect(try Self.timelineParticipants(cli, "en") == [["Nasser Bourita", "Sergei Lavrov"], ["Sergei Lavrov", "Nasser Bourita"]])
            #expect(try Self.timelineParticipants(cli, "fr") == [["Nasser Bourita", "Sergueï Lavrov"], ["Sergueï Lavrov", "Nasser Bourita"]])
            #expect(try Self.timelineParticipants(cli, "ar") == [["ناصر بوريطة", "سيرغي لافروف"], ["سيرغي لافروف", "ناصر بوريطة"]])
        }
    }

    @Test func someoneKnownInOneScriptOnlyIsShownAsWritten() throws {
        try withCLI { cli in
            #expect(try cli.run(["ingest", Paths.sampleArticles]).status == 0)
            // Majid al-Qasabi and Wang Wentao, the session's co-chairs, are named in Arabic only, by an
            // Arabic article, and are no officials Chancery knows: English shows them as the article wrote them.
            let event = try Self.onlyEvent(cli, ["timeline", "CN", "SA", "--type", "commission_session", "--status", "planned", "--names", "en"])
            #expect(Self.participantNames(event) == ["ماجد بن عبدالله القصبي", "وانغ ون تاو"])
            #expect((event["location"] as? [String: String])?["name"] == "Beijing")
        }
    }

    @Test func showNamesTheCountriesThePlaceAndThePeopleInArabic() throws {
        try withCLI { cli in
            #expect(try cli.run(["ingest", Paths.sampleArticles]).status == 0)
            let id = try #require(try Self.onlyEvent(cli, Self.egyptJordanMeeting)["id"] as? Int)
            let shown = try cli.run(["show", String(id), "--names", "ar"])
            let lines = shown.stdoutLines.map { String(terminalColumns(of: $0)) }
            #expect(lines.contains("  countries   مصر (EG), الأردن (JO)"), "\(shown)")
            #expect(lines.contains("  place       القاهرة (EG)"), "\(shown)")
            #expect(lines.contains("  - بدر عبد العاطي (foreign minister, EG)"), "\(shown)")
            let english = try cli.run(["show", String(id), "--names", "en"]).stdoutLines
            #expect(english.contains("  countries   Egypt (EG), Jordan (JO)"))
            #expect(english.contains("  - Ayman Safadi (foreign minister, JO)"))
            #expect(try cli.run(["show", String(id)]).stdoutLines.contains("  countries   EG, JO"))
        }
    }

    @Test func theTidyExportNamesPeopleAndPlacesAsAsked() throws {
        try withCLI { cli in
            #expect(try cli.run(["ingest", Paths.sampleArticles]).status == 0)
            let id = try #require(try Self.onlyEvent(cli, Self.egyptJordanMeeting)["id"] as? Int)
            let original = try ReadTable(readCSV(try cli.run(["export", "--format", "csv"]).stdout)).row(ofEvent: id)
            #expect(original["participants"] == "بدر عبد العاطي (foreign minister, EG); أيمن الصفدي (foreign minister, JO)")
            let french = try ReadTable(readCSV(try cli.run(["export", "--format", "csv", "--names", "fr"]).stdout)).row(ofEvent: id)
            #expect(french["participants"] == "Badr Abdelatty (foreign minister, EG); Ayman Safadi (foreign minister, JO)")
            #expect(french["place"] == "Le Caire" && french["place_country"] == "EG")
            let long = try ReadTable(readCSV(try cli.run(["export", "--format", "csv", "--long", "participants", "--names", "en"]).stdout))
            #expect(long.rows(ofEvent: id).map { $0["name"] } == ["Badr Abdelatty", "Ayman Safadi"])
        }
    }

    /// The exchange format of EVENTS.md, which the scorer reads, names people as written unless asked.
    @Test func jsonLinesKeepNamesAsWrittenUnlessNamesAreAskedFor() throws {
        try withCLI { cli in
            #expect(try cli.run(["ingest", Paths.sampleArticles]).status == 0)
            let plain = try cli.run(["export"])
            #expect(plain.status == 0)
            #expect(try cli.run(["export", "--format", "jsonl", "--names", "original"]).stdout == plain.stdout)
            #expect(plain.stdout.contains(#"{"name": "بدر عبد العاطي", "country": "EG", "role": "foreign minister"}"#))
            let english = try cli.run(["export", "--format", "jsonl", "--names", "en"]).stdout
            #expect(english.contains(#"{"name": "Badr Abdelatty", "country": "EG", "role": "foreign minister"}"#))
            #expect(!english.contains("بدر عبد العاطي\""))
        }
    }

    @Test func countriesAreNamedInTheLanguageAsked() throws {
        try withCLI { cli in
            #expect(try cli.run(["ingest", Paths.sampleArticles]).status == 0)
            let relations = try ReadTable(readCSV(try cli.run(["relations", "EG", "--format", "csv", "--names", "ar"]).stdout))
            #expect(relations.rows.map { $0["name"] } == ["الأردن", "سوريا"])
            let english = try ReadTable(readCSV(try cli.run(["relations", "EG", "--format", "csv"]).stdout))
            #expect(english.rows.map { $0["name"] } == ["Jordan", "Syria"])
            let graph = try cli.run(["export", "--format", "dot", "--country", "EG", "--names", "fr"]).stdout
            #expect(graph.contains(#""EG" [label="Égypte", name_en="Egypt", name_fr="Égypte", name_ar="مصر""#))
        }
    }

    @Test func theReportShowsNamesInTheLanguageAsked() throws {
        try withCLI { cli in
            #expect(try cli.run(["ingest", Paths.sampleArticles]).status == 0)
            let page = try cli.run(["report", "EG", "JO", "--names", "fr", "--output", "-"]).stdout
            #expect(page.contains("<span class=\"country\" title=\"EG · Egypt · مصر\">Égypte</span>"))
            #expect(page.contains("<bdi>Badr Abdelatty</bdi>"))
            #expect(page.contains("in <bdi>Le Caire</bdi>"))
            #expect(page.contains(#""EG": ["Égypte", "Egypt", "مصر"]"#))
        }
    }

    @Test func actorsAreListedByTheirNameInTheScriptAsked() throws {
        try withCLI { cli in
            #expect(try cli.run(["ingest", Paths.sampleArticles]).status == 0)
            let original = try ReadTable(readCSV(try cli.run(["actors", "--country", "JO", "--format", "csv"]).stdout))
            #expect(original.rows.map { $0["name"] } == ["أيمن الصفدي", "جعفر حسان"])
            let latin = try ReadTable(readCSV(try cli.run(["actors", "--country", "JO", "--format", "csv", "--names", "en"]).stdout))
            #expect(latin.rows.map { $0["name"] } == ["Ayman Safadi", "Jafar Hassan"])
        }
    }

    @Test func anUnknownScriptIsAUsageError() throws {
        try withCLI { cli in
            let result = try cli.run(["timeline", "--names", "latin"])
            #expect(result.status == 64)
            #expect(result.stderr.contains("--names"), "\(result)")
        }
    }
}
