import ChanceryCore

/// What a person may correct (the rows of `correction_kinds`, Migrations/0009_corrections.sql).
public enum CorrectionKind: String, Sendable, CaseIterable, Hashable {
    case delete
    case edit
    case split
    case merge
    case actorMerge = "actor_merge"
    case actorRename = "actor_rename"
}

/// A correction as it is recorded: who made it, when, of what, and what it changed.
public struct Correction: Sendable, Hashable {
    public var id: Int64
    public var kind: CorrectionKind
    /// ISO 8601, UTC: `2025-12-03T16:11:00Z`.
    public var madeAt: String
    public var author: String
    /// The event as its first report (`ar-001:meeting:MA,RU:812`), or a person (`actor 12`).
    public var target: String
    /// The event's id when the correction was made.
    public var eventID: Int64?
    /// The person corrected; for a merge of two people, the one kept.
    public var actorID: Int64?
    /// What changed, field by field, as text to show.
    public var changes: [FieldChange]
    /// The change as stored: JSON (see the migration for its shape by kind).
    public var change: String
    public var undoneAt: String?
    public var undoneBy: String?

    public var isUndone: Bool { undoneAt != nil }
}

/// One field a correction changed, with its value before and after as text (nil for none).
public struct FieldChange: Sendable, Hashable {
    public var field: String
    public var before: String?
    public var after: String?

    public init(field: String, before: String?, after: String?) {
        self.field = field
        self.before = before
        self.after = after
    }
}

/// What `Store.edit(event:_:by:)` sets; a field left nil stays as it is.
public struct EventEdit: Sendable, Hashable {
    /// The date at its precision; the end date goes unless `endDate` is given too.
    public var date: PartialDate?
    public var endDate: PartialDate?
    public var status: EventStatus?
    /// ISO alpha-2 codes to add and to take away.
    public var addedCountries: [String]
    public var removedCountries: [String]
    public var location: Location?

    public init(date: PartialDate? = nil, endDate: PartialDate? = nil, status: EventStatus? = nil,
                addedCountries: [String] = [], removedCountries: [String] = [], location: Location? = nil) {
        self.date = date
        self.endDate = endDate
        self.status = status
        self.addedCountries = addedCountries
        self.removedCountries = removedCountries
        self.location = location
    }

    public var isEmpty: Bool {
        date == nil && endDate == nil && status == nil && addedCountries.isEmpty && removedCountries.isEmpty && location == nil
    }
}

/// What undoing the last correction did.
public struct UndoOutcome: Sendable, Hashable {
    /// The correction undone, marked so.
    public var correction: Correction
    /// The events it was about, as they stand now (one brought back by undoing a delete among them).
    public var events: [Int64]
}
