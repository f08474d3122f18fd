import Foundation
import Testing

/// A command that answers with one thing, one event or one set of counts, writes it in JSON as
/// one object, as `jq .date` reads it, not as an array of one.
@Suite("Answers of one")
struct OneAnswerCLITests {
    @Test func showAndStatsWriteOneJSONObject() throws {
        try withSampleData { cli in
            let show = try cli.run(["show", "1", "--format", "json"])
            #expect(show.status == 0, "\(show)")
            let event = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any], "\(show.stdout)")
            #expect(event["id"] as? Int == 1)
            #expect(topLevelKeys(ofJSONObject: show.stdout) == exportKeys)

            let stats = try cli.run(["stats", "--format", "json"])
            #expect(stats.status == 0, "\(stats)")
            let counts = try #require(try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any], "\(stats.stdout)")
            #expect(counts["events"] as? Int == (try cli.exportedEvents().count))
            #expect(counts["documents"] as? Int == 10)
        }
    }
}
