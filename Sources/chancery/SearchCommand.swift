import ArgumentParser
import ChanceryCore
import ChanceryStore

struct SearchCommand: ParsableCommand, LimitedAnswer {
    static let limitHelp = "Show only the n documents that match best (20 unless given)."

    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find the documents that contain words, in any of the three languages.",
        discussion: """
            Every word must occur. Case, accents and Arabic diacritics do not matter, and an Arabic \
            word matches with its clitics (و، ف، ب، ل، ك، ال). Each document is shown with the \
            passage that matches and the events it gave.

            Example:
              chancery search Bourita
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
        let hits = try store.search(text.joined(separator: " "), limit: output.limit ?? 20)
        let records = hits.map { hit -> Record in
            var record = Record()
            record.add("document", hit.document)
            record.add("published", hit.published?.description)
            record.add("title", hit.title)
            record.add("snippet", hit.snippet.text)
            if output.format == .json || output.format == .jsonl {
                record.add("url", hit.url)
                record.add("events", json: JSON.array(hit.events.map(EventRenderer.json)), text: "")
            } else {
                record.add("events", list: hit.events.map { "\($0.id ?? 0) \($0.type.displayName) \($0.countries.joined(separator: "–")) \($0.date?.description ?? "undated")" })
            }
            return record
        }
        RecordRenderer.render(records, as: output.format, noun: ("document", "documents"), fitting: output.tableWidth)
    }
}
