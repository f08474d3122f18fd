import ChanceryCore

extension DocumentAssembler {
    /// "Les travaux de la XIe session … ont été précédés d'une réunion des experts du 2 au 4 février", "preceded by a
    /// meeting of senior officials on Friday": the meeting of experts or senior officials that prepares a session the
    /// story tells, on days before it, is that body's session at their level, of the same number; one held within the
    /// session's days is its own work ("Les travaux se sont ouverts mardi par une réunion des experts").
    func preparatoryMeetingsAsSessions(_ frames: inout [Frame]) {
        // The meetings of experts held within a session's days: its own work, no event of their own.
        var within: [Int] = []
        defer { for k in within.reversed() { frames.remove(at: k) } }
        for k in frames.indices where frames[k].isGenericMeeting && frames[k].event.type == .meeting && !frames[k].background {
            let trigger = frames[k].trigger
            let sentence = table.read.sentences[frames[k].sentence]
            // The level's words just after the meeting's ("réunion des experts", "meeting of senior officials",
            // "اجتماع كبار المسؤولين") or just before ("a senior officials' meeting").
            let after = trigger.upperBound..<min(sentence.upperBound, trigger.upperBound + 3)
            let before = max(sentence.lowerBound, trigger.lowerBound - 3)..<trigger.lowerBound
            let levelWords = { (k: Int) in table.cueLength(.officialsLevel, at: k, limit: sentence.upperBound) != nil }
            guard let levelAt = after.first(where: levelWords) ?? before.first(where: levelWords) else { continue }
            let here = frames[k].sentence
            guard let session = frames.indices.filter({ j in
                      frames[j].event.type == .commissionSession && !frames[j].background && frames[j].level == .principals
                          && abs(frames[j].sentence - here) <= 3
                  }).min(by: { abs(frames[$0].sentence - here) < abs(frames[$1].sentence - here) }) else { continue }
            // (Held before the session proper begins, not as its first day: "Les travaux se sont ouverts mardi par une
            // réunion des experts" is the session's own opening.)
            guard let own = frames[k].event.endDate ?? frames[k].event.date, let proper = frames[session].event.date else { continue }
            if frames.contains(where: { other in
                other.event.type == .commissionSession && other.level == .principals && !other.background
                    && other.event.date.map { $0.firstDay <= own.firstDay && own.lastDay <= (other.event.endDate ?? $0).lastDay } ?? false
            }) {
                within.append(k)
                continue
            }
            guard own.lastDay < proper.firstDay else { continue }
            // ("la session ministérielle": a session named by its noun alone is of the body the story named before.)
            guard let named = frames[session].event.body
                    ?? frames[..<session].last(where: { $0.event.type == .commissionSession && $0.event.body != nil })?.event.body else { continue }
            let length = table.cueLength(.officialsLevel, at: levelAt, limit: sentence.upperBound) ?? 1
            let phraseEnd = levelAt + max(1, length)
            let phrase = table.read.text(min(trigger.lowerBound, levelAt)..<max(trigger.upperBound, phraseEnd))
            let body = named + " (" + phrase + ")"
            frames[k].event.type = .commissionSession
            frames[k].event.body = body
            frames[k].event.ordinal = frames[session].event.ordinal
            frames[k].event.countries = frames[session].event.countries
            frames[k].event.organizations = frames[session].event.organizations
            frames[k].event.participants = []
            frames[k].event.mode = nil
            frames[k].level = .officials
            frames[k].isGenericMeeting = false
            frames[k].reference = nil
            frames[k].ownParties = true
            frames[k].note("trigger", EventType.commissionSession.rawValue, words: phrase,
                           rule: "the meeting of experts or senior officials that prepares the session told beside it")
        }
    }

}
