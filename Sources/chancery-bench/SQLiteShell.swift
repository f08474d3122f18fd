/// Runs the sqlite3 command-line shell on a script, the way a user of the floor would.
struct SQLiteShell {
    let executable: String
    let work: WorkDirectory

    /// Runs `script` (dot-commands and SQL) against `database`, standard output to `output` (else /dev/null).
    @discardableResult
    func run(_ database: String, script: String, output: String? = nil) throws -> ProcessResult {
        let scriptPath = work.file("script.sql")
        try FileTools.write(script, to: scriptPath)
        return try run(database, scriptFile: scriptPath, output: output)
    }

    /// Runs the script file `scriptFile` against `database`.
    @discardableResult
    func run(_ database: String, scriptFile: String, output: String? = nil) throws -> ProcessResult {
        try ProcessRunner.check(executable, ["-bail", database], input: scriptFile, output: output,
                                errors: work.file("sqlite3.err"))
    }

    /// The lines a query prints, for small answers (table names, counts).
    func lines(_ database: String, _ sql: String) throws -> [String] {
        let output = work.file("sqlite3.out")
        try run(database, script: sql + "\n", output: output)
        return FileTools.tail(of: output, bytes: 1 << 20).split(separator: "\n").map(String.init)
    }
}
