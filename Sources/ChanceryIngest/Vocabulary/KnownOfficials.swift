import ChanceryCore

/// A curated office holder with every name they go by, from `Data/officials.tsv`.
public struct KnownOfficial: Hashable, Sendable {
    /// Names in any script; the first is the one shown.
    public let names: [String]
    /// An ISO alpha-2 code, or an organisation's code ("UN", "LAS") when `organization` is set.
    public let country: String
    public let role: String
    /// When they took and left the office; nil when open or unknown.
    public let start: PartialDate?
    public let end: PartialDate?
    /// The organisation the person heads, when the row stands for one rather than for a state.
    public let organization: String?
}

/// The curated officials compiled into the module, for registering their names with the store.
///
/// Parsed here rather than through `Gazetteer`, so that the store's view of the list does not
/// depend on how extraction keeps it.
public enum KnownOfficials {
    /// The embedded file as compiled in.
    static let text = EmbeddedFiles.text(named: "officials.tsv") ?? ""

    /// SHA-256 of the file: changes whenever a row does, so a store can tell whether it has this list.
    public static var checksum: String { SHA256.hex(of: text) }

    /// Every row of the file, in file order.
    public static var all: [KnownOfficial] { parse(text) }

    /// Codes in the officials file that stand for organisations. "AU" is also Australia: only its
    /// secretary-general rows (the African Union Commission's chair) are the organisation.
    static let organizationCodes: Set<String> = ["UN", "LAS", "EU", "NATO", "GCC", "OIC", "AMU", "OIF"]

    /// Reads TAB-separated rows (country, role, start, end, names `|`-separated); `#` lines are comments.
    static func parse(_ text: String) -> [KnownOfficial] {
        var officials: [KnownOfficial] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(trimmed)
            guard fields.count >= 5, fields[0].count >= 2, fields[0] != "country", !fields[1].isEmpty else { continue }
            let names = fields[4].split(separator: "|").map(trimmed).filter { !$0.isEmpty }
            guard !names.isEmpty else { continue }
            let country = fields[0], role = fields[1]
            let isOrganization = organizationCodes.contains(country) || (country == "AU" && role == "secretary-general")
            officials.append(KnownOfficial(
                names: names, country: country, role: role,
                start: PartialDate(fields[2]), end: PartialDate(fields[3]),
                organization: isOrganization ? country : nil
            ))
        }
        return officials
    }

    private static func trimmed(_ field: Substring) -> String {
        field.trimmingWhitespace()
    }
}
