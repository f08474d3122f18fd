import ChanceryCore

/// The report as one self-contained HTML page: its style and script inline, its data embedded
/// as JSON, nothing loaded from anywhere, so that it opens the same in any browser, offline.
///
/// The table of events is written here, as markup, so that the evidence and the source links
/// read even where scripts do not run; the script (`Assets/report.js`) draws the timeline and
/// the network from the embedded data, and filters the table. The page is left-to-right; every
/// text an article gave (names, evidence, titles) is isolated with `<bdi>` or `dir="auto"`, so
/// that Arabic reads right-to-left without reordering the English around it.
struct HTMLReport {
    let events: [Event]
    /// What the events were chosen by, in words (`EventFilter.inWords`).
    let scope: String
    /// What the script draws: the events' days and countries, and their network.
    let data: ReportData
    /// A country's three names, the one the page shows first, the others on hover: in English
    /// first unless `--names` asks for another language.
    let countryNames: (String) -> [String]

    init(events: [Event], scope: String, countryNames: @escaping (String) -> [String] = Self.namesInEnglishFirst) {
        self.events = events
        self.scope = scope
        self.countryNames = countryNames
        data = ReportData(events: events, countryNames: countryNames)
    }

    /// A country's names in English, French and Arabic, in that order.
    static func namesInEnglishFirst(_ code: String) -> [String] {
        let names = CountryNetwork.names(of: code)
        return [names.english, names.french, names.arabic]
    }

    var html: String {
        var page = """
            <!DOCTYPE html>
            <html lang="en" dir="ltr">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="chancery \(Chancery.version)">
            <title>Chancery report: \(MarkupText.xml(scope))</title>
            <style>
            \(ReportAssets.style)</style>
            </head>
            <body data-errors="0">
            <script>
            \(ReportAssets.errorCounter)</script>
            <header>
            <h1>Diplomatic events</h1>
            <p class="scope">\(Self.count(events.count, "event")) among \(Self.count(data.network.nodes.count, "country", "countries")): \
            \(MarkupText.xml(scope)).</p>
            </header>

            """
        page += Self.timelineSection + Self.networkSection
        page += tableSection
        page += "<script type=\"application/json\" id=\"report-data\">\n"
        var json = TextBuffer()
        data.writeJSON(into: &json, escaping: .script)
        page += json.string
        page += "\n</script>\n<script>\n"
        page += ReportAssets.script
        page += "</script>\n</body>\n</html>\n"
        return page
    }

    /// The timeline's frame: the script fills the year buttons and the chart.
    static let timelineSection = """
        <section id="timeline">
        <h2>Timeline</h2>
        <p class="legend"><span class="key t-meeting">meeting</span> <span class="key t-agreement">agreement</span> \
        <span class="key t-commission_session">commission session</span> <span class="key planned">planned</span></p>
        <nav id="years" aria-label="Zoom to a year"></nav>
        <svg id="timeline-chart" role="img" aria-label="The events on a time axis, one lane per type"></svg>
        <p id="undated"></p>
        </section>

        """

    /// The network's frame: the script draws the countries and lists a selection's events beside them.
    static let networkSection = """
        <section id="network">
        <h2>Relations</h2>
        <p class="hint">A circle per country, sized by its events; a line per pair of countries, \
        as thick as the events they shared and coloured by the type of most of them. \
        Click a country or a line to list its events.</p>
        <div class="network-row">
        <svg id="network-chart" viewBox="0 0 540 520" role="img" aria-label="The network of countries"></svg>
        <aside id="selection" aria-live="polite"><p class="hint">Nothing selected.</p></aside>
        </div>
        </section>

        """

    /// The table of events, with the controls that filter it in the page.
    var tableSection: String {
        var section = """
            <section id="events">
            <h2>Events</h2>
            <form id="table-filters" role="search">
            <label>Find <input type="search" id="filter-text" placeholder="name, place, evidence…" dir="auto"></label>
            <label>Type <select id="filter-type"><option value="">all</option>\
            \(EventType.allCases.map { "<option value=\"\($0.rawValue)\">\(Self.typeName($0))</option>" }.joined())</select></label>
            <label>Status <select id="filter-status"><option value="">all</option>\
            \(EventStatus.allCases.map { "<option>\($0.rawValue)</option>" }.joined())</select></label>
            <output id="filter-count">\(Self.count(events.count, "event"))</output>
            </form>
            <table>
            <thead><tr><th>Date</th><th>Event</th><th>Countries</th><th>Participants</th><th>Evidence and sources</th></tr></thead>
            <tbody>

            """
        for event in events { section += row(event) }
        section += "</tbody>\n</table>\n</section>\n"
        return section
    }

    /// One event as a row of the table. Its `data-` attributes are what the page's filters read.
    func row(_ event: Event) -> String {
        let id = event.id.map(String.init) ?? ""
        var row = "<tr id=\"e\(id)\" data-type=\"\(event.type.rawValue)\" data-status=\"\(event.status.rawValue)\">"
        row += "<td class=\"date\">\(MarkupText.xml(ReportData.dateText(event) ?? "undated"))</td>"
        row += "<td><span class=\"type t-\(event.type.rawValue)\">\(Self.typeName(event.type))</span>"
        if event.status == .planned { row += " <span class=\"status planned\">planned</span>" }
        let summary = EventRenderer.summary(event)
        if summary != event.type.rawValue { row += "<br><bdi>\(MarkupText.xml(summary))</bdi>" }
        if let place = event.location?.name { row += "<br><span class=\"place\">in <bdi>\(MarkupText.xml(place))</bdi></span>" }
        row += " <span class=\"id\">#\(id)</span></td>"
        let countries = event.countries.map(countryName) + event.organizations.map { "<bdi>\(MarkupText.xml($0))</bdi>" }
        row += "<td>\(countries.joined(separator: ", "))</td>"
        row += "<td>\(event.participants.map(Self.participant).joined(separator: "<br>"))</td>"
        row += "<td>\(event.sources.map(Self.source).joined())</td></tr>\n"
        return row
    }

    /// A country's name, with its code and its other names on hover.
    func countryName(_ code: String) -> String {
        let names = countryNames(code)
        let title = MarkupText.xml(([code] + names.dropFirst()).joined(separator: " · "))
        let name = MarkupText.xml(names.first ?? code)
        // An Arabic name, with --names ar, must not reorder the commas around it.
        return "<span class=\"country\" title=\"\(title)\">" + (NameScript.ar.writes(names.first ?? "") ? "<bdi>\(name)</bdi>" : name) + "</span>"
    }

    /// A participant's name as the article wrote it, isolated, then their role and state.
    static func participant(_ participant: Participant) -> String {
        var text = "<bdi>\(MarkupText.xml(participant.name))</bdi>"
        let about = [participant.role, participant.country].compactMap { $0 }
        if !about.isEmpty { text += " <span class=\"role\">(\(MarkupText.xml(about.joined(separator: ", "))))</span>" }
        return text
    }

    /// One source: its evidence, in the direction of its own script, and a link to the article.
    static func source(_ source: Source) -> String {
        var text = "<blockquote dir=\"auto\">\(MarkupText.xml(source.evidence.text))</blockquote><p class=\"source\">"
        let name = "<bdi>\(MarkupText.xml(source.title ?? source.document))</bdi>"
        if let url = source.url, let href = linkTarget(url) {
            text += "<a href=\"\(MarkupText.xml(href))\" rel=\"noreferrer noopener\" target=\"_blank\">\(name)</a>"
        } else {
            text += name
        }
        if let published = source.published { text += " <span class=\"published\">\(published)</span>" }
        return text + "</p>"
    }

    /// The address of a source as a link, when it is a web address: a `javascript:` or `data:`
    /// URL from an article would run in the page when clicked, and is shown as no link.
    static func linkTarget(_ url: String) -> String? {
        let lowered = url.trimmingWhitespace().lowercased()
        return lowered.hasPrefix("https://") || lowered.hasPrefix("http://") ? url.trimmingWhitespace() : nil
    }

    static func typeName(_ type: EventType) -> String {
        type == .commissionSession ? "commission session" : type.rawValue
    }

    static func count(_ number: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(number) \(number == 1 ? singular : plural ?? singular + "s")"
    }
}
