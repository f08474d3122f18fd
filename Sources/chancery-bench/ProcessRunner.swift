#if canImport(Glibc)
import Glibc
#endif

/// What one run of a child process took and used.
struct ProcessResult {
    let status: Int32
    /// Wall-clock seconds from spawn to exit.
    let seconds: Double
    /// Peak resident set size of the child, in bytes (from `wait4`'s rusage, as `/usr/bin/time -v` reports it).
    let peakRSS: Int
}

/// Runs a program as a subprocess with `posix_spawn`, standard streams redirected to files.
enum ProcessRunner {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Runs `executable` with `arguments`; standard input from `input` (else /dev/null), standard output to
    /// `output` (else /dev/null), standard error to `errors` (else /dev/null). Waits for it to end.
    static func run(_ executable: String, _ arguments: [String], input: String? = nil,
                    output: String? = nil, errors: String? = nil) throws -> ProcessResult {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errors ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }

        var pid = pid_t()
        let start = Timing.now()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw Failure(description: "cannot run \(executable): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw Failure(description: "lost track of \(executable)") }
        }
        let seconds = Timing.now() - start
        // WEXITSTATUS, spelled out: the macro is not imported into Swift.
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return ProcessResult(status: exitStatus, seconds: seconds, peakRSS: Int(usage.ru_maxrss) * 1_024)
    }

    /// Runs it and throws unless it exits with status 0, quoting the end of its standard error.
    @discardableResult
    static func check(_ executable: String, _ arguments: [String], input: String? = nil, output: String? = nil,
                      errors: String) throws -> ProcessResult {
        let result = try run(executable, arguments, input: input, output: output, errors: errors)
        guard result.status == 0 else {
            let message = FileTools.tail(of: errors, bytes: 600)
            throw Failure(description: "\(FileTools.lastComponent(of: executable)) \(arguments.prefix(3).joined(separator: " ")) exited with status \(result.status): \(message)")
        }
        return result
    }
}
