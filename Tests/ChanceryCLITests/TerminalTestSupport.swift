import Foundation
import Glibc
import Testing

/// SampleData's articles, in Arabic, French and English, ingested once per test run: the
/// listings a person reads on a terminal, with names in both scripts.
enum SampleFixture {
    static let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("chancery-sample-fixture-\(UUID().uuidString)").path

    static let path: Result<String, JSONError> = {
        do {
            let binary = try Paths.binary.get()
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            atexit { try? FileManager.default.removeItem(atPath: SampleFixture.folder) }
            let cli = CLI(folder: folder, binary: binary)
            let result = try cli.run(["ingest", Paths.sampleArticles])
            guard result.status == 0 else { return .failure(JSONError("ingesting SampleData failed: \(result)")) }
            return .success(cli.db)
        } catch {
            return .failure(JSONError("cannot make the SampleData fixture: \(error)"))
        }
    }()
}

/// Runs `body` with a copy, made for this test, of SampleData's database.
func withSampleData<T>(_ body: (CLI) throws -> T) throws -> T {
    try withCLI { cli in
        let template = try SampleFixture.path.get()
        try FileManager.default.copyItem(atPath: template, toPath: cli.db)
        if FileManager.default.fileExists(atPath: template + "-wal") {
            try FileManager.default.copyItem(atPath: template + "-wal", toPath: cli.db + "-wal")
        }
        return try body(cli)
    }
}

/// C library functions that Swift's Glibc module leaves out (they are declared for X/Open
/// only), found in the running process.
enum LibC {
    nonisolated(unsafe) private static let process = dlopen(nil, RTLD_NOW)

    static func function<T>(_ name: String, as type: T.Type) -> T? {
        dlsym(process, name).map { unsafeBitCast($0, to: type) }
    }

    static let wcwidth = function("wcwidth", as: (@convention(c) (Int32) -> Int32).self)
}

/// How many cells of a terminal `line` takes, as glibc's `wcwidth` counts each character in the
/// C.UTF-8 locale: the count Chancery's own must agree with, taken from another implementation.
func terminalCells(of line: String) -> Int {
    guard utf8Locale, let wcwidth = LibC.wcwidth else { return -1 }
    return line.unicodeScalars.reduce(0) { $0 + max(0, Int(wcwidth(Int32(bitPattern: $1.value)))) }
}

/// Whether `wcwidth` can be asked in the C.UTF-8 locale, without which it knows ASCII only.
let utf8Locale: Bool = LibC.wcwidth != nil && setlocale(LC_CTYPE, "C.UTF-8") != nil

/// Whether every isolate and embedding `line` opens it closes, and none closes what is not open.
func bidiControlsBalance(in line: String) -> Bool {
    var depth = 0
    for scalar in line.unicodeScalars {
        switch scalar.value {
        case 0x2066...0x2068, 0x202A, 0x202B, 0x202D, 0x202E: depth += 1
        case 0x2069, 0x202C:
            depth -= 1
            if depth < 0 { return false }
        default: break
        }
    }
    return depth == 0
}
