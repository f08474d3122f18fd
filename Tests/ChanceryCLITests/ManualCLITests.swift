import Foundation
import Testing

/// `make install` installs a manual page that Scripts/manual.py writes from chancery's own help,
/// and the completion scripts argument-parser writes: each names every command and option, and
/// the page keeps the Arabic of the examples.
@Suite("Manual page and completions")
struct ManualCLITests {
    static let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let script = Paths.packageRoot.appendingPathComponent("Scripts/manual.py").path

    /// Runs `executable` with `arguments`, standard input from `input`; its standard output.
    static func output(of executable: String, _ arguments: [String], input: String? = nil,
                       environment: [String: String]? = nil) throws -> (stdout: String, stderr: String, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        let (out, err, inPipe) = (Pipe(), Pipe(), Pipe())
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try inPipe.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self), process.terminationStatus)
    }

    /// Every command and the long name of each of its options, from chancery's own description.
    static func commandsAndOptions(_ dump: String) throws -> [(String, [String])] {
        let tool = try #require(try JSONSerialization.jsonObject(with: Data(dump.utf8)) as? [String: Any])
        let root = try #require(tool["command"] as? [String: Any])
        return (root["subcommands"] as? [[String: Any]] ?? []).compactMap { command in
            guard let name = command["commandName"] as? String, name != "help" else { return nil }
            let options = (command["arguments"] as? [[String: Any]] ?? []).compactMap { argument -> String? in
                guard argument["kind"] as? String != "positional" else { return nil }
                return (argument["preferredName"] as? [String: Any])?["name"] as? String
            }
            return (name, options.filter { $0 != "help" && $0 != "version" })
        }
    }

    @Test(.enabled(if: python != nil, "python3 is missing: make install cannot write the manual page"))
    func theManualPageTellsEveryCommandAndOption() throws {
        let binary = try Paths.binary.get()
        let dump = try Self.output(of: binary, ["--experimental-dump-help"])
        #expect(dump.status == 0, "\(dump.stderr)")
        let page = try Self.output(of: try #require(Self.python), [Self.script, "chancery 0.1.0"], input: dump.stdout)
        #expect(page.status == 0, "\(page.stderr)")
        #expect(page.stdout.hasPrefix(".TH CHANCERY 1 \"\" \"chancery 0.1.0\" \"User Commands\"\n"))
        let commands = try Self.commandsAndOptions(dump.stdout)
        #expect(commands.count >= 11)
        for (command, options) in commands {
            #expect(page.stdout.contains(".SS \(command)\n"), "no section for \(command)")
            for option in options {
                #expect(page.stdout.contains("\\fB\\-\\-\(option.replacing("-", with: "\\-"))\\fR"), "\(command) --\(option) is missing")
            }
        }
        #expect(page.stdout.contains("chancery meetings المغرب روسيا \\-\\-since 2025 \\-\\-mode phone"), "the Arabic example is lost")
        for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "OPTIONS", "ENVIRONMENT", "FILES", "EXIT STATUS"] {
            #expect(page.stdout.contains(".SH \(section)\n"), "no \(section)")
        }

        // man reads it without a warning, where man is installed.
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/man") else { return }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chancery-manual-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("chancery.1").path
        try page.stdout.write(toFile: file, atomically: true, encoding: .utf8)
        var environment = ProcessInfo.processInfo.environment
        environment["MANWIDTH"] = "100"
        environment["MAN_KEEP_FORMATTING"] = nil
        let shown = try Self.output(of: "/usr/bin/man", ["--warnings", "-l", file], environment: environment)
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stderr == "", "man warns: \(shown.stderr)")
        #expect(shown.stdout.contains("--wide") && shown.stdout.contains("chancery meetings المغرب روسيا"), "\(shown.stdout)")
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionsKnowEveryCommand(shell: String) throws {
        let binary = try Paths.binary.get()
        let script = try Self.output(of: binary, ["--generate-completion-script", shell])
        #expect(script.status == 0, "\(script.stderr)")
        let dump = try Self.output(of: binary, ["--experimental-dump-help"])
        for (command, _) in try Self.commandsAndOptions(dump.stdout) {
            #expect(script.stdout.contains(command), "the \(shell) completions do not know \(command)")
        }
        #expect(script.stdout.contains("wide"), "the \(shell) completions do not know --wide")
    }
}
