import Foundation
import Testing

/// What one run of `chancery` produced.
struct RunResult: CustomStringConvertible {
    let stdout: String
    let stderr: String
    let status: Int32

    var stdoutLines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropLastEmpty() }
    var stderrLines: [String] { stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropLastEmpty() }

    var description: String {
        "exit status \(status)\n--- stdout ---\n\(stdout)--- stderr ---\n\(stderr)"
    }
}

private extension Array where Element == String {
    func dropLastEmpty() -> [String] {
        last == "" ? Array(dropLast()) : self
    }
}

enum CLITestError: Error, CustomStringConvertible {
    case binaryNotFound(searched: [String])
    case timedOut(arguments: [String])

    var description: String {
        switch self {
        case .binaryNotFound(let searched):
            "cannot find the chancery executable; looked in:\n  " + searched.joined(separator: "\n  ")
                + "\nBuild it first (swift build --build-tests), or set CHANCERY_BIN to its path."
        case .timedOut(let arguments):
            "chancery \(arguments.joined(separator: " ")) did not finish within the time limit"
        }
    }
}

/// Where the package and its neighbours are, found from this file's place in the tree.
enum Paths {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()   // ChanceryCLITests
        .deletingLastPathComponent()   // Tests
        .deletingLastPathComponent()   // package root
    static let sampleArticles = packageRoot.appendingPathComponent("SampleData/articles").path
    static let sampleExpected = packageRoot.appendingPathComponent("SampleData/expected.jsonl").path
    static let seedFolder = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seed")
    static let seedDocuments = seedFolder.appendingPathComponent("documents.jsonl").path
    static let seedText = seedFolder.appendingPathComponent("morocco-russia-mou.ar.txt").path
    static var seedIsAvailable: Bool { FileManager.default.fileExists(atPath: seedDocuments) }

    /// The `chancery` executable built next to the test bundle, or `$CHANCERY_BIN`.
    static let binary: Result<String, CLITestError> = findBinary()

    private static func findBinary() -> Result<String, CLITestError> {
        let fileManager = FileManager.default
        func isExecutableFile(_ path: String) -> Bool {
            var isDirectory: ObjCBool = false
            return fileManager.fileExists(atPath: path, isDirectory: &isDirectory)
                && !isDirectory.boolValue && fileManager.isExecutableFile(atPath: path)
        }
        if let override = ProcessInfo.processInfo.environment["CHANCERY_BIN"], !override.isEmpty {
            return isExecutableFile(override) ? .success(override) : .failure(.binaryNotFound(searched: ["$CHANCERY_BIN=\(override)"]))
        }
        var starts = [URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()]
        starts.append(Bundle.main.bundleURL)
        var searched: [String] = []
        for start in starts {
            var folder = start.standardizedFileURL
            while true {
                let candidate = folder.appendingPathComponent("chancery").path
                searched.append(candidate)
                if isExecutableFile(candidate) { return .success(candidate) }
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { break }
                folder = parent
            }
        }
        return .failure(.binaryNotFound(searched: searched))
    }
}

/// A private place to run `chancery`: a temporary folder with its own database, and an
/// environment in which neither `$CHANCERY_DB` nor `$XDG_DATA_HOME` nor `$HOME` point anywhere real.
struct CLI {
    let folder: String
    let binary: String

    /// The database every command gets through `--db`.
    var db: String { folder + "/chancery.sqlite" }
    /// Where `$CHANCERY_DB` points: used only when `--db` is left out.
    var environmentDB: String { folder + "/env/chancery.sqlite" }
    var xdgDataHome: String { folder + "/xdg" }

    /// Runs `chancery` with `arguments`, putting `--db` after the subcommand unless `withDB` is false.
    /// With `unprivileged`, the run is made as the user `nobody` when the tests run as root (whom
    /// file permissions do not stop), through `setpriv`. `through` is a command that runs the
    /// binary given after it, such as a shell that sets a limit first.
    @discardableResult
    func run(_ arguments: [String], withDB: Bool = true, stdin: Data? = nil,
             environment overrides: [String: String] = [:], timeout: TimeInterval = 120,
             interruptAfter: TimeInterval? = nil, interruptWhen: (() -> Bool)? = nil, unprivileged: Bool = false,
             through wrapper: [String] = []) throws -> RunResult {
        var fullArguments = arguments
        if withDB, !arguments.isEmpty {
            fullArguments.insert(contentsOf: ["--db", db], at: 1)
        }
        let id = UUID().uuidString
        let outPath = folder + "/.out-\(id)"
        let errPath = folder + "/.err-\(id)"
        FileManager.default.createFile(atPath: outPath, contents: nil)
        FileManager.default.createFile(atPath: errPath, contents: nil)
        defer {
            try? FileManager.default.removeItem(atPath: outPath)
            try? FileManager.default.removeItem(atPath: errPath)
        }

        let process = Process()
        let command = (unprivileged ? Self.droppingPrivileges ?? [] : []) + wrapper + [binary] + fullArguments
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = environment(overriding: overrides)

        let outHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        let errHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        defer {
            try? outHandle.close()
            try? errHandle.close()
        }
        process.standardOutput = outHandle
        process.standardError = errHandle
        var inputPath: String?
        if let stdin {
            let path = folder + "/.in-\(id)"
            FileManager.default.createFile(atPath: path, contents: stdin)
            inputPath = path
            process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        defer { if let inputPath { try? FileManager.default.removeItem(atPath: inputPath) } }

        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        var interruptAt = interruptAfter.map { Date().addingTimeInterval($0) }
        var interruptCheck = interruptWhen
        var nextCheck = Date()
        while process.isRunning {
            if let at = interruptAt, Date() > at {
                process.interrupt()  // SIGINT, as Ctrl-C in a terminal
                interruptAt = nil
            }
            // (A condition, asked a few times a second, for a machine whose speed a fixed delay cannot know.)
            if let check = interruptCheck, Date() >= nextCheck {
                if check() {
                    process.interrupt()
                    interruptCheck = nil
                } else {
                    nextCheck = Date().addingTimeInterval(0.2)
                }
            }
            if Date() > deadline {
                process.terminate()
                process.waitUntilExit()
                throw CLITestError.timedOut(arguments: fullArguments)
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        process.waitUntilExit()

        let out = FileManager.default.contents(atPath: outPath) ?? Data()
        let err = FileManager.default.contents(atPath: errPath) ?? Data()
        return RunResult(
            stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self),
            status: process.terminationStatus
        )
    }

    /// The environment `chancery` runs in, with `overrides`.
    func environment(overriding overrides: [String: String] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["CHANCERY_DB"] = environmentDB
        environment["XDG_DATA_HOME"] = xdgDataHome
        environment["HOME"] = folder + "/home"
        // Output to a file, as a script's: no terminal width to fit unless a test gives one.
        environment["COLUMNS"] = nil
        for (key, value) in overrides { environment[key] = value }
        return environment
    }

    /// The command that runs another as a user without privileges: none when the tests are not
    /// run as root, `setpriv` as `nobody` when they are; nil when root has no `setpriv`.
    static let droppingPrivileges: [String]? = {
        guard geteuid() == 0 else { return [] }
        let setpriv = "/usr/bin/setpriv"
        guard FileManager.default.isExecutableFile(atPath: setpriv) else { return nil }
        return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", "--"]
    }()

    /// A shell that limits the size of the files its command writes to `blocks` of 512 bytes
    /// (`ulimit -f`, which POSIX shells count in 512-byte blocks), then runs it.
    static func limitingFileSize(toBlocks blocks: Int) -> [String] {
        ["/bin/sh", "-c", "ulimit -f \(blocks) && exec \"$0\" \"$@\""]
    }

    /// Writes `text` to a file in the test's folder and returns its path.
    func write(_ text: String, to name: String) throws -> String {
        let path = folder + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The events `export --format jsonl` prints, parsed.
    func exportedEvents() throws -> [[String: Any]] {
        let result = try run(["export", "--format", "jsonl"])
        #expect(result.status == 0, "export failed: \(result)")
        return try result.stdoutLines.map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
            guard let event = object as? [String: Any] else {
                throw JSONError("an exported line is not a JSON object: \(line)")
            }
            return event
        }
    }
}

extension CLI {
    /// Runs each command in a process of its own, all started at the same moment; `alongside`
    /// runs on the calling thread meanwhile, and is told when every command has finished.
    func runTogether(_ commands: [[String]], alongside: ((_ finished: () -> Bool) throws -> Void)? = nil) throws -> [RunResult] {
        let results = ResultSlots(count: commands.count)
        let finished = DispatchGroup()
        let start = DispatchSemaphore(value: 0)
        for (index, command) in commands.enumerated() {
            finished.enter()
            Thread {
                defer { finished.leave() }
                start.wait()
                results.set(index, Result { try run(command) })
            }.start()
        }
        for _ in commands { start.signal() }
        try alongside? { finished.wait(timeout: .now()) == .success }
        finished.wait()
        return try results.all.map { try #require($0).get() }
    }
}

/// One slot per concurrent run, filled under a lock.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<RunResult, any Error>?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<RunResult, any Error>) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    var all: [Result<RunResult, any Error>?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}

struct JSONError: Error, CustomStringConvertible, Sendable {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Runs `body` with a fresh temporary folder and the `chancery` binary, removing the folder afterwards.
func withCLI<T>(_ body: (CLI) throws -> T) throws -> T {
    let binary = try Paths.binary.get()
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("chancery-cli-tests-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    return try body(CLI(folder: folder, binary: binary))
}

/// The keys of a JSON object's text, in the order they are written, at the top level only.
func topLevelKeys(ofJSONObject text: String) -> [String] {
    var keys: [String] = []
    var depth = 0
    var inString = false
    var escaped = false
    var current = ""
    var lastString: String?
    for character in text.unicodeScalars {
        if inString {
            if escaped {
                escaped = false
                current.unicodeScalars.append(character)
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                inString = false
                lastString = current
            } else {
                current.unicodeScalars.append(character)
            }
            continue
        }
        switch character {
        case "\"":
            inString = true
            current = ""
        case "{", "[":
            depth += 1
            lastString = nil
        case "}", "]":
            depth -= 1
            lastString = nil
        case ":":
            if depth == 1, let key = lastString { keys.append(key) }
            lastString = nil
        case ",":
            lastString = nil
        default:
            break
        }
    }
    return keys
}

/// The spec's export keys, in the spec's order (EVENTS.md, "Events out").
let exportKeys = [
    "id", "type", "status", "date", "end_date", "countries", "organizations", "location",
    "participants", "mode", "instrument", "count", "title", "body", "ordinal", "confidence", "sources",
]

extension Dictionary where Key == String, Value == Any {
    var countries: [String] { (self["countries"] as? [String] ?? []).sorted() }
    var documents: [String] {
        (self["sources"] as? [[String: Any]] ?? []).compactMap { $0["document"] as? String }
    }
}

/// The text of the document with this id in a JSON Lines file of documents.
func documentText(inJSONLines path: String, id: String) throws -> String? {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    for line in text.split(separator: "\n") {
        guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
        if object["id"] as? String == id { return object["text"] as? String }
    }
    return nil
}

/// A line's characters as a terminal lays them out: the isolates around a cell of Arabic, and
/// the other bidirectional controls and marks, take no column and are left out.
func terminalColumns(of line: String) -> [Character] {
    line.filter { character in
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else { return true }
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return false
        default: return true
        }
    }.map { $0 }
}
