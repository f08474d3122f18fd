import Foundation

/// Sizes and switches of one benchmark run, from flags, else environment variables, else the numbers.
///
///     chancery-bench [--documents N] [--events N] [--big-mb N] [--seed N] [--runs N] [--quick] [--keep]
///
/// Environment: CHANCERY_BENCH_DOCUMENTS, _EVENTS, _BIG_MB, _SEED, _RUNS, _QUICK=1, _KEEP=1, _WORKDIR.
struct BenchConfig {
    /// Articles in the corpus of the extraction and ingest phases.
    var documents = 20_000
    /// Events in the knowledge base the queries run against.
    var events = 1_000_000
    /// Size of the JSON Lines file whose ingest is measured for memory, in MB.
    var bigMegabytes = 500
    var seed: UInt64 = 42
    /// Timed runs of each query and of `--version`; the median is reported.
    var runs = 5
    /// Keep the work folder, with the knowledge base of the queries, instead of deleting it.
    var keep = false
    /// Where the work folder is made; the system's temporary folder by default.
    var workRoot = NSTemporaryDirectory()
    var quick = false
    /// Stop after the extraction phase: the quick loop for tuning the extractor.
    var extractionOnly = false
    /// Run the query phase alone: the knowledge base built, then the questions timed.
    var queriesOnly = false
    /// JSON Lines files of real articles whose extraction is timed too (`--extract-file`, repeatable).
    var extractFiles: [String] = []

    /// A small, fast run for trying the benchmark out.
    static let quickSizes = (documents: 2_000, events: 50_000, bigMegabytes: 20, runs: 3)

    struct UsageError: Error, CustomStringConvertible {
        let description: String
    }

    static let usage = """
        usage: chancery-bench [--documents N] [--events N] [--big-mb N] [--seed N] [--runs N] [--quick] [--keep] [--extraction-only] [--queries-only] [--extract-file F]... [--work-dir DIR]
          --documents N  articles generated for extraction and ingest (default 20000)
          --events N     events in the knowledge base for the queries (default 1000000)
          --big-mb N     size of the JSON Lines file for the memory test, in MB (default 500)
          --seed N       seed of the corpus: the same seed gives the same bytes (default 42)
          --runs N       timed runs per query; the median is reported (default 5)
          --quick        small sizes: 2000 documents, 50000 events, 20 MB, 3 runs
          --keep         keep the work folder, with the knowledge base of the queries
          --extraction-only  time extraction and the lexicon build only, then stop
          --queries-only     build the knowledge base and time the questions only
          --extract-file F   also time extraction over the documents of the JSON Lines file F (repeatable)
        Each flag can also be set as CHANCERY_BENCH_DOCUMENTS, _EVENTS, _BIG_MB, _SEED, _RUNS, _QUICK=1, _KEEP=1, _WORKDIR.
        """

    /// Reads the environment, then the flags, which win.
    init(arguments: [String], environment: [String: String]) throws {
        var values: [String: String] = [:]
        for (key, value) in environment where key.hasPrefix("CHANCERY_BENCH_") {
            values[String(key.dropFirst("CHANCERY_BENCH_".count)).lowercased().replacingOccurrences(of: "_", with: "-")] = value
        }
        var index = 0
        var arguments = arguments
        // Repeatable, so taken out before the one-value-per-name options.
        while let at = arguments.firstIndex(where: { $0 == "--extract-file" || $0.hasPrefix("--extract-file=") }) {
            if arguments[at].hasPrefix("--extract-file=") {
                extractFiles.append(String(arguments[at].dropFirst("--extract-file=".count)))
                arguments.remove(at: at)
            } else {
                guard at + 1 < arguments.count else { throw UsageError(description: "--extract-file needs a value\n\(Self.usage)") }
                extractFiles.append(arguments[at + 1])
                arguments.removeSubrange(at...(at + 1))
            }
        }
        while index < arguments.count {
            let argument = arguments[index]
            guard argument.hasPrefix("--") else { throw UsageError(description: "unexpected argument \(argument)\n\(Self.usage)") }
            var name = String(argument.dropFirst(2))
            if let equals = name.firstIndex(of: "=") {
                values[String(name[..<equals])] = String(name[name.index(after: equals)...])
            } else if ["quick", "keep", "help", "extraction-only", "queries-only"].contains(name) {
                values[name] = "1"
            } else {
                index += 1
                guard index < arguments.count else { throw UsageError(description: "--\(name) needs a value\n\(Self.usage)") }
                if name == "workdir" { name = "work-dir" }
                values[name] = arguments[index]
            }
            index += 1
        }
        if values["help"] != nil { throw UsageError(description: Self.usage) }
        if values["quick"] == "1" {
            quick = true
            (documents, events, bigMegabytes, runs) = Self.quickSizes
        }
        keep = values["keep"] == "1"
        extractionOnly = values["extraction-only"] == "1"
        queriesOnly = values["queries-only"] == "1"
        documents = try Self.number(values, "documents") ?? documents
        events = try Self.number(values, "events") ?? events
        bigMegabytes = try Self.number(values, "big-mb") ?? bigMegabytes
        runs = max(1, try Self.number(values, "runs") ?? runs)
        seed = UInt64(try Self.number(values, "seed") ?? Int(seed))
        workRoot = values["work-dir"] ?? values["workdir"] ?? workRoot
        let known: Set = ["documents", "events", "big-mb", "runs", "seed", "work-dir", "workdir", "quick", "keep", "help", "extraction-only", "queries-only"]
        if let unknown = values.keys.first(where: { !known.contains($0) }) {
            throw UsageError(description: "unknown option --\(unknown)\n\(Self.usage)")
        }
    }

    private static func number(_ values: [String: String], _ name: String) throws -> Int? {
        guard let text = values[name] else { return nil }
        guard let value = Int(text.replacingOccurrences(of: "_", with: "")), value >= 0 else {
            throw UsageError(description: "--\(name) must be a whole number, not \(text)")
        }
        return value
    }
}
