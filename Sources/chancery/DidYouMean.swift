/// How a hint words the known names nearest one that was not found.
enum DidYouMean {
    /// The most names a hint lists; more would hide the one meant.
    static let shown = 5

    /// "Did you mean Morocco (MA)?", "Did you mean A or B?"; nil for no choice.
    static func hint(_ choices: [String]) -> String? {
        choices.isEmpty ? nil : "Did you mean \(list(choices))?"
    }

    /// "A", "A or B", "A, B or C", and past `shown`, "A, B, C, D, E or 3 others".
    static func list(_ items: [String], joinedBy conjunction: String = "or") -> String {
        guard items.count > 1 else { return items.first ?? "" }
        if items.count > shown {
            return items.prefix(shown).joined(separator: ", ") + " \(conjunction) \(items.count - shown) others"
        }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items[items.count - 1]
    }
}
