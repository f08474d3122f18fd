/// The three kinds of diplomatic event Chancery records (see EVENTS.md).
public enum EventType: String, Codable, Sendable, CaseIterable, Hashable {
    case meeting
    case agreement
    case commissionSession = "commission_session"
}

/// Whether an event is reported as done or announced for later.
public enum EventStatus: String, Codable, Sendable, CaseIterable, Hashable {
    case occurred
    case planned
}

/// How a meeting was held.
public enum MeetingMode: String, Codable, Sendable, CaseIterable, Hashable {
    case inPerson = "in_person"
    case phone
    case video
}

/// The kind of written instrument signed at an agreement event.
public enum Instrument: String, Codable, Sendable, CaseIterable, Hashable {
    case mou
    case agreement
    case treaty
    case convention
    case `protocol`
    case declaration
    case other
}
