import ChanceryCore
import Glibc
import SQLiteDB

/// An event of a listing as its stored row holds it, lent for the time of one call: its texts are
/// the row's UTF-8 bytes, not copied. A listing of thousands of events reads them this way,
/// because making an `Event` of each, with a String per field, costs several times what SQLite
/// spends reading the rows.
public struct EventRow {
    /// A statement stepped onto a row of `Store.eventColumns`.
    let statement: Statement

    /// The text columns, by their place in `Store.eventColumns`.
    public enum Text: Int32 {
        case date = 3, endDate = 4, location = 5, title = 10, body = 11
    }

    /// A participant's name, country and role; a field left empty in the row is an empty buffer.
    public struct ParticipantText {
        public let name: UnsafeBufferPointer<UInt8>
        public let country: UnsafeBufferPointer<UInt8>
        public let role: UnsafeBufferPointer<UInt8>

        public init(name: UnsafeBufferPointer<UInt8>, country: UnsafeBufferPointer<UInt8>, role: UnsafeBufferPointer<UInt8>) {
            self.name = name
            self.country = country
            self.role = role
        }
    }

    public var id: Int64? { statement.int64(at: 0) }
    public var type: EventType { kind(at: 1, among: Self.types) ?? .meeting }
    public var status: EventStatus { kind(at: 2, among: Self.statuses) ?? .occurred }
    public var mode: MeetingMode? { kind(at: 7, among: Self.modes) }
    public var instrument: Instrument? { kind(at: 8, among: Self.instruments) }
    public var count: Int? { statement.isNull(at: 9) ? nil : Int(statement.int64(at: 9)) }
    public var ordinal: Int? { statement.isNull(at: 12) ? nil : Int(statement.int64(at: 12)) }

    /// Each kind as rows spell it, so that a row's bytes are compared without making a String of them.
    private static let types = spellings(of: EventType.self)
    private static let statuses = spellings(of: EventStatus.self)
    private static let modes = spellings(of: MeetingMode.self)
    private static let instruments = spellings(of: Instrument.self)

    private static func spellings<Kind: CaseIterable & RawRepresentable>(of _: Kind.Type) -> [(utf8: [UInt8], kind: Kind)]
    where Kind.RawValue == String {
        Kind.allCases.map { (Array($0.rawValue.utf8), $0) }
    }

    private func kind<Kind>(at column: Int32, among spellings: [(utf8: [UInt8], kind: Kind)]) -> Kind? {
        statement.withUTF8(at: column) { bytes in
            spellings.first { spelling in
                spelling.utf8.count == bytes.count && spelling.utf8.withUnsafeBufferPointer { memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }
            }?.kind
        }
    }

    /// Calls `body` with a text column's bytes, empty when it is NULL.
    public func withText<Result>(_ text: Text, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        statement.withUTF8(at: text.rawValue, body)
    }

    /// Calls `body` with each country code, in alphabetical order.
    public func forEachCountry(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        statement.withUTF8(at: Store.detailsColumn) { PackedDetails.walk($0, through: 0, country: body) }
    }

    /// Calls `body` with each participant, in order of first mention.
    public func forEachParticipant(_ body: (ParticipantText) -> Void) {
        statement.withUTF8(at: Store.detailsColumn) { packed in
            PackedDetails.walk(packed, participant: { name, country, role in
                body(ParticipantText(name: name, country: country, role: role))
            })
        }
    }
}

extension Store {
    /// Where `details` is among `eventColumns`.
    static let detailsColumn: Int32 = 14

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
