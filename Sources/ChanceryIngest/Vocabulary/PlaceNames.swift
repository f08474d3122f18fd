import ChanceryCore

/// The places the gazetteer knows (`Data/cities.tsv`): for a place named by hand (`chancery edit
/// --place`), and for a stored place shown in French or Arabic (`--names`).
public enum PlaceNames {
    /// The place `text` names in any script or spelling ("الرباط", "Rabat", "Alger"), as events
    /// store it: its English name and its country; nil when the gazetteer does not know it.
    public static func location(named text: String) -> Location? {
        let key = CountryCatalog.key(text)
        guard !key.isEmpty else { return nil }
        guard let city = Gazetteer.shared.cities.first(where: { CountryCatalog.key($0.form) == key }) else { return nil }
        return Location(name: city.name, country: city.code)
    }

    /// The name of a stored place in `language` ("fr", "ar"; "en" gives the stored one): "Moscou",
    /// "موسكو" for Moscow. Nil when the gazetteer has none, or does not know the place. A place
    /// stored without its country is looked up by its English name alone.
    public static func name(of location: Location, in language: String) -> String? {
        if language == "en" { return location.name }
        let names = shownNames[location.name]
        let city = names?.first { $0.country == location.country } ?? names?.first
        let name: String? = switch language {
        case "fr": city?.french
        case "ar": city?.arabic
        default: nil
        }
        return name.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The names `cities.tsv` gives for showing each city, by English name: several cities may
    /// share one (Kingston). Read only from its own columns, on first use, so that showing a
    /// place does not build the whole gazetteer that reading articles needs.
    private static let shownNames: [String: [(country: String, french: String, arabic: String)]] = {
        var names: [String: [(country: String, french: String, arabic: String)]] = [:]
        for line in (EmbeddedFiles.text(named: "cities.tsv") ?? "").split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 5 else { continue }
            names[fields[1], default: []].append((fields[0], fields[3], fields[4]))
        }
        return names
    }()
}
