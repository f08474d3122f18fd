import ChanceryCore
import SQLiteDB

/// What a listing prints of an event, packed into the text of `events.details` (the format is
/// described in Migrations/0007_listing_details.sql), so that a listing reads one column of the
/// event's row instead of one per field, and its countries and people without looking each up.
@usableFromInline
enum PackedDetails {
    @usableFromInline static let sectionSeparator: UInt8 = 0x1D
    @usableFromInline static let itemSeparator: UInt8 = 0x1E
    @usableFromInline static let fieldSeparator: UInt8 = 0x1F

    /// The event's own fields that end the packed text, in their order there.
    struct Head {
        var type: EventType
        /// The rest of the head, as the reports of an event are combined into it.
        var account: EventAccount

        init(type: EventType, account: EventAccount) {
            self.type = type
            self.account = account
        }

        init(_ event: Event) {
            self.init(type: event.type, account: EventAccount(
                status: event.status, date: event.date, endDate: event.endDate, location: event.location,
                mode: event.mode, instrument: event.instrument, count: event.count, title: event.title,
                body: event.body, ordinal: event.ordinal, confidence: event.confidence))
        }

        var fields: [String?] {
            [type.rawValue, account.status.rawValue, account.date?.description, account.endDate?.description,
             account.location?.name, account.mode?.rawValue, account.instrument?.rawValue, account.count.map(String.init),
             account.title, account.body, account.ordinal.map(String.init)]
        }
    }

    @usableFromInline static let headFieldCount = 11

    /// Where the head starts in a packed text, and where each of its fields ends, found once per row.
    @usableFromInline
    struct HeadFieldEnds {
        @usableFromInline var start: Int32
        @usableFromInline var ends: (Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32)

        /// A field missing from the text (one written before migration 0007 could not reach a
        /// listing, but an empty text reads as an event with no fields) ends where the text does.
        @inlinable
        init(of packed: UnsafeBufferPointer<UInt8>) {
            let count = Int32(packed.count)
            self.start = count
            ends = (count, count, count, count, count, count, count, count, count, count, count)
            guard let base = UnsafeRawPointer(packed.baseAddress),
                  let separator = Self.lastSectionSeparator(in: base, count: packed.count) else { return }
            // The head follows the last section separator; its fields hold no separators.
            let start = separator + 1
            self.start = Int32(start)
            withUnsafeMutableBytes(of: &ends) { raw in
                let ends = raw.bindMemory(to: Int32.self)
                var field = 0
                var index = start
                // Eight bytes at a time: the lowest byte that matches is found exactly.
                while index + 8 <= packed.count {
                    let matches = Self.bytes(equalTo: PackedDetails.fieldSeparator,
                                             in: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                    guard matches != 0 else {
                        index += 8
                        continue
                    }
                    index += matches.trailingZeroBitCount / 8
                    ends[field] = Int32(index)
                    field += 1
                    if field == PackedDetails.headFieldCount - 1 { return }
                    index += 1
                }
                while index < packed.count {
                    if base.load(fromByteOffset: index, as: UInt8.self) == PackedDetails.fieldSeparator {
                        ends[field] = Int32(index)
                        field += 1
                        if field == PackedDetails.headFieldCount - 1 { return }
                    }
                    index += 1
                }
            }
        }

        /// The high bit of each byte of `word` (read little-endian) that equals `byte`; exact for
        /// the lowest such byte, and zero only when there is none.
        @inlinable @inline(__always)
        static func bytes(equalTo byte: UInt8, in word: UInt64) -> UInt64 {
            let difference = UInt64(littleEndian: word) ^ (0x0101_0101_0101_0101 &* UInt64(byte))
            return (difference &- 0x0101_0101_0101_0101) & ~difference & 0x8080_8080_8080_8080
        }

        /// Where the last section separator is, looking eight bytes at a time from the end.
        @inlinable
        static func lastSectionSeparator(in base: UnsafeRawPointer, count: Int) -> Int? {
            var end = count
            while end > 0 {
                let start = max(0, end - 8)
                if end - start < 8 || bytes(equalTo: PackedDetails.sectionSeparator,
                                            in: base.loadUnaligned(fromByteOffset: start, as: UInt64.self)) != 0 {
                    for index in stride(from: end - 1, through: start, by: -1)
                    where base.load(fromByteOffset: index, as: UInt8.self) == PackedDetails.sectionSeparator {
                        return index
                    }
                }
                end = start
            }
            return nil
        }

        @inlinable
        subscript(index: Int) -> Int32 {
            withUnsafeBytes(of: ends) { $0.load(fromByteOffset: index * MemoryLayout<Int32>.stride, as: Int32.self) }
        }
    }

    /// The packed text of one event. Countries and organisations are sorted by their UTF-8 bytes,
    /// as SQLite's ORDER BY sorts them, and a separator inside a field becomes a space, as the
    /// migration does, so that Swift and the migration pack the same text.
    static func pack(head: Head, countries: some Sequence<String>, organizations: some Sequence<String>,
                     participants: some Sequence<Participant>) -> String {
        var bytes: [UInt8] = []
        func appendField(_ text: String?) {
            for byte in (text ?? "").utf8 {
                bytes.append((sectionSeparator...fieldSeparator).contains(byte) ? UInt8(ascii: " ") : byte)
            }
        }
        func appendItems(_ items: some Sequence<String>) {
            let sorted = items.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (index, item) in sorted.enumerated() {
                if index > 0 { bytes.append(itemSeparator) }
                appendField(item)
            }
        }
        appendItems(countries)
        bytes.append(sectionSeparator)
        for (index, participant) in participants.enumerated() {
            if index > 0 { bytes.append(itemSeparator) }
            appendField(participant.name)
            bytes.append(fieldSeparator)
            appendField(participant.country)
            bytes.append(fieldSeparator)
            appendField(participant.role)
        }
        bytes.append(sectionSeparator)
        appendItems(organizations)
        bytes.append(sectionSeparator)
        for (index, field) in head.fields.enumerated() {
            if index > 0 { bytes.append(fieldSeparator) }
            appendField(field)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Sets the countries, organisations and participants of `event` from packed text.
    static func unpack(_ packed: UnsafeBufferPointer<UInt8>, into event: inout Event) {
        func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }
        walk(packed,
             country: { event.countries.append(text($0)) },
             organization: { event.organizations.append(text($0)) },
             participant: { name, country, role in
                 event.participants.append(Participant(name: text(name), country: country.isEmpty ? nil : text(country),
                                                       role: role.isEmpty ? nil : text(role)))
             })
    }

    /// Calls the closures with each item of packed text, in order, as slices of its bytes, up to
    /// the end of section `lastSection` (0 countries, 1 participants, 2 organisations); the head,
    /// which follows, is not walked.
    @inlinable
    static func walk(_ packed: UnsafeBufferPointer<UInt8>, through lastSection: Int = 2,
                     country: (UnsafeBufferPointer<UInt8>) -> Void = { _ in },
                     organization: (UnsafeBufferPointer<UInt8>) -> Void = { _ in },
                     participant: (_ name: UnsafeBufferPointer<UInt8>, _ country: UnsafeBufferPointer<UInt8>,
                                   _ role: UnsafeBufferPointer<UInt8>) -> Void = { _, _, _ in }) {
        guard let base = packed.baseAddress else { return }
        let count = packed.count
        var section = 0
        var start = 0                           // of the item being read
        var fieldEnds = (name: -1, country: -1)  // of the participant being read
        var index = 0
        while true {
            // The items are short runs of text between separators, all below U+0020.
            while index < count && base[index] > fieldSeparator { index += 1 }
            let separator = index < count ? base[index] : sectionSeparator
            if separator == fieldSeparator {
                if fieldEnds.name < 0 { fieldEnds.name = index } else { fieldEnds.country = index }
                index += 1
                continue
            }
            if separator == sectionSeparator || separator == itemSeparator {
                switch section {
                case 0:
                    if index > start { country(UnsafeBufferPointer(start: base + start, count: index - start)) }
                case 2:
                    if index > start { organization(UnsafeBufferPointer(start: base + start, count: index - start)) }
                default:
                    if fieldEnds.country >= 0 {
                        participant(UnsafeBufferPointer(start: base + start, count: fieldEnds.name - start),
                                    UnsafeBufferPointer(start: base + fieldEnds.name + 1, count: fieldEnds.country - fieldEnds.name - 1),
                                    UnsafeBufferPointer(start: base + fieldEnds.country + 1, count: index - fieldEnds.country - 1))
                    }
                }
                fieldEnds = (-1, -1)
                start = index + 1
                if separator == sectionSeparator {
                    section += 1
                    if section > lastSection || index >= count { return }
                }
            }
            index += 1
        }
    }
}

/// Reads the sources of events with one statement, ordered by event id, walked side by side with
/// the events: a merge join, so that the cost is one query whatever the number of events.
///
/// Events must be filled in ascending id order.
struct EventSourceReader {
    /// Which events' sources to read.
    enum Scope {
        /// Every event in the base.
        case all
        /// Only these events (any order, duplicates allowed).
        case events([Int64])
        /// Only the events whose ids a query selects, with its parameters.
        case selected(String, [any SQLiteBindable])
    }

    private let sources: SourceCursor

    init(_ db: Connection, scope: Scope) throws {
        var filter = ""
        var parameters: [any SQLiteBindable] = []
        if case .events(let ids) = scope {
            // One bound parameter holds the whole id list, as a JSON array that json_each reads.
            filter = "WHERE s.event_id IN (SELECT value FROM json_each(?))"
            parameters.append("[" + ids.map(String.init).joined(separator: ",") + "]")
        } else if case .selected(let ids, let idParameters) = scope {
            filter = "WHERE s.event_id IN (\(ids))"
            parameters = idParameters
        }
        sources = try SourceCursor(db, """
            SELECT s.event_id, d.external_id, d.url, d.title, d.published, s.evidence, s.start, s."end"
            FROM sources s JOIN documents d ON d.id = s.document_id \(filter)
            ORDER BY s.event_id, d.published IS NULL, d.published, d.external_id
            """, parameters)
    }

    /// Adds its sources to `event`, whose id must not be lower than that of the event filled before.
    func fill(_ event: inout Event) throws {
        guard let id = event.id else { return }
        try sources.rows(for: id) {
            event.sources.append(Source(
                document: $0.text(at: 1) ?? "", url: $0.text(at: 2), title: $0.text(at: 3),
                published: $0.text(at: 4).flatMap(PartialDate.init),
                evidence: Evidence(text: $0.text(at: 5) ?? "", start: Int($0.int64(at: 6)), end: Int($0.int64(at: 7)))
            ))
        }
    }
}

extension Store {
    /// Fills in the sources of `events`, kept in their order, with one query.
    func loadSources(of events: inout [Event]) throws {
        guard !events.isEmpty else { return }
        let byID = events.indices.sorted { (events[$0].id ?? 0) < (events[$1].id ?? 0) }
        let reader = try EventSourceReader(db, scope: .events(byID.compactMap { events[$0].id }))
        for index in byID {
            try reader.fill(&events[index])
        }
    }
}

/// A statement whose rows are ordered by an event id in column 0, read in step with the events.
private final class SourceCursor {
    let statement: Statement
    var hasRow: Bool

    init(_ db: Connection, _ sql: String, _ parameters: [any SQLiteBindable]) throws {
        statement = try db.prepare(sql)
        try statement.bind(parameters)
        hasRow = try statement.step()
    }

    /// Calls `body` with each row for `eventID`, skipping rows of events before it.
    func rows(for eventID: Int64, _ body: (Statement) -> Void) throws {
        while hasRow {
            let current = statement.int64(at: 0)
            if current > eventID { return }
            if current == eventID { body(statement) }
            hasRow = try statement.step()
        }
    }
}
