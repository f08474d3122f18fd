import ChanceryCore
import ChanceryStore

/// What a table of events prints of one event, whether it was read into an `Event` or is lent
/// by the store as its row: one way of writing the table for both.
protocol ListedEvent {
    var id: Int64? { get }
    var type: EventType { get }
    var status: EventStatus { get }
    var mode: MeetingMode? { get }
    var instrument: Instrument? { get }
    var count: Int? { get }
    var ordinal: Int? { get }
    /// Calls `body` with the UTF-8 of a text field, empty when the event has none.
    func withText<Result>(_ text: EventRow.Text, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result
    func forEachCountry(_ body: (UnsafeBufferPointer<UInt8>) -> Void)
    func forEachParticipant(_ body: (EventRow.ParticipantText) -> Void)
}

extension EventRow: ListedEvent {}

extension Event: ListedEvent {
    func withText<Result>(_ text: EventRow.Text, _ write: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var value: String
        switch text {
        case .status: value = status.rawValue
        case .date: value = date?.description ?? ""
        case .endDate: value = endDate?.description ?? ""
        case .location: value = location?.name ?? ""
        case .title: value = title ?? ""
        case .body: value = body ?? ""
        }
        return value.withUTF8(write)
    }

    func forEachCountry(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        for var country in countries { country.withUTF8(body) }
    }

    func forEachParticipant(_ body: (EventRow.ParticipantText) -> Void) {
        for participant in participants { participant.withText(body) }
    }
}

extension Participant {
    /// Calls `body` with the participant's fields as UTF-8, as a stored row lends them.
    func withText(_ body: (EventRow.ParticipantText) -> Void) {
        var (name, country, role) = (name, country ?? "", role ?? "")
        name.withUTF8 { name in
            country.withUTF8 { country in
                role.withUTF8 { role in body(EventRow.ParticipantText(name: name, country: country, role: role)) }
            }
        }
    }
}
