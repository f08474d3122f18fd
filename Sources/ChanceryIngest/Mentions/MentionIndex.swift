/// The mentions of a document by their first token: `mentionAt[k]` is the mention starting at token `k`, or nil.
///
/// It stands where a `[Int: Mention]` stood: the assembler and the participant finder ask about nearly every token
/// of a sentence, often several times, and an array answers without hashing the index.
struct MentionIndex {
    private let mentions: [Mention]
    /// `slots[k]`: the position in `mentions` of the mention starting at token `k`, or -1.
    private let slots: [Int]

    /// Indexes `mentions` by start; of two mentions with the same start, the later one is kept.
    init(_ mentions: [Mention]) {
        let count = (mentions.lazy.map(\.start).max() ?? -1) + 1
        var slots = [Int](repeating: -1, count: max(count, 0))
        for (position, mention) in mentions.enumerated() where mention.start >= 0 { slots[mention.start] = position }
        self.mentions = mentions
        self.slots = slots
    }

    /// The indexed mentions, one a start, in order of their first token.
    var all: [Mention] { slots.compactMap { $0 < 0 ? nil : mentions[$0] } }

    /// The mention starting at token `index`; nil for any other index, in range or not.
    subscript(index: Int) -> Mention? {
        guard index >= 0, index < slots.count else { return nil }
        let slot = slots[index]
        return slot < 0 ? nil : mentions[slot]
    }
}
