import Foundation

/// The few file-system chores the benchmark needs.
enum FileTools {
    /// The last path component: "/a/b/chancery" → "chancery".
    static func lastComponent(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// The folder of a path: "/a/b/chancery" → "/a/b".
    static func folder(of path: String) -> String {
        (path as NSString).deletingLastPathComponent
    }

    /// The last `bytes` bytes of a text file, for error messages; empty when unreadable.
    static func tail(of path: String, bytes: Int) -> String {
        guard let data = FileManager.default.contents(atPath: path) else { return "" }
        return String(decoding: data.suffix(bytes), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The size of a file in bytes, 0 when it does not exist.
    static func size(of path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// Lines and bytes of a file, read in chunks so that a large output does not fill memory.
    static func countLines(of path: String) -> (lines: Int, bytes: Int) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return (0, 0) }
        defer { try? handle.close() }
        var lines = 0
        var bytes = 0
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            bytes += chunk.count
            lines += chunk.reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
        }
        return (lines, bytes)
    }

    /// The path of the running executable, from /proc/self/exe (else the first argument).
    static func executablePath() -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    /// The first executable named `name` on $PATH.
    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Writes `text` to `path`, replacing it.
    static func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
}
