import ChanceryCore

/// The words of one language that extraction looks for, read from `Data/vocabulary-<language>.tsv`.
///
/// Rows are `class<TAB>value<TAB>phrases`; `Data/README.md` lists the classes. Phrases that name something the lexicon
/// matches (a trigger, a role, a month) become `LexiconEntry`s; cue words asked of single tokens near a trigger become
/// `Cues`. A row this reader does not understand is kept in `problems`, which a test requires to be empty.
struct Vocabulary: Sendable {
    /// The languages that have a vocabulary file.
    static let languages = ["ar", "en", "fr"]

    let language: String
    private(set) var entries: [(phrase: String, entry: LexiconEntry)] = []
    private(set) var cueWords: [CueKind: [String]] = [:]
    /// Rows that could not be read, as `line N: reason`.
    private(set) var problems: [String] = []

    /// The vocabulary compiled in for `language`; English for a language without a file.
    static func embedded(_ language: String) -> Vocabulary {
        let language = languages.contains(language) ? language : "en"
        return Vocabulary(language: language, text: EmbeddedFiles.text(named: "vocabulary-\(language).tsv") ?? "")
    }

    init(language: String, text: String) {
        self.language = language
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3 else {
                problems.append("line \(number + 1): expected 3 fields, found \(fields.count)")
                continue
            }
            let phrases = fields[2].split(separator: "|").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            if fields[0] == "cue" {
                guard let kind = CueKind.named[fields[1]] else {
                    problems.append("line \(number + 1): unknown cue \(fields[1])")
                    continue
                }
                cueWords[kind, default: []].append(contentsOf: phrases)
                continue
            }
            // "role	emir@QA	أمير قطر": a title that names its state ("the emir of Qatar") is the title and the state.
            let parts = fields[1].split(separator: "@", maxSplits: 1).map(String.init)
            guard let entry = Self.entry(class: fields[0], value: parts[0]) else {
                problems.append("line \(number + 1): unknown class \(fields[0]) \(fields[1])")
                continue
            }
            for phrase in phrases {
                entries.append((phrase, entry))
                if fields[0] == "role", parts.count == 2 { entries.append((phrase, .nationality(parts[1]))) }
            }
        }
    }

    /// The lexicon entry a row of `class` and `value` stands for; nil when the pair means nothing.
    static func entry(class name: String, value: String) -> LexiconEntry? {
        let number = Int(value)
        switch name {
        case "meeting": return MeetingCue(rawValue: value).map(LexiconEntry.meeting)
        case "signing": return .signing
        case "instrument":
            let parts = value.split(separator: ":")
            guard let kind = parts.first.flatMap({ Instrument(rawValue: String($0)) }) else { return nil }
            return .instrument(kind, count: parts.count > 1 ? Int(parts[1]) : nil)
        case "body": return .bodyHead(display: value)
        case "body-qualifier": return .bodyQualifier
        case "session": return .session
        case "planned": return .planned
        case "negation": return .negation
        case "counterpart": return .counterpart
        case "honorific": return .honorific
        case "subject": return .subject
        case "stop": return .stop
        case "role": return .role(value)
        case "month": return number.flatMap { (1...12).contains($0) ? .month($0) : nil }
        case "weekday": return number.flatMap { (1...7).contains($0) ? .weekday($0) : nil }
        case "season": return number.flatMap { [3, 6, 9, 12].contains($0) ? .season($0) : nil }
        case "relative-day": return number.map(LexiconEntry.relativeDay)
        case "same-day": return .dayToldBefore(plus: 0)
        case "day-after": return number.map { LexiconEntry.dayToldBefore(plus: $0) }
        case "past": return .past
        case "next": return .next
        case "current": return .current
        case "period": return PeriodUnit(rawValue: value).map(LexiconEntry.period)
        case "period-end": return .periodEnd
        case "year-word": return .yearWord
        case "number": return number.map(LexiconEntry.number)
        case "ordinal": return number.map(LexiconEntry.ordinal)
        case "duration": return number.flatMap { $0 > 1 ? LexiconEntry.duration(days: $0) : nil }
        default: return nil
        }
    }
}
