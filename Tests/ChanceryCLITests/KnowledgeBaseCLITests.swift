import Foundation
import Testing

/// The knowledge-base commands end to end: relations, actors, actor, search, stats.
@Suite struct KnowledgeBaseCLITests {
    static let documents = """
        {"id": "kb-ar", "lang": "ar", "published": "2025-06-11", "text": "أجرى وزير الخارجية ناصر بوريطة أمس الثلاثاء بالرباط مباحثات مع وزير الخارجية الفرنسي جان نويل بارو."}
        {"id": "kb-fr", "lang": "fr", "published": "2025-06-10", "text": "Le ministre des Affaires étrangères Nasser Bourita s'est entretenu ce mardi 10 juin 2025 à Rabat avec son homologue français Jean-Noël Barrot."}

        """

    func ingested(_ body: (CLI) throws -> Void) throws {
        try withCLI { cli in
            let path = try cli.write(Self.documents, to: "kb.jsonl")
            let result = try cli.run(["ingest", path])
            #expect(result.status == 0, "\(result)")
            try body(cli)
        }
    }

    @Test func statsCountsTheKnowledgeBase() throws {
        try ingested { cli in
            let result = try cli.run(["stats", "--format", "json"])
            #expect(result.status == 0, "\(result)")
            let stats = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            #expect(stats?["documents"] as? Int == 2, "\(result.stdout)")
            #expect(stats?["first_date"] != nil)
        }
    }

    @Test func relationsRanksPartners() throws {
        try ingested { cli in
            let result = try cli.run(["relations", "المغرب", "--format", "csv"])
            #expect(result.status == 0, "\(result)")
            #expect(result.stdoutLines.first == "partner,name,events,meetings,agreements,commission_sessions,first_contact,last_contact")
        }
    }

    @Test func searchFindsArabicWithCliticsAndFrenchWithoutAccents() throws {
        try ingested { cli in
            let arabic = try cli.run(["search", "الرباط", "--format", "jsonl"])
            #expect(arabic.status == 0, "\(arabic)")
            #expect(arabic.stdoutLines.count == 1 && arabic.stdout.contains("\"kb-ar\""), "\(arabic)")
            let french = try cli.run(["search", "etrangeres", "--format", "csv"])
            #expect(french.stdoutLines.count == 2 && french.stdout.contains("kb-fr"), "\(french)")
        }
    }

    @Test func actorsListsPeopleAndActorShowsOne() throws {
        try ingested { cli in
            let list = try cli.run(["actors", "--format", "jsonl"])
            #expect(list.status == 0, "\(list)")
            let actor = try cli.run(["actor", "بوريطة"])
            #expect(actor.status == 0, "\(actor)")
            #expect(actor.stdout.contains("aliases"), "\(actor)")
        }
    }

    @Test func anUnknownActorIsAnErrorWithAHint() throws {
        try ingested { cli in
            let result = try cli.run(["actor", "Nobody"])
            #expect(result.status == 64)
            #expect(result.stderrLines == ["Error: no actor named 'Nobody'", "Hint: List the people known with: chancery actors"])
        }
    }

    @Test func anUnknownCountryIsAnErrorWithAHint() throws {
        try ingested { cli in
            let result = try cli.run(["relations", "Atlantis"])
            #expect(result.status == 64)
            #expect(result.stderrLines.first == "Error: unknown country 'Atlantis'")
        }
    }

    @Test func questionsWithoutADatabaseSayHowToMakeOne() throws {
        try withCLI { cli in
            let result = try cli.run(["stats"])
            #expect(result.status == 64)
            #expect(result.stderrLines.first?.hasPrefix("Error: no database at") == true)
        }
    }

    /// Issue 4: the curated officials' names in every script are registered, so that an Arabic and
    /// a French report name one person.
    @Test func anOfficialNamedInTwoScriptsIsOneActorWithBothEvents() throws {
        try withCLI { cli in
            let path = try cli.write("""
                {"id": "bourita-ar", "lang": "ar", "published": "2025-03-05", "text": "أجرى وزير الخارجية ناصر بوريطة يوم الثلاثاء 4 مارس 2025 بموسكو مباحثات مع وزير الخارجية الروسي سيرغي لافروف."}
                {"id": "bourita-fr", "lang": "fr", "published": "2025-06-10", "text": "Le ministre des Affaires étrangères Nasser Bourita s'est entretenu ce mardi 10 juin 2025 à Rabat avec son homologue français Jean-Noël Barrot."}

                """, to: "bourita.jsonl")
            let ingest = try cli.run(["ingest", path])
            #expect(ingest.status == 0, "\(ingest)")
            var ids: [Int] = []
            for name in ["Nasser Bourita", "ناصر بوريطة"] {
                let result = try cli.run(["actor", name, "--format", "json"])
                #expect(result.status == 0, "\(result)")
                let actor = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
                let aliases = actor?["aliases"] as? [String] ?? []
                #expect(aliases.contains("Nasser Bourita") && aliases.contains("ناصر بوريطة"), "\(result)")
                let events = actor?["event_list"] as? [[String: Any]] ?? []
                #expect(Set(events.compactMap { ($0["sources"] as? [[String: Any]])?.first?["document"] as? String })
                        == ["bourita-ar", "bourita-fr"], "\(result)")
                ids.append(actor?["id"] as? Int ?? -1)
            }
            #expect(ids[0] == ids[1])
        }
    }
}

@Suite("One knowledge base whatever the order of ingest")
struct IngestOrderCLITests {
    /// The export without the ids, which number events in the order they were first stored.
    static func exportWithoutIDs(_ cli: CLI) throws -> [String] {
        let export = try cli.run(["export", "--format", "jsonl"])
        try #require(export.status == 0, "\(export)")
        return export.stdoutLines.map { line in
            line.replacingOccurrences(of: #"^\{"id": \d+, "#, with: "{", options: .regularExpression)
        }.sorted()
    }

    @Test func theSampleArticlesGiveTheSameEventsForwardsAndBackwards() throws {
        let articles = try String(contentsOfFile: Paths.sampleArticles + "/news.jsonl", encoding: .utf8)
            .split(separator: "\n").map(String.init)
        func export(of lines: [String]) throws -> [String] {
            try withCLI { cli in
                let file = cli.folder + "/articles.jsonl"
                try (lines.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
                let ingest = try cli.run(["ingest", file])
                try #require(ingest.status == 0, "\(ingest)")
                return try Self.exportWithoutIDs(cli)
            }
        }
        let forwards = try export(of: articles)
        #expect(forwards.count >= 15)
        // Two pairs of articles report the same events: the comparison covers merged events.
        #expect(forwards.contains { $0.contains(#""document": "sample-fr-01""#) && $0.contains(#""document": "sample-ar-02""#) })
        let backwards = try export(of: articles.reversed())
        #expect(backwards == forwards)
        let shuffled = try export(of: articles.enumerated().sorted { ($0.offset * 5) % 8 < ($1.offset * 5) % 8 }.map(\.element))
        #expect(shuffled == forwards)
    }
}
