import ChanceryCore

/// What the people of each state are called in Arabic, French and English, from
/// `Data/nationalities.tsv`: for a search that looks for a country by every word naming it
/// ("Morocco" also finds "marocain" and "مغربي").
///
/// Parsed here rather than through `Gazetteer`, as `KnownOfficials` is, so that a search does not
/// build extraction's vocabulary. The forms that are also common words (the file's homograph rows,
/// مالية: Malian, financial) are left out: extraction reads them from their context, a search
/// cannot.
public enum KnownDemonyms {
    /// The forms of the state of ISO code `code`, as the file writes them; empty for a code it lacks.
    public static func forms(of code: String) -> [String] {
        table[code] ?? []
    }

    private static let table: [String: [String]] = parse(EmbeddedFiles.text(named: "nationalities.tsv") ?? "")

    /// Reads TAB-separated rows (code, language, forms `|`-separated); `#` lines are comments.
    static func parse(_ text: String) -> [String: [String]] {
        var rows: [(code: String, kind: String, forms: [String])] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
            guard fields.count >= 3 else { continue }
            rows.append((fields[0], fields[1], fields[2].split(separator: "|").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }))
        }
        let homographs = Set(rows.filter { $0.kind == "homograph" }.flatMap(\.forms).map(TextFolding.fold))
        var table: [String: [String]] = [:]
        for row in rows where ["ar", "fr", "en"].contains(row.kind) {
            table[row.code, default: []] += row.forms.filter { !homographs.contains(TextFolding.fold($0)) }
        }
        return table
    }
}
