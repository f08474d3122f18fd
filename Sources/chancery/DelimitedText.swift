/// Rows of fields as delimited text for spreadsheets and data frames: CSV or TSV.
///
/// CSV quotes as RFC 4180 says: a field holding a comma, a double quote or a line break is
/// enclosed in double quotes, a double quote in it doubled; every other field is written as it
/// is. Lines end with LF, which readers of RFC 4180 (R, pandas, spreadsheets) accept.
///
/// TSV cannot quote, so a value's tab, line feed, carriage return and backslash are written as
/// `\t`, `\n`, `\r` and `\\` (the escapes of PostgreSQL's text format and of "linear TSV"):
/// every row is then one line and every field lies between two tabs, whatever the article held.
enum DelimitedText {
    case csv, tsv

    /// Writes `fields` as one line.
    func writeRow(_ fields: [String], into out: inout TextBuffer) {
        for (index, field) in fields.enumerated() {
            if index > 0 { out.append(byte: self == .csv ? UInt8(ascii: ",") : UInt8(ascii: "\t")) }
            write(field, into: &out)
        }
        out.append(byte: UInt8(ascii: "\n"))
    }

    /// Writes one line of `row`'s text in `columns`, each field as it is made: the line an
    /// array of texts never held, which a listing of tens of thousands of rows would allocate.
    func writeRow<Row>(of row: Row, _ columns: [TextColumn<Row>], into out: inout TextBuffer) {
        for (index, column) in columns.enumerated() {
            if index > 0 { out.append(byte: self == .csv ? UInt8(ascii: ",") : UInt8(ascii: "\t")) }
            write(column.value(row), into: &out)
        }
        out.append(byte: UInt8(ascii: "\n"))
    }

    private func write(_ field: String, into out: inout TextBuffer) {
        switch self {
        case .csv: out.appendCSV(field)
        case .tsv: out.appendTSV(field)
        }
    }
}

/// A column of a table of rows of one kind: its name in the header, and its text for one row.
/// Listings and exports write CSV and TSV from such columns, a row an array of texts.
struct TextColumn<Row>: Sendable {
    let name: String
    let value: @Sendable (Row) -> String

    init(_ name: String, _ value: @escaping @Sendable (Row) -> String) {
        self.name = name
        self.value = value
    }
}

extension TextBuffer {
    /// `text` as one TSV field, its tabs, line breaks and backslashes escaped.
    mutating func appendTSV(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            for (index, byte) in utf8.enumerated() {
                let escape: UInt8
                switch byte {
                case UInt8(ascii: "\t"): escape = UInt8(ascii: "t")
                case UInt8(ascii: "\n"): escape = UInt8(ascii: "n")
                case UInt8(ascii: "\r"): escape = UInt8(ascii: "r")
                case UInt8(ascii: "\\"): escape = UInt8(ascii: "\\")
                default: continue
                }
                append(utf8: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                append(byte: UInt8(ascii: "\\"))
                append(byte: escape)
                runStart = index + 1
            }
            append(utf8: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
    }
}
