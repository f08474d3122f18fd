import ChanceryCore

extension DocumentAssembler {
    /// "A meeting of the Joint Commission took place on 16 December. … It was attended by representatives of China,
    /// France, Germany, Russia, the United Kingdom and Iran": the states a sentence lists after a word of participation
    /// are the parties of the events of that kind (and of that body) whose parties were only the story's guess.
    func partiesFromAttendance(_ frames: inout [Frame]) {
        let sentences = table.read.sentences
        for k in frames.indices where !frames[k].ownParties && !frames[k].background && frames[k].event.type != .agreement {
            let here = frames[k].sentence
            let body = frames[k].event.body
            // (An event of no party at all, "an informal ministerial meeting of the participants", also takes the
            // list told just before it.)
            let from = frames[k].event.countries.isEmpty ? max(0, here - 3) : here
            guard let (s, states) = (from...min(here + 2, sentences.count - 1)).lazy.compactMap({ s in
                self.attendees(inSentence: s).map { (s, $0) }
            }).first else { continue }
            // (Not a sentence that tells an event of its own parties: its list is that event's.)
            if frames.contains(where: { $0.sentence == s && $0.ownParties }) { continue }
            let listed = states.sorted()
            for j in frames.indices where !frames[j].ownParties && frames[j].event.type == frames[k].event.type
                && sameBody(frames[j].event.body, body) {
                frames[j].event.countries = listed
                frames[j].note("countries", listed.joined(separator: " "), words: table.read.text(sentences[s]),
                               rule: "the states listed as attending")
            }
        }
    }

    /// True when two names can be of one body: the same, or one is missing or its head noun alone ("the commission").
    private func sameBody(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return true }
        return a == b || Self.isBareHead(a) || Self.isBareHead(b)
    }

    /// Three states or more named after a word of participation in sentence `s` ("attended by representatives of",
    /// "بمشاركة", "avec la participation de").
    private func attendees(inSentence s: Int) -> Set<String>? {
        let range = table.read.sentences[s]
        let tokens = table.read.tokens
        let cues = table.lexicon.cues
        guard let cue = range.first(where: { k in
            table.cue(.participation, k) || cues.match(.participation, in: tokens, at: k, limit: range.upperBound) != nil
        }) else { return nil }
        var states: Set<String> = []
        var k = cue
        while k < range.upperBound {
            guard let m = table.at[k] else { k += 1; continue }
            if let code = table.stateCode(m) { states.insert(code) }
            k = max(k + 1, m.end)
        }
        return states.count >= 3 ? states : nil
    }
}
