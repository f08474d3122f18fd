import ChanceryCore
import ChanceryIngest
import Foundation
import Testing

/// Writes predictions for the dev corpus when CHANCERY_DUMP_DEV names an output file; skipped otherwise.
@Test(.enabled(if: ProcessInfo.processInfo.environment["CHANCERY_DUMP_DEV"] != nil))
func dumpDevCorpusPredictions() throws {
    let output = ProcessInfo.processInfo.environment["CHANCERY_DUMP_DEV"] ?? "/tmp/pred.jsonl"
    let input = ProcessInfo.processInfo.environment["CHANCERY_DEV_DOCUMENTS"]
        .map { URL(fileURLWithPath: $0) } ?? CorpusSupport.sharedFolder.appendingPathComponent("corpus/dev/documents.jsonl")
    let documents = try #require(CorpusSupport.documents(at: input))
    let extractor = EventExtractor()
    var lines: [String] = []
    var id = 0
    let clock = ContinuousClock()
    var bytes = 0
    let elapsed = clock.measure {
        for document in documents {
            bytes += document.text.utf8.count
            for event in extractor.extract(from: document) {
                id += 1
                lines.append(CorpusSupport.exportLine(event, id: id, document: document.id ?? "?"))
            }
        }
    }
    try (lines.joined(separator: "\n") + "\n").write(toFile: output, atomically: true, encoding: .utf8)
    print("extracted \(id) events from \(documents.count) documents (\(bytes) bytes) in \(elapsed)")
}
