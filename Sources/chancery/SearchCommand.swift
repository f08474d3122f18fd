import ArgumentParser
import ChanceryCore
import ChanceryIngest
import ChanceryStore

struct SearchCommand: ParsableCommand, LimitedAnswer {
    static let limitHelp = "Show only the n documents that match best (20 unless given)."

    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find the documents that contain words, in any of the three languages.",
        discussion: """
            Every word must occur. Case, accents and Arabic diacritics do not matter, and an Arabic \
            word matches with its clitics (و، ف، ب، ل، ك، ال). A known person's or country's name \
            is searched by every name it goes by, in every script: Lavrov also finds لافروف, \
            Maroc also finds Morocco, المغرب and marocain. Each document is shown with the passage \
            that matches, the matched words in [brackets] in a table (json, jsonl and csv give them \
            in matches), and the events it gave.

            Example:
              chancery search Bourita
              chancery search Lavrov Rabat
              chancery search "مذكرة تفاهم"
              chancery search "commission mixte" --format json
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The words to look for.") var text: [String]
    @OptionGroup var output: OutputOptions<SearchCommand>

    func validate() throws {
        if text.joined().trimmingSpaces().isEmpty {
            throw ValidationError("Give words to search for, e.g. chancery search Bourita.")
        }
    }

    func run() throws {
        let store = try database.openForReading()
        let query = try store.searchQuery(for: text.joined(separator: " "), demonyms: KnownDemonyms.forms(of:))
        let hits = try store.search(query, limit: output.limit ?? 20)
        let names = DisplayNames(output.names, store: store)
        let table = output.format == .table
        let records = try hits.map { hit -> Record in
            var record = Record()
            record.add("document", hit.document)
            record.add("published", hit.published?.description)
            record.add("title", hit.title)
            if table {
                record.add("snippet", hit.snippet.marked(opening: "[", closing: "]"))
            } else {
                record.add("snippet", hit.snippet.text)
                record.add("matches", list: hit.snippet.matchedWords)
            }
            if output.format == .json || output.format == .jsonl {
                record.add("url", hit.url)
                record.add("events", json: .array(try hit.events.map { .json(EventRenderer.json(try names.renamed($0))) }), text: "")
            } else {
                record.add("events", list: hit.events.map { "\($0.id ?? 0) \($0.type.displayName) \($0.countries.joined(separator: "–")) \($0.date?.description ?? "undated")" })
            }
            return record
        }
        RecordRenderer.render(records, as: output.format, noun: ("document", "documents"), fitting: output.tableWidth)
        if table {
            for term in query.terms where !term.otherForms.isEmpty { Output.displayLine(Self.searchedAs(term)) }
        }
    }

    /// Under a table, what a name typed was also searched as, and why: "Lavrov also searched as
    /// لافروف: a name of سيرغي لافروف (RU)." Without it, an Arabic hit for a Latin word would
    /// look like a mistake.
    static func searchedAs(_ term: SearchTerm) -> String {
        let safe = TerminalText.isolated
        let shown = 8
        var forms = term.otherForms.prefix(shown).map(safe).joined(separator: ", ")
        if term.otherForms.count > shown { forms += ", …" }
        let named = term.named.map { named -> String in
            switch named {
            case .country(let country): "\(country.english) (\(country.code))"
            case .actor(_, let name, let country): safe(name) + (country.map { " (\($0))" } ?? "")
            }
        }
        return "\(safe(term.typed)) also searched as \(forms): a name of \(DidYouMean.list(named, joinedBy: "and"))."
    }
}
