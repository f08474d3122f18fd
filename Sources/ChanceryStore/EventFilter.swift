import ChanceryCore

/// Which events a question is about. Every field left nil does not filter.
public struct EventFilter: Sendable {
    public var types: [EventType] = []
    /// Every one of these countries takes part.
    public var countries: [String] = []
    /// Events on or after this date (an event known only to the month counts when the month reaches it).
    public var since: PartialDate?
    /// Events on or before this date.
    public var until: PartialDate?
    public var status: EventStatus?
    public var mode: MeetingMode?
    public var instrument: Instrument?
    public var limit: Int?

    public init(types: [EventType] = [], countries: [String] = [], since: PartialDate? = nil,
                until: PartialDate? = nil, status: EventStatus? = nil, mode: MeetingMode? = nil,
                instrument: Instrument? = nil, limit: Int? = nil) {
        self.types = types
        self.countries = countries
        self.since = since
        self.until = until
        self.status = status
        self.mode = mode
        self.instrument = instrument
        self.limit = limit
    }
}
