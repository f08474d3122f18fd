import ArgumentParser
import ChanceryCore
import ChanceryStore
import FoundationEssentials

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write an HTML report of events: a timeline, the network of countries, and a table with the evidence.",
        discussion: """
            The report is one HTML file that opens in any browser and fetches nothing: its style, \
            script and data are inside it. It shows a timeline of the events by type (planned ones \
            hollow) that the year buttons zoom; the network of countries, where clicking a country \
            or a tie lists its events; and a table of the events with their evidence and links to \
            the articles, which a text box and the type and status menus filter.

            With countries, only the events in which all of them take part; the filters are \
            those of timeline.

            Example:
              chancery report --output report.html
              chancery report Maroc --since 2025 --output maroc-2025.html
              chancery report MA SN --type commission_session -o ma-sn.html
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "Countries that take part (codes or names in any of the three languages).")
    var countries: [String] = []

    @OptionGroup var filters: EventFilterOptions
    @OptionGroup var naming: NamesOptions

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("The HTML file to write, - for standard output.", valueName: "path"))
    var output: String

    func run() throws {
        var request = filters.request(database: database.db)
        request.countries = countries + request.countries
        let (filter, store) = try request.openingFilter()
        // The timeline's own query: its events, in its order, each with its sources.
        let names = DisplayNames(naming.names, store: store)
        let events = try store.events(matching: filter).map(names.renamed)
        let report = HTMLReport(events: events, scope: filter.inWords, countryNames: names.countryNames)
        let page = report.html
        guard output != "-" else { return Output.write(page) }
        do {
            // Written aside and moved into place, so that a page is never left half written.
            try Data(page.utf8).write(to: URL(filePath: output), options: .atomic)
        } catch {
            throw CLIError("cannot write the report to \(output)", hint: "Check that its folder exists and can be written, or choose another path with --output.")
        }
        let countries = report.data.network.nodes.count
        Output.line("\(output): \(HTMLReport.count(events.count, "event")), \(HTMLReport.count(countries, "country", "countries")).")
    }
}
