import ArgumentParser
import ChanceryCore
import ChanceryIngest
import ChanceryStore

/// What `--names` asks for: people, places and countries in English, French or Arabic, or as
/// the first source wrote them.
enum NameScript: String, ExpressibleByArgument, CaseIterable {
    case original, en, fr, ar

    /// Whether `text` is written in this script: Arabic letters for `ar`, Latin ones for `en`
    /// and `fr`; `original` takes any.
    func writes(_ text: String) -> Bool {
        var arabic = false
        var latin = false
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            switch scalar.value {
            case 0x0600...0x06FF, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFF: arabic = true
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: latin = true
            default: break
            }
        }
        switch self {
        case .original: return true
        case .ar: return arabic
        case .en, .fr: return latin && !arabic
        }
    }
}

/// `--names`, for every command that shows people, places or countries.
struct NamesOptions: ParsableArguments {
    static let help = ArgumentHelp(
        "Show people, places and countries in English (en), French (fr) or Arabic (ar) where a name in it is known, else as written; original shows them as the first source wrote them.",
        valueName: "en|fr|ar|original")

    @Option(name: .long, help: help) var names: NameScript = .original
}

/// People, places and countries as `--names` shows them.
///
/// A person's name in another script comes from the names the base knows for them (the curated
/// officials' and every article's): the one the documents in that language write most, else the
/// one the first source wrote if it is in that script, else the one documents in other languages
/// of that script write most, else the first the officials list gives in it. A place's comes from
/// the gazetteer's French and Arabic names, a country's from the catalog's three. Where none is
/// known, the name is shown as written. Names are looked up once each, and only when asked for:
/// with `original`, nothing is read.
final class DisplayNames {
    let script: NameScript
    private let store: Store
    /// Names chosen so far, by folded name and country.
    private var chosen: [String: String] = [:]
    /// The curated officials' names in file order, by each of their folded names and their
    /// country: the order the list gives, which the base does not keep. Read on first need.
    private var curated: [String: [String]]?

    init(_ script: NameScript, store: Store) {
        self.script = script
        self.store = store
    }

    /// Whether names are shown as written, and events need no renaming.
    var showsOriginal: Bool { script == .original }

    /// The event with its participants and place named as asked.
    func renamed(_ event: Event) throws -> Event {
        guard !showsOriginal else { return event }
        var event = event
        for index in event.participants.indices {
            let participant = event.participants[index]
            event.participants[index].name = try person(participant.name, country: participant.country)
        }
        event.location = event.location.map(place)
        return event
    }

    /// The name to show of a person named `name` of `country`.
    func person(_ name: String, country: String?) throws -> String {
        guard !showsOriginal else { return name }
        let key = CountryCatalog.key(name) + "\u{1F}" + (country ?? "")
        if let known = chosen[key] { return known }
        let names = try store.names(ofPersonNamed: name, country: country)
        let shown = choose(among: names, asWritten: name, country: country)
        chosen[key] = shown
        return shown
    }

    /// The name to show of an actor listed by `actors` or `actor`.
    func actor(_ actor: ActorSummary) throws -> String {
        guard !showsOriginal else { return actor.name }
        return choose(among: try store.names(ofActor: actor.id), asWritten: actor.name, country: actor.country)
    }

    func place(_ location: Location) -> Location {
        guard let language = script.language, let name = PlaceNames.name(of: location, in: language) else { return location }
        return Location(name: name, country: location.country)
    }

    /// A country's name: in the script asked, or in English for `original`, as listings have
    /// always named countries. The code itself for a code the catalog does not know.
    func country(_ code: String) -> String {
        let names = CountryNetwork.names(of: code)
        switch script {
        case .original, .en: return names.english
        case .fr: return names.french
        case .ar: return names.arabic
        }
    }

    /// The three names of a country, the one shown first, then the others in the order English,
    /// French, Arabic.
    func countryNames(_ code: String) -> [String] {
        let names = CountryNetwork.names(of: code)
        let all = [names.english, names.french, names.arabic]
        let shown = country(code)
        return [shown] + all.filter { $0 != shown }
    }

    private func choose(among names: [PersonName], asWritten name: String, country: String?) -> String {
        let inScript = names.filter { script.writes($0.name) }
        guard !inScript.isEmpty, let language = script.language else { return name }
        let written = CountryCatalog.key(name)
        /// The one written most by the reports `count` counts; of as many, the first source's,
        /// else the first in the base's order, so that every run shows the same.
        func mostWritten(_ count: (PersonName) -> Int) -> String? {
            func rank(_ name: PersonName) -> (Int, Int) { (count(name), CountryCatalog.key(name.name) == written ? 1 : 0) }
            return inScript.filter { count($0) > 0 }.max { rank($0) < rank($1) }?.name
        }
        if let name = mostWritten({ $0.writtenIn[language] ?? 0 }) { return name }
        if script.writes(name) { return name }
        if let name = mostWritten({ $0.writtenIn.values.reduce(0, +) }) { return name }
        let keys = Set(inScript.map { CountryCatalog.key($0.name) })
        let listed = curatedNames(of: inScript.map(\.name), country: country)
        return listed.first { script.writes($0) && keys.contains(CountryCatalog.key($0)) } ?? inScript[0].name
    }

    /// The names the officials list gives, in its order, for the official one of `names` is.
    private func curatedNames(of names: [String], country: String?) -> [String] {
        if curated == nil {
            var index: [String: [String]] = [:]
            for official in KnownOfficials.all {
                // The first row of a person holding several offices: every row lists the same names.
                for name in official.names where index[CountryCatalog.key(name) + "\u{1F}" + official.country] == nil {
                    index[CountryCatalog.key(name) + "\u{1F}" + official.country] = official.names
                }
            }
            curated = index
        }
        for name in names {
            if let listed = curated?[CountryCatalog.key(name) + "\u{1F}" + (country ?? "")] { return listed }
        }
        return []
    }
}

extension NameScript {
    /// The language whose names this script shows; nil for `original`.
    var language: String? {
        switch self {
        case .original: nil
        case .en: "en"
        case .fr: "fr"
        case .ar: "ar"
        }
    }
}
