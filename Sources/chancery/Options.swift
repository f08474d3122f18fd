import ArgumentParser
import ChanceryCore
import ChanceryStore
import FoundationEssentials

/// Where the database is: `--db`, else `$CHANCERY_DB`, else `$XDG_DATA_HOME/chancery/chancery.sqlite`.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The database file.",
        discussion: "Defaults to $CHANCERY_DB, else chancery.sqlite under $XDG_DATA_HOME/chancery (~/.local/share/chancery).",
        valueName: "path"))
    var db: String?

    var location: DatabaseLocation { DatabaseLocation(given: db) }
    func openForWriting(lockWait: Duration = Store.defaultLockWait, unless giveUp: (() -> Bool)? = nil) throws -> Store {
        try location.openForWriting(lockWait: lockWait, unless: giveUp)
    }
    func openForReading() throws -> Store { try location.openForReading() }
}

/// The database file a command works on, from `--db` when given.
struct DatabaseLocation {
    var given: String?

    var resolvedPath: String {
        if let given { return given }
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["CHANCERY_DB"], !path.isEmpty { return path }
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? ".") + "/.local/share")
        return dataHome + "/chancery/chancery.sqlite"
    }

    /// Opens the store for writing, creating the folder and file when needed; a write waits up
    /// to `lockWait` for another program's, unless `giveUp` says to stop.
    func openForWriting(lockWait: Duration = Store.defaultLockWait, unless giveUp: (() -> Bool)? = nil) throws -> Store {
        let path = resolvedPath
        let folder = FilePaths.deletingLastComponent(of: path)
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw CLIError("cannot create the folder \(folder) for the database", hint: "Choose another place with --db.")
            }
        }
        return try Store(path: path, lockWait: lockWait, unless: giveUp)
    }

    /// Opens an existing store for a question; a missing file is an error rather than a new empty base.
    func openForReading() throws -> Store {
        let path = resolvedPath
        guard path == ":memory:" || FileManager.default.fileExists(atPath: path) else {
            throw CLIError("no database at \(path)", hint: "Ingest some articles first: chancery ingest --db \(path) ARTICLES…", kind: .usage)
        }
        return try Store(path: path, forQuestions: true)
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, jsonl, csv
}

/// What `--limit` keeps of a command's answer, for the option's help: each command cuts its own
/// list, in its own order.
protocol LimitedAnswer {
    static var limitHelp: String { get }
}

/// The output options every listing command shares; `Answer` says what `--limit` limits.
struct OutputOptions<Answer: LimitedAnswer>: ParsableArguments {
    @Option(name: .long, help: "Output format: table, json, jsonl or csv.")
    var format: OutputFormat = .table

    // Taken whatever it looks like, so that `--limit -1` is told the number must be positive
    // rather than that the value is missing, `-1` being read as an option.
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(Answer.limitHelp, valueName: "n"))
    var limit: Int?

    @Flag(name: .long, help: "Print a table whole, however wide, rather than fit it to the terminal.")
    var wide = false

    // An option rather than NamesOptions' group: each group is one more type ArgumentParser
    // reflects on when parsing a listing.
    @Option(name: .long, help: NamesOptions.help) var names: NameScript = .original

    func validate() throws { try Limit.check(limit) }

    /// The width a table must fit: the terminal's, unless `--wide` or another format.
    var tableWidth: Int? {
        format == .table ? TerminalSize.forStandardOutput(wide: wide) : nil
    }
}

enum Limit {
    static func check(_ limit: Int?) throws {
        if let limit, limit < 1 {
            throw ValidationError("--limit must be a positive number.")
        }
    }
}

/// Date bounds shared by the listing commands.
struct DateRangeOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var since: PartialDate?

    @Option(name: .long, help: ArgumentHelp("Only events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var until: PartialDate?

    func validate() throws { try Self.check(since: since, until: until) }

    static func check(since: PartialDate?, until: PartialDate?) throws {
        if let since, let until, until.lastDay < since.firstDay {
            throw ValidationError("--until \(until) is before --since \(since).")
        }
    }
}

extension PartialDate: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}

extension EventStatus: ExpressibleByArgument {}
extension MeetingMode: ExpressibleByArgument {}
extension Instrument: ExpressibleByArgument {}
extension EventType: ExpressibleByArgument {}

enum CountryArgument {
    /// Opens the store for a question and resolves `texts` to ISO codes.
    ///
    /// A code (MA, MAR) is looked up in the store's `countries` table, which spares building the
    /// catalog's index of every name in three scripts; anything else goes to the catalog. An unknown
    /// country is reported before a missing database, as when the catalog resolved everything first.
    static func resolve(_ texts: [String], openingForReading database: DatabaseLocation) throws -> (codes: [String], store: Store) {
        var codes = try texts.map { isCode($0) ? nil : try resolve($0) }
        let store: Store
        do {
            store = try database.openForReading()
        } catch {
            for text in texts where isCode(text) { _ = try resolve(text) }
            throw error
        }
        for (index, text) in texts.enumerated() where codes[index] == nil {
            codes[index] = try store.countryCode(text.uppercased()) ?? resolve(text)
        }
        return (codes.compactMap { $0 }, store)
    }

    private static func isCode(_ text: String) -> Bool {
        (2...3).contains(text.utf8.count) && text.utf8.allSatisfy { (65...90).contains($0) || (97...122).contains($0) }
    }

    /// The ISO code of a country named by code (MA, MAR) or by name in Arabic, French or English.
    static func resolve(_ text: String) throws -> String {
        if let country = CountryCatalog.shared.resolve(text) { return country.code }
        throw notFound(text)
    }

    /// The error for a country no name or code is: the countries whose names come nearest, when
    /// some do ("Marocco": Morocco), and when `text` is a word of several countries' names
    /// ("Congo", "Korea"), that it is ambiguous and the codes that choose.
    static func notFound(_ text: String) -> CLIError {
        let suggestions = CountryCatalog.shared.suggestions(for: text)
        let named = suggestions.map { "\(TerminalText.isolated($0.name)) (\($0.country.code))" }
        if suggestions.count > 1, suggestions.allSatisfy(\.isWordOfName) {
            let codes = suggestions.map(\.country.code)
            return CLIError("'\(text)' is ambiguous: \(DidYouMean.list(named))",
                            hint: "Type the code of the one you mean: \(DidYouMean.list(codes)).", kind: .usage)
        }
        return CLIError(
            "unknown country '\(text)'",
            hint: DidYouMean.hint(named)
                ?? "Give an ISO code (MA, MAR) or a name in Arabic, French or English, e.g. Morocco, Maroc, المغرب.",
            kind: .usage
        )
    }
}
