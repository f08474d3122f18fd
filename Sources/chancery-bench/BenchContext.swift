import Foundation

/// What every phase needs: the configuration, the programs under test, the work folder and the report.
struct BenchContext {
    let config: BenchConfig
    /// The release `chancery` next to this executable.
    let chancery: String
    /// The sqlite3 command-line shell, the floor every comparison is made against.
    let sqlite3: String
    let work: WorkDirectory
    let report: Report

    /// Prints a progress line on standard error, so that standard output holds only the results.
    func progress(_ text: String) {
        FileHandle.standardError.write(Data("chancery-bench: \(text)\n".utf8))
    }
}
