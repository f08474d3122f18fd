import ChanceryCore

/// Stage 5, second half: the document's events, with what one event tells of another filled in.
///
/// A signing or a session told without its date took place at the meeting of the same parties; an event told without
/// names was led by the people of its parties' other event, or by its parties' officials the story opens with; the
/// story's first event takes the lead's day, or the publication's; an encounter with no place of its own, held by the
/// state of the dateline, took place in the dateline's city.
struct DocumentAssembler {
    let table: MentionTable
    let context: DocumentContext
    let names = NameMatcher()

    func events(from frames: [Frame]) -> [Frame] {
        var frames = frames
        dropDeniedReports(&frames)
        inheritRecalledTime(&frames)
        shareSentenceFuture(&frames)
        dateUnderHeadings(&frames)
        partiesFromAttendance(&frames)
        splitByListedVisitors(&frames)
        dropTourSummaries(&frames)
        preparatoryMeetingsAsSessions(&frames)
        frames = FrameMerger(read: table.read, names: names).merge(frames)
        placeProtagonist(&frames)
        datePostponedFromNext(&frames)
        nameBodiesByHead(&frames)
        borrowDates(&frames)
        borrowDetails(&frames)
        joinVideoMeetings(&frames)
        joinRecalledEpisodes(&frames)
        datePrincipalEvent(&frames)
        dateByNarrative(&frames)
        joinMultilateralMeetings(&frames)
        placeBesideMultilateral(&frames)
        placeUnderHeadings(&frames)
        placeAtDateline(&frames)
        return frames
    }

    /// The protagonist named without a state ("Sophie Vandermeulen, le Néerlandais Pieter de Graaf et le
    /// Luxembourgeois Claude Weber") is of the state the story follows them for.
    func placeProtagonist(_ frames: inout [Frame]) {
        for k in frames.indices {
            guard let i = frames[k].event.participants.firstIndex(where: { $0.country == nil && context.protagonistState(of: $0) != nil }),
                  let state = context.protagonistState(of: frames[k].event.participants[i]) else { continue }
            let protagonist = frames[k].event.participants[i]
            frames[k].event.participants[i].country = state
            let countries = frames[k].event.countries
            if !countries.contains(state) {
                frames[k].event.countries = (countries + [state]).sorted()
                frames[k].note("countries", (countries + [state]).sorted().joined(separator: " "), words: protagonist.name,
                               rule: "the state of the protagonist the story follows")
            }
        }
    }

    /// A signing or session of no date of its own, reported as done, took place at the meeting of the same parties.
    func borrowDates(_ frames: inout [Frame]) {
        // (A planned one takes the day of the visit it is planned for: "سيلتقي خلال الزيارة …".)
        for k in frames.indices where frames[k].event.date == nil && !frames[k].background && !underHeading(k, frames) {
            let event = frames[k].event
            // A call is not part of a visit (or the reverse): a meeting takes no date from one held another way.
            let dated = frames.indices.filter { j in
                let other = frames[j].event
                return j != k && other.countries == event.countries && other.date != nil && other.status == event.status && !frames[j].background
                    && (event.type != .meeting || other.type != .meeting || (other.mode ?? .inPerson) == (event.mode ?? .inPerson))
            }
            // (The talks a signing followed, rather than the visit of several days they were part of: the nearest
            // encounter told before it that is not a visit, else the nearest.)
            let meetings = dated.filter { frames[$0].event.type == .meeting }
            let sentences = frames.map(\.sentence)
            let here = frames[k].sentence
            func nearest(_ candidates: [Int]) -> Int? {
                candidates.min { a, b in
                    let (x, y) = (sentences[a], sentences[b])
                    return (x <= here ? here - x : 1000 + x - here) < (y <= here ? here - y : 1000 + y - here)
                }
            }
            let visits = Set(frames.indices.filter { frames[$0].isVisit })
            // ("À la clôture de la session, les deux coprésidents ont signé …": the event its own sentence names as
            // the occasion, before any other of the same parties.)
            let occasion = dated.filter { !visits.contains($0) && (frames[$0].sentence == here || frames[$0].toldAgain.contains(here)) }
            // ("À l'issue des travaux, MM. X et Y ont signé …", "وفي ختام أعمال الدورة": at the close of the session told
            // before, not of the audience of the day before.)
            let sentence = table.read.sentences[frames[k].sentence]
            let atClose = sentence.prefix(6).contains { table.cue(.closing, $0) }
            // (The session proper, whose co-chairs sign, not the meeting of experts that prepared it.)
            let sessions = atClose ? dated.filter { frames[$0].event.type == .commissionSession && frames[$0].sentence < here && frames[$0].level == .principals } : []
            if let donor = nearest(occasion) ?? nearest(sessions) ?? nearest(meetings.filter { !visits.contains($0) }) ?? nearest(meetings) ?? dated.first(where: { frames[$0].event.type != event.type }) {
                let donorEvent = frames[donor].event
                frames[k].event.date = donorEvent.date
                // "Au terme des travaux, … ont signé": at the close of a session of several days, its last day.
                if let last = donorEvent.endDate, sentence.contains(where: { table.cue(.closing, $0) }) { frames[k].event.date = last }
                let dated = frames[k].event.date?.description ?? ""
                frames[k].note("date", dated, words: nil,
                               rule: "the date of the \(donorEvent.type == .meeting ? "meeting" : "event") of the same parties")
                // ("At the conclusion of the Session, the two Co-Chairs signed …": where that session was held.)
                if atClose, donorEvent.type == .commissionSession, frames[k].event.location == nil, let place = donorEvent.location {
                    frames[k].event.location = place
                    frames[k].note("location", place.name, words: nil, rule: "the place of the session it closed")
                }
            }
        }
    }

    /// An event put off with no new day in its sentence takes the one the next sentence gives it when that sentence
    /// speaks of it by a pronoun, in the future: "… was pushed back. It will now be held in Abuja on October 27-28."
    func datePostponedFromNext(_ frames: inout [Frame]) {
        let sentences = table.read.sentences
        let tokens = table.read.tokens
        for k in frames.indices where frames[k].event.date == nil {
            guard let told = frames[k].postponedIn else { continue }
            let next = told + 1
            guard next < sentences.count, let first = sentences[next].first else { continue }
            let future = { (j: Int) -> Bool in
                tokens[j].isArabic && TimeReader.isFutureVerb(tokens[j].text) || table.cue(.futureAuxiliary, j) || table.has(j) { $0 == .planned }
            }
            guard table.cue(.eventPronoun, first) || tokens[first].isArabic && future(first),
                  sentences[next].contains(where: future), let item = table.dates(inSentence: next).first else { continue }
            let (date, end) = DateResolver.resolve(item.expression, published: table.reference, planned: true)
            guard let date, date.precision != .year || table.reference.map({ date.firstDay > $0.lastDay }) ?? true else { continue }
            frames[k].event.date = date
            frames[k].event.endDate = end
            frames[k].note("date", date.description, words: nil, rule: "the new day the next sentence gives")
            // ("It will now be held in Abuja on October 27-28": and its place, where the sentence writes one as a place.)
            let parties = PartyReader(table: table, context: context)
            if let m = table.mentions(inSentence: next).first(where: { table.city($0) != nil && parties.locative($0, floor: sentences[next].lowerBound) }),
               let city = table.city(m) {
                frames[k].event.location = Location(name: city.name, country: city.code)
                frames[k].note("location", city.name, words: table.read.text(m.start..<m.end), rule: "the place the next sentence gives")
            }
        }
    }

    /// An event told as done, with no date of its own, below a heading or a sentence that opens on a day ("Day two:
    /// talks", "الثلاثاء كان اليوم الأهم.") with no dated event between, took place that day: dated before frames
    /// merge, so that it is not taken for the visit of other days the lead tells.
    func dateUnderHeadings(_ frames: inout [Frame]) {
        // (Not the page's date line or the release's, "Islamabad: 16-06-2026", above the headline: the day of
        // publication, which heads the whole story.)
        let firstTold = frames.map(\.sentence).min() ?? 0
        let headings = context.headingDates.filter { $0.sentence > firstTold || $0.date != table.reference }
        guard !headings.isEmpty else { return }
        // (A meeting that names its own parties: a reference back, a signing or a session finds its day once merged.)
        for k in frames.indices where frames[k].event.date == nil && !frames[k].background && frames[k].event.status == .occurred
            && frames[k].event.type == .meeting && frames[k].reference == nil && frames[k].sentence >= table.read.headlineSentences {
            let here = frames[k].sentence
            // (The day the sentence just before names, when it tells no event, is nearer: see `dateByNarrative`.)
            if let day = dayOfSentence(before: here, frames), !headings.contains(where: { $0.sentence == here - 1 }) {
                frames[k].event.date = day
                frames[k].note("date", day.description, words: nil, rule: "the day the sentence before names")
                continue
            }
            guard let heading = headings.last(where: { $0.sentence < here }),
                  !frames.contains(where: { $0.event.date != nil && !$0.background && $0.sentence > heading.sentence && $0.sentence < here })
            else { continue }
            frames[k].event.date = heading.date
            frames[k].note("date", heading.date.description, words: nil, rule: "the day of the heading above it")
        }
    }

    /// True when a heading or a sentence opening on a day ("Lundi : le tête-à-tête") stands between frame `k` and
    /// the events told before it: the narrative dates it.
    func underHeading(_ k: Int, _ frames: [Frame]) -> Bool {
        let here = frames[k].sentence
        let before = frames.indices.filter { frames[$0].sentence < here && frames[$0].event.date != nil }
            .map { j in ([frames[j].sentence] + frames[j].toldAgain).filter { $0 < here }.max() ?? frames[j].sentence }.max() ?? -1
        return context.headingDates.contains { $0.sentence < here && $0.sentence > before }
    }

    /// "Tuesday: Tashkent … Motegi and Saidov signed two memoranda": an event of no place of its own, told below a
    /// line naming a stage of the tour in one of its parties, took place there.
    private func placeUnderHeadings(_ frames: inout [Frame]) {
        let headings = context.headingPlaces
        guard !headings.isEmpty else { return }
        for k in frames.indices where frames[k].event.location == nil && !frames[k].background && frames[k].event.status == .occurred
            && (frames[k].event.mode ?? .inPerson) == .inPerson {
            let here = frames[k].sentence
            guard let heading = headings.last(where: { $0.sentence < here }),
                  let country = heading.location.country, frames[k].event.countries.contains(country) else { continue }
            frames[k].event.location = heading.location
            frames[k].note("location", heading.location.name, words: nil, rule: "the stage of the tour named above it")
        }
    }

    /// "On the sidelines, Fidan held a separate meeting with …": an encounter held apart, of no place of its own, was
    /// where the meeting of several states it was held beside took place that day.
    func placeBesideMultilateral(_ frames: inout [Frame]) {
        for k in frames.indices where frames[k].apart && frames[k].event.location == nil && !frames[k].background {
            let event = frames[k].event
            guard event.type == .meeting, (event.mode ?? .inPerson) == .inPerson, let day = event.date, day.precision == .day,
                  let host = frames.first(where: { $0.event.type == .meeting && $0.event.date == day && $0.event.countries.count >= 3
                      && !$0.background && !Set($0.event.countries).isDisjoint(with: event.countries) }),
                  let place = host.event.location else { continue }
            frames[k].event.location = place
            frames[k].note("location", place.name, words: nil, rule: "the place of the meeting it was held beside")
        }
    }

    /// "اتفقا على عقد الاجتماع الرابع للجنة", "la prochaine session de la commission": a session of a body named by its
    /// head alone is a session of the body the story named in full, and of its parties unless its own words named them.
    func nameBodiesByHead(_ frames: inout [Frame]) {
        for k in frames.indices where frames[k].event.type == .commissionSession && (frames[k].event.body.map(Self.isBareHead) ?? true) {
            let event = frames[k].event
            let here = frames[k].sentence
            // (The nearest told before it, else after; one of other parties only when this one's were the story's guess
            // and are among that body's: "the 21st session of the commission" after the Tunisian-Libyan one.)
            let candidates = frames.indices.filter { j in
                j != k && frames[j].event.type == .commissionSession && frames[j].event.body.map { !Self.isBareHead($0) } ?? false
                    // (Not the name given to the meeting of experts that prepared a session: its level is its own.)
                    && frames[j].level == frames[k].level
                    && (frames[j].event.countries == event.countries || !frames[k].ownParties && frames[j].ownParties
                        && frames[j].sentence < here && Set(event.countries).isSubset(of: frames[j].event.countries))
            }
            let before = candidates.filter { frames[$0].sentence <= here }.max { frames[$0].sentence < frames[$1].sentence }
            guard let donor = before ?? candidates.min(by: { frames[$0].sentence < frames[$1].sentence }),
                  let named = frames[donor].event.body else { continue }
            frames[k].event.body = named
            frames[k].note("body", named, words: nil, rule: "the body the story named in full")
            let parties = frames[donor].event
            if parties.countries != event.countries {
                frames[k].event.countries = parties.countries
                frames[k].event.organizations = parties.organizations
                frames[k].note("countries", parties.countries.joined(separator: " "), words: nil, rule: "the parties of that body")
            }
        }
    }

    /// True for a body's name that is its head noun alone: "اللجنة", "la commission", "the Council".
    static func isBareHead(_ body: String) -> Bool {
        let words = body.split(separator: " ")
        return words.count == 1 || words.count == 2 && ["the", "la", "le", "l'"].contains(words[0].lowercased())
    }

    /// People and places one event gives another of the same parties.
    func borrowDetails(_ frames: inout [Frame]) {
        let everyone = names.fullNames(frames.flatMap(\.event.participants))
        // (Read once: the opening's sentences and officials do not change from one frame to the next.)
        let lead = openingSentences
        let openingPeople = lead.flatMap { table.people(inSentence: $0) }
        let officials = openingOfficials(known: frames.flatMap(\.event.participants), in: lead)
        for k in frames.indices {
            let event = frames[k].event
            // (A signing at the close of a session, "وأبرمت في ختام أعمال الدورة", is by the session's co-chairs.)
            let closedSession = event.type == .agreement && toldAtClose(frames[k]) ? frames.indices.first { j in
                frames[j].event.type == .commissionSession && frames[j].event.countries == event.countries && frames[j].sentence <= frames[k].sentence
                    && !frames[j].event.participants.isEmpty && !frames[j].background
            } : nil
            if let donor = frames.first(where: { $0.event.type == .meeting && $0.event.countries == event.countries && $0.event.date == event.date
                && !$0.background }), !frames[k].background {
                if event.participants.isEmpty, closedSession == nil { frames[k].event.participants = donor.event.participants }
                // A call has no place.
                if event.location == nil, (event.mode ?? .inPerson) == .inPerson, let place = donor.event.location {
                    frames[k].event.location = place
                    frames[k].note("location", place.name, words: nil, rule: "the place of the meeting of the same parties")
                }
            }
            // A signing or session told without names was led by the people of the same parties' other event.
            if frames[k].event.participants.isEmpty, event.type != .meeting || event.status == .occurred, !frames[k].background {
                // (A meeting takes no one from a call of the same parties, nor a call from a visit: they are other encounters.)
                let donors = frames.indices.filter { j in
                    j != k && frames[j].event.countries == event.countries && frames[j].event.status == event.status
                        && !frames[j].event.participants.isEmpty && !frames[j].background
                        && (event.type != .meeting || frames[j].event.type != .meeting || frames[j].event.mode == event.mode)
                }
                if let donor = closedSession ?? donors.first(where: { frames[$0].event.type == .meeting }) ?? donors.first {
                    frames[k].event.participants = frames[donor].event.participants
                }
            }
            // Still no one: the officials of its parties that the story's opening names.
            if frames[k].event.participants.isEmpty, event.type != .commissionSession || event.status == .occurred, !frames[k].background {
                var opening: [Participant] = []
                for found in openingPeople where found.organization == nil && found.participant.role != nil {
                    let person = found.participant
                    if let country = person.country, event.countries.contains(country), !opening.contains(where: { names.same($0, person) }) {
                        opening.append(person)
                    }
                }
                if Set(opening.compactMap(\.country)).count >= 2 { frames[k].event.participants = opening }
            }
            // A party still without anyone, in a meeting told as done: the one official of it the opening names ("Bourita
            // a eu des entretiens avec … Il s'est aussi entretenu avec …").
            if event.type == .meeting, event.status == .occurred, !frames[k].background {
                for code in event.countries where !frames[k].event.participants.contains(where: { $0.country == code }) {
                    let named = officials.filter { $0.country == code }
                    if named.count == 1 { frames[k].event.participants.append(named[0]) }
                }
            }
            frames[k].event.participants = names.resolve(frames[k].event.participants, fullNames: everyone)
            if frames[k].event.participants.filter({ $0.country != nil }).count >= 2 {
                // Signatories listed one by one ("وقعها الدكتور …، وزير الصحة") are named without a state; keep them.
                let signing = event.type == .agreement
                frames[k].event.participants.removeAll { $0.country == nil && (!signing || $0.name.split(separator: " ").count < 2) }
            }
        }
    }

    /// True when a sentence that tells the frame opens at the close of something: "وأبرمت في ختام أعمال الدورة", "À
    /// l'issue des travaux", "Committee concludes its session by signing".
    func toldAtClose(_ frame: Frame) -> Bool {
        ([frame.sentence] + frame.toldAgain).contains { s in table.read.sentences[s].prefix(6).contains { table.cue(.closing, $0) } }
    }

    /// The story's first five sentences of five words or more: not a page's menu and header lines.
    private var openingSentences: [Int] {
        let tokens = table.read.tokens
        let sentences = table.read.sentences
        return Array(sentences.indices.lazy.filter { s in sentences[s].lazy.filter { tokens[$0].kind == .word }.count >= 5 }.prefix(5))
    }

    /// The titled officials of states that the story's first sentences name, each once.
    func openingOfficials(known: [Participant], in lead: [Int]) -> [Participant] {
        var opening: [Participant] = []
        for s in lead {
            for found in table.people(inSentence: s) where found.organization == nil && found.participant.role != nil {
                // ("The Minister of Foreign Affairs, Dato' Seri Hafiz Rahman Ismail, concluded his visit …" in the
                // ministry's release: the protagonist, of the state the story follows.)
                var person = found.participant
                // (Or the state another event of the story gave the same person.)
                if person.country == nil {
                    person.country = context.protagonistState(of: person)
                        ?? known.first(where: { $0.country != nil && names.same($0, person) })?.country
                }
                guard person.country != nil else { continue }
                if !opening.contains(where: { names.same($0, person) }) { opening.append(person) }
            }
        }
        return names.resolve(opening, fullNames: names.fullNames(opening))
    }
}
