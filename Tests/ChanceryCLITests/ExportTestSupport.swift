import Foundation
import Testing

/// Reads CSV as RFC 4180 defines it, as R or pandas would: fields separated by commas, records by
/// line breaks (CRLF or LF), a field in double quotes may hold commas, line breaks and doubled
/// quotes. Throws on what RFC 4180 does not allow (a quote inside an unquoted field, text after
/// a closing quote, an unclosed quote), so that a test cannot pass on output a reader would refuse.
func readCSV(_ text: String) throws -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var afterQuote = false
    var iterator = Array(text.unicodeScalars).makeIterator()
    var pending: Unicode.Scalar?
    func next() -> Unicode.Scalar? {
        if let scalar = pending { pending = nil; return scalar }
        return iterator.next()
    }
    while let scalar = next() {
        if quoted {
            if scalar == "\"" {
                let following = next()
                if following == "\"" {
                    field.unicodeScalars.append("\"")
                } else {
                    quoted = false
                    afterQuote = true
                    pending = following
                }
            } else {
                field.unicodeScalars.append(scalar)
            }
            continue
        }
        switch scalar {
        case ",":
            record.append(field)
            field = ""
            afterQuote = false
        case "\r":
            guard next() == "\n" else { throw JSONError("a carriage return outside quotes not followed by a line feed") }
            fallthrough
        case "\n":
            record.append(field)
            records.append(record)
            record = []
            field = ""
            afterQuote = false
        case "\"":
            guard field.isEmpty, !afterQuote else { throw JSONError("a quote inside an unquoted field: \(field)") }
            quoted = true
        default:
            guard !afterQuote else { throw JSONError("text after a closing quote: \(scalar)") }
            field.unicodeScalars.append(scalar)
        }
    }
    guard !quoted else { throw JSONError("a quoted field is not closed") }
    if !field.isEmpty || !record.isEmpty || afterQuote {
        record.append(field)
        records.append(record)
    }
    return records
}

/// Reads TSV as Chancery writes it: one record a line, fields between tabs, `\t` `\n` `\r` `\\`
/// unescaped. Throws on a backslash that escapes nothing it knows.
func readTSV(_ text: String) throws -> [[String]] {
    try text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { line in
        try line.split(separator: "\t", omittingEmptySubsequences: false).map { field in
            var value = ""
            var escaping = false
            for scalar in field.unicodeScalars {
                if escaping {
                    switch scalar {
                    case "t": value += "\t"
                    case "n": value += "\n"
                    case "r": value += "\r"
                    case "\\": value += "\\"
                    default: throw JSONError("an unknown escape \\\(scalar) in \(field)")
                    }
                    escaping = false
                } else if scalar == "\\" {
                    escaping = true
                } else {
                    value.unicodeScalars.append(scalar)
                }
            }
            guard !escaping else { throw JSONError("a field ends with a lone backslash: \(field)") }
            return value
        }
    }
}

/// A table read back: its header, and each row as a dictionary from column to value.
struct ReadTable {
    let header: [String]
    let rows: [[String: String]]

    init(_ records: [[String]]) throws {
        header = try #require(records.first, "the table has no header")
        var rows: [[String: String]] = []
        for record in records.dropFirst() {
            try #require(record.count == header.count, "a row of \(record.count) fields under a header of \(header.count): \(record)")
            rows.append(Dictionary(uniqueKeysWithValues: zip(header, record)))
        }
        self.rows = rows
    }

    /// The rows of the event with this id.
    func rows(ofEvent id: Int) -> [[String: String]] { rows.filter { $0["id"] == String(id) } }

    /// The row of the event with this id, when there is exactly one.
    func row(ofEvent id: Int) throws -> [String: String] {
        let found = rows(ofEvent: id)
        try #require(found.count == 1, "\(found.count) rows for event \(id)")
        return found[0]
    }
}
