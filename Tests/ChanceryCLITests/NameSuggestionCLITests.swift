import Foundation
import Testing

/// A name on the command line that is not found is answered with the known names nearest it, in
/// every script: "did you mean …".
@Suite struct NameSuggestionCLITests {
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
}
