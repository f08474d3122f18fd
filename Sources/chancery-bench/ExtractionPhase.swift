import ChanceryCore
import ChanceryIngest

/// Phase 1–2: generates the corpus, writes it as JSON Lines, and times extraction alone on one core.
enum ExtractionPhase {
    /// Returns the path of the corpus file, which the ingest phase reads.
    static func run(_ context: BenchContext) -> String {
        let config = context.config
        let generator = CorpusGenerator(seed: config.seed)
        context.progress("generating \(config.documents) documents (seed \(config.seed))")
        let (documents, generateSeconds) = Timing.measure {
            (0..<config.documents).map { generator.document($0).document }
        }
        let bytes = documents.reduce(0) { $0 + $1.text.utf8.count }
        let path = context.work.file("corpus.jsonl")
        if let writer = JSONLinesWriter(path: path) {
            for index in 0..<config.documents { writer.write(generator.document(index)) }
            writer.flush()
        }
        context.report.add("corpus", "\(documents.count) docs, \(format(megabytes: bytes)), avg \(bytes / max(1, documents.count)) B",
                           reference: String(format: "generated at %.0f MB/s", Double(bytes) / 1e6 / generateSeconds))
        context.report.figure("corpus_documents", Double(documents.count))
        context.report.figure("corpus_bytes", Double(bytes))

        context.progress("extracting events from \(documents.count) documents on one core")
        let extractor = EventExtractor()
        // The lexicon is built on first use; time that apart from the steady state.
        let (_, warmup) = Timing.measure { _ = extractor.extract(from: Document(text: "warm-up")) }
        var events = 0
        var byType: [EventType: Int] = [:]
        let (_, seconds) = Timing.measure {
            for document in documents {
                let found = extractor.extract(from: document)
                events += found.count
                for event in found { byType[event.type, default: 0] += 1 }
            }
        }
        let megabytesPerSecond = Double(bytes) / 1e6 / seconds
        let documentsPerSecond = Double(documents.count) / seconds
        context.report.add("extraction MB/s (1 core)", String(format: "%.1f MB/s", megabytesPerSecond),
                           target: "≥ 10 MB/s", met: megabytesPerSecond >= 10)
        context.report.add("extraction docs/s", String(format: "%.0f docs/s", documentsPerSecond),
                           reference: "lexicon build " + Report.duration(warmup))
        let types = EventType.allCases.map { "\($0.rawValue) \(byType[$0] ?? 0)" }.joined(separator: ", ")
        context.report.add("events extracted", "\(events) (\(String(format: "%.2f", Double(events) / Double(max(1, documents.count))))/doc)",
                           reference: types)
        context.report.figure("extraction_mb_per_s", megabytesPerSecond)
        context.report.figure("extraction_docs_per_s", documentsPerSecond)
        context.report.figure("extraction_events", Double(events))
        context.report.figure("lexicon_build_s", warmup)
        for file in config.extractFiles { timeExtraction(of: file, context) }
        return path
    }

    /// Times extraction alone over the documents of a JSON Lines file of real articles, read again until about
    /// 20 MB have passed, so that a small file is timed over more than a few milliseconds.
    static func timeExtraction(of file: String, _ context: BenchContext) {
        var documents: [Document] = []
        for case .document(let document, _) in DocumentReader(paths: [file]) { documents.append(document) }
        let bytes = documents.reduce(0) { $0 + $1.text.utf8.count }
        guard bytes > 0 else {
            context.report.note("\(file): no documents to extract from")
            return
        }
        let extractor = EventExtractor()
        for language in ["ar", "en", "fr"] { _ = extractor.extract(from: Document(language: language, text: "warm-up")) }
        let passes = max(1, 20_000_000 / bytes)
        var events = 0
        let (_, seconds) = Timing.measure {
            for _ in 0..<passes {
                for document in documents { events += extractor.extract(from: document).count }
            }
        }
        let megabytesPerSecond = Double(bytes * passes) / 1e6 / seconds
        let name = FileTools.folder(of: file).split(separator: "/").last.map { "\($0)/" } ?? ""
        context.report.add("extraction MB/s on \(name)\(file.split(separator: "/").last ?? "")", String(format: "%.1f MB/s", megabytesPerSecond),
                           reference: "\(documents.count) docs, \(format(megabytes: bytes)) × \(passes), \(events / passes) events",
                           target: "≥ 10 MB/s", met: megabytesPerSecond >= 10)
        context.report.figure("extraction_mb_per_s_\(name.replacingOccurrences(of: "/", with: ""))", megabytesPerSecond)
    }

    static func format(megabytes bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1e6)
    }
}
