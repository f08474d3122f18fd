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
            switch self {
            case .csv: out.appendCSV(field)
            case .tsv: out.appendTSV(field)
            }
        }
        out.append(byte: UInt8(ascii: "\n"))
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
