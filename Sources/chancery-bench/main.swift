import Foundation

// `make bench`: measures chancery against the sqlite3 shell on this machine (issue 5).
// Prints progress on standard error, then one table and a JSON line of the figures on standard output.

/// Runs every phase; returns the exit status.
func runBenchmark() -> Int32 {
    let config: BenchConfig
    do {
        config = try BenchConfig(arguments: Array(CommandLine.arguments.dropFirst()),
                                 environment: ProcessInfo.processInfo.environment)
    } catch {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        return 64
    }
    let chancery = FileTools.folder(of: FileTools.executablePath()) + "/chancery"
    guard FileManager.default.isExecutableFile(atPath: chancery) else {
        FileHandle.standardError.write(Data("chancery-bench: no chancery at \(chancery); build it first: make release\n".utf8))
        return 1
    }
    guard let sqlite3 = FileTools.which("sqlite3") else {
        FileHandle.standardError.write(Data("chancery-bench: the sqlite3 shell is not on $PATH; install it: sudo apt-get install sqlite3\n".utf8))
        return 1
    }
    let work: WorkDirectory
    do {
        work = try WorkDirectory(under: config.workRoot)
    } catch {
        FileHandle.standardError.write(Data("chancery-bench: \(error)\n".utf8))
        return 1
    }
    let context = BenchContext(config: config, chancery: chancery, sqlite3: sqlite3, work: work, report: Report())
    context.progress("work folder \(work.path)\(config.quick ? " (quick run)" : "")")
    let started = Timing.now()
    var status: Int32 = 0
    do {
        if config.queriesOnly {
            // The quick loop for the store's schema: no corpus generated, nothing extracted.
            try QueryPhase.run(context)
        } else {
            let corpus = ExtractionPhase.run(context)
            if !config.extractionOnly {
                try IngestPhase.run(context, corpus: corpus)
                work.removeDatabase("floor.sqlite")
                try QueryPhase.run(context)
                try StartupPhase.run(context)
                // Room for the memory phase's large file, unless the folder is kept for a look at the base.
                if !config.keep { work.removeDatabase("kb.sqlite") }
                try MemoryPhase.run(context)
            }
        }
    } catch {
        context.report.note("stopped: \(error)")
        status = 1
    }
    let total = Timing.now() - started
    context.report.figure("total_s", total)
    context.report.note("whole run \(Report.duration(total)); \(ProcessInfo.processInfo.activeProcessorCount) cores; seed \(config.seed)")
    print(context.report.table())
    print(context.report.jsonLine())
    if config.keep {
        context.progress("kept \(work.path)")
    } else {
        work.remove()
    }
    return status
}

exit(runBenchmark())
