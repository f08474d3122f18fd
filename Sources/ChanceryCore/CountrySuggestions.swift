/// A country offered for a name `CountryCatalog.resolve` did not know.
public struct CountrySuggestion: Hashable, Sendable {
    public var country: Country
    /// The country's name to show, in the script and, where it can tell, the language typed.
    public var name: String
    /// What was typed is a whole word of one of the country's names ("Congo", "Korea"): it names
    /// this country, and every other one suggested with it, equally well.
    public var isWordOfName: Bool
}

extension CountryCatalog {
    /// The countries whose names, in any script, come nearest `text`: one for a slip ("Marocco"),
    /// several when they are as near as each other ("Congo": CD and CG). Empty when none is near.
    ///
    /// Compares every name of every country, which only a failed lookup should pay for.
    public func suggestions(for text: String) -> [CountrySuggestion] {
        var nearest = NameSuggestions<String>(for: text)
        for country in countries {
            // The three names first, so that among equally near names one of them is shown.
            for name in country.allNames { nearest.consider(name, for: country.code) }
        }
        let arabic = text.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) }
        return nearest.best.compactMap { suggestion in
            guard let country = country(code: suggestion.target) else { return nil }
            let primary = [country.english, country.french, country.arabic]
            let name = arabic ? country.arabic
                : primary.contains(suggestion.name) && !suggestion.byWord ? suggestion.name : country.english
            return CountrySuggestion(country: country, name: name, isWordOfName: suggestion.isWordOfName)
        }
    }
}
