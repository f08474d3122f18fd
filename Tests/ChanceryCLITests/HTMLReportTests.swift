import ChanceryCore
import ChanceryStore
@testable import chancery
import Foundation
import Testing

/// The HTML report's page as written, without a browser: what an article's text cannot break,
/// the right-to-left markup, the data the script reads, and that the page loads nothing.
@Suite struct HTMLReportTests {
    /// What an article could hold that would end a script or a comment, or run as markup.
    static let hostile = "a</script><script>alert(1)</script><!-- b & c > d \u{2028}"

    static func source(_ document: String, url: String?, evidence: String, title: String? = nil) -> Source {
        Source(document: document, url: url, title: title, published: PartialDate("2025-03-13"),
               evidence: Evidence(text: evidence, start: 0, end: evidence.unicodeScalars.count))
    }

    static let events = [
        Event(id: 1, type: .agreement, date: PartialDate("2025-03-13"), countries: ["EG", "JO"],
              location: Location(name: "Cairo", country: "EG"),
              participants: [Participant(name: "بدر عبد العاطي", country: "EG", role: "foreign minister")],
              instrument: .mou, count: 2, title: hostile,
              sources: [source("ar-1", url: "https://example.org/ar-1", evidence: "وَقَّعَ الوزيران مذكرتي تفاهم " + hostile, title: "عنوان")]),
        Event(id: 2, type: .commissionSession, status: .planned, date: PartialDate("2026"), countries: ["GM", "SN"],
              ordinal: 9, sources: [source("fr-2", url: "javascript:alert(1)", evidence: "La 9e session doit se tenir en 2026.")]),
        Event(id: 3, type: .meeting, countries: ["EG", "JO", "SY"], mode: .phone,
              sources: [source("en-3", url: nil, evidence: "They spoke by phone.")]),
    ]

    static var page: String { HTMLReport(events: events, scope: "all events in the base").html }

    /// The text of the page's data block: from its opening tag to the first `</script` after it.
    static func dataBlock(_ page: String) throws -> String {
        let opening = "<script type=\"application/json\" id=\"report-data\">"
        let start = try #require(page.range(of: opening)).upperBound
        let end = try #require(page.range(of: "</script", range: start..<page.endIndex)).lowerBound
        return String(page[start..<end])
    }

    /// The page has its three scripts (the error counter, the data, the report's) and no more:
    /// an article's `</script>` did not end one early, nor its `<!--` open a comment.
    @Test func anArticlesMarkupEndsNoScript() throws {
        let page = Self.page
        #expect(page.components(separatedBy: "</script").count - 1 == 3)
        #expect(page.components(separatedBy: "<script").count - 1 == 3)
        #expect(!page.contains("<!--"))
        #expect(!page.contains("alert(1)</script>"))
        #expect(page.contains("a&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;!-- b &amp; c &gt; d"))
    }

    @Test func theEmbeddedJSONParsesBackToTheEvents() throws {
        let block = try Self.dataBlock(Self.page)
        let data = try #require(try JSONSerialization.jsonObject(with: Data(block.utf8)) as? [String: Any])
        let events = try #require(data["events"] as? [[String: Any]])
        #expect(events.map { $0["id"] as? Int } == [1, 2, 3])
        #expect(events[0]["summary"] as? String == "MoU ×2: " + Self.hostile)
        #expect(events[0]["participants"] as? [String] == ["بدر عبد العاطي"])
        #expect(events[0]["first"] as? String == "2025-03-13" && events[0]["last"] as? String == "2025-03-13")
        #expect(events[1]["first"] as? String == "2026-01-01" && events[1]["last"] as? String == "2026-12-31")
        #expect(events[1]["status"] as? String == "planned")
        #expect(events[2]["first"] is NSNull && events[2]["date"] is NSNull)
        let nodes = try #require(data["nodes"] as? [[String: Any]])
        #expect(nodes.map { $0["code"] as? String } == ["EG", "GM", "JO", "SN", "SY"])
        #expect(nodes.map { $0["events"] as? Int } == [2, 1, 2, 1, 1])
        let edges = try #require(data["edges"] as? [[String: Any]])
        #expect(edges.map { "\($0["a"] ?? "")-\($0["b"] ?? "")" } == ["EG-JO", "EG-SY", "GM-SN", "JO-SY"])
        #expect(edges.map { $0["weight"] as? Int } == [2, 1, 1, 1])
        #expect((edges[0]["byType"] as? [String: Int]) == ["meeting": 1, "agreement": 1, "commission_session": 0])
        let countries = try #require(data["countries"] as? [String: [String]])
        #expect(countries["SN"] == ["Senegal", "Sénégal", "السنغال"])
    }

    /// A left-to-right page in which every text from an article keeps its own direction.
    @Test func arabicIsIsolatedInALeftToRightPage() {
        let page = Self.page
        #expect(page.contains("<html lang=\"en\" dir=\"ltr\">"))
        #expect(page.contains("<bdi>بدر عبد العاطي</bdi> <span class=\"role\">(foreign minister, EG)</span>"))
        #expect(page.contains("<blockquote dir=\"auto\">وَقَّعَ الوزيران مذكرتي تفاهم a&lt;/script"))
        #expect(page.contains("<a href=\"https://example.org/ar-1\" rel=\"noreferrer noopener\" target=\"_blank\"><bdi>عنوان</bdi></a>"))
        #expect(page.contains("<span class=\"country\" title=\"SN · Sénégal · السنغال\">Senegal</span>"))
        #expect(page.contains("<input type=\"search\" id=\"filter-text\" placeholder=\"name, place, evidence…\" dir=\"auto\">"))
    }

    /// Only web addresses become links: a `javascript:` URL from an article would run when clicked.
    @Test func onlyWebAddressesAreLinks() {
        #expect(HTMLReport.linkTarget("https://example.org/a") == "https://example.org/a")
        #expect(HTMLReport.linkTarget(" HTTP://example.org/a ") == "HTTP://example.org/a")
        #expect(HTMLReport.linkTarget("javascript:alert(1)") == nil)
        #expect(HTMLReport.linkTarget("data:text/html,<b>") == nil)
        let page = Self.page
        #expect(!page.contains("javascript:"))
        #expect(page.contains("<p class=\"source\"><bdi>fr-2</bdi> <span class=\"published\">2025-03-13</span></p>"))
    }

    /// Every web address in the page is a source's link: no script, sheet, font or image is fetched.
    @Test func thePageLoadsNothing() throws {
        let page = Self.page.lowercased()
        var index = page.startIndex
        var links = 0
        while let found = page.range(of: "http", range: index..<page.endIndex) {
            index = found.upperBound
            let rest = page[found.lowerBound...]
            guard rest.hasPrefix("http://") || rest.hasPrefix("https://") else { continue }
            #expect(page[..<found.lowerBound].hasSuffix("<a href=\""), "a web address outside a link: \(rest.prefix(60))")
            links += 1
        }
        #expect(links == 1)
        for loading in [" src=", "<link", "@import", "url(", "<iframe", "<object", "<embed", "fetch(", "xmlhttprequest"] {
            #expect(!page.contains(loading), "the page has \(loading)")
        }
    }

    /// The assets are pasted into `<script>` and `<style>`: they must not end them.
    @Test func theAssetsAreInlineSafe() {
        #expect(!ReportAssets.script.isEmpty && !ReportAssets.style.isEmpty)
        for asset in [ReportAssets.script, ReportAssets.style, ReportAssets.errorCounter] {
            #expect(!asset.lowercased().contains("</script") && !asset.lowercased().contains("</style") && !asset.contains("<!--"))
        }
    }

    @Test func rowsCarryWhatThePageFiltersOn() {
        let report = HTMLReport(events: Self.events, scope: "all events in the base")
        let row = report.row(Self.events[1])
        #expect(row.hasPrefix("<tr id=\"e2\" data-type=\"commission_session\" data-status=\"planned\">"))
        #expect(row.contains("<td class=\"date\">2026</td>"))
        #expect(row.contains("<span class=\"status planned\">planned</span>"))
        #expect(report.row(Self.events[2]).contains("<td class=\"date\">undated</td>"))
    }

    @Test func aFilterReadsInWords() {
        #expect(EventFilter().inWords == "all events in the base")
        let filter = EventFilter(types: [.meeting, .agreement], countries: ["MA", "SN", "FR"], since: PartialDate("2025"),
                                 until: PartialDate("2025-06"), status: .occurred, mode: .phone)
        #expect(filter.inWords == "Morocco, Senegal and France · from 2025 to 2025-06 · meeting, agreement · occurred · phone")
    }
}
