import ChanceryCore
import ChanceryStore

extension EventFilter {
    /// The filter in words, for a reader of the report to know what it covers: "Morocco and
    /// Senegal · since 2025 · meeting, agreement · occurred", or "all events in the base".
    var inWords: String {
        var parts: [String] = []
        if !countries.isEmpty {
            let names = countries.map { CountryNetwork.names(of: $0).english }
            parts.append(names.count == 1 ? names[0]
                         : names.dropLast().joined(separator: ", ") + " and " + (names.last ?? ""))
        }
        switch (since, until) {
        case let (since?, until?): parts.append("from \(since) to \(until)")
        case let (since?, nil): parts.append("since \(since)")
        case let (nil, until?): parts.append("until \(until)")
        case (nil, nil): break
        }
        if !types.isEmpty { parts.append(types.map(\.rawValue).joined(separator: ", ")) }
        if let status { parts.append(status.rawValue) }
        if let mode { parts.append(mode.rawValue) }
        if let instrument { parts.append(instrument.rawValue) }
        return parts.isEmpty ? "all events in the base" : parts.joined(separator: " · ")
    }
}
