import ChanceryCore

/// One row of an answer that is not a list of events (partners, actors, hits, counts): each field
/// with its name, as JSON and as plain text.
struct Record {
    var fields: [(name: String, json: JSONText, text: String)] = []

    mutating func add(_ name: String, json: JSONText, text: String) {
        fields.append((name, json, text))
    }

    mutating func add(_ name: String, _ value: String?) {
        add(name, json: .string(value), text: value ?? "")
    }

    mutating func add(_ name: String, _ value: Int) {
        add(name, json: .integer(value), text: String(value))
    }

    mutating func add(_ name: String, list: [String], separator: String = "; ") {
        add(name, json: .strings(list), text: list.joined(separator: separator))
    }

    /// The record as one JSON object, its fields in the order they were added.
    var json: JSONText { .object(fields.map { ($0.name, $0.json) }) }
}

/// Renders records in the four output formats, as EventRenderer renders events: JSON through
/// `JSONText`, CSV and tables from each record's texts as a plain row.
enum RecordRenderer {
    /// Renders `records`; a table fits `width` cells when given (see `Table`).
    static func render(_ records: [Record], as format: OutputFormat, noun: (String, String), fitting width: Int? = nil) {
        switch format {
        case .jsonl:
            for record in records { line(record.json) }
        case .json:
            Output.line("[")
            for (index, record) in records.enumerated() {
                Output.write { out in
                    out.append(literal: "  ")
                    record.json.write(into: &out)
                    if index + 1 < records.count { out.append(literal: ",") }
                    out.append(literal: "\n")
                }
            }
            Output.line("]")
        case .csv:
            guard let first = records.first else { return }
            Output.write { DelimitedText.csv.writeRow(first.fields.map(\.name), into: &$0) }
            for record in records { Output.write { DelimitedText.csv.writeRow(record.fields.map(\.text), into: &$0) } }
        case .table:
            guard let first = records.first else {
                Output.line("No \(noun.1) found.")
                return
            }
            let table = Table(headers: first.fields.map { $0.name.uppercased().replacing("_", with: " ") },
                              rows: records.map { $0.fields.map(\.text) })
            Table.noteLeftOut(table.render(fitting: width), fitting: width)
            Output.line("\(records.count) \(records.count == 1 ? noun.0 : noun.1).")
        }
    }

    /// Writes `value` as one line of JSON: what `show` and `stats` answer, one object.
    static func line(_ value: JSONText) {
        Output.write { out in
            value.write(into: &out)
            out.append(literal: "\n")
        }
    }

    /// Writes fields as lines for a person to read, a label and its value a line, values lined up
    /// after the longest label: `show`'s event, `stats`' counts, `actor`'s person.
    static func renderFields(_ fields: [(label: String, value: String)], indent: Int = 0) {
        let width = fields.map(\.label.count).max() ?? 0
        let margin = String(repeating: " ", count: indent)
        for (label, value) in fields {
            Output.displayLine(margin + label + String(repeating: " ", count: width - label.count) + "  " + value)
        }
    }
}
