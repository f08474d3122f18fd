import ChanceryCore

/// Document-stage rules that join or drop frames and date them from the story: meetings of several states told
/// piecemeal, denied reports, recalled episodes, the principal event and the narrative's days, the dateline's place.
extension DocumentAssembler {
    /// A virtual meeting of several states is told piecemeal ("X joined the video call", "Y attended the virtual
    /// meeting"): a reading that shares a state with a video meeting, is undated or of its day, and is itself remote or
    /// undated, is that meeting.
    func joinVideoMeetings(_ frames: inout [Frame]) {
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
    func joinMultilateralMeetings(_ frames: inout [Frame]) {
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

    func joined(_ a: Frame, _ b: Frame) -> Frame {
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
    func dropDeniedReports(_ frames: inout [Frame]) {
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
    func inheritRecalledTime(_ frames: inout [Frame]) {
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
    func shareSentenceFuture(_ frames: inout [Frame]) {
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
    func joinRecalledEpisodes(_ frames: inout [Frame]) {
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
    func datePrincipalEvent(_ frames: inout [Frame]) {
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
    func dateByNarrative(_ frames: inout [Frame]) {
        var last: (sentence: Int, date: PartialDate, end: PartialDate?)?
        let headings = context.headingDates
        for k in frames.indices where !frames[k].background {
            if let date = frames[k].event.date {
                if frames[k].event.status == .occurred { last = (frames[k].sentence, date, frames[k].event.endDate) }
                continue
            }
            guard frames[k].event.status == .occurred else { continue }
            // A heading ("Monday") after the last dated event dates what follows it.
            let heading = headings.last { $0.sentence < frames[k].sentence && $0.sentence > (last?.sentence ?? -1) }
            // ("وأبرمت في ختام أعمال الدورة", "At the close of the session": the last day of the event of several days.)
            let atClose = toldAtClose(frames[k])
            let told = atClose ? last?.end ?? last?.date : last?.date
            // ("La séquence burundaise, mercredi, était plus attendue encore. Reçu à Gitega par le président …": the day
            // the sentence just before names, telling no event of its own, is the day of what it introduces.)
            let introduced = dayOfSentence(before: frames[k].sentence, frames)
            let rule = introduced != nil ? "the day the sentence before names" : heading != nil ? "the day of the heading above it"
                : last == nil ? "the day the story speaks from" : atClose && last?.end != nil ? "the last day of the event told before it" : "the day of the event told before it"
            guard let date = introduced ?? heading?.date ?? told ?? table.reference, date.precision == .day else { continue }
            frames[k].event.date = date
            frames[k].note("date", date.description, words: nil, rule: rule)
        }
    }

    /// The one day named in the sentence before `sentence`, when that sentence tells no event.
    func dayOfSentence(before sentence: Int, _ frames: [Frame]) -> PartialDate? {
        let s = sentence - 1
        guard s >= 0, !frames.contains(where: { $0.sentence == s || $0.toldAgain.contains(s) }) else { return nil }
        let days = table.dates(inSentence: s).compactMap { item -> PartialDate? in
            switch item.expression {
            case .weekday, .dayMonth: return DateResolver.resolve(item.expression, published: table.reference, planned: false).0
            default: return nil
            }
        }
        guard days.count == 1, let day = days.first, day.precision == .day else { return nil }
        return day
    }

    /// An encounter held face to face, with no place of its own, by the state the story is filed from took place
    /// in the dateline's city.
    /// (Unless the story tells of a visit abroad over those days: "concluded his working visit to Baku …; on Monday
    /// the Minister held a bilateral meeting": an encounter of the visit's days took place where the visit did.)
    func placeAtDateline(_ frames: inout [Frame]) {
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
    static func overlap(_ a: PartialDate?, _ b: PartialDate?) -> Bool {
        guard let a, let b else { return true }
        return a.contains(b) || b.contains(a)
    }

    /// "Wang Yi wrapped up a visit that took him to Tanzania, Burundi and Mauritania", then each stop told: a tour
    /// named as one visit sums up the encounters the story tells stop by stop, and is none of its own.
    func dropTourSummaries(_ frames: inout [Frame]) {
        let tours = frames.indices.filter { k in
            let frame = frames[k]
            guard frame.isVisit, frame.event.type == .meeting, !frame.background, frame.event.countries.count >= 3,
                  case let visitors = Set(frame.event.participants.compactMap(\.country)), visitors.count == 1,
                  let visitor = visitors.first else { return false }
            let stops = frame.event.countries.filter { $0 != visitor }
            let told = stops.filter { stop in
                frames.indices.contains { j in
                    j != k && frames[j].event.type == .meeting && !frames[j].background && frames[j].event.countries == [visitor, stop].sorted()
                }
            }
            return told.count >= 2
        }
        for k in tours.reversed() { frames.remove(at: k) }
    }
}
