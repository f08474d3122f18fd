import ChanceryCore
import SQLiteDB

/// An event of a listing as its stored row holds it, lent for the time of one call: its texts are
/// the row's UTF-8 bytes, not copied. A listing of thousands of events reads them this way,
/// because making an `Event` of each, with a String per field, costs several times what SQLite
/// spends reading the rows.
public struct EventRow {
    /// A statement stepped onto a row of `Store.eventColumns`.
    @usableFromInline let statement: Statement

    /// The text columns, by their place in `Store.eventColumns`.
    public enum Text: Int32 {
        case status = 2, date = 3, endDate = 4, location = 5, title = 10, body = 11
    }

    /// A participant's name, country and role; a field left empty in the row is an empty buffer.
    public struct ParticipantText {
        public let name: UnsafeBufferPointer<UInt8>
        public let country: UnsafeBufferPointer<UInt8>
        public let role: UnsafeBufferPointer<UInt8>

        @inlinable
        public init(name: UnsafeBufferPointer<UInt8>, country: UnsafeBufferPointer<UInt8>, role: UnsafeBufferPointer<UInt8>) {
            self.name = name
            self.country = country
            self.role = role
        }
    }

    public var id: Int64? { statement.int64(at: 0) }
    public var type: EventType { statement.withUTF8(at: 1) { Self.eventType(spelled: $0) } ?? .meeting }
    public var status: EventStatus { statement.withUTF8(at: 2) { Self.status(spelled: $0) } ?? .occurred }
    public var mode: MeetingMode? { statement.withUTF8(at: 7) { Self.mode(spelled: $0) } }
    public var instrument: Instrument? { statement.withUTF8(at: 8) { Self.instrument(spelled: $0) } }
    public var count: Int? { statement.isNull(at: 9) ? nil : Int(statement.int64(at: 9)) }
    public var ordinal: Int? { statement.isNull(at: 12) ? nil : Int(statement.int64(at: 12)) }

    // The kinds as rows spell them (their raw values), told apart by length first, so that no
    // String is made of a row's bytes. A test reads every case of each back from a stored row.

    private static func eventType(spelled text: UnsafeBufferPointer<UInt8>) -> EventType? {
        switch text.count {
        case 7 where text.spells("meeting"): .meeting
        case 9 where text.spells("agreement"): .agreement
        case 18 where text.spells("commission_session"): .commissionSession
        default: nil
        }
    }

    private static func status(spelled text: UnsafeBufferPointer<UInt8>) -> EventStatus? {
        switch text.count {
        case 8 where text.spells("occurred"): .occurred
        case 7 where text.spells("planned"): .planned
        default: nil
        }
    }

    private static func mode(spelled text: UnsafeBufferPointer<UInt8>) -> MeetingMode? {
        switch text.count {
        case 9 where text.spells("in_person"): .inPerson
        case 5 where text.spells("phone"): .phone
        case 5 where text.spells("video"): .video
        default: nil
        }
    }

    private static func instrument(spelled text: UnsafeBufferPointer<UInt8>) -> Instrument? {
        switch text.count {
        case 3 where text.spells("mou"): .mou
        case 9 where text.spells("agreement"): .agreement
        case 6 where text.spells("treaty"): .treaty
        case 10 where text.spells("convention"): .convention
        case 8 where text.spells("protocol"): .protocol
        case 11 where text.spells("declaration"): .declaration
        case 5 where text.spells("other"): .other
        default: nil
        }
    }

    /// Calls `body` with a text column's bytes, empty when it is NULL.
    @inlinable
    public func withText<Result>(_ text: Text, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        statement.withUTF8(at: text.rawValue, body)
    }

    /// Calls `body` with each country code, in alphabetical order.
    @inlinable
    public func forEachCountry(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        statement.withUTF8(at: Store.detailsColumn) { PackedDetails.walk($0, through: 0, country: body) }
    }

    /// Calls `body` with each participant, in order of first mention.
    @inlinable
    public func forEachParticipant(_ body: (ParticipantText) -> Void) {
        statement.withUTF8(at: Store.detailsColumn) { packed in
            PackedDetails.walk(packed, participant: { name, country, role in
                body(ParticipantText(name: name, country: country, role: role))
            })
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether these bytes are exactly `word`'s.
    fileprivate func spells(_ word: StaticString) -> Bool {
        guard word.utf8CodeUnitCount == count else { return false }
        let letters = word.utf8Start
        for index in 0..<count where self[index] != letters[index] { return false }
        return true
    }
}

extension Store {
    /// Where `details` is among `eventColumns`.
    @usableFromInline static let detailsColumn: Int32 = 14

    /// Calls `body` with each event matching `filter` as its stored row, in date order: what a
    /// table of events prints, without sources.
    public func forEachEventRow(matching filter: EventFilter, _ body: (EventRow) throws -> Void) throws {
        let (sql, parameters) = Self.selectSQL(for: filter)
        try wrap {
            let statement = try db.cachedStatement(sql)
            try statement.bind(parameters)
            defer { statement.reset() }
            while try statement.step() {
                try body(EventRow(statement: statement))
            }
        }
    }
}
