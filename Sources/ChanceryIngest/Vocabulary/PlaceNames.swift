import ChanceryCore

/// The places the gazetteer knows (`Data/cities.tsv`), for a place named by hand (`chancery edit --place`).
public enum PlaceNames {
    /// The place `text` names in any script or spelling ("الرباط", "Rabat", "Alger"), as events
    /// store it: its English name and its country; nil when the gazetteer does not know it.
    public static func location(named text: String) -> Location? {
        let key = CountryCatalog.key(text)
        guard !key.isEmpty else { return nil }
        guard let city = Gazetteer.shared.cities.first(where: { CountryCatalog.key($0.form) == key }) else { return nil }
        return Location(name: city.name, country: city.code)
    }
}
