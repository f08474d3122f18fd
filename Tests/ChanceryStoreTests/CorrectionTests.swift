import ChanceryCore
import Foundation
@testable import ChanceryStore
import SQLiteDB
import Testing

/// Corrections hold over what comes in after them: the same documents again, other documents
/// reporting the same events, and every document read again (by a newer extractor, say).
@Suite("Corrections survive later ingests and rereads")
struct CorrectionTests {
    static let moscow = Fixture.document("ma-ru", "Moscow text", published: "2025-10-16")
    /// A syndicated copy: another outlet's id, a line more, the same events.
    static let moscowCopy = Fixture.document("ma-ru-copy", "Moscow text\nSource: the wire", published: "2025-10-16")
    static let rabat = Fixture.document("ma-fr", "Rabat text", published: "2025-06-11")

    /// Ingests each document with its events in one batch, as `chancery ingest` does.
    func ingest(_ store: Store, _ documents: [(Document, [Event])]) throws {
        try store.ingestBatch {
            for (document, events) in documents { _ = try store.ingest(document, events: events) }
        }
    }

    /// Reads every document again, its events given by `extract` (by document id), as `chancery rebuild` does.
    func reread(_ store: Store, _ extract: (String) -> [Event]) throws {
        _ = try store.beginRebuild()
        while true {
            let documents = try store.documentsToReread(limit: 2)
            guard !documents.isEmpty else { break }
            _ = try store.reread(documents.map { ($0, extract($0.document.id ?? "")) })
        }
    }

    func eventID(_ store: Store, _ type: EventType, _ countries: [String]) throws -> Int64 {
        try #require(try store.events(matching: EventFilter(types: [type], countries: countries)).first?.id)
    }

    @Test func aDeletedEventStaysDeletedWhenTheSameDocumentsOrACopyComeIn() throws {
        try withStore { store, _ in
            try ingest(store, [(Self.moscow, [Fixture.moscowMeeting, Fixture.moscowMoU])])
            let meeting = try eventID(store, .meeting, ["MA", "RU"])
            let correction = try store.delete(event: meeting, by: "tester")
            #expect(correction.kind == .delete)
            try ingest(store, [(Self.moscow, [Fixture.moscowMeeting, Fixture.moscowMoU])])
            try ingest(store, [(Self.moscowCopy, [Fixture.moscowMeeting, Fixture.moscowMoU])])
            #expect(try store.meetings(between: "MA", and: "RU").isEmpty)
            // The copy's signing joined the stored one, untouched by the deletion.
            let agreements = try store.agreements()
            #expect(agreements.map { $0.sources.map(\.document) } == [["ma-ru", "ma-ru-copy"]])
            try reread(store) { _ in [Fixture.moscowMeeting, Fixture.moscowMoU] }
            #expect(try store.meetings(between: "MA", and: "RU").isEmpty)
            #expect(try store.eventCount() == 1)
        }
    }

    @Test func undoingADeletionBringsTheEventBackUnderItsID() throws {
        try withStore { store, _ in
            try ingest(store, [(Self.moscow, [Fixture.moscowMeeting, Fixture.moscowMoU])])
            let meeting = try eventID(store, .meeting, ["MA", "RU"])
            _ = try store.delete(event: meeting, by: "tester")
            let outcome = try store.undoLastCorrection(by: "tester")
            #expect(outcome.correction.isUndone && outcome.correction.undoneBy == "tester")
            #expect(outcome.events == [meeting])
            let back = try #require(try store.event(id: meeting))
            #expect(back.summary == "meeting occurred 2025-10-16 MA-RU")
            #expect(back.participants == Fixture.moscowMeeting.participants)
            #expect(throws: StoreError.self) { _ = try store.undoLastCorrection(by: "tester") }
        }
    }

    @Test func anEditedDateStaysWhenTheDocumentIsReadAgainAndWhenAnotherReportsTheEvent() throws {
        try withStore { store, _ in
            try ingest(store, [(Self.moscow, [Fixture.moscowMeeting])])
            let id = try eventID(store, .meeting, ["MA", "RU"])
            let edit = try #require(try store.edit(event: id, EventEdit(date: date("2025-10")), by: "tester"))
            #expect(edit.changes == [FieldChange(field: "date", before: "2025-10-16", after: "2025-10")])
            try reread(store) { _ in [Fixture.moscowMeeting] }
            #expect(try store.event(id: id)?.date == date("2025-10"))
            // A copy read as the extractor first read it (the 16th) is a report of the edited event.
            try ingest(store, [(Self.moscowCopy, [Fixture.moscowMeeting])])
            let events = try store.meetings(between: "MA", and: "RU")
            #expect(events.map(\.id) == [id])
            #expect(events.first?.date == date("2025-10"))
            #expect(events.first?.sources.map(\.document) == ["ma-ru", "ma-ru-copy"])
            // A month's question finds it at its month.
            #expect(try store.events(matching: EventFilter(since: date("2025-10-01"), until: date("2025-10-31"))).map(\.id) == [id])
            #expect(try store.correctedFields()[id] == ["date"])
        }
    }

    /// A document never reports one event twice: of a later document's two reports that both fit
    /// an edited event, one is taken in and the other stays an event of its own, then and after
    /// every report is read again; no report is lost.
    @Test func twoReportsOfOneLaterDocumentAreNeverFoldedIntoOneEvent() throws {
        try withStore { store, _ in
            try ingest(store, [(Self.moscow, [Fixture.moscowMeeting])])
            let id = try eventID(store, .meeting, ["MA", "RU"])
            // Edited to a day neither later report names, so that neither merges with it by the rules.
            _ = try store.edit(event: id, EventEdit(date: date("2025-11-20")), by: "tester")
            var month = Fixture.moscowMeeting
            month.date = date("2025-10")
            month.evidence = Fixture.evidence("لقاء آخر في موسكو", at: 400)
            let later = [Fixture.moscowMeeting, month]
            try ingest(store, [(Self.moscowCopy, later)])
            func reports() throws -> [[String]] {
                try store.meetings(between: "MA", and: "RU").map { $0.sources.map { "\($0.document)@\($0.evidence.start)" } }
            }
            let expected = [["ma-ru-copy@400"], ["ma-ru@10", "ma-ru-copy@10"]]
            #expect(try reports() == expected)
            try reread(store) { $0 == "ma-ru" ? [Fixture.moscowMeeting] : later }
            #expect(try reports() == expected)
            #expect(try store.event(id: id)?.date == date("2025-11-20"))
        }
    }

    @Test func anEditFollowsItsReportWhenANewerExtractorMovesTheEvidence() throws {
        try withStore { store, _ in
            try ingest(store, [(Self.moscow, [Fixture.moscowMeeting, Fixture.moscowMoU])])
            let id = try eventID(store, .meeting, ["MA", "RU"])
            _ = try store.edit(event: id, EventEdit(status: .planned), by: "tester")
            var moved = Fixture.moscowMeeting
            moved.evidence = Fixture.evidence("أجرى بوريطة مباحثات", at: 14)
            moved.date = date("2025-10-15")
            try reread(store) { _ in [moved, Fixture.moscowMoU] }
            let meeting = try #require(try store.event(id: id))
            #expect(meeting.status == .planned)
            #expect(meeting.date == date("2025-10-15"))
            #expect(meeting.sources.first?.evidence.start == 14)
            // The signing, read from the same passage as before, kept its id too.
            #expect(try store.eventCount() == 2)
        }
    }

    @Test func countriesEditedChangeWhichPairsTheEventIsFoundUnder() throws {
        try withStore { store, _ in
            try ingest(store, [(Self.moscow, [Fixture.moscowMeeting])])
            let id = try eventID(store, .meeting, ["MA", "RU"])
            _ = try store.edit(event: id, EventEdit(addedCountries: ["FR"], removedCountries: ["RU"], location: Location(name: "Paris", country: "FR")),
                               by: "tester")
            #expect(try store.meetings(between: "MA", and: "RU").isEmpty)
            let moved = try store.meetings(between: "FR", and: "MA")
            #expect(moved.map(\.id) == [id])
            #expect(moved.first?.location == Location(name: "Paris", country: "FR"))
            try reread(store) { _ in [Fixture.moscowMeeting] }
            #expect(try store.meetings(between: "FR", and: "MA").map(\.id) == [id])
            #expect(try store.meetings(between: "MA", and: "RU").isEmpty)
            #expect(throws: StoreError.self) {
                _ = try store.edit(event: id, EventEdit(removedCountries: ["FR", "MA"]), by: "tester")
            }
        }
    }

    @Test func twoEventsMergedStayOneWhenReadAgain() throws {
        try withStore { store, _ in
            var later = Fixture.moscowMeeting
            later.date = date("2025-10-20")
            try ingest(store, [(Self.moscow, [Fixture.moscowMeeting]), (Self.moscowCopy, [later])])
            let events = try store.meetings(between: "MA", and: "RU")
            try #require(events.count == 2)
            let (kept, other) = (try #require(events[0].id), try #require(events[1].id))
            _ = try store.merge(event: other, into: kept, by: "tester")
            try reread(store) { $0 == "ma-ru" ? [Fixture.moscowMeeting] : [later] }
            let merged = try store.meetings(between: "MA", and: "RU")
            #expect(merged.map(\.id) == [kept])
            #expect(merged.first?.sources.map(\.document) == ["ma-ru", "ma-ru-copy"])
            _ = try store.undoLastCorrection(by: "tester")
            #expect(try store.meetings(between: "MA", and: "RU").map(\.id) == [kept, other])
        }
    }

    @Test func aReportSplitOutStaysApartWhenReadAgain() throws {
        try withStore { store, _ in
            try ingest(store, [(Self.moscow, [Fixture.moscowMeeting]), (Self.moscowCopy, [Fixture.moscowMeeting])])
            let id = try eventID(store, .meeting, ["MA", "RU"])
            let (_, new) = try store.split(event: id, document: "ma-ru-copy", by: "tester")
            #expect(new != id)
            try reread(store) { _ in [Fixture.moscowMeeting] }
            let events = try store.meetings(between: "MA", and: "RU")
            #expect(events.map(\.id) == [id, new])
            #expect(events.map { $0.sources.map(\.document) } == [["ma-ru"], ["ma-ru-copy"]])
            #expect(throws: StoreError.self) { _ = try store.split(event: id, document: "ma-ru", by: "tester") }
            #expect(throws: StoreError.self) { _ = try store.split(event: id, document: "elsewhere", by: "tester") }
        }
    }

    @Test func aPersonMergedStaysOneWhenNamedAgain() throws {
        try withStore { store, _ in
            // Named without the office, so that neither the office nor the surname ties it to Bourita.
            let misspelt = Participant(name: "Nacer Bouritta", country: "MA", role: "minister")
            var call = Fixture.aprilPhoneCall
            call.participants = [misspelt, Fixture.lavrov]
            try ingest(store, [(Self.moscow, [Fixture.moscowMeeting]), (Self.rabat, [call])])
            let bourita = try #require(try store.actors(matching: "ناصر بوريطة").first?.id)
            let typo = try #require(try store.actors(matching: "Nacer Bouritta").first?.id)
            try #require(bourita != typo)
            _ = try store.mergeActor(typo, into: bourita, by: "tester")
            var again = Fixture.plannedVideoCall
            again.participants = [misspelt]
            try ingest(store, [(Fixture.document("ma-ru-video", "Video text", published: "2025-11-30"), [again])])
            try reread(store) { id in id == "ma-ru" ? [Fixture.moscowMeeting] : id == "ma-fr" ? [call] : [again] }
            #expect(try store.actorSummary(id: typo) == nil)
            #expect(try store.actorSummary(id: bourita)?.events == 3)
            #expect(try store.actors(matching: "Nacer Bouritta").map(\.id) == [bourita])
        }
    }

    @Test func aPersonRenamedKeepsTheNameWhenReadAgainAndGetsTheirOwnBackOnUndo() throws {
        try withStore { store, _ in
            try ingest(store, [(Self.moscow, [Fixture.moscowMeeting])])
            let lavrov = try #require(try store.actors(matching: "لافروف").first?.id)
            _ = try store.renameActor(lavrov, to: "Sergey Lavrov", by: "tester")
            try reread(store) { _ in [Fixture.moscowMeeting] }
            let names = try store.meetings(between: "MA", and: "RU").first?.participants.map(\.name)
            #expect(names == ["ناصر بوريطة", "Sergey Lavrov"])
            _ = try store.undoLastCorrection(by: "tester")
            #expect(try store.meetings(between: "MA", and: "RU").first?.participants.map(\.name) == ["ناصر بوريطة", "سيرغي لافروف"])
        }
    }

    @Test func undoTakesBackTheLastCorrectionAndKeepsTheOnesBefore() throws {
        try withStore { store, _ in
            try ingest(store, [(Self.moscow, [Fixture.moscowMeeting])])
            let id = try eventID(store, .meeting, ["MA", "RU"])
            _ = try store.edit(event: id, EventEdit(date: date("2025-10-17")), by: "first")
            _ = try store.edit(event: id, EventEdit(status: .planned), by: "second")
            #expect(try store.corrections(ofEvent: id).map(\.author) == ["first", "second"])
            _ = try store.undoLastCorrection(by: "second")
            let event = try #require(try store.event(id: id))
            #expect(event.status == .occurred)
            #expect(event.date == date("2025-10-17"))
            #expect(try store.corrections(ofEvent: id).map(\.isUndone) == [false, true])
        }
    }

    @Test func withoutCorrectionsReadingEverythingAgainChangesNothing() throws {
        try withStore { store, _ in
            try Fixture.populate(store)
            let before = try store.events(matching: EventFilter())
            let byDocument = Dictionary(grouping: before.flatMap { event in event.sources.map { ($0.document, event) } }, by: \.0)
            try reread(store) { id in
                (byDocument[id] ?? []).map(\.1).sorted { ($0.id ?? 0) < ($1.id ?? 0) }.map { event in
                    var extracted = event
                    extracted.id = nil
                    extracted.sources = []
                    extracted.evidence = event.sources.first?.evidence
                    return extracted
                }
            }
            #expect(try store.events(matching: EventFilter()) == before)
        }
    }

    /// A base made before corrections existed is migrated with nothing lost: every source gets
    /// the countries its event names, and the new tables are there, empty.
    @Test func aBaseFromBeforeCorrectionsIsMigratedWithNothingLost() throws {
        try withTemporaryDirectory { folder in
            let path = folder + "/before-9.sqlite"
            do {
                let db = try Connection(path: path)
                try Migrator(migrations: SchemaMigrations.all.filter { $0.version <= 8 }).migrate(db)
                try db.run("INSERT INTO documents (id, external_id, content_hash, text) VALUES (1, 'old', 'hash', 'text')")
                try db.run("INSERT INTO events (id, type, status, country_key) VALUES (1, 'meeting', 'occurred', 'MA,RU')")
                try db.run("INSERT INTO event_countries (event_id, country) VALUES (1, 'MA'), (1, 'RU')")
                try db.run("INSERT INTO sources (event_id, document_id, evidence, start, \"end\") VALUES (1, 1, 'talks', 3, 8)")
            }
            let store = try Store(path: path)
            #expect(try store.schemaVersions().contains(9))
            #expect(try store.db.scalar("SELECT country_key FROM sources").string == "MA,RU")
            #expect(try count("events", in: store) == 1)
            #expect(try count("event_country_pairs", in: store) == 2)
            #expect(try count("corrections", in: store) == 0)
            #expect(try store.db.rows("PRAGMA integrity_check").map { $0[0].string ?? "" } == ["ok"])
            #expect(try store.db.rows("PRAGMA foreign_key_check").isEmpty)
            // The old event can be corrected like any other.
            let correction = try store.delete(event: 1, by: "tester")
            #expect(correction.target == "old:meeting:MA,RU:3")
            #expect(try count("events", in: store) == 0)
        }
    }

    @Test func aCorrectionIsReadableWithPlainSQL() throws {
        try withStore { store, path in
            try ingest(store, [(Self.moscow, [Fixture.moscowMeeting])])
            let id = try eventID(store, .meeting, ["MA", "RU"])
            _ = try store.edit(event: id, EventEdit(date: date("2025-10-17"), status: .planned), by: "tester")
            let db = try Connection(path: path, readOnly: true)
            let row = try #require(try db.rows(
                """
                SELECT author, kind, target, json_extract(change, '$.date.from'), json_extract(change, '$.date.to'),
                       json_extract(change, '$.status.to'), documents, undone
                FROM correction_log
                """).first)
            #expect(row[0].string == "tester")
            #expect(row[1].string == "edit")
            #expect(row[2].string == "ma-ru:meeting:MA,RU:10")
            #expect(row[3].string == "2025-10-16")
            #expect(row[4].string == "2025-10-17")
            #expect(row[5].string == "planned")
            #expect(row[6].string == "ma-ru")
            #expect(row[7].int == 0)
        }
    }
}
