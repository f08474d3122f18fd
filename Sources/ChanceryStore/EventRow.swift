import ChanceryCore
import SQLiteDB

/// An event of a listing as its stored row holds it, lent for the time of one call: its texts are
/// the bytes of the row's `details`, not copied. A listing of thousands of events reads them this
/// way, because making an `Event` of each, with a String per field, costs several times what SQLite
/// spends reading the rows; and one column read, not one per field, because SQLite spends as much
/// again on each column it hands over.
public struct EventRow {
    public let id: Int64?
    /// The row's `details`: its countries, people and organisations, then the event's own fields.
    @usableFromInline let packed: UnsafeBufferPointer<UInt8>
    /// Where the head starts in `packed` and each of its fields ends; a field starts one byte past the end of the one before.
    @usableFromInline let fieldEnds: PackedDetails.HeadFieldEnds

    /// The text fields of the head (the event's own fields), by their place in it.
    public enum Text: Int {
        case status = 1, date = 2, endDate = 3, location = 4, title = 8, body = 9
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

    @inlinable
    init(id: Int64, packed: UnsafeBufferPointer<UInt8>) {
        self.id = id
        self.packed = packed
        fieldEnds = PackedDetails.HeadFieldEnds(of: packed)
    }

    /// The bytes of the head's field at `index`, empty when the event has none.
    @inlinable @inline(__always)
    func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        let start = index == 0 ? Int(fieldEnds.start) : Int(fieldEnds[index - 1]) + 1
        let end = Int(fieldEnds[index])
        guard let base = packed.baseAddress, end > start else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: base + start, count: end - start)
    }

    public var type: EventType { Self.eventType(spelled: field(0)) ?? .meeting }
    public var status: EventStatus { Self.status(spelled: field(1)) ?? .occurred }
    public var mode: MeetingMode? { Self.mode(spelled: field(5)) }
    public var instrument: Instrument? { Self.instrument(spelled: field(6)) }
    public var count: Int? { Self.decimal(field(7)) }
    public var ordinal: Int? { Self.decimal(field(10)) }

    private static func decimal(_ digits: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !digits.isEmpty else { return nil }
        var value = 0
        var negative = false
        for (index, byte) in digits.enumerated() {
            if index == 0 && byte == UInt8(ascii: "-") { negative = true; continue }
            guard (0x30...0x39).contains(byte) else { return nil }
            value = value &* 10 &+ Int(byte - 0x30)
        }
        return negative ? -value : value
    }

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

    /// Calls `body` with a text field's bytes, empty when the event has none.
    @inlinable
    public func withText<Result>(_ text: Text, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        body(field(text.rawValue))
    }

    /// Calls `body` with each country code, in alphabetical order.
    @inlinable
    public func forEachCountry(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        PackedDetails.walk(packed, through: 0, country: body)
    }

    /// Calls `body` with each participant, in order of first mention.
    @inlinable
    public func forEachParticipant(_ body: (ParticipantText) -> Void) {
        PackedDetails.walk(packed, through: 1, participant: { name, country, role in
            body(ParticipantText(name: name, country: country, role: role))
        })
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
    /// What a listing reads of each event: its id and its packed details.
    static let rowColumns = "e.id, e.details"

    /// Calls `body` with each event matching `filter` as its stored row, in date order: what a
    /// table of events prints, without sources.
    public func forEachEventRow(matching filter: EventFilter, _ body: (EventRow) throws -> Void) throws {
        let (sql, parameters) = Self.selectSQL(for: filter, columns: Self.rowColumns)
        try wrap {
            let statement = try db.cachedStatement(sql)
            try statement.bind(parameters)
            defer { statement.reset() }
            while try statement.step() {
                try statement.withUTF8(at: 1) { packed in
                    try body(EventRow(id: statement.int64(at: 0), packed: packed))
                }
            }
        }
    }
}
