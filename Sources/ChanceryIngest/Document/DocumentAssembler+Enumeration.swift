import ChanceryCore

extension DocumentAssembler {
    /// "Le président a reçu les lettres de créance de quatre nouveaux ambassadeurs. Il s'agit des ambassadeurs du
    /// Brésil, M. …, du Nigeria, M. …": a reception of people the next sentence lists, one by one, is one encounter
    /// with each of them.
    func splitByListedVisitors(_ frames: inout [Frame]) {
        let sentences = table.read.sentences
        var result: [Frame] = []
        for frame in frames {
            guard frame.hosts, frame.event.type == .meeting, !frame.background,
                  case let hosts = Set(frame.event.participants.compactMap(\.country)), hosts.count == 1, let host = hosts.first,
                  let next = (frame.sentence + 1..<sentences.count).first(where: { s in sentences[s].contains { table.read.tokens[$0].kind == .word } }),
                  !frames.contains(where: { $0.sentence == next }), opensWithEnumeration(next),
                  case let visitors = listedPeople(inSentence: next).filter({ $0.country != host }),
                  Set(visitors.compactMap(\.country)).count >= 2 else {
                result.append(frame)
                continue
            }
            var states: [String] = []
            for visitor in visitors where !states.contains(visitor.country!) { states.append(visitor.country!) }
            for state in states {
                var one = frame
                let pair = [host, state].sorted()
                one.event.countries = pair
                one.event.organizations = []
                one.event.participants = frame.event.participants.filter { $0.country == host } + visitors.filter { $0.country == state }
                one.ownParties = true
                one.anchored = true
                one.note("countries", pair.joined(separator: " "), words: table.read.text(sentences[next]),
                         rule: "one encounter with each of the people the next sentence lists")
                result.append(one)
            }
        }
        frames = result
    }

    /// True when sentence `s` begins by saying that a list follows: "Il s'agit de", "They are", "وهم".
    private func opensWithEnumeration(_ s: Int) -> Bool {
        let range = table.read.sentences[s]
        let tokens = table.read.tokens
        guard let first = range.first(where: { tokens[$0].kind == .word }) else { return false }
        return table.cueLength(.enumeration, at: first, limit: range.upperBound) != nil
    }

    /// The people a listing sentence names, each of the state named last before them when the finder gave none:
    /// "des ambassadeurs du Brésil, M. A, du Nigeria, M. B".
    private func listedPeople(inSentence s: Int) -> [Participant] {
        let range = table.read.sentences[s]
        var states: [(at: Int, code: String)] = []
        var k = range.lowerBound
        while k < range.upperBound {
            guard let m = table.at[k] else { k += 1; continue }
            if let code = table.stateCode(m) { states.append((m.start, code)) }
            k = max(k + 1, m.end)
        }
        var previousEnd = range.lowerBound
        var people: [Participant] = []
        let tokens = table.read.tokens
        for found in table.people(inSentence: s) where found.organization == nil {
            var person = found.participant
            // "Ambassador Lucia Ferri of Italy": the state written after the name, which a namesake's does not override.
            let after = found.nameRange.upperBound
            if after + 1 < range.upperBound, TokenWords.ofWords.contains(tokens[after]) {
                let at = TokenWords.singularArticles.contains(tokens[after + 1]) ? after + 2 : after + 1
                if at < range.upperBound, let m = table.at[at], let code = table.stateCode(m),
                   person.country == nil || found.countryCue == "an office holder's surname" {
                    person.country = code
                }
            }
            if person.country == nil {
                person.country = states.last(where: { $0.at >= previousEnd && $0.at < found.span.lowerBound })?.code
            }
            previousEnd = found.span.upperBound
            if person.country != nil { people.append(person) }
        }
        // (The list's one title is everyone's: "des ambassadeurs …, M. A, …, M. B".)
        if let role = people.first?.role, people.allSatisfy({ $0.role == nil || $0.role == role }) {
            for k in people.indices { people[k].role = role }
        }
        return people
    }
}
