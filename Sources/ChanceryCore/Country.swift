/// A state, with its ISO codes and its names in Arabic, French and English.
public struct Country: Hashable, Sendable {
    /// ISO 3166-1 alpha-2, e.g. "MA".
    public let code: String
    /// ISO 3166-1 alpha-3, e.g. "MAR".
    public let alpha3: String
    public let english: String
    public let french: String
    public let arabic: String
    /// Other names the press uses, in any of the three languages.
    public let aliases: [String]

    public var allNames: [String] { [english, french, arabic] + aliases }

    public func name(in language: String) -> String {
        switch language {
        case "ar": arabic
        case "fr": french
        default: english
        }
    }
}

/// Every ISO 3166-1 country, looked up by code or by any of its names in any script.
///
/// Read from `Data/countries.tsv`, compiled into the binary; parsed on first use only.
public final class CountryCatalog: Sendable {
    public static let shared = CountryCatalog(tsv: EmbeddedFiles.text(named: "countries.tsv") ?? "")

    public let countries: [Country]
    private let byCode: [String: Country]
    private let byFoldedName: [String: Country]

    public init(tsv: String) {
        var countries: [Country] = []
        for line in tsv.split(separator: "\n", omittingEmptySubsequences: true) where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 5, fields[0].count == 2, fields[0] != "code" else { continue }
            let aliases = fields.count > 5 ? fields[5].split(separator: "|").map(String.init).filter { !$0.isEmpty } : []
            countries.append(Country(code: fields[0], alpha3: fields[1], english: fields[2],
                                     french: fields[3], arabic: fields[4], aliases: aliases))
        }
        var byCode: [String: Country] = [:]
        var byFoldedName: [String: Country] = [:]
        for country in countries {
            byCode[country.code] = country
            if !country.alpha3.isEmpty { byCode[country.alpha3] = country }
        }
        for country in countries {
            for name in country.allNames {
                let key = CountryCatalog.key(name)
                if !key.isEmpty, byFoldedName[key] == nil { byFoldedName[key] = country }
            }
        }
        self.countries = countries
        self.byCode = byCode
        self.byFoldedName = byFoldedName
    }

    public func country(code: String) -> Country? {
        byCode[code.uppercased()]
    }

    /// The country a user or a text means by `text`: an alpha-2 or alpha-3 code, or a name or alias
    /// in Arabic, French or English, whatever its case, accents or diacritics.
    public func resolve(_ text: String) -> Country? {
        let trimmed = text.trimmingWhitespace()
        if (trimmed.count == 2 || trimmed.count == 3), trimmed.allSatisfy({ $0.isASCII && $0.isLetter }),
           let country = byCode[trimmed.uppercased()] {
            return country
        }
        return country(named: trimmed)
    }

    /// The country one of whose names or aliases, in any script, is `text`, whatever its case,
    /// accents or diacritics; codes are not names ("and" is no Andorra to a search).
    public func country(named text: String) -> Country? {
        let key = CountryCatalog.key(text)
        if let country = byFoldedName[key] { return country }
        // An Arabic name typed with its article or without it: "المغرب" / "مغرب".
        if key.hasPrefix("ال"), let country = byFoldedName[String(key.dropFirst(2))] { return country }
        if let country = byFoldedName["ال" + key] { return country }
        return nil
    }

    /// Names in the form lookups compare: folded, with punctuation and spaces collapsed.
    public static func key(_ name: String) -> String {
        let folded = TextFolding.fold(name)
        var words: [Substring] = []
        for word in folded.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "." || $0 == "'" || $0 == "," }) {
            words.append(word)
        }
        return words.joined(separator: " ")
    }
}
