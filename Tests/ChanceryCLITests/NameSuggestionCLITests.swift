import Foundation
import Testing

/// A name on the command line that is not found is answered with the known names nearest it, in
/// every script: "did you mean …".
@Suite struct NameSuggestionCLITests {
    static let documents = """
        {"id": "ar-1", "lang": "ar", "published": "2025-06-11", "text": "أجرى وزير الخارجية ناصر بوريطة أمس الثلاثاء بالرباط مباحثات مع وزير الخارجية الفرنسي جان نويل بارو."}

        """

    @Test func aMisspelledCountrySuggestsTheCountryWithItsCode() throws {
        try withCLI { cli in
            let result = try cli.run(["meetings", "Marocco", "France"])
            #expect(result.status == 64, "\(result)")
            #expect(result.stdout == "")
            #expect(result.stderrLines == ["Error: unknown country 'Marocco'", "Hint: Did you mean Morocco (MA)?"])
        }
    }

    /// The listing read without ArgumentParser and the one ArgumentParser reads (an option given
    /// twice is left to it) say the same.
    @Test func bothReadersOfAListingGiveTheSameSuggestion() throws {
        try withCLI { cli in
            let quick = try cli.run(["timeline", "Marocco"])
            let parsed = try cli.run(["timeline", "Marocco", "--wide", "--wide"])
            #expect(quick.status == 64 && parsed.status == 64, "\(quick)\n\(parsed)")
            #expect(quick.stderr == parsed.stderr)
            #expect(quick.stderrLines.last == "Hint: Did you mean Morocco (MA)?")
        }
    }

    @Test func aMisspelledArabicNameSuggestsTheArabicName() throws {
        try withCLI { cli in
            let result = try cli.run(["timeline", "المغربب"])
            #expect(result.status == 64, "\(result)")
            #expect(result.stderrLines == ["Error: unknown country 'المغربب'", "Hint: Did you mean \u{2068}المغرب\u{2069} (MA)?"])
        }
    }

    @Test func congoIsAmbiguousAndTheCodesChoose() throws {
        try withCLI { cli in
            let result = try cli.run(["timeline", "Congo"])
            #expect(result.status == 64, "\(result)")
            #expect(result.stderrLines == [
                "Error: 'Congo' is ambiguous: Democratic Republic of the Congo (CD) or Republic of the Congo (CG)",
                "Hint: Type the code of the one you mean: CD or CG.",
            ])
        }
    }

    @Test func koreaIsAmbiguousToo() throws {
        try withCLI { cli in
            let result = try cli.run(["agreements", "--country", "Korea"])
            #expect(result.status == 64, "\(result)")
            #expect(result.stderrLines == [
                "Error: 'Korea' is ambiguous: North Korea (KP) or South Korea (KR)",
                "Hint: Type the code of the one you mean: KP or KR.",
            ])
        }
    }

    @Test func aMisspelledActorSuggestsThePerson() throws {
        try withCLI { cli in
            let path = try cli.write(Self.documents, to: "docs.jsonl")
            #expect(try cli.run(["ingest", path]).status == 0)
            let show = try cli.run(["actor", "Buritaa"])
            #expect(show.status == 64, "\(show)")
            #expect(show.stderrLines == ["Error: no actor named 'Buritaa'", "Hint: Did you mean Nasser Bourita (MA)?"])
            let merge = try cli.run(["actor", "merge", "--db", cli.db, "Buritaa", "Barot"], withDB: false)
            #expect(merge.status == 64, "\(merge)")
            #expect(merge.stderrLines == ["Error: no actor named 'Buritaa'", "Hint: Did you mean Nasser Bourita (MA)?"])
        }
    }

    /// A list that finds no one is no error, but under its table names the people nearest.
    @Test func anActorsListThatFindsNoOneSuggestsThePerson() throws {
        try withCLI { cli in
            let path = try cli.write(Self.documents, to: "docs.jsonl")
            #expect(try cli.run(["ingest", path]).status == 0)
            let result = try cli.run(["actors", "Buritaa"])
            #expect(result.status == 0, "\(result)")
            #expect(result.stdoutLines == ["No actors found.", "Did you mean Nasser Bourita (MA)?"])
        }
    }

    @Test func aMisspelledCommandSuggestsTheCommand() throws {
        try withCLI { cli in
            let result = try cli.run(["meeting", "Morocco", "France"], withDB: false)
            #expect(result.status == 64, "\(result)")
            #expect(result.stdout == "")
            #expect(result.stderrLines == ["Error: unknown command 'meeting'", "Hint: Did you mean chancery meetings?"])
            let help = try cli.run(["help", "meeting"], withDB: false)
            #expect(help.status == 64, "\(help)")
            #expect(help.stderrLines == ["Error: unknown command 'meeting'", "Hint: Did you mean chancery help meetings?"])
        }
    }

    @Test func aCommandNearNoneSaysWhereTheCommandsAreListed() throws {
        try withCLI { cli in
            let result = try cli.run(["frobnicate"], withDB: false)
            #expect(result.status == 64, "\(result)")
            #expect(result.stderrLines == ["Error: unknown command 'frobnicate'", "Hint: See chancery --help for the commands."])
        }
    }
}
