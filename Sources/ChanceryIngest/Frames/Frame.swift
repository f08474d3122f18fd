import ChanceryCore

/// The words that made an event, or one of its slots, and the rule that chose them.
public struct SlotNote: Sendable, Hashable {
    /// "trigger", "countries", "participants", "date", "status", "location", "mode", "instrument", "count", "title",
    /// "body", "ordinal", "merge".
    public var slot: String
    /// The value the slot took, as the export writes it.
    public var value: String
    /// The document's words that gave it, as written; nil when the value came from no words (a default).
    public var words: String?
    /// Which rule chose it, in a few words.
    public var rule: String
}

/// An event as one trigger's frame reads it, before the frames of a document are merged.
struct Frame {
    var event: Event
    /// The trigger's tokens and its sentence.
    var trigger: Range<Int>
    var sentence: Int
    var notes: [SlotNote] = []
    /// True when the notes are kept (`EventExtractor.explain`).
    var explaining = false
    /// True when the frame's own sentence named two parties (not the document's context).
    var anchored = false
    /// How the trigger names an event told before, if it does.
    enum Reference {
        /// "this meeting", "هذه المباحثات", "ces entretiens": only an event told before; nothing of its own.
        case demonstrative
        /// "the meeting", "الاجتماع", "at the end of the talks": an event told before, when one was.
        case definite
        /// "during a phone conversation", "a joint press conference with …": an occasion, which stands alone when
        /// nothing was told before it.
        case occasion
    }

    /// "the meeting", "this visit", "هذه المباحثات": an encounter told before, which adds what it says to that one.
    var reference: Reference?
    /// True for a meeting word that only sets the time of another act ("at the end of the talks").
    var setsTime = false
    /// True when the frame's sentence named its parties, not the document's context.
    var ownParties = false
    var anaphoric: Bool { reference != nil }
    /// True for a visit: an encounter whose status and details other sentences tell better ("arrived on a visit …;
    /// the two sides will discuss …").
    var isVisit = false
    /// True for a reception or an audience: the subject hosts the people it names, each of whom is met in turn.
    var hosts = false
    /// True for an encounter whose sentence named one party only ("He hosted some heads of state for a meeting"),
    /// which a later reference to it may complete ("Those who attended the meeting were …"); dropped if none does.
    var incomplete = false
    /// True when the frame's words list who attended ("Those who attended the meeting were …", "ضم الاجتماع …").
    var listsAttendees = false
    /// The office of the two sides when the sentence names them by it ("les deux chefs d'Etat", "the two ministers",
    /// "الوزيران"): another encounter than one of other officials the same day.
    var bothRole: String?
    /// True for a verb of discussion, which stands alone only with parties of its own sentence.
    var isDiscussion = false
    /// An earlier event the story recalls ("the last session, held in 2019"), kept apart from the story's own.
    var background = false
    /// The level of a session's body (`SessionLevel`), read once from its name.
    var level = SessionLevel.principals
    /// True when the title was read from a sentence that named both parties.
    var titleAnchored = false
    /// True when the date is only the day of the statement reporting the event, which a date of its own replaces.
    var weakDate = false
    /// True when words of its sentence gave the status ("will", "سيعقد", "a été reportée"), not the default.
    var statusCued = false
    /// True when its date names no year and no direction ("in August"), so that the tense of another event of its
    /// sentence may set the year.
    var yearlessDate = false
    /// True for a background event that is one only because its month of no year was read as past.
    var oldOnlyByItsMonth = false
    /// The sentence that told the event put off, which the sentence after it may give its new day ("It will now be
    /// held on …"); kept when frames merge.
    var postponedIn: Int?
    /// The later sentences that told this event again, merged into it.
    var toldAgain: [Int] = []
    /// True for a meeting told by a generic noun ("the meeting", "الاجتماع", "la réunion"), which may be a session's
    /// meeting told before.
    var isGenericMeeting = false
    /// True for an encounter told as held apart from the others of its day: "On the sidelines, Fidan held a separate
    /// meeting with …", "en marge de la réunion", "على هامش"; no part of a meeting of several states that day.
    var apart = false
    /// True for an encounter told as face to face (a reception, a visit, a place), which no call is.
    var toldInPerson = false

    /// Notes of another frame's slots, in place of this frame's notes of the same slots.
    mutating func take(_ others: [SlotNote]) {
        for other in others { note(other.slot, other.value, words: other.words, rule: other.rule) }
    }

    /// Notes the words and rule of a slot, when the frame is read to be explained: most extractions need no notes,
    /// and their text costs more than reading the slot.
    mutating func note(_ slot: String, _ value: @autoclosure () -> String, words: @autoclosure () -> String?, rule: @autoclosure () -> String) {
        guard explaining else { return }
        notes.removeAll { $0.slot == slot }
        notes.append(SlotNote(slot: slot, value: value(), words: words(), rule: rule()))
    }
}

/// What starts a frame: a meeting word, a signing of an instrument, a session of a standing body.
struct Trigger {
    enum Kind {
        case meeting(MeetingCue)
        case agreement(signing: Mention, instrument: Mention)
        case session(head: Mention?, session: Mention?, ordinal: Int?)
    }

    var kind: Kind
    /// The mention the event is anchored at: the meeting word, the signing, the session word or the body.
    var anchor: Mention
    var sentence: Int
    /// True for a meeting word that sets the time of another act ("at the end of the talks", "خلال لقائه"): it names
    /// an encounter told elsewhere, if one is.
    var setsTime = false

    var type: EventType {
        switch kind {
        case .meeting: .meeting
        case .agreement: .agreement
        case .session: .commissionSession
        }
    }

    var range: Range<Int> { anchor.start..<anchor.end }

    /// True for a meeting told by a word that reports an encounter by itself ("received", "talks", "قمة").
    var isStrongMeeting: Bool {
        if case .meeting(let cue) = kind { cue.isStrong } else { false }
    }
}
