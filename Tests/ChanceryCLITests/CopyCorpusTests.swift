import ChanceryCore
import ChanceryStore
import Foundation
import Testing

/// The dev corpora as syndication multiplies them (see `Syndication`): each article many times,
/// with another headline, a trailing line, another id, a few words changed. `make copies-check`
/// runs these with `CHANCERY_COPIES=100`; `make test` with 10.
@Suite("Syndicated copies of the dev corpora", .enabled(if: DevCorpus.isAvailable, "the dev corpora are not at ../shared/corpus"))
struct CopyCorpusTests {
    static var repetitions: Int {
        ProcessInfo.processInfo.environment["CHANCERY_COPIES"].flatMap(Int.init).map { max(2, $0) } ?? 10
    }

    /// The one pair of distinct documents of dev* taken for copies: the same agency story that
    /// two outlets printed word for word (but for quotation marks, capitals and a cut ending),
    /// for which gold gives both the same three events. en-012 gives its day of publication and
    /// en-011 none, so en-012 comes first in document order and en-011, stored before it, is its copy.
    static let sameWireStory = (copy: "dev/en-011", original: "dev/en-012")

    /// `chancery stats --format json`'s number of events.
    static func eventCount(_ cli: CLI) throws -> Int {
        let result = try cli.run(["stats", "--format", "json"])
        #expect(result.status == 0, "\(result)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return try #require(object?["events"] as? Int, "stats gave no event count: \(result)")
    }

    /// Ingesting dev once, then dev with all its copies, `chancery stats` counts as many events
    /// (within 5%): the copies' events are sources of the events of the articles they copy.
    @Test func theDevCorpusManyTimesOverHasAsManyEventsAsOnce() throws {
        let articles = try DevCorpus.articles("dev")
        let once = try withCLI { cli in
            let result = try cli.run(["ingest", DevCorpus.documentsPath("dev")])
            #expect(result.status == 0, "\(result)")
            return try Self.eventCount(cli)
        }
        let repetitions = Self.repetitions
        try withCLI { cli in
            let corpus = Syndication.corpus(of: articles, repetitions: repetitions)
            let path = try cli.write(corpus.map(\.jsonLine).joined(separator: "\n") + "\n", to: "syndicated.jsonl")
            let result = try cli.run(["ingest", "--verbose", path], timeout: 3_600)
            #expect(result.status == 0, "\(result.stderr.suffix(2_000))")
            // A copy whose edits undid each other is the same text: already known.
            #expect(result.stdout.hasPrefix("Read \(corpus.count) documents: ") && result.stdout.contains(" 0 failed;"), "\(result.stdout)")
            // Copies made here have a "~" in their ids; en-012 of dev is found a copy too (see below).
            // A copy stored before the copy it turns out to copy ("stored already, …") is counted when it came in.
            let copies = result.stderr.split(separator: "\n").filter {
                $0.contains("~") && $0.contains(", nearly the same text as ") && !$0.contains(": stored already, ")
            }.count
            let many = try Self.eventCount(cli)
            print("dev once: \(once) events; \(repetitions) times over (\(corpus.count) documents, \(copies) of \(corpus.count - articles.count) copies recognised): \(many) events, \(String(format: "%+.1f", Double(many - once) / Double(once) * 100))%")
            #expect(Double(many) <= Double(once) * 1.05, "\(many) events from dev \(repetitions) times over, \(once) from dev once: copies were counted as new events")
            #expect(Double(many) >= Double(once) * 0.95, "\(many) events from dev \(repetitions) times over, \(once) from dev once")
        }
    }

    /// Ingesting dev, dev-b and dev-c into one base, `ingest --verbose` says of no document that
    /// it is nearly the same text as another, but for the one wire story two outlets printed.
    @Test func noTwoDistinctArticlesOfTheDevCorporaAreTakenForCopies() throws {
        try withCLI { cli in
            let result = try cli.run(["ingest", "--verbose"] + DevCorpus.sets.map(DevCorpus.documentsPath))
            #expect(result.status == 0, "\(result)")
            var names: [String: String] = [:]
            for article in try DevCorpus.allArticles() { names[article.id] = article.name }
            var pairs: [String] = []
            for line in result.stderr.split(separator: "\n") {
                guard let said = line.range(of: ", nearly the same text as ") else { continue }
                let fields = line[..<said.lowerBound].components(separatedBy: ": ")
                let original = line[said.upperBound...].prefix { $0 != ":" }
                let copy = fields.count >= 2 ? fields[fields.count - 2] : "?"
                pairs.append("\(names[copy] ?? copy) ~ \(names[String(original)] ?? String(original))")
            }
            print("taken for copies among dev*: \(pairs.isEmpty ? "none" : pairs.joined(separator: ", "))")
            #expect(pairs == ["\(Self.sameWireStory.copy) ~ \(Self.sameWireStory.original)"])
        }
        // The pair allowed is one report of the same events.
        let gold = try DevCorpus.goldEvents("dev")
        #expect(gold["en-011"] == gold["en-012"] && !(gold["en-011"] ?? []).isEmpty)
    }

    /// What the thresholds are chosen from: how alike each copy is to its article, and how alike
    /// distinct articles are, by the resemblance the store compares (the Jaccard index of
    /// five-word shingles). Copies under the threshold are left to the merge rules; distinct
    /// articles over it would be false copies.
    @Test func copiesResembleTheirArticlesMoreThanDistinctArticlesResembleEachOther() throws {
        let articles = try DevCorpus.allArticles()
        let shingles = articles.map { WordShingles($0.text) }
        func day(_ article: DevCorpus.Article) -> String? { article.fields["published"] as? String }
        var distinct: [(resemblance: Double, pair: String, sameDay: Bool)] = []
        for i in articles.indices {
            for j in articles.indices where j > i {
                let sameDay = day(articles[i]) != nil && day(articles[i]) == day(articles[j])
                distinct.append((shingles[i].resemblance(to: shingles[j]), "\(articles[i].name) ~ \(articles[j].name)", sameDay))
            }
        }
        distinct.sort { $0.resemblance > $1.resemblance }
        let corpus = Syndication.corpus(of: articles, repetitions: 21)
        let copies = corpus.dropFirst(articles.count).enumerated().map { index, copy in
            WordShingles(copy.text).resemblance(to: shingles[index % articles.count])
        }.sorted()
        func percentile(_ share: Double) -> String { String(format: "%.3f", copies[min(copies.count - 1, Int(Double(copies.count) * share))]) }
        let (threshold, sameDayThreshold) = (Store.copyResemblance, Store.sameDayCopyResemblance)
        let under = copies.filter { $0 < threshold }.count
        let missed = copies.filter { $0 < sameDayThreshold }.count
        print("copies (\(copies.count)) resemble their articles: least \(percentile(0)), 1% under \(percentile(0.01)), 5% under \(percentile(0.05)), median \(percentile(0.5)); \(under) under \(threshold), \(missed) under \(sameDayThreshold) (the least for a copy published the same day)")
        print("most alike distinct articles: " + distinct.prefix(5).map {
            "\($0.pair) \(String(format: "%.3f", $0.resemblance))\($0.sameDay ? " (same day)" : "")"
        }.joined(separator: ", "))
        let above = distinct.filter { $0.resemblance >= threshold || ($0.sameDay && $0.resemblance >= sameDayThreshold) }.map(\.pair)
        // Pairs are named in the corpus's order, en-011 first.
        #expect(above == ["\(Self.sameWireStory.copy) ~ \(Self.sameWireStory.original)"], "distinct articles as alike as copies: \(above)")
        // Nearly every copy is found by its text alone, one of the same day (as these are) down to the lower threshold.
        #expect(Double(under) <= Double(copies.count) * 0.01, "\(under) of \(copies.count) copies are under \(threshold)")
        #expect(Double(missed) <= Double(copies.count) * 0.001, "\(missed) of \(copies.count) copies are under \(sameDayThreshold)")
    }
}
