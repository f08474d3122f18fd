import Foundation
import Testing

/// The same articles give the same base in every run. Swift seeds its hashing afresh in each
/// process, so that a choice left to the order of a dictionary or a set changes from run to run.
@Suite struct DeterministicIngestTests {
    /// Two states as often in the story, and a minister of neither named: the meetings he held
    /// one by one are given to the same one of them in every run (the first by code).
    @Test func aTieBetweenTwoStatesOfTheStoryIsBrokenAlikeInEveryRun() throws {
        try withCLI { cli in
            let article = try cli.write("""
                Le Bénin et la Côte d'Ivoire ont signé mardi à Paris un accord de coopération dans le domaine de l'énergie.

                En marge de la conférence, le ministre a eu des entretiens séparés avec ses homologues du Japon et de la Chine.
                """, to: "tie.txt")
            var outcomes: Set<[String]> = []
            for _ in 0..<20 {
                let result = try cli.run(["ingest", "--explain", "--lang", "fr", "--published", "2025-03-10", article])
                #expect(result.status == 0, "\(result)")
                outcomes.insert(result.stdoutLines.filter { $0.first?.isNumber == true })
            }
            #expect(outcomes == [[
                "1. agreement, occurred, 2025-03-04, BJ–CI, Paris",
                "2. meeting, occurred, 2025-03-04, BJ–CN",
                "3. meeting, occurred, 2025-03-04, BJ–JP",
            ]])
        }
    }
}
