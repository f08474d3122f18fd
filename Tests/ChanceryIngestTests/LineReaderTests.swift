import Foundation
import Testing
@testable import ChanceryIngest

@Suite struct LineReaderTests {
    @Test func aReadErrorIsReportedRatherThanTakenForTheEnd() throws {
        // Reading a directory as a file fails with EISDIR: the one read error any machine can produce.
        let reader = try #require(LineReader(path: NSTemporaryDirectory()))
        guard case .failure(let reason) = reader.nextLine() else {
            Issue.record("a failed read looked like an empty file")
            return
        }
        #expect(reason.hasPrefix("read error after line 0:"))
    }

    @Test func linesAreNumberedAndTheLastNeedsNoNewline() throws {
        let path = NSTemporaryDirectory() + "chancery-lines-\(UUID().uuidString).jsonl"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("\u{FEFF}first\n\nthird".utf8).write(to: URL(fileURLWithPath: path))
        let reader = try #require(LineReader(path: path))
        var lines: [(String, Int)] = []
        while case .line(let bytes, let number) = reader.nextLine() {
            lines.append((String(decoding: bytes, as: UTF8.self), number))
        }
        #expect(lines.map(\.0) == ["first", "", "third"])
        #expect(lines.map(\.1) == [1, 2, 3])
    }
}

@Suite struct LongLineTests {
    /// A line longer than the reader keeps is reported by its length and number, whether it ends
    /// within the buffer or many reads later, and the lines after it are read as usual.
    @Test(arguments: [10, 200_000])
    func aLineOverTheLimitIsSkippedAndCounted(longLength: Int) throws {
        let path = NSTemporaryDirectory() + "chancery-long-\(UUID().uuidString).jsonl"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let long = String(repeating: "x", count: longLength)
        try Data("short\n\(long)\nafter\n\(long)".utf8).write(to: URL(fileURLWithPath: path))
        let reader = try #require(LineReader(path: path, longestLine: 9))
        var seen: [String] = []
        loop: while true {
            switch reader.nextLine() {
            case .line(let bytes, let number): seen.append("\(number): \(String(decoding: bytes, as: UTF8.self))")
            case .tooLong(let bytes, let number): seen.append("\(number): \(bytes) bytes")
            case .failure(let reason): seen.append(reason)
            case .end: break loop
            }
        }
        #expect(seen == ["1: short", "2: \(longLength) bytes", "3: after", "4: \(longLength) bytes"])
    }
}
