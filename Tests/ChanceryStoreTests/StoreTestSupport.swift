import ChanceryCore
import Foundation
@testable import ChanceryStore
import SQLiteDB
import Testing

/// Runs `body` with a fresh, empty store in its own temporary folder, removed afterwards
/// whatever happens. The store is released before the folder goes.
func withStore<T>(_ body: (Store, String) throws -> T) throws -> T {
    try withTemporaryDirectory { folder in
        let path = folder + "/chancery.sqlite"
        let store = try Store(path: path)
        try store.prepareForIngest()
        return try body(store, path)
    }
}

/// Runs `body` with a new temporary folder, removed when it returns or throws.
func withTemporaryDirectory<T>(_ body: (String) throws -> T) throws -> T {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("chancery-store-tests-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    return try body(folder)
}

/// The number of rows in `table`, read through the store's own connection.
func count(_ table: String, in store: Store) throws -> Int {
    try store.db.scalar("SELECT count(*) FROM \(table)").int ?? -1
}

/// Row counts of every table an ingest writes to, for "nothing was added" checks.
func rowCounts(in store: Store) throws -> [String: Int] {
    var counts: [String: Int] = [:]
    for table in ["documents", "events", "event_countries", "event_country_pairs", "event_organizations", "actors", "participations", "sources"] {
        counts[table] = try count(table, in: store)
    }
    return counts
}

func date(_ text: String) -> PartialDate {
    guard let date = PartialDate(text) else {
        Issue.record("not a date: \(text)")
        return PartialDate(year: 1)!
    }
    return date
}

/// Hand-built events of one small world: Morocco, Russia, France, Egypt, Jordan.
enum Fixture {
    static let bourita = Participant(name: "ناصر بوريطة", country: "MA", role: "foreign minister")
    static let lavrov = Participant(name: "سيرغي لافروف", country: "RU", role: "foreign minister")
    static let barrot = Participant(name: "Jean-Noël Barrot", country: "FR", role: "foreign minister")

    static func evidence(_ text: String, at start: Int = 0) -> Evidence {
        Evidence(text: text, start: start, end: start + text.unicodeScalars.count)
    }

    /// A day-precision meeting in Moscow (countries deliberately unsorted).
    static let moscowMeeting = Event(
        type: .meeting, status: .occurred, date: PartialDate("2025-10-16"),
        countries: ["RU", "MA"], location: Location(name: "Moscow", country: "RU"),
        participants: [bourita, lavrov], mode: .inPerson, confidence: 0.9,
        evidence: evidence("أجرى بوريطة مباحثات مع لافروف", at: 10)
    )
    static let moscowMoU = Event(
        type: .agreement, status: .occurred, date: PartialDate("2025-10-16"),
        countries: ["MA", "RU"], location: Location(name: "Moscow", country: "RU"),
        participants: [bourita, lavrov], instrument: .mou, count: 1,
        title: "لجنة عمل روسية-مغربية", confidence: 0.8,
        evidence: evidence("وقع الوزيران مذكرة تفاهم", at: 60)
    )
    static let plannedSession = Event(
        type: .commissionSession, status: .planned, countries: ["MA", "RU"],
        location: Location(name: "Moscow", country: "RU"), participants: [bourita],
        body: "اللجنة المشتركة للتعاون", ordinal: 8, confidence: 0.7,
        evidence: evidence("الدورة الثامنة للجنة المشتركة", at: 120)
    )
    /// Known only to the month.
    static let aprilPhoneCall = Event(
        type: .meeting, status: .occurred, date: PartialDate("2025-04"),
        countries: ["MA", "RU"], participants: [lavrov, bourita], mode: .phone,
        evidence: evidence("اتصال هاتفي", at: 5)
    )
    /// Known only to the year.
    static let yearMeeting = Event(
        type: .meeting, status: .occurred, date: PartialDate("2024"),
        countries: ["MA", "RU"], evidence: evidence("لقاء", at: 0)
    )
    static let plannedVideoCall = Event(
        type: .meeting, status: .planned, date: PartialDate("2025-12-02"),
        countries: ["MA", "RU"], mode: .video, evidence: evidence("video call", at: 0)
    )
    static let parisMeeting = Event(
        type: .meeting, status: .occurred, date: PartialDate("2025-06-10"),
        countries: ["FR", "MA"], location: Location(name: "Rabat", country: "MA"),
        participants: [bourita, barrot], evidence: evidence("s'est entretenu", at: 3)
    )
    static let parisAgreements = Event(
        type: .agreement, status: .occurred, date: PartialDate("2025-06-10"),
        countries: ["FR", "MA"], instrument: .agreement, count: 3,
        evidence: evidence("ont signé trois accords", at: 40)
    )
    static let egyptJordanProtocol = Event(
        type: .agreement, status: .planned, date: PartialDate("2025-03"),
        countries: ["EG", "JO"], organizations: ["LAS"], instrument: .protocol,
        evidence: evidence("protocol", at: 0)
    )

    static func document(_ id: String, _ text: String, published: String? = nil) -> Document {
        Document(id: id, language: "ar", url: "https://example.org/\(id)", title: "Title of \(id)",
                 published: published.flatMap(PartialDate.init), text: text)
    }

    /// Stores a few documents covering every filter the queries take.
    static func populate(_ store: Store) throws {
        _ = try store.ingest(document("ma-ru", "Moscow text", published: "2025-10-16"),
                             events: [moscowMeeting, moscowMoU, plannedSession])
        _ = try store.ingest(document("ma-ru-calls", "Calls text", published: "2025-12-01"),
                             events: [aprilPhoneCall, yearMeeting, plannedVideoCall])
        _ = try store.ingest(document("ma-fr", "Rabat text", published: "2025-06-11"),
                             events: [parisMeeting, parisAgreements])
        _ = try store.ingest(document("eg-jo", "Cairo text", published: "2025-03-13"),
                             events: [egyptJordanProtocol])
    }
}

extension Event {
    /// What a query returns about an event, leaving out the store's id and confidence rounding.
    var summary: String {
        "\(type.rawValue) \(status.rawValue) \(date?.description ?? "undated") \(countries.joined(separator: "-"))"
    }
}
