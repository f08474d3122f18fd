import ChanceryCore

/// A holder of an office, from `Data/officials.tsv`.
struct Official: Sendable {
    let country: String
    let role: String
    let start: PartialDate?
    let end: PartialDate?
    let names: [String]
    /// The organisation the person heads or represents, when the country field holds an organisation code
    /// ("UN", "LAS", or "AU" for the African Union's secretary-general); such a person makes no state a party.
    var organization: String? = nil

    /// True when the person held the office on `date` (or when either is unknown).
    func inOffice(on date: PartialDate?) -> Bool {
        guard let date else { return true }
        if let start, date.lastDay < start.firstDay { return false }
        if let end, date.firstDay > end.lastDay { return false }
        return true
    }
}

/// The open vocabularies read from the data files compiled into the module: nationalities, cities, organisations, officials.
///
/// Every file is optional and parsed defensively: `#` lines are comments, fields are TAB-separated, lists `|`-separated.
struct Gazetteer: Sendable {
    var nationalities: [(form: String, code: String, language: String)] = []
    var prefixes: [(form: String, code: String)] = []
    /// Forms of a nationality that are also common words ("مالي": Malian, financial), read as the state only where
    /// the sentence makes them one.
    var homographs: Set<String> = []
    /// The states some of whose forms are homographs: only their mentions are looked up in `homographs`.
    var homographStates: Set<String> = []
    /// The state that shares a state's demonym: "congolais" is the DRC's unless a document names only the Republic
    /// of the Congo.
    var sharedDemonyms: [String: String] = [:]
    var cities: [(form: String, code: String, name: String)] = []
    var organizations: [(form: String, code: String)] = []
    var officials: [Official] = []

    static let shared = Gazetteer(
        nationalities: EmbeddedFiles.text(named: "nationalities.tsv") ?? "",
        cities: EmbeddedFiles.text(named: "cities.tsv") ?? "",
        organizations: EmbeddedFiles.text(named: "organizations.tsv") ?? "",
        officials: EmbeddedFiles.text(named: "officials.tsv") ?? "",
        territories: EmbeddedFiles.text(named: "territories.tsv") ?? "")

    /// Codes of territories that are not states: never a party.
    var territories: Set<String> = []

    init(nationalities: String, cities: String, organizations: String, officials: String, territories: String = "") {
        for fields in Self.rows(territories) where !fields.isEmpty { self.territories.insert(fields[0]) }
        for fields in Self.rows(nationalities) where fields.count >= 3 {
            for form in Self.list(fields[2]) {
                switch fields[1] {
                case "prefix": prefixes.append((form, fields[0]))
                case "homograph": homographs.insert(TextFolding.fold(form)); homographStates.insert(fields[0])
                case "shared": sharedDemonyms[fields[0]] = form
                default: self.nationalities.append((form, fields[0], fields[1]))
                }
            }
        }
        for fields in Self.rows(cities) where fields.count >= 2 {
            let forms = [fields[1]] + (fields.count > 2 ? Self.list(fields[2]) : [])
            for form in forms { self.cities.append((form, fields[0], fields[1])) }
        }
        for fields in Self.rows(organizations) where fields.count >= 2 {
            let forms = [fields[0], fields[1]] + (fields.count > 2 ? Self.list(fields[2]) : [])
            for form in forms { self.organizations.append((form, fields[0])) }
        }
        let organizationCodes = Set(self.organizations.map(\.code))
        for fields in Self.rows(officials) where fields.count >= 5 {
            let names = Self.list(fields[4])
            guard !names.isEmpty else { continue }
            var official = Official(country: fields[0], role: fields[1], start: PartialDate(fields[2]),
                                    end: PartialDate(fields[3]), names: names)
            if Self.isOrganization(fields[0], role: fields[1], codes: organizationCodes) { official.organization = fields[0] }
            self.officials.append(official)
        }
    }

    /// True when an officials row's country field names an organisation: a code no state bears (UN, EU, LAS, NATO…),
    /// or a code shared with a state ("AU") on a row whose role only an organisation has.
    static func isOrganization(_ code: String, role: String, codes: Set<String>) -> Bool {
        guard codes.contains(code) else { return false }
        if code.count != 2 || CountryCatalog.shared.country(code: code) == nil { return true }
        return role == "secretary-general"
    }

    private static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        // Splitting by bytes gives the same pieces as splitting by Characters, as long as no CR joins an LF.
        let bytewise = !text.utf8.contains(0x0D)
        let lines = bytewise ? split(Substring(text), byte: 0x0A, omittingEmpty: true)
            : text.split(separator: "\n", omittingEmptySubsequences: true)
        for line in lines {
            guard !line.hasPrefix("#") else { continue }
            let pieces = bytewise ? split(line, byte: 0x09, omittingEmpty: false)
                : line.split(separator: "\t", omittingEmptySubsequences: false)
            let fields = pieces.map(Self.trimmed)
            guard let first = fields.first, first.count >= 2, first != "code", first != "country" else { continue }
            rows.append(fields)
        }
        return rows
    }

    /// `text.split(separator:omittingEmptySubsequences:)` for a tab or a line feed, scanning UTF-8 bytes instead
    /// of Characters. A control character is always a Character of its own, except LF after CR, which callers
    /// rule out, so the pieces are the same; Character segmentation was most of the cost of reading the files.
    private static func split(_ text: Substring, byte: UInt8, omittingEmpty: Bool) -> [Substring] {
        var pieces: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            if utf8[index] == byte {
                if !omittingEmpty || start != index { pieces.append(text[start..<index]) }
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        if !omittingEmpty || start != utf8.endIndex { pieces.append(text[start..<utf8.endIndex]) }
        return pieces
    }

    private static func list(_ field: String) -> [String] {
        field.split(separator: "|").map(Self.trimmed).filter { !$0.isEmpty }
    }

    /// `text` without leading and trailing tabs and space separators: what `trimmingCharacters(in: .whitespaces)`
    /// removes, without Foundation's bridging, which was half the cost of reading the files.
    private static func trimmed(_ text: Substring) -> String {
        let scalars = text.unicodeScalars
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\t" || scalar.value >= 0x80 && scalar.properties.generalCategory == .spaceSeparator
        }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[first...last])
    }
}

extension Gazetteer {
    /// For each official of the shared list, the others who share one of their names (the same person in another
    /// office, or a namesake), worked out once: picking the holder of the day compares only those.
    static let namesakes: [[Int]] = {
        var byName: [String: [Int]] = [:]
        for (k, official) in shared.officials.enumerated() {
            for name in official.names where byName[name]?.last != k { byName[name, default: []].append(k) }
        }
        return shared.officials.indices.map { k in
            var others: [Int] = []
            for name in shared.officials[k].names { for j in byName[name] ?? [] where j != k && !others.contains(j) { others.append(j) } }
            return others.sorted()
        }
    }()

    /// The official listed at `index`, or the namesake in office on `date` when they were not: "أحمد أبو الغيط" is
    /// Egypt's foreign minister in 2008 and the Arab League's secretary-general in 2026.
    func holder(_ index: Int, on date: PartialDate?) -> Official {
        let official = officials[index]
        if official.inOffice(on: date) { return official }
        return Self.namesakes[index].lazy.map { self.officials[$0] }.first { $0.inOffice(on: date) } ?? official
    }

    /// The officials of the shared list by the folded last word of each of their names of two words or more
    /// ("بوريطة", "lavrov"), for people the text names by surname or with a title but no state.
    static let officialsByLastName: [String: [Int]] = {
        var index: [String: [Int]] = [:]
        for (k, official) in shared.officials.enumerated() {
            for name in official.names {
                let words = name.split(separator: " ")
                guard words.count >= 2, let last = words.last else { continue }
                let key = TextFolding.fold(String(last))
                // ("Al-Yahya", "El-Sisi": the text's tokens end on the word after the hyphen.)
                let keys = [key] + (key.contains("-") ? key.split(separator: "-").last.map { [String($0)] } ?? [] : [])
                for key in keys where key.unicodeScalars.count >= 4 && index[key]?.last != k {
                    index[key, default: []].append(k)
                }
            }
        }
        return index
    }()

    /// How many office holders bear each word as their first name.
    static let givenNameCounts: [String: Int] = {
        var counts: [String: Int] = [:]
        for official in shared.officials {
            var seen: Set<String> = []
            for name in official.names {
                guard let first = name.split(separator: " ").first else { continue }
                let key = TextFolding.fold(String(first))
                if seen.insert(key).inserted { counts[key, default: 0] += 1 }
            }
        }
        return counts
    }()

    /// The one state whose office holder of that surname was in office on `date`, with the office.
    func official(lastName: String, on date: PartialDate?) -> Official? {
        let key = TextFolding.fold(lastName)
        // "Sheikh Mohamed", "الرئيس محمد": a word that many office holders bear as a given name names no one.
        guard (Self.givenNameCounts[key] ?? 0) < 3, let candidates = Self.officialsByLastName[key] else { return nil }
        let holders = candidates.map { officials[$0] }.filter { $0.inOffice(on: date) && $0.organization == nil }
        guard let first = holders.first, holders.allSatisfy({ $0.country == first.country }) else { return nil }
        return first
    }
}
