import Foundation
import Glibc
import Testing

/// The C library's pseudo-terminals, which Swift's Glibc module leaves out (X/Open only).
enum PseudoTerminal {
    static let open = LibC.function("posix_openpt", as: (@convention(c) (Int32) -> Int32).self)
    static let grant = LibC.function("grantpt", as: (@convention(c) (Int32) -> Int32).self)
    static let unlock = LibC.function("unlockpt", as: (@convention(c) (Int32) -> Int32).self)
    static let name = LibC.function("ptsname", as: (@convention(c) (Int32) -> UnsafeMutablePointer<CChar>?).self)
}

/// What a run with standard error on a terminal produced.
struct TerminalRun {
    let stdout: String
    /// Every byte written to the terminal.
    let terminal: String
    let status: Int32
    let seconds: Double
}

extension CLI {
    /// Runs `chancery` with its standard error on a pseudo-terminal `columns` wide, as in a
    /// person's terminal, and standard output to a file; `--db` as `run` puts it.
    func runWithTerminalStandardError(_ arguments: [String], columns: UInt16 = 100, stdinPath: String? = nil,
                                      timeout: TimeInterval = 120) throws -> TerminalRun {
        guard let openpt = PseudoTerminal.open, let grantpt = PseudoTerminal.grant, let unlockpt = PseudoTerminal.unlock,
              let ptsname = PseudoTerminal.name else { throw JSONError("this C library has no pseudo-terminals") }
        let master = openpt(O_RDWR | O_NOCTTY)
        guard master >= 0, grantpt(master) == 0, unlockpt(master) == 0, let name = ptsname(master) else {
            throw JSONError("cannot open a pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        defer { close(master) }
        let terminal = open(String(cString: name), O_RDWR | O_NOCTTY)
        guard terminal >= 0 else { throw JSONError("cannot open the pseudo-terminal's other end") }
        defer { close(terminal) }
        var size = winsize(ws_row: 24, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(terminal, UInt(TIOCSWINSZ), &size)

        // Read the terminal as it is written to, so that a long run never fills its buffer.
        let received = ReceivedBytes()
        let stopped = ReceivedBytes()
        let finished = DispatchSemaphore(value: 0)
        Thread {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
                if poll(&poller, 1, 50) > 0 {
                    let count = read(master, &buffer, buffer.count)
                    if count <= 0 { break }
                    received.append(buffer[0..<count])
                } else if stopped.isMarked {
                    break
                }
            }
            finished.signal()
        }.start()

        var fullArguments = arguments
        fullArguments.insert(contentsOf: ["--db", db], at: 1)
        let outPath = folder + "/.out-\(UUID().uuidString)"
        FileManager.default.createFile(atPath: outPath, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: outPath) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = fullArguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = environment()
        let outHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        defer { try? outHandle.close() }
        process.standardOutput = outHandle
        process.standardError = FileHandle(fileDescriptor: terminal, closeOnDealloc: false)
        process.standardInput = try stdinPath.map { try FileHandle(forReadingFrom: URL(fileURLWithPath: $0)) } ?? FileHandle.nullDevice
        let started = Date()
        try process.run()
        while process.isRunning {
            if Date().timeIntervalSince(started) > timeout {
                process.terminate()
                process.waitUntilExit()
                stopped.mark()
                finished.wait()
                throw CLITestError.timedOut(arguments: fullArguments)
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        process.waitUntilExit()
        let seconds = Date().timeIntervalSince(started)
        stopped.mark()
        finished.wait()
        return TerminalRun(
            stdout: String(decoding: FileManager.default.contents(atPath: outPath) ?? Data(), as: UTF8.self),
            terminal: String(decoding: received.bytes, as: UTF8.self),
            status: process.terminationStatus,
            seconds: seconds
        )
    }
}

/// Bytes a reading thread collects, and a mark the test's thread sets, under a lock.
private final class ReceivedBytes: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [UInt8] = []
    private var marked = false

    func append(_ bytes: ArraySlice<UInt8>) {
        lock.lock()
        collected += bytes
        lock.unlock()
    }

    var bytes: [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        return collected
    }

    func mark() {
        lock.lock()
        marked = true
        lock.unlock()
    }

    var isMarked: Bool {
        lock.lock()
        defer { lock.unlock() }
        return marked
    }
}
