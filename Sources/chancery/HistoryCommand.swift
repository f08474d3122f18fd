import ArgumentParser
import ChanceryCore
import ChanceryStore

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List the corrections of an event, or every correction made.",
        discussion: """
            An event's corrections are those made to it, to the reports it is made of, and to the \
            people taking part in it; undone ones are listed too, with when they were undone.

            Example:
              chancery history 17
              chancery history --format json
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The event's id; without it, every correction.") var id: Int64?
    @Option(name: .long, help: "Output format: table, json, jsonl or csv.") var format: OutputFormat = .table

    func run() throws {
        let store = try database.openForReading()
        let corrections = try id.map { try store.corrections(ofEvent: $0) } ?? store.corrections()
        RecordRenderer.render(corrections.map(Self.record), as: format, noun: ("correction", "corrections"))
    }

    static func record(_ correction: Correction) -> Record {
        var record = Record()
        record.add("id", json: .number(correction.id), text: String(correction.id))
        record.add("made_at", correction.madeAt)
        record.add("author", correction.author)
        record.add("kind", correction.kind.rawValue)
        record.add("target", correction.target)
        record.add("event", json: .number(correction.eventID), text: correction.eventID.map(String.init) ?? "")
        // JSON gets the change as stored; a table and CSV, as text.
        record.add("change", json: .json(correction.change), text: correction.changes.map(CorrectionText.change).joined(separator: "; "))
        record.add("undone_at", correction.undoneAt)
        return record
    }
}
