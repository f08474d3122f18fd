/// One row of a non-event listing (partners, actors, hits): each field as JSON and as plain text.
struct Record {
    var fields: [(name: String, json: String, text: String)] = []

    mutating func add(_ name: String, json: String, text: String) {
        fields.append((name, json, text))
    }

    mutating func add(_ name: String, _ value: String?) {
        add(name, json: JSON.string(value), text: value ?? "")
    }

    mutating func add(_ name: String, _ value: Int) {
        add(name, json: String(value), text: String(value))
    }

    mutating func add(_ name: String, list: [String], separator: String = "; ") {
        add(name, json: JSON.array(list.map { JSON.string($0) }), text: list.joined(separator: separator))
    }
}

/// Renders records in the four output formats, the way EventRenderer renders events.
enum RecordRenderer {
    /// Renders `records`; a table fits `width` cells when given (see `Table`).
    static func render(_ records: [Record], as format: OutputFormat, noun: (String, String), fitting width: Int? = nil) {
        switch format {
        case .jsonl:
            for record in records { Output.line(JSON.object(record.fields.map { ($0.name, $0.json) })) }
        case .json:
            Output.line("[")
            for (index, record) in records.enumerated() {
                Output.line("  " + JSON.object(record.fields.map { ($0.name, $0.json) }) + (index + 1 < records.count ? "," : ""))
            }
            Output.line("]")
        case .csv:
            guard let first = records.first else { return }
            Output.write { EventRenderer.writeCSVLine(first.fields.map(\.name), into: &$0) }
            for record in records { Output.write { EventRenderer.writeCSVLine(record.fields.map(\.text), into: &$0) } }
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
}
