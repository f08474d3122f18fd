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
        placeAtDateline(&frames)
        return frames
    }

    /// The protagonist named without a state ("Sophie Vandermeulen, le Néerlandais Pieter de Graaf et le
    /// Luxembourgeois Claude Weber") is of the state the story follows them for.
    private func placeProtagonist(_ frames: inout [Frame]) {
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
    private func borrowDates(_ frames: inout [Frame]) {
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
            let sessions = atClose ? dated.filter { frames[$0].event.type == .commissionSession && frames[$0].sentence < here } : []
            if let donor = nearest(occasion) ?? nearest(sessions) ?? nearest(meetings.filter { !visits.contains($0) }) ?? nearest(meetings) ?? dated.first(where: { frames[$0].event.type != event.type }) {
                let donorEvent = frames[donor].event
                frames[k].event.date = donorEvent.date
                // "Au terme des travaux, … ont signé": at the close of a session of several days, its last day.
                if let last = donorEvent.endDate, sentence.contains(where: { table.cue(.closing, $0) }) { frames[k].event.date = last }
                frames[k].note("date", donorEvent.date?.description ?? "", words: nil,
                               rule: "the date of the \(donorEvent.type == .meeting ? "meeting" : "event") of the same parties")
            }
        }
    }

    /// An event put off with no new day in its sentence takes the one the next sentence gives it when that sentence
    /// speaks of it by a pronoun, in the future: "… was pushed back. It will now be held in Abuja on October 27-28."
    private func datePostponedFromNext(_ frames: inout [Frame]) {
        let sentences = table.read.sentences
        let tokens = table.read.tokens
        for k in frames.indices where frames[k].postponed && frames[k].event.date == nil {
            let next = frames[k].sentence + 1
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
        }
    }

    /// An event told as done, with no date of its own, below a heading or a sentence that opens on a day ("Day two:
    /// talks", "الثلاثاء كان اليوم الأهم.") with no dated event between, took place that day: dated before frames
    /// merge, so that it is not taken for the visit of other days the lead tells.
    private func dateUnderHeadings(_ frames: inout [Frame]) {
        // (Not the page's date line or the release's, "Islamabad: 16-06-2026", above the headline: the day of
        // publication, which heads the whole story.)
        let firstTold = frames.map(\.sentence).min() ?? 0
        let headings = context.headingDates.filter { $0.sentence > firstTold || $0.date != table.reference }
        guard !headings.isEmpty else { return }
        // (A meeting that names its own parties: a reference back, a signing or a session finds its day once merged.)
        for k in frames.indices where frames[k].event.date == nil && !frames[k].background && frames[k].event.status == .occurred
            && frames[k].event.type == .meeting && frames[k].reference == nil && frames[k].sentence >= table.read.headlineSentences {
            let here = frames[k].sentence
            guard let heading = headings.last(where: { $0.sentence < here }),
                  !frames.contains(where: { $0.event.date != nil && !$0.background && $0.sentence > heading.sentence && $0.sentence < here })
            else { continue }
            frames[k].event.date = heading.date
            frames[k].note("date", heading.date.description, words: nil, rule: "the day of the heading above it")
        }
    }

    /// True when a heading or a sentence opening on a day ("Lundi : le tête-à-tête") stands between frame `k` and
    /// the events told before it: the narrative dates it.
    private func underHeading(_ k: Int, _ frames: [Frame]) -> Bool {
        let here = frames[k].sentence
        let before = frames.indices.filter { frames[$0].sentence < here && frames[$0].event.date != nil }
            .map { j in ([frames[j].sentence] + frames[j].toldAgain).filter { $0 < here }.max() ?? frames[j].sentence }.max() ?? -1
        return context.headingDates.contains { $0.sentence < here && $0.sentence > before }
    }

    /// "On the sidelines, Fidan held a separate meeting with …": an encounter held apart, of no place of its own, was
    /// where the meeting of several states it was held beside took place that day.
    private func placeBesideMultilateral(_ frames: inout [Frame]) {
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
    private func nameBodiesByHead(_ frames: inout [Frame]) {
        for k in frames.indices where frames[k].event.type == .commissionSession && (frames[k].event.body.map(Self.isBareHead) ?? true) {
            let event = frames[k].event
            let here = frames[k].sentence
            // (The nearest told before it, else after; one of other parties only when this one's were the story's guess
            // and are among that body's: "the 21st session of the commission" after the Tunisian-Libyan one.)
            let candidates = frames.indices.filter { j in
                j != k && frames[j].event.type == .commissionSession && frames[j].event.body.map { !Self.isBareHead($0) } ?? false
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
    private static func isBareHead(_ body: String) -> Bool {
        let words = body.split(separator: " ")
        return words.count == 1 || words.count == 2 && ["the", "la", "le", "l'"].contains(words[0].lowercased())
    }

    /// People and places one event gives another of the same parties.
    private func borrowDetails(_ frames: inout [Frame]) {
        let everyone = names.fullNames(frames.flatMap(\.event.participants))
        for k in frames.indices {
            let event = frames[k].event
            if let donor = frames.first(where: { $0.event.type == .meeting && $0.event.countries == event.countries && $0.event.date == event.date
                && !$0.background }), !frames[k].background {
                if event.participants.isEmpty { frames[k].event.participants = donor.event.participants }
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
                if let donor = donors.first(where: { frames[$0].event.type == .meeting }) ?? donors.first {
                    frames[k].event.participants = frames[donor].event.participants
                }
            }
            // Still no one: the officials of its parties that the story's opening names.
            if frames[k].event.participants.isEmpty, event.type != .commissionSession || event.status == .occurred, !frames[k].background {
                var opening: [Participant] = []
                for s in 0..<min(5, table.read.sentences.count) {
                    for found in table.people(inSentence: s) where found.organization == nil && found.participant.role != nil {
                        let person = found.participant
                        if let country = person.country, event.countries.contains(country), !opening.contains(where: { names.same($0, person) }) {
                            opening.append(person)
                        }
                    }
                }
                if Set(opening.compactMap(\.country)).count >= 2 { frames[k].event.participants = opening }
            }
            // A party still without anyone, in a meeting told as done: the one official of it the opening names ("Bourita
            // a eu des entretiens avec … Il s'est aussi entretenu avec …").
            if event.type == .meeting, event.status == .occurred, !frames[k].background {
                for code in event.countries where !frames[k].event.participants.contains(where: { $0.country == code }) {
                    let named = openingOfficials.filter { $0.country == code }
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

    /// The titled officials of states that the story's first sentences name, each once.
    private var openingOfficials: [Participant] {
        var opening: [Participant] = []
        for s in 0..<min(5, table.read.sentences.count) {
            for found in table.people(inSentence: s) where found.organization == nil && found.participant.role != nil && found.participant.country != nil {
                if !opening.contains(where: { names.same($0, found.participant) }) { opening.append(found.participant) }
            }
        }
        return names.resolve(opening, fullNames: names.fullNames(opening))
    }

    /// A virtual meeting of several states is told piecemeal ("X joined the video call", "Y attended the virtual
    /// meeting"): a reading that shares a state with a video meeting, is undated or of its day, and is itself remote or
    /// undated, is that meeting.
    private func joinVideoMeetings(_ frames: inout [Frame]) {
        var v = 0
        while v < frames.count {
            let a = frames[v].event
            guard a.type == .meeting, a.mode == .video, !frames[v].background, let n = frames.indices.first(where: { k in
                let b = frames[k].event
                // (A phone call between two states is a call of its own: "received a call from Brazil's minister …
                // also held a video call with Spain's".)
                return k != v && b.type == .meeting && b.status == a.status && !Set(a.countries).isDisjoint(with: b.countries)
                    && Self.overlap(a.date, b.date) && (b.mode != .inPerson || b.date == nil) && !frames[k].background
                    && !(b.mode == .phone && b.countries.count == 2 && a.countries.count == 2)
            }) else { v += 1; continue }
            frames[v] = joined(frames[v], frames[n])
            frames.remove(at: n)
            if n < v { v -= 1 }
        }
    }

    /// A meeting of three or more states is told piecemeal ("he spoke with his counterparts from Egypt, Jordan and
    /// France"; "the German minister joined by video"): readings of the same day that share a state are one meeting.
    private func joinMultilateralMeetings(_ frames: inout [Frame]) {
        var m = 0
        while m < frames.count {
            let a = frames[m].event
            if a.type == .meeting, let day = a.date, day.precision == .day,
               let n = frames.indices.first(where: { $0 > m && frames[$0].event.type == .meeting && frames[$0].event.date == day
                   && frames[$0].event.status == a.status
                   && (a.countries.count >= 3 || frames[$0].event.countries.count >= 3)
                   // (Nor one held on the sidelines or apart: "On the sidelines, Fidan held a separate meeting with …".)
                   && !frames[m].apart && !frames[$0].apart
                   // (Not two encounters each told with its own parties: "met Senegal's president … then received
                   // Ethiopia's prime minister".)
                   && !(frames[m].ownParties && frames[$0].ownParties && frames[m].reference == nil && frames[$0].reference == nil)
                   && !Set(a.countries).isDisjoint(with: frames[$0].event.countries) }) {
                frames[m] = joined(frames[m], frames[n])
                frames.remove(at: n)
                continue
            }
            m += 1
        }
    }

    private func joined(_ a: Frame, _ b: Frame) -> Frame {
        var result = a
        result.event.countries = Array(Set(a.event.countries).union(b.event.countries)).sorted()
        result.event.organizations = Array(Set(a.event.organizations).union(b.event.organizations)).sorted()
        result.event.participants = names.resolve(a.event.participants + b.event.participants, fullNames: names.fullNames(a.event.participants + b.event.participants))
        if let other = b.event.date, a.event.date.map({ $0.precision < other.precision }) ?? true {
            result.event.date = other
            result.event.endDate = b.event.endDate
        }
        result.event.location = a.event.location ?? b.event.location
        result.note("merge", "sentence \(b.sentence + 1)", words: table.read.text(b.trigger), rule: "one meeting of several states told piecemeal")
        return result
    }

    /// "A newspaper reported that the minister had met … Addis Ababa denied it within hours": a report the next
    /// sentence opens by denying tells of no event.
    private func dropDeniedReports(_ frames: inout [Frame]) {
        let sentences = table.read.sentences
        frames.removeAll { frame in
            let s = frame.sentence
            guard s + 1 < sentences.count else { return false }
            let reported = (sentences[s].lowerBound..<frame.trigger.lowerBound).contains { table.cue(.reporting, $0) }
            let next = sentences[s + 1]
            // (Denying what was just told: "denied it", "a démenti cette information", "نفت ذلك"; not "denied reports
            // of tension".)
            let tokens = table.read.tokens
            return reported && (next.lowerBound..<min(next.upperBound, next.lowerBound + 8)).contains { k in
                table.cue(.denial, k) && (k + 1..<min(next.upperBound, k + 5)).contains { j in
                    table.cue(.demonstrative, j) || TokenWords.objectPronouns.contains(tokens[j])
                }
            }
        }
    }

    /// "Modi recalled his visit to Muscat in December 2025, during which the two countries signed the CEPA": what a
    /// relative clause tells of an earlier event happened then.
    private func inheritRecalledTime(_ frames: inout [Frame]) {
        let tokens = table.read.tokens
        for k in frames.indices where frames[k].event.date == nil {
            let frame = frames[k]
            // (The relative clause may open before the earlier event's trigger and go on past it: "زيارة الدولة التي قام
            // بها … وأجرى خلالها مباحثات …، ووقع الجانبان في ختامها اتفاقية".)
            let floor = table.read.sentences[frame.sentence].lowerBound
            guard let earlier = frames.last(where: { other in
                guard other.background, other.event.date != nil, other.sentence == frame.sentence,
                      other.trigger.upperBound <= frame.trigger.lowerBound else { return false }
                return (floor..<frame.trigger.lowerBound).contains { table.cue(.relative, $0) }
                    && !(other.trigger.upperBound..<frame.trigger.lowerBound).contains { TokenWords.strongStops.contains(tokens[$0]) }
            }) else { continue }
            frames[k].background = true
            frames[k].event.date = earlier.event.date
            frames[k].note("date", earlier.event.date?.description ?? "", words: nil, rule: "the earlier event whose relative clause tells of it")
        }
        // An earlier event the story recalls is kept only with a time of its own or of the event it belongs to.
        frames.removeAll { $0.background && $0.event.date == nil }
    }

    /// "أوضح المتحدث أن الرئيس سيعقد … جلسة مباحثات، يترأس الزعيمان عقبها الاجتماع الثاني …": an event of no tense
    /// and no date of its own, told after one announced in the same sentence, is announced with it, on its day.
    private func shareSentenceFuture(_ frames: inout [Frame]) {
        let tokens = table.read.tokens
        for k in frames.indices where (frames[k].event.date == nil || frames[k].yearlessDate) && frames[k].event.status == .occurred
            && (!frames[k].background || frames[k].oldOnlyByItsMonth) && !frames[k].statusCued {
            let frame = frames[k]
            guard let planned = frames.last(where: { other in
                other.sentence == frame.sentence && other.event.status == .planned && other.event.date != nil && !other.background
                    && other.trigger.upperBound <= frame.trigger.lowerBound
                    && !(other.trigger.upperBound..<frame.trigger.lowerBound).contains { TokenWords.strongStops.contains(tokens[$0]) }
            }), let ahead = planned.event.date else { continue }
            frames[k].event.status = .planned
            // ("the Foreign Secretaries would meet on June 27-28, followed by a meeting of the ministers in August": its
            // own month, in the year that puts it after the one announced before it.)
            if let own = frame.event.date, own.precision != .year {
                var year = ahead.year
                if let month = own.month, let aheadMonth = ahead.month, month < aheadMonth { year += 1 }
                if let moved = PartialDate(year: year, month: own.month, day: own.day) {
                    frames[k].background = false
                    frames[k].event.date = moved
                    frames[k].event.endDate = frame.event.endDate.flatMap { PartialDate(year: year, month: $0.month, day: $0.day) }
                    frames[k].note("status", "planned", words: nil, rule: "told after an event announced in its sentence")
                    frames[k].note("date", moved.description, words: nil, rule: "its own month, after the event announced before it in its sentence")
                }
                continue
            }
            if frame.background { frames[k].event.status = .occurred; continue }
            frames[k].event.date = planned.event.date
            frames[k].note("status", "planned", words: nil, rule: "told after an event announced in its sentence")
            frames[k].note("date", planned.event.date?.description ?? "", words: nil, rule: "the day of the event announced before it in its sentence")
        }
    }

    /// "وكان أخنوش قد زار لشبونة سنة 2023، حيث أجرى مباحثات مع نظيره": an undated encounter told in the sentence of
    /// an earlier one of the same parties is part of it, not the story's own.
    private func joinRecalledEpisodes(_ frames: inout [Frame]) {
        var k = 0
        while k < frames.count {
            let event = frames[k].event
            if event.date == nil, !frames[k].background, event.type == .meeting,
               let j = frames.indices.first(where: { j in j != k && frames[j].background && frames[j].sentence == frames[k].sentence
                   && frames[j].event.type == .meeting && frames[j].event.countries == event.countries }) {
                frames[j] = FrameMerger(read: table.read, names: names).combine(frames[j], frames[k])
                frames.remove(at: k)
                continue
            }
            k += 1
        }
    }

    /// The story's first event, undated, took place on the day its lead gives, else on its publication day.
    /// (When the lead only sums up what the story then tells day by day, "Three days, a dozen talks and a signed
    /// declaration", the event takes the day above its later telling instead.)
    private func datePrincipalEvent(_ frames: inout [Frame]) {
        guard let first = frames.indices.first(where: { !frames[$0].background }), frames[first].event.date == nil,
              frames[first].event.status == .occurred else { return }
        let frame = frames[first]
        if let later = frame.toldAgain.max(),
           let day = context.headingDates.last(where: { $0.sentence > frame.sentence && $0.sentence <= later }) {
            frames[first].event.date = day.date
            frames[first].note("date", day.date.description, words: nil, rule: "the day told above its later telling")
            return
        }
        guard let date = context.leadDate ?? table.reference else { return }
        frames[first].event.date = date
        frames[first].note("date", date.description, words: nil,
                           rule: context.leadDate == nil ? "the story's principal event, on the day it was published" : "the day the lead gives")
    }

    /// An event told as done with no date of its own took place on the day of the dated event told before it ("He
    /// also received …"), else on the day the story speaks from.
    private func dateByNarrative(_ frames: inout [Frame]) {
        var last: (sentence: Int, date: PartialDate)?
        let headings = context.headingDates
        for k in frames.indices where !frames[k].background {
            if let date = frames[k].event.date {
                if frames[k].event.status == .occurred { last = (frames[k].sentence, date) }
                continue
            }
            guard frames[k].event.status == .occurred else { continue }
            // A heading ("Monday") after the last dated event dates what follows it.
            let heading = headings.last { $0.sentence < frames[k].sentence && $0.sentence > (last?.sentence ?? -1) }
            let rule = heading != nil ? "the day of the heading above it" : (last == nil ? "the day the story speaks from" : "the day of the event told before it")
            guard let date = heading?.date ?? last?.date ?? table.reference, date.precision == .day else { continue }
            frames[k].event.date = date
            frames[k].note("date", date.description, words: nil, rule: rule)
        }
    }

    /// An encounter held face to face, with no place of its own, by the state the story is filed from took place
    /// in the dateline's city.
    /// (Unless the story tells of a visit abroad over those days: "concluded his working visit to Baku …; on Monday
    /// the Minister held a bilateral meeting": an encounter of the visit's days took place where the visit did.)
    private func placeAtDateline(_ frames: inout [Frame]) {
        guard let city = table.dateline?.city, let country = city.country else { return }
        let visits = frames.filter { $0.isVisit && !$0.background && $0.event.location.map { $0.country != country } ?? false }
        for k in frames.indices where frames[k].event.location == nil && !frames[k].background
            && (frames[k].event.mode ?? .inPerson) == .inPerson && frames[k].event.status == .occurred
            && frames[k].event.countries.contains(country) {
            if let day = frames[k].event.date, let visit = visits.first(where: { visit in
                guard let first = visit.event.date else { return false }
                let last = visit.event.endDate ?? first
                return first.firstDay <= day.firstDay && day.lastDay <= last.lastDay
            }), let place = visit.event.location {
                frames[k].event.location = place
                frames[k].note("location", place.name, words: nil, rule: "the place of the visit over those days")
                continue
            }
            frames[k].event.location = city
            frames[k].note("location", city.name, words: nil, rule: "the city of the dateline")
        }
    }

    /// True when either date is unknown or one holds the other (December 2021 holds 21 December 2021).
    private static func overlap(_ a: PartialDate?, _ b: PartialDate?) -> Bool {
        guard let a, let b else { return true }
        return a.contains(b) || b.contains(a)
    }
}
