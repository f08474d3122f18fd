/// Cuts a sentence at its clause boundaries: semicolons and brackets, quotations, and a comma (or, in Arabic, a
/// joined conjunction) before a word that opens a clause in the document's language (`cue clause`, `cue relative`).
struct ClauseSplitter {
    let table: MentionTable

    private var tokens: [Token] { table.read.tokens }

    func clauses(of sentence: Range<Int>) -> [Clause] {
        var clauses: [Clause] = []
        var start = sentence.lowerBound
        var kind = Clause.Kind.main
        var quoteOpen = false
        var asideDepth = 0
        func close(at end: Int, next: Clause.Kind) {
            if end > start { clauses.append(Clause(range: start..<end, kind: kind)) }
            start = end
            kind = next
        }
        var k = sentence.lowerBound
        while k < sentence.upperBound {
            let token = tokens[k]
            if token.kind == .punct {
                // (A mark is one scalar: compared as one, no string is.)
                switch token.text.unicodeScalars.first ?? " " {
                case ";":
                    close(at: k + 1, next: .main)
                case "(", "[":
                    asideDepth += 1
                    close(at: k, next: .aside)
                case ")", "]":
                    if asideDepth > 0 { asideDepth -= 1; close(at: k + 1, next: quoteOpen ? .reported : .main) }
                case "«", "“":
                    quoteOpen = true
                    close(at: k, next: .reported)
                case "»", "”":
                    if quoteOpen { quoteOpen = false; close(at: k + 1, next: .main) }
                case "\"":
                    if quoteOpen { quoteOpen = false; close(at: k + 1, next: .main) } else { quoteOpen = true; close(at: k, next: .reported) }
                case ",", "،", ":", "-", "—", "–":
                    if asideDepth == 0, !quoteOpen, k + 1 < sentence.upperBound, let opened = opener(at: k + 1) {
                        close(at: k + 1, next: opened)
                    }
                default: break
                }
                k += 1
                continue
            }
            // "… on June 27 followed by a meeting in August": a phrase of several words opens a clause by itself.
            if !token.isArabic, asideDepth == 0, !quoteOpen, k > start + 2, let length = table.lexicon.cues.match(.clause, in: tokens, at: k, limit: sentence.upperBound),
               length >= 2 {
                close(at: k, next: .main)
            }
            // "… since the top diplomat took office", "… after they signed": a subordinate clause needs no comma.
            if !token.isArabic, asideDepth == 0, !quoteOpen, k > start + 2,
               table.cue(.since, k) || table.cue(.relative, k) && !TokenWords.that.contains(token) || table.cue(.clause, k) && !TokenWords.weakOpeners.contains(token) {
                close(at: k, next: opener(at: k) ?? .main)
            }
            // Arabic joins "and" to the verb that opens the next clause ("وأكد", "وقال"), and opens many with "حيث",
            // "كما", "فيما" without a comma.
            if token.isArabic, asideDepth == 0, !quoteOpen, k > start + 1, tokens[k - 1].kind != .punct,
               let opened = opener(at: k), table.cue(.clause, k) || table.cue(.relative, k) {
                close(at: k, next: opened)
            }
            k += 1
        }
        close(at: sentence.upperBound, next: .main)
        return clauses.isEmpty ? [Clause(range: sentence, kind: .main)] : clauses
    }

    /// The kind of clause a word opens, or nil when it opens none.
    private func opener(at k: Int) -> Clause.Kind? {
        if table.cue(.relative, k) { return .relative }
        if table.cue(.since, k) || table.cue(.background, k) { return .background }
        if table.cue(.reporting, k) { return .reported }
        // "…, the ministry said": a reporting verb a few words on, with no verb between.
        if !tokens[k].isArabic, let end = (k..<min(tokens.count, k + 4)).first(where: { table.cue(.reporting, $0) }),
           (k..<end).allSatisfy({ tokens[$0].kind == .word }), end + 1 >= tokens.count || tokens[end + 1].kind == .punct || end - k <= 3 {
            return .reported
        }
        if table.cue(.clause, k) { return .main }
        return nil
    }
}
