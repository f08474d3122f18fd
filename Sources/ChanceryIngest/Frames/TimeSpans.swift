import ChanceryCore

/// The days an event spans or is put off to: a postponement (or a calling off) and the day it names, how many days a
/// session lasts, the days it opened and closed.
extension TimeReader {
    /// The word telling that the trigger's event was put off: just before it ("تأجيل الزيارة", "the postponed
    /// visit"), or after it in its sentence with no other trigger between ("the visit … has been postponed").
    func postponement(of trigger: Trigger, sentence: Range<Int>, others: [Int]) -> Int? {
        let anchor = trigger.anchor
        // (Governing the trigger's noun, with no comma between: not "يوم حافل بالمواعيد والتأجيلات، استقبل".)
        if let k = (max(sentence.lowerBound, anchor.start - 3)..<anchor.start).last(where: { table.cue(.postponed, $0) }),
           !(k..<anchor.start).contains(where: { table.read.tokens[$0].kind == .punct }) { return k }
        return cue(kind: .postponed, after: trigger, sentence: sentence, others: others)
    }

    /// True when the sentence tells the trigger's event as called off after it: "a leaders' summit … was quietly
    /// shelved", "la visite … a été annulée" (before it, "the cancelled visit" is a negation).
    func cancelled(_ trigger: Trigger, sentence: Range<Int>, others: [Int]) -> Bool {
        cue(kind: .cancelled, after: trigger, sentence: sentence, others: others) != nil
    }

    /// The first word of `kind` after the trigger in its sentence, within 32 words and before another trigger: what
    /// the verb of the trigger's noun says of it ("the visit … has been postponed", "… was shelved").
    private func cue(kind: CueKind, after trigger: Trigger, sentence: Range<Int>, others: [Int]) -> Int? {
        var k = trigger.anchor.end
        while k < sentence.upperBound, k - trigger.anchor.end <= 32 {
            if others.contains(k) { return nil }
            // (A cue of several words, "did not take place", "n'a pas eu lieu", as well as of one; not an adjective of
            // another noun, "the long-delayed pipeline", "the postponed summit".)
            let tokens = table.read.tokens
            let attributive = k > 0 && (TokenWords.wordJoiners.contains(tokens[k - 1]) || TokenWords.determiners.contains(tokens[k - 1]))
            if !attributive, table.cue(kind, k) || table.lexicon.cues.match(kind, in: tokens, at: k, limit: sentence.upperBound) != nil { return k }
            k += 1
        }
        return nil
    }

    /// The number of days a sentence says something lasts: "على مدى يومين", "a two-day session".
    func duration(in sentence: Range<Int>) -> Int? {
        for m in table.mentions(inSentence: table.read.tokens[sentence.lowerBound].sentence) {
            if let days = m.first({ if case .duration(let d) = $0 { return d } else { return nil } }) { return days }
        }
        return nil
    }

    /// The day a session opened and the later day it closed, each told by its verb or noun a few words before it:
    /// "ont clôturé, hier, … les travaux …, ouverts le lundi 8 juillet", "اختتمت اليوم … التي افتتحت الأحد".
    func openedAndClosed(_ dates: [DateMention], sentence: Range<Int>, planned: Bool) -> (opened: PartialDate, closed: PartialDate)? {
        var opened: PartialDate?
        var closed: PartialDate?
        for item in dates {
            let (day, _) = DateResolver.resolve(item.expression, published: table.reference, planned: planned)
            guard let day, day.precision == .day else { continue }
            let before = max(sentence.lowerBound, item.start - 4)..<item.start
            if before.contains(where: { table.cue(.opening, $0) }) { opened = opened ?? day }
            if before.contains(where: { table.cue(.closing, $0) }) { closed = closed ?? day }
        }
        guard let opened, let closed, opened < closed, let limit = opened.adding(days: 14), closed <= limit else { return nil }
        return (opened, closed)
    }
}
