import Foundation

/// Phase 5: peak resident memory of `chancery ingest` reading one large JSON Lines file, which it must stream.
enum MemoryPhase {
    static func run(_ context: BenchContext) throws {
        let work = context.work
        let target = context.config.bigMegabytes * 1_000_000
        let path = work.file("big.jsonl")
        context.progress("writing a JSON Lines file of \(context.config.bigMegabytes) MB")
        // Articles numbered after the corpus's, so that none is already known.
        let generator = CorpusGenerator(seed: context.config.seed)
        var documents = 0
        let (_, writeSeconds) = Timing.measure {
            guard let writer = JSONLinesWriter(path: path) else { return }
            while writer.bytes < target {
                writer.write(generator.document(10_000_000 + documents))
                documents += 1
            }
            writer.flush()
        }
        let size = FileTools.size(of: path)
        context.progress("chancery ingest of \(documents) documents (\(ExtractionPhase.format(megabytes: size))), measuring peak RSS")
        work.removeDatabase("big.sqlite")
        let result = try ProcessRunner.check(context.chancery, ["ingest", "--db", work.file("big.sqlite"), path],
                                             output: work.file("big.out"), errors: work.file("big.err"))
        try? FileManager.default.removeItem(atPath: path)
        let megabytes = Double(result.peakRSS) / 1_048_576
        context.report.add("peak RSS, ingest of \(ExtractionPhase.format(megabytes: size)) JSONL",
                           String(format: "%.1f MiB", megabytes),
                           reference: String(format: "%.0f docs/s, %@ (file written in %@)", Double(documents) / result.seconds,
                                             Report.duration(result.seconds), Report.duration(writeSeconds)),
                           target: "< 200 MB", met: Double(result.peakRSS) < 200_000_000)
        context.report.figure("big_ingest_bytes", Double(size))
        context.report.figure("big_ingest_peak_rss_bytes", Double(result.peakRSS))
        context.report.figure("big_ingest_docs_per_s", Double(documents) / result.seconds)
        context.report.figure("big_ingest_s", result.seconds)
        work.removeDatabase("big.sqlite")
    }
}
