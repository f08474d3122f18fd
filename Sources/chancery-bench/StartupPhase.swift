/// `chancery --version`: the cost of starting the process at all, which every query pays.
enum StartupPhase {
    static func run(_ context: BenchContext) throws {
        context.progress("timing chancery --version")
        let runs = max(20, context.config.runs)
        var times: [Double] = []
        for _ in 0..<runs {
            times.append(try ProcessRunner.check(context.chancery, ["--version"], errors: context.work.file("version.err")).seconds)
        }
        let median = Timing.median(times)
        context.report.add("chancery --version (median of \(runs))", Report.duration(median),
                           target: "< 10 ms", met: median < 0.010)
        context.report.figure("version_median_s", median)
    }
}
