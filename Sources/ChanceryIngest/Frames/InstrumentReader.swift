import ChanceryCore

/// What was signed: the kind of instrument, how many, and the subject.
///
/// Instruments listed together at one signing ("an MoU and a protocol", "سبع مذكرات تفاهم واتفاقية") count
/// together; the instrument is the most numerous kind, else the first named.
struct InstrumentReader {
    let table: MentionTable

    private var tokens: [Token] { table.read.tokens }

    struct Reading {
        var instrument: Instrument
        var count: Int
        var title: String?
        var countWords: String?
    }

    func read(instrument signed: Mention, sentence: Range<Int>) -> Reading {
        // ("four instruments and MoU were signed": the list may begin before the instrument nearest the verb.)
        var first = signed
        while let earlier = instrument(joinedBefore: first, floor: sentence.lowerBound) { first = earlier }
        var items: [(Instrument, Int, Mention)] = [item(first, sentence: sentence)]
        // The list after the first instrument: "مذكرة تفاهم وبروتوكول تعاون", "two MoUs and an agreement", "an agreement on
        // air services, a protocol on customs cooperation and a memorandum on tourism".
        var k = first.end
        var last = first
        while k < sentence.upperBound, k - last.end <= 12 {
            let token = tokens[k]
            if token.kind == .punct, TokenWords.listBreaks.contains(token) { break }
            if table.has(k, { $0 == .signing || { if case .meeting = $0 { true } else { false } }($0) }) { break }
            guard let m = table.at[k], m.has({ if case .instrument = $0 { true } else { false } }) else { k += 1; continue }
            // Joined by "and", a comma or an article ("…, a protocol"), or by و written onto it.
            let arabicAnd = tokens[m.start].isArabic && m.prefixLength > 0 && tokens[m.start].textHasPrefix("و")
            var j = m.start - 1
            while j > last.end, tokens[j].kind == .number || isQualifier(j) || table.has(j, { if case .number = $0 { true } else { false } }) { j -= 1 }
            // (In French "a" is "à" folded: "un avenant à l'accord" amends the one instrument, it lists no other.)
            let amends = table.read.language == "fr" && (last.end..<m.start).contains { tokens[$0].text == "a" }
            let listed = !amends && (arabicAnd || j >= last.end && Self.listWords.contains(tokens[j].text))
            guard listed else { break }
            // "sept accords et mémorandums d'entente", "تسع اتفاقيات ومذكرات تفاهم": a noun joined by "and" alone, with no
            // number or article of its own, shares the number before the first: seven in all, not fourteen.
            let between = last.end..<m.start
            // ("four instruments and MoU": after papers in general, the kind they are.)
            let afterGeneric = (last.start..<last.end).allSatisfy { table.cue(.genericInstrument, $0) }
            let bare = countOfItsOwn(m, after: last.end) == nil && (isPlural(m) || afterGeneric)
                && between.allSatisfy { table.cue(.and, $0) || tokens[$0].text == "," } && (arabicAnd ? between.isEmpty : !between.isEmpty)
            if bare, let previous = items.last, previous.1 > 1 {
                items.append((item(m, sentence: sentence).0, 0, m))
                last = m
                k = m.end
                continue
            }
            items.append(item(m, sentence: sentence))
            last = m
            k = m.end
        }
        var totals: [(Instrument, Int)] = []
        for (kind, count, _) in items {
            if let index = totals.firstIndex(where: { $0.0 == kind }) { totals[index].1 += count } else { totals.append((kind, count)) }
        }
        // The kind: of the instruments named as such, not of papers in general ("documents", "instruments").
        let named = items.filter { item in !(item.2.start..<item.2.end).allSatisfy { table.cue(.genericInstrument, $0) } }
        let kind = named.count < items.count && !named.isEmpty ? named[0].0 : totals.max { a, b in a.1 < b.1 || a.1 == b.1 && totals.firstIndex(where: { $0.0 == a.0 })! > totals.firstIndex(where: { $0.0 == b.0 })! }?.0
            ?? items[0].0
        let count = totals.reduce(0) { $0 + $1.1 }
        return Reading(instrument: kind, count: max(1, count), title: title(after: last, sentence: sentence) ?? title(after: first, sentence: sentence),
                       countWords: items.count > 1 || count > 1 ? table.read.text(first.start..<last.end) : nil)
    }

    /// Words that may stand between two instruments of one list.
    private static let listWords: Set<String> = ["and", "et", ",", "،", "que", "a", "an", "un", "une", "d", "'", "des", "other", "autres",
                                                 "plus", "two", "three", "deux", "trois", "new", "nouveaux", "nouvelles"]

    private func isQualifier(_ k: Int) -> Bool {
        table.has(k) { entry in
            switch entry {
            case .bodyQualifier, .nationality, .nationalityPrefix: true
            default: false
            }
        }
    }

    private func item(_ m: Mention, sentence: Range<Int>) -> (Instrument, Int, Mention) {
        let (kind, dual) = m.first { if case .instrument(let i, let c) = $0 { return (i, c) } else { return nil } } ?? (.other, nil)
        return (kind, dual ?? countBefore(m, floor: sentence.lowerBound) ?? countAfter(m, limit: sentence.upperBound) ?? 1, m)
    }

    /// The instrument right before `m` in a list ("agreements and MoUs", "اتفاقيات ومذكرات"), if one is.
    private func instrument(joinedBefore m: Mention, floor: Int) -> Mention? {
        var k = m.start - 1
        let arabicAnd = tokens[m.start].isArabic && m.prefixLength > 0 && tokens[m.start].textHasPrefix("و")
        if !arabicAnd {
            guard k >= floor, table.cue(.and, k) || tokens[k].text == "," else { return nil }
            k -= 1
        }
        for j in stride(from: k, through: max(floor, k - 4), by: -1) {
            if let earlier = table.at[j], earlier.end == k + 1, earlier.has({ if case .instrument = $0 { true } else { false } }) { return earlier }
        }
        return nil
    }

    /// True for an instrument's noun in the plural ("mémorandums", "memoranda", "MoUs", "مذكرات"): one in the singular
    /// after "and" ("واتفاقية", "and a protocol") is one more.
    private func isPlural(_ m: Mention) -> Bool {
        let token = tokens[m.start]
        let word = token.text.dropFirst(token.isArabic ? m.prefixLength : 0)
        if token.isArabic { return word.hasSuffix("ات") }
        return word.hasSuffix("s") || word.hasSuffix("x") || word.hasSuffix("a")
    }

    /// A number written with the instrument itself, after `floor`: "and two protocols", "واتفاقيتين".
    private func countOfItsOwn(_ m: Mention, after floor: Int) -> Int? {
        if let (_, dual) = m.first({ if case .instrument(let i, let c) = $0 { return (i, c) } else { return nil } }), let dual { return dual }
        return countBefore(m, floor: floor)
    }

    /// "five agreements", "ثماني وثائق", "25 وثيقة", "six nouveaux accords", "une dizaine d'accords".
    private func countBefore(_ instrument: Mention, floor: Int) -> Int? {
        var k = instrument.start - 1
        var gap = 0
        while k >= floor, gap <= 2 {
            let token = tokens[k]
            // (Not the number of another instrument before this one: "seven agreements and MoUs".)
            if (max(floor, k - 3)...k).contains(where: { j in table.at[j].map { $0.end > k && $0.has({ if case .instrument = $0 { true } else { false } }) } ?? false }) { return nil }
            if token.kind == .number, let value = Int(token.text), value > 1, value < 100 { return value }
            if let value = table.at[k]?.first({ if case .number(let v) = $0 { return v } else { return nil } }) { return value > 0 ? value : nil }
            if ["d", "'", "of", "de", "new", "nouveaux", "nouvelles", "other", "autres", "bilateral", "cooperation", "important", "key", "major"]
                .contains(token.text) {
                k -= 1
                continue
            }
            gap += 1
            k -= 1
            if token.kind == .punct { break }
        }
        return nil
    }

    /// Arabic writes the number after a plural noun as often as before it: "اتفاقيات ثلاث", "وثائق عدة".
    private func countAfter(_ instrument: Mention, limit: Int) -> Int? {
        guard tokens[instrument.start].isArabic, instrument.end < limit else { return nil }
        if let value = table.at[instrument.end]?.first({ if case .number(let v) = $0 { return v } else { return nil } }), value > 1 { return value }
        return nil
    }

    /// The subject after an instrument: "… on cooperation in renewable energy", "في مجال الطاقة", "relatif à …".
    private func title(after instrument: Mention, sentence: Range<Int>) -> String? {
        var k = instrument.end
        while k < sentence.upperBound, k - instrument.end < 3 {
            if let m = table.at[k], m.has({ $0 == .subject }) {
                let start = m.end
                var end = start
                while end < sentence.upperBound, end - start < 16 {
                    let token = tokens[end]
                    if token.kind == .punct, token.text != "-" { break }
                    if let m = table.at[end], m.has({ $0 == .signing || $0 == .stop && !token.isArabic }) { break }
                    end += 1
                }
                return end > start ? table.read.text(start..<end) : nil
            }
            k += 1
        }
        return nil
    }
}
