import ChanceryCore

/// An event as extraction found it, with the words and rules that filled each of its slots.
public struct ExtractedEvent: Sendable {
    public var event: Event
    public var notes: [SlotNote]
}

/// Reads diplomatic events (meetings, agreement signings, commission sessions) from a news article.
///
/// Extraction runs in five stages, each in its own folder: reading the text (`Reading`), finding what its words name
/// (`Mentions`), cutting sentences into clauses (`Clauses`), filling one frame per trigger (`Frames`), and merging
/// the frames of one real event (`Document`). Cheap to create: each language's lexicon is built once, on first use.
public struct EventExtractor: Sendable {
    public init() {}

    /// The events the document reports, with evidence offsets in Unicode scalars of `document.text`,
    /// sorted countries, a confidence from 0 to 1, no id and no sources.
    public func extract(from document: Document) -> [Event] {
        read(document, explaining: false).map(\.event)
    }

    /// The events the document reports, each with the notes that say how its slots were filled.
    public func explain(_ document: Document) -> [ExtractedEvent] {
        read(document, explaining: true)
    }

    private func read(_ document: Document, explaining: Bool) -> [ExtractedEvent] {
        let read = ReadDocument(document)
        guard !read.tokens.isEmpty else { return [] }
        let table = MentionTable(read, lexicon: Lexicon.of(language: read.language))
        let context = DocumentContext(table)
        let finder = TriggerFinder(table: table)
        let splitter = ClauseSplitter(table: table)
        var reader = FrameReader(table: table, context: context)
        reader.explaining = explaining
        var frames: [Frame] = []
        var bodyNamed = false
        for (s, range) in read.sentences.enumerated() where !range.isEmpty {
            let mentions = table.mentions(inSentence: s)
            // Most sentences of a story name no meeting, signing, body or session: they are done with at once.
            // (Or one that calls a counterpart by a verb of calling alone: "a appelé mardi son homologue".)
            guard mentions.contains(where: { $0.has(Self.canTrigger) })
                || mentions.contains(where: { $0.has { $0 == .counterpart } }) && range.contains(where: { table.cue(.callVerb, $0) })
            else { continue }
            let clauses = splitter.clauses(of: range)
            let triggers = finder.triggers(inSentence: s, clauses: clauses, bodyNamedBefore: bodyNamed)
            for trigger in triggers {
                let others = triggers.map(\.anchor.start).filter { $0 != trigger.anchor.start }
                frames += reader.frames(for: trigger, clauses: clauses, previous: frames, others: others)
            }
            if !bodyNamed, mentions.contains(where: { m in m.has({ if case .bodyHead = $0 { true } else { false } }) && finder.qualified(m, mentions: Array(mentions)) }) {
                bodyNamed = true
            }
        }
        return DocumentAssembler(table: table, context: context).events(from: frames).map { frame in
            ExtractedEvent(event: frame.event, notes: frame.notes)
        }
    }

    /// True for the entries an event can start from: a meeting word, a signing, a body's head, a session word.
    private static func canTrigger(_ entry: LexiconEntry) -> Bool {
        switch entry {
        case .meeting, .signing, .bodyHead, .session: true
        default: false
        }
    }
}
