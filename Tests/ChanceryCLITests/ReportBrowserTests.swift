import ChanceryCore
import Foundation
import Testing

/// A headless Chromium, which renders the HTML report as a reader's browser would.
enum Chromium {
    /// `$CHROMIUM`, else the first of Debian's and Google's names found on `PATH`.
    static let path: String? = {
        let environment = ProcessInfo.processInfo.environment
        if let given = environment["CHROMIUM"], !given.isEmpty {
            return FileManager.default.isExecutableFile(atPath: given) ? given : nil
        }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + name) {
                return folder + "/" + name
            }
        }
        return nil
    }()

    static let absent = Comment(rawValue: """
        no Chromium found ($CHROMIUM, or chromium, chromium-browser, google-chrome on PATH): \
        the HTML report is not rendered in a browser. Install Debian's with apt-get install chromium \
        (.ci/run does when it runs as root), or set CHROMIUM to a Chromium or Chrome binary.
        """)

    /// Runs Chromium headless on `page` with `options`, a profile of its own in `folder` (so that
    /// runs side by side do not share one), and returns what it printed on standard output.
    static func run(_ options: [String], page: String, in folder: String, timeout: TimeInterval = 120) throws -> String {
        let path = try #require(path)
        let id = UUID().uuidString
        let outPath = folder + "/.chromium-\(id).out"
        FileManager.default.createFile(atPath: outPath, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: outPath) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
            "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-sync",
            "--disable-background-networking", "--disable-component-update", "--disable-crash-reporter",
            "--user-data-dir=" + folder + "/.chromium-profile-\(id)",
        ] + options + [page]
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = folder
        process.environment = environment
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        defer { try? out.close() }
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                process.waitUntilExit()
                throw JSONError("chromium \(options.joined(separator: " ")) did not finish within \(Int(timeout)) s")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        try #require(process.terminationStatus == 0, "chromium \(options.joined(separator: " ")) exited with \(process.terminationStatus)")
        return String(decoding: FileManager.default.contents(atPath: outPath) ?? Data(), as: UTF8.self)
    }

    /// The attributes of the `<body>` of the page's DOM after its scripts ran.
    static func bodyAttributes(page: String, in folder: String) throws -> (attributes: [String: String], dom: String) {
        let dom = try run(["--dump-dom"], page: page, in: folder)
        let start = try #require(dom.range(of: "<body"), "no <body> in the dumped DOM:\n\(dom.prefix(500))").upperBound
        let end = try #require(dom.range(of: ">", range: start..<dom.endIndex)).lowerBound
        var attributes: [String: String] = [:]
        // ` name="value"` pairs: split at the quotes, names and values take turns.
        let parts = dom[start..<end].split(separator: "\"", omittingEmptySubsequences: false)
        for index in stride(from: 0, to: parts.count - 1, by: 2) {
            let name = parts[index].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "="))
            attributes[name] = String(parts[index + 1])
        }
        return (attributes, dom)
    }
}

/// The report of SampleData rendered in a real browser: the script runs without an error and
/// draws what the store holds; the screenshot is of the size asked.
///
/// Set `CHANCERY_REPORT_SCREENSHOT` to a path to keep the screenshot there.
@Suite("Report in a browser", .enabled(if: Chromium.path != nil, Chromium.absent))
struct ReportBrowserTests {
    /// What the store holds, as export reads it: every event, with its countries and days.
    struct Expected {
        var events: [[String: Any]]

        var countries: Set<String> { Set(events.flatMap(\.countries)) }
        var pairs: Set<String> {
            Set(events.flatMap { event -> [String] in
                let codes = event.countries
                return codes.indices.flatMap { i in codes[(i + 1)...].map { codes[i] + "-" + $0 } }
            })
        }
        var dated: [[String: Any]] { events.filter { $0["date"] is String } }

        /// The dated events with a day in `year`.
        func touching(_ year: Int) -> [[String: Any]] {
            dated.filter { event in
                guard let date = PartialDate(event["date"] as? String ?? ""),
                      let last = PartialDate(event["end_date"] as? String ?? "") ?? Optional(date) else { return false }
                return date.firstDay <= "\(year)-12-31" && last.lastDay >= "\(year)-01-01"
            }
        }
    }

    /// Ingests SampleData, writes its report, and hands over the page's address and the store's events.
    static func withSampleReport(_ body: (CLI, String, Expected) throws -> Void) throws {
        try withCLI { cli in
            let ingest = try cli.run(["ingest", Paths.sampleArticles])
            try #require(ingest.status == 0, "\(ingest)")
            let report = try cli.run(["report", "--output", "report.html"])
            try #require(report.status == 0, "\(report)")
            let expected = Expected(events: try cli.exportedEvents())
            try #require(expected.events.count > 10)
            try body(cli, URL(fileURLWithPath: cli.folder + "/report.html").absoluteString, expected)
        }
    }

    @Test func theScriptDrawsEveryEventCountryAndTieTheStoreHolds() throws {
        try Self.withSampleReport { cli, page, expected in
            let (body, _) = try Chromium.bodyAttributes(page: page, in: cli.folder)
            #expect(body["data-errors"] == "0", "the page's script failed: \(body)")
            #expect(body["data-ready"] == "1", "the page's script did not finish: \(body)")
            #expect(body["data-events"] == String(expected.events.count))
            #expect(body["data-rows"] == String(expected.events.count))
            #expect(body["data-shown"] == String(expected.events.count))
            #expect(body["data-timeline"] == String(expected.dated.count))
            #expect(body["data-nodes"] == String(expected.countries.count))
            #expect(body["data-edges"] == String(expected.pairs.count))
            #expect(body["data-listed"] == "0")
        }
    }

    /// The view in the address's fragment is what a click makes: a year zoomed, a country's or a
    /// pair's events listed, with the Arabic name isolated in the heading.
    @Test func aViewZoomsToAYearAndListsACountrysEvents() throws {
        try Self.withSampleReport { cli, page, expected in
            let (body, dom) = try Chromium.bodyAttributes(page: page + "#year=2025&country=MA", in: cli.folder)
            #expect(body["data-errors"] == "0", "\(body)")
            #expect(body["data-timeline"] == String(expected.touching(2025).count))
            #expect(Int(body["data-timeline"] ?? "") ?? 0 < expected.dated.count)
            #expect(body["data-listed"] == String(expected.events.filter { $0.countries.contains("MA") }.count))
            #expect(dom.contains("<h3>Morocco · Maroc · <bdi>المغرب</bdi></h3>"))
            #expect(dom.contains("<button type=\"button\" aria-pressed=\"true\">2025</button>"))
            #expect(dom.contains("class=\"node selected\" data-code=\"MA\""))

            let pair = try Chromium.bodyAttributes(page: page + "#pair=EG-JO", in: cli.folder).attributes
            #expect(pair["data-errors"] == "0")
            #expect(pair["data-timeline"] == String(expected.dated.count))
            #expect(pair["data-listed"] == String(expected.events.filter { $0.countries.contains("EG") && $0.countries.contains("JO") }.count))
        }
    }

    /// The table's filters, opened from a link: the text found whatever its accents or case.
    @Test func aLinkOpensTheTableFiltered() throws {
        try Self.withSampleReport { cli, page, expected in
            let planned = try Chromium.bodyAttributes(page: page + "#status=planned", in: cli.folder).attributes
            #expect(planned["data-errors"] == "0", "\(planned)")
            #expect(planned["data-shown"] == String(expected.events.filter { $0["status"] as? String == "planned" }.count))
            let found = try Chromium.bodyAttributes(page: page + "#find=SENEGAL&type=commission_session", in: cli.folder).attributes
            let sessions = expected.events.filter { $0["type"] as? String == "commission_session" && $0.countries.contains("SN") }
            #expect(!sessions.isEmpty)
            #expect(found["data-shown"] == String(sessions.count))
        }
    }

    @Test func theScreenshotIsTakenAtTheSizeAsked() throws {
        try Self.withSampleReport { cli, page, _ in
            let shot = cli.folder + "/report.png"
            _ = try Chromium.run(["--screenshot=" + shot, "--window-size=1400,1000"], page: page, in: cli.folder)
            let png = try #require(FileManager.default.contents(atPath: shot), "no screenshot was written")
            #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
            let size = { (offset: Int) in png[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
            #expect(size(16) == 1400 && size(20) == 1000)
            // A blank page of that size compresses to a few kilobytes; drawn charts and text do not.
            #expect(png.count > 40_000, "the screenshot is \(png.count) bytes: is the page blank?")
            if let keep = ProcessInfo.processInfo.environment["CHANCERY_REPORT_SCREENSHOT"], !keep.isEmpty {
                try? FileManager.default.removeItem(atPath: keep)
                try FileManager.default.copyItem(atPath: shot, toPath: keep)
            }
        }
    }
}
