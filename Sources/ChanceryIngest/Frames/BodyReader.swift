import ChanceryCore

/// The name of a standing body as written, from its head noun: "اللجنة المشتركة المغربية السعودية",
/// "the Joint Permanent Commission", "la Commission mixte algéro-russe de coopération économique".
struct BodyReader {
    let table: MentionTable

    private var tokens: [Token] { table.read.tokens }

    func name(head: Mention, sentence: Range<Int>) -> String {
        tokens[head.start].isArabic ? arabicName(head, sentence: sentence) : latinName(head, sentence: sentence)
    }

    /// The level of a session of senior officials or experts written near it ("على مستوى كبار الموظفين"), so that
    /// the store keeps it apart from the ministers' session of the same number.
    func level(near anchor: Mention, sentence: Range<Int>) -> String? {
        let window = max(sentence.lowerBound, anchor.start - 6)..<min(sentence.upperBound, anchor.end + 16)
        for k in window where Self.levelFirstWords.contains(tokens[k].text) {
            for n in 2...6 where k + n <= window.upperBound {
                let words = (k..<k + n).map { tokens[$0].text }.joined(separator: " ")
                if SessionLevel.officialsPhrases.contains(words) { return table.read.text(k..<k + n) }
            }
        }
        return nil
    }

    private static let levelFirstWords: Set<String> = Set(SessionLevel.officialsPhrases.map { String($0.prefix { $0 != " " }) })

    private func arabicName(_ head: Mention, sentence: Range<Int>) -> String {
        var end = head.end
        while end < sentence.upperBound, end - head.end < 10 {
            let next = tokens[end]
            if next.kind == .punct, next.text != "-" { break }
            if next.text == "-" { end += 1; continue }
            if let m = table.at[end] {
                if m.has({ $0 == .bodyQualifier }) || m.has({ if case .nationality = $0 { true } else { false } }) { end = m.end; continue }
                // "لجنة المتابعة والتشاور السياسي على المستوى الوزاري": the level is part of the name.
                break
            }
            if next.textHasPrefix("لل") || next.textHasPrefix("ال") || next.textHasPrefix("وال") { end += 1; continue }
            // "على المستوى الوزاري", "على مستوى": the level the body sits at.
            if TokenWords.levelWords.contains(next), end + 1 < sentence.upperBound { end += 1; continue }
            break
        }
        // The name ends with a word that qualifies it, not with "على".
        while end > head.end, TokenWords.levelWords.contains(tokens[end - 1]) { end -= 1 }
        let text = table.read.text(head.start..<end)
        // "للجنة المشتركة" is ل + "اللجنة المشتركة"; "وبلجنة" is و + ب + "لجنة".
        guard head.prefixLength > 0 else { return text }
        let written = tokens[head.start].text
        var scalars = Substring(text).unicodeScalars.drop { (0x064B...0x065F).contains($0.value) }
        if written.hasPrefix("لل"), head.prefixLength == 1 || written.dropFirst(head.prefixLength - 1).hasPrefix("لل") {
            scalars = scalars.dropFirst(head.prefixLength)
            return "ال" + String(String.UnicodeScalarView(scalars))
        }
        return String(String.UnicodeScalarView(scalars.dropFirst(head.prefixLength)))
    }

    private func latinName(_ head: Mention, sentence: Range<Int>) -> String {
        var start = head.start
        var end = head.end
        while start > sentence.lowerBound {
            let previous = tokens[start - 1]
            if previous.kind == .word, previous.capitalized && !previous.allCaps || table.has(start - 1, { $0 == .bodyQualifier })
                || table.has(start - 1, { if case .nationalityPrefix = $0 { true } else { false } }) {
                // "the 2nd", "Tuesday's": no part of the name.
                if table.has(start - 1, { entry in
                    switch entry {
                    case .weekday, .month, .ordinal, .session, .meeting, .signing: true
                    default: false
                    }
                }) { break }
                start -= 1
                continue
            }
            if TokenWords.dashes.contains(previous), start - 2 >= sentence.lowerBound, tokens[start - 2].capitalized { start -= 1; continue }
            break
        }
        while end < sentence.upperBound, end - head.end < 14 {
            let next = tokens[end]
            // "the commission on Wednesday", "Council in March": a day or a month is no part of the name.
            if table.has(end, { entry in
                switch entry {
                case .weekday, .month, .relativeDay: true
                default: false
                }
            }) { break }
            if next.kind == .word, next.capitalized || TokenWords.nameLinks.contains(next)
                || table.has(end, { $0 == .bodyQualifier || { if case .nationality = $0 { true } else { false } }($0) }) {
                end += 1
                continue
            }
            // ("de coopération Cameroun-Tchad": two names joined by a dash.)
            if TokenWords.dashes.contains(next), next.attached, end + 1 < sentence.upperBound, tokens[end + 1].attached,
               tokens[end + 1].kind == .word, tokens[end + 1].capitalized {
                end += 2
                continue
            }
            if TokenWords.innerMarks.contains(next), next.attached || next.text == ",", end + 1 < sentence.upperBound,
               tokens[end + 1].kind == .word, !tokens[end + 1].capitalized, table.has(end + 1, { $0 == .bodyQualifier }) || next.text != "," {
                end += 1
                continue
            }
            if next.text == "(", end + 2 < sentence.upperBound, tokens[end + 1].allCaps, tokens[end + 2].text == ")" { end += 3; continue }
            break
        }
        while end > head.end, !tokens[end - 1].capitalized, !table.has(end - 1, { $0 == .bodyQualifier || { if case .nationality = $0 { true } else { false } }($0) }),
              tokens[end - 1].text != ")" {
            end -= 1
        }
        while start < head.start, TokenWords.theOrDash.contains(tokens[start]) { start += 1 }
        return table.read.text(start..<end)
    }
}
