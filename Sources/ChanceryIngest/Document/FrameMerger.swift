import ChanceryCore

/// Stage 5, first half: the frames that tell of one real event become one.
///
/// Frames merge when they are of one type, with the same parties, dates that agree and nothing that sets them apart
/// (a session's number or level, a call against a face-to-face encounter). A frame that points back ("the meeting",
/// "هذه المباحثات") and names no parties of its own adds what it says to the last event of its type.
struct FrameMerger {
    let read: ReadDocument
    let names: NameMatcher

    func merge(_ frames: [Frame]) -> [Frame] {
        var merged: [Frame] = []
        for frame in frames {
            if let reference = frame.reference {
                // The last event of its type with its parties (or the last of its type, for one naming none); a verb of
                // discussion tells what any event of its parties was about.
                let own = Set(frame.event.countries)
                // (Not an event of another day: "lors de la visite du 12 février dernier" recalls an earlier one.)
                // ("وترأس الاجتماع من الجانب السعودي …" after "الاجتماع الثالث للجنة": the session's meeting.)
                let sameKind: (Frame) -> Bool = { ($0.event.type == frame.event.type || frame.isDiscussion
                    || frame.isGenericMeeting && reference != .occasion && $0.event.type == .commissionSession
                        && (own.isSubset(of: $0.event.countries) || Set($0.event.countries).isSubset(of: own))) && !$0.background
                    && !frame.background && !Self.otherDays($0.event, frame.event)
                    // (Nor one announced for a day of its own: "the ministerial meeting to be held next Sunday".)
                    && !(frame.event.status == .planned && frame.event.date != nil && $0.event.status == .occurred) }
                // ("… held the third round of the Strategic Dialogue in Tokyo on Friday. The talks were co-chaired by …":
                // the session the sentence before told, of the same parties.)
                if reference == .definite, frame.event.type == .meeting, let last = merged.last, last.event.type == .commissionSession,
                   last.sentence == frame.sentence - 1, Set(last.event.countries) == own, !last.background, !frame.background,
                   !Self.otherDays(last.event, frame.event) {
                    merged[merged.count - 1] = absorb(last, frame)
                    continue
                }
                if let target = merged.lastIndex(where: { sameKind($0) && own.isSubset(of: $0.event.countries) && !own.isEmpty })
                    ?? (own.isEmpty ? merged.lastIndex(where: sameKind) : nil) {
                    merged[target] = absorb(merged[target], frame)
                    continue
                }
                // "The talks also covered the World Cup Morocco hosts with Portugal and Spain": the talks told before,
                // whatever other states their subject names.
                if reference == .definite || reference == .demonstrative,
                   let target = merged.lastIndex(where: { sameKind($0) && $0.event.countries.count >= 2 && Set($0.event.countries).isSubset(of: own) }) {
                    merged[target] = absorb(merged[target], frame)
                    continue
                }
                if let target = merged.lastIndex(where: sameKind) {
                    // "He hosted heads of state for a meeting. Those who attended the meeting were …": the reference names
                    // the parties the event lacked; "German Foreign Minister Klaus Weber joined the meeting": one more.
                    let completes = frame.ownParties && (merged[target].incomplete || !merged[target].ownParties || frame.listsAttendees)
                    let joins = own.count == 1 && reference != .occasion && !frame.event.participants.isEmpty
                        && (merged[target].event.countries.count >= 3 || frame.event.mode == .video || merged[target].event.mode == .video)
                    if completes || joins {
                        merged[target] = absorb(merged[target], frame)
                        continue
                    }
                } else if reference == .demonstrative || reference == .definite && !frame.ownParties
                            || frame.isDiscussion && !frame.ownParties {
                    // "Cette visite confirme …", "the meeting discussed …" with nothing told before: background talk.
                    // (One that names its parties is the event: "after the meeting between A and B", "عقب المباحثات، أشاد
                    // الوزيران".)
                    continue
                }
            }
            // Fewer than two parties is talk about meetings, unless a later reference completes them.
            if frame.event.countries.count + frame.event.organizations.count < 2, !frame.incomplete { continue }
            if let index = merged.firstIndex(where: { compatible($0, frame) }) {
                merged[index] = combine(merged[index], frame)
            } else {
                merged.append(frame)
            }
        }
        return merged.filter { $0.event.countries.count + $0.event.organizations.count >= 2 }
    }

    /// What a reference back adds to the event it names: a date, a place, a state that joined.
    private func absorb(_ target: Frame, _ reference: Frame) -> Frame {
        var result = target
        // A state joins through someone of it ("German Foreign Minister Klaus Weber joined the meeting") or a list of
        // who attended; one the reference only names is what was talked of ("the talks covered the World Cup Morocco
        // hosts with Portugal and Spain").
        let joining = Set(reference.event.countries).subtracting(target.event.countries).filter { code in
            !target.ownParties || reference.listsAttendees || reference.event.participants.contains { $0.country == code }
        }
        if !target.ownParties, !target.incomplete, reference.ownParties, !joining.isEmpty {
            // The target's parties were the story's guess; the reference names them.
            result.event.countries = reference.event.countries
            result.event.organizations = Array(Set(target.event.organizations).union(reference.event.organizations)).sorted()
            result.event.participants = reference.event.participants
            result.ownParties = true
        } else if !joining.isEmpty {
            result.event.countries = Array(Set(target.event.countries).union(joining)).sorted()
            result.event.organizations = Array(Set(target.event.organizations).union(reference.event.organizations)).sorted()
            result.event.participants += reference.event.participants.filter { $0.country.map(joining.contains) ?? false }
            if target.incomplete { result.incomplete = result.event.countries.count < 2; result.ownParties = true }
        }
        // "Coprésidée par X et Y, la session …": the people of a reference who speak for the event's parties.
        if result.event.participants.isEmpty {
            result.event.participants = reference.event.participants.filter { $0.country.map(result.event.countries.contains) ?? false }
        }
        if result.event.date == nil, let date = reference.event.date, reference.event.status == target.event.status {
            result.event.date = date
            result.event.endDate = reference.event.endDate
            result.take(reference.notes.filter { $0.slot == "date" })
        }
        // (Not the place a verb of discussion names, which is mostly what was discussed: "حيث بحث الجانبان وقف إطلاق النار
        // في غزة".)
        if result.event.location == nil, !reference.isDiscussion, let place = reference.event.location {
            result.event.location = place
            result.take(reference.notes.filter { $0.slot == "location" })
        }
        result.toldAgain += [reference.sentence] + reference.toldAgain
        result.note("merge", "sentence \(reference.sentence + 1)", words: read.text(reference.trigger), rule: "a reference back to this event")
        return result
    }

    /// True when both events are dated and neither date holds the other.
    static func otherDays(_ a: Event, _ b: Event) -> Bool {
        guard let x = a.date, let y = b.date else { return false }
        return !(x.contains(y) || y.contains(x))
    }

    func compatible(_ a: Frame, _ b: Frame) -> Bool {
        guard a.event.type == b.event.type, a.event.countries == b.event.countries else { return false }
        // (An event recalled, "after the latest meeting of the commission on Wednesday", is the one the story tells
        // when both fall on the same day.)
        if a.background != b.background {
            guard let x = a.event.date, let y = b.event.date, x.precision == .day, x == y, !a.weakDate, !b.weakDate else { return false }
        }
        if let x = a.event.ordinal, let y = b.event.ordinal, x != y { return false }
        if a.event.type == .commissionSession, a.level != b.level { return false }
        // "He met the Prime Minister, then the Minister of Foreign Affairs": a state represented by other people is
        // another encounter.
        if a.event.type == .meeting, differentPeople(a.event, b.event) { return false }
        // ("Les deux ministres avaient eu un tête-à-tête mercredi … les deux chefs d'Etat ont eu un tête-à-tête": the
        // sides named by another office than the other encounter's people.)
        if a.event.type == .meeting, otherOffices(a, b) || otherOffices(b, a) { return false }
        // "A visited B and met C. A's president also phoned C's": a call and an encounter told as face to face are two
        // encounters, even in the same month.
        if a.event.type == .meeting, a.event.mode != b.event.mode,
           a.toldInPerson && b.event.mode != .inPerson || b.toldInPerson && a.event.mode != .inPerson {
            return false
        }
        // "arrived in Tunis on an official visit … the two sides will discuss": the visit is the encounter the
        // other sentence tells, in its tense.
        if a.event.type == .meeting, a.isVisit != b.isVisit, a.event.date == nil || b.event.date == nil { return true }
        switch (a.weakDate ? nil : a.event.date, b.weakDate ? nil : b.event.date) {
        case let (x?, y?): return x.contains(y) || y.contains(x)
        // The day of a statement is not later than what it reports.
        case (let x?, nil) where b.weakDate: return b.event.date.map { x <= $0 || x.contains($0) } ?? true
        case (nil, let y?) where a.weakDate: return a.event.date.map { y <= $0 || y.contains($0) } ?? true
        // An undated reading ("the talks will focus on …") is the same encounter as the dated one, whatever its tense;
        // a headline tells in the present what the body may announce for later.
        default:
            return a.event.status == b.event.status
                || (a.event.date == nil && b.event.date == nil && (headline(a.sentence) != headline(b.sentence)))
        }
    }

    /// True when `a` names its two sides by an office ("the two presidents") that none of `b`'s people or sides holds.
    private func otherOffices(_ a: Frame, _ b: Frame) -> Bool {
        guard let office = a.bothRole else { return false }
        if let other = b.bothRole { return !Self.sameOffice(office, other) }
        return !b.event.participants.isEmpty && !b.event.participants.contains { $0.role.map { Self.sameOffice(office, $0) } ?? true }
    }

    /// "minister" is any minister: "foreign minister", "minister of state".
    private static func sameOffice(_ a: String, _ b: String) -> Bool {
        a == b || a == "minister" && b.contains("minister") || b == "minister" && a.contains("minister")
    }

    /// True when, for some party, both events name people of it and none is in both.
    private func differentPeople(_ a: Event, _ b: Event) -> Bool {
        a.countries.contains { country in
            let left = a.participants.filter { $0.country == country }
            let right = b.participants.filter { $0.country == country }
            return !left.isEmpty && !right.isEmpty && !left.contains { person in right.contains { names.same($0, person) } }
        }
    }

    private func headline(_ sentence: Int) -> Bool { sentence < read.headlineSentences }

    func combine(_ a: Frame, _ b: Frame) -> Frame {
        var result = a
        result.background = a.background && b.background
        result.toldInPerson = a.toldInPerson || b.toldInPerson
        result.postponedIn = a.postponedIn ?? b.postponedIn
        var event = a.event
        let other = b.event
        let preferOther = b.anchored && !a.anchored
        // (Not a visit announced for a day of its own: "يتوجه غداً … في زيارة".)
        if a.isVisit, !b.isVisit, event.status != other.status, !(event.status == .planned && event.date != nil) {
            event.status = other.status
            result.isVisit = false
            result.take(b.notes.filter { $0.slot == "status" })
        }
        if event.status != other.status, event.date == nil, other.date == nil, headline(a.sentence), !headline(b.sentence) {
            event.status = other.status
            result.take(b.notes.filter { $0.slot == "status" })
        }
        if let date = other.date, event.date == nil || a.weakDate && !b.weakDate || !a.weakDate == !b.weakDate && (event.date.map { $0.precision < date.precision } ?? false) {
            result.weakDate = b.weakDate
            event.date = date
            event.endDate = other.endDate
            event.status = other.status
            result.take(b.notes.filter { $0.slot == "date" || $0.slot == "status" })
        }
        // (Not the place a verb of discussion names: mostly what was discussed.)
        if event.location == nil || preferOther && other.location != nil, !b.isDiscussion || a.isDiscussion {
            if other.location != nil { result.take(b.notes.filter { $0.slot == "location" }) }
            event.location = other.location ?? event.location
        }
        if other.title != nil, event.title == nil || b.titleAnchored && !a.titleAnchored {
            event.title = other.title
            result.titleAnchored = b.titleAnchored
            result.take(b.notes.filter { $0.slot == "title" })
        }
        if event.body == nil { event.body = other.body }
        if event.ordinal == nil { event.ordinal = other.ordinal }
        if event.mode == .inPerson, let mode = other.mode, mode != .inPerson { event.mode = mode }
        // Two sentences about one signing may each count its instruments: the larger count holds them all.
        if let count = other.count, count > (event.count ?? 1) {
            event.count = count
            event.instrument = other.instrument
        }
        event.organizations = Array(Set(event.organizations).union(other.organizations)).sorted()
        for person in other.participants where !event.participants.contains(where: { names.same($0, person) }) {
            event.participants.append(person)
        }
        event.confidence = min(0.95, max(event.confidence, other.confidence) + 0.05)
        result.event = event
        result.anchored = a.anchored || b.anchored
        result.toldAgain += [b.sentence] + b.toldAgain
        result.note("merge", "sentence \(b.sentence + 1)", words: read.text(b.trigger), rule: "the same event told again")
        return result
    }
}

/// Compares the names of a document's people as merging its events needs it, folding each name once.
final class NameMatcher {
    private var foldedWords: [String: Set<String>] = [:]

    /// True when one name's words are all in the other's, or they end alike or share two words, folded: "بوريطة" and
    /// "ناصر بوريطة", "Mr Qureshi" and "Shah Mahmood Qureshi"; not "محمد بن عبدالرحمن" and "محمد بن عبدالعزيز",
    /// whose one shared word is a given name many people have.
    func same(_ a: Participant, _ b: Participant) -> Bool {
        let left = words(a.name)
        let right = words(b.name)
        guard !left.isEmpty, !right.isEmpty else { return false }
        if left.isSubset(of: right) || right.isSubset(of: left) || left.intersection(right).count >= 2 { return true }
        guard let x = lastWord(a.name), let y = lastWord(b.name) else { return false }
        return x == y
    }

    private func lastWord(_ name: String) -> String? {
        if let known = lastWords[name] { return known }
        let word = name.split(separator: " ").last.map { TextFolding.fold(String($0)) }.flatMap { Self.particles.contains($0) ? nil : $0 }
        lastWords[name] = .some(word)
        return word
    }

    private var lastWords: [String: String?] = [:]

    /// The folded words of a name that tell people apart (not "bin", "al", "de").
    func words(_ name: String) -> Set<String> {
        if let known = foldedWords[name] { return known }
        let words = Set(name.split(separator: " ").map { TextFolding.fold(String($0)) }.filter { !Self.particles.contains($0) && $0.count > 1 })
        foldedWords[name] = words
        return words
    }

    // ("Ould", "ولد", "bint": a son or daughter of, as Mauritanian and Sahelian names write it.)
    private static let particles: Set<String> = ["بن", "ابن", "ال", "عبد", "ابو", "ولد", "بنت", "bin", "ibn", "ben", "al", "el", "de", "du", "la", "le",
                                                 "abu", "abd", "ould", "bint", "ag"]

    /// The full names among `people`, for `resolve`.
    func fullNames(_ people: [Participant]) -> [Participant] {
        var fullNames: [Participant] = []
        for candidate in people where candidate.name.contains(" ") && !fullNames.contains(candidate) { fullNames.append(candidate) }
        return fullNames
    }

    /// A person named by surname only ("بوريطة", "Mr Qureshi") takes the full name written elsewhere in the document;
    /// two readings of one person are one.
    func resolve(_ people: [Participant], fullNames: [Participant]) -> [Participant] {
        var result: [Participant] = []
        for var person in people {
            // ("Ould Merzoug", "Mbella Mbella": the last words of a longer name are that name too.)
            let shortened: (Participant) -> Bool = { full in
                person.name.contains(" ") && full.name.count > person.name.count && self.words(person.name).isSubset(of: self.words(full.name))
            }
            if let full = fullNames.first(where: { ($0.country == nil || person.country == nil || $0.country == person.country)
                && (!person.name.contains(" ") && same($0, person) || shortened($0)) }) {
                person.name = full.name
                person.country = person.country ?? full.country
                // ("le ministre Mbella Mbella" is the foreign minister named in full before.)
                if person.role == nil || person.role == "minister" && full.role?.hasSuffix("minister") == true { person.role = full.role }
            }
            if let index = result.firstIndex(where: { same($0, person) }) {
                if result[index].country == nil { result[index].country = person.country }
                if result[index].role == nil { result[index].role = person.role }
            } else {
                result.append(person)
            }
        }
        return result
    }
}
