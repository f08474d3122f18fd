import ChanceryStore

extension Store {
    /// How many events `filter` matches in all, when its limit may have cut the list (`shown`
    /// reached it) and more match; nil otherwise, without asking the store again.
    func total(of filter: EventFilter, shown: Int) throws -> Int? {
        guard let limit = filter.limit, shown >= limit else { return nil }
        var unlimited = filter
        unlimited.limit = nil
        let total = try eventCount(matching: unlimited)
        return total > shown ? total : nil
    }
}
