import ChanceryCore
import SQLiteDB

/// A document's text summed up for finding its copies: its word shingles and the band hashes of
/// their MinHash signature (see Migrations/0010_document_copies.sql).
struct DocumentSignature {
    var shingles: WordShingles
    var bands: [Int64]

    init(text: String) {
        shingles = WordShingles(text)
        bands = MinHash(shingles).bandHashes
    }

    init(shingles: WordShingles, bands: [Int64]) {
        self.shingles = shingles
        self.bands = bands
    }
}

/// Where a document comes in the order that decides which of two alike ones is the copy (see
/// `Store.comesBefore`), compared as SQLite compares the stored text.
struct DocumentKey: Comparable {
    var published: String?
    var id: String

    static func < (lhs: Self, rhs: Self) -> Bool {
        switch (lhs.published, rhs.published) {
        case let (mine?, theirs?) where mine != theirs: Array(mine.utf8).lexicographicallyPrecedes(Array(theirs.utf8))
        case (nil, _?): false
        case (_?, nil): true
        default: Array(lhs.id.utf8).lexicographicallyPrecedes(Array(rhs.id.utf8))
        }
    }
}

/// A stored document that a new one was found a copy of.
struct CopyMatch: Equatable {
    /// The stored document's row id.
    var original: Int64
    /// The Jaccard index of the two texts' shingles.
    var resemblance: Double
}

/// What a copy's event is of the document it copies.
enum CopiedReport: Equatable {
    /// Another report of this stored event.
    case event(Int64)
    /// A second reading of this stored event, which the copy reports already: nothing more is stored.
    case again(Int64)
    /// Something the original does not report, which only the copy's edits made the extractor
    /// read (another type, countries or date, a word changed): nothing is stored.
    case unreported
    /// The report of an event deleted by hand: the copy's report goes with it.
    case deleted
}

// Syndicated copies: a document nearly the same as a stored one (the same wire story with another
// headline, a trailing line, a few words changed) is found by its shingles, and each of its events
// becomes one more source of the event the stored document reports from the same passage.
extension Store {
    /// The least resemblance (Jaccard index of five-word shingles) of a new document to a stored
    /// one for it to be taken for a copy, and the least for one published the same day (both
    /// days known): an agency story is reprinted the day it comes out. Measured on the dev corpora
    /// (`Tests/ChanceryCLITests/CopyCorpusTests.swift`): a copy made with another headline, a
    /// trailing line and one to three words changed resembles its article by 0.48 to 1 (1 in 100
    /// under 0.62, most of them copies of articles of fewer than 60 words); two distinct articles by
    /// 0.51 at most (a rewrite of one agency story, published on another day) and 0.48 for two of
    /// the same day (another rewrite of it), save one story that two outlets printed word for word
    /// (0.89). A copy missed is still weighed by the merge rules; a false copy would take one
    /// article's events for another's.
    public static let copyResemblance = 0.6
    public static let sameDayCopyResemblance = 0.5

    /// How many candidates (those sharing most bands first) are compared exactly.
    static let copyCandidatesCompared = 4

    /// The least resemblance (Jaccard index of content words) of a copy's evidence to the
    /// original's for the two to be one passage.
    static let copiedEvidenceResemblance = 0.5

    /// Whether document `d` (an alias of `documents`) comes before the document published on
    /// `?1` (the stored text, NULL when unknown) whose id is `?2`, in the order that decides which
    /// of two alike documents is the copy: the earlier published first, undated ones last, then
    /// by id, as `Report.precedes` orders reports. So the copy is the same whichever of the two
    /// was stored first, or whichever of two ingests at once stored it.
    static let comesBefore = "((d.published IS NOT NULL AND (?1 IS NULL OR d.published < ?1)) OR (d.published IS ?1 AND d.external_id < ?2))"
    static let inDocumentOrder = "d.published IS NULL, d.published, d.external_id"

    /// Numbered placeholders for `count` band hashes, from `?first` on: the queries that take
    /// them number their fixed parameters first.
    static func bandPlaceholders(_ count: Int, from first: Int) -> String {
        (first..<(first + count)).map { "?\($0)" }.joined(separator: ", ")
    }

    /// The stored document that the document with `signature`, published on `published` (as
    /// stored) under the id `externalID`, is a copy of: of the documents before it (see
    /// `comesBefore`) sharing a band with it, the `copyCandidatesCompared` sharing most, the most
    /// alike at `copyResemblance` or more, or at `sameDayCopyResemblance` or more when published
    /// the same day; nil when there is none. It depends on which documents are stored, not on
    /// the order they came in: candidates that share as many bands, and copies as alike, are
    /// taken in document order.
    func storedDocument(copiedBy signature: DocumentSignature, published: String?, externalID: String) throws -> CopyMatch? {
        let candidates = try copyCandidates(sharingBandsWith: signature, published: published, externalID: externalID,
                                            limit: Self.copyCandidatesCompared)
        let day = published.flatMap { PartialDate($0)?.precision == .day ? $0 : nil }
        var best: CopyMatch?
        for candidate in candidates {
            guard let row = try db.rows("SELECT text, published FROM documents WHERE id = ?", [candidate]).first,
                  let text = row[0].string else { continue }
            let resemblance = signature.shingles.resemblance(to: WordShingles(text))
            let least = day != nil && row[1].string == day ? Self.sameDayCopyResemblance : Self.copyResemblance
            if resemblance >= least, resemblance > (best?.resemblance ?? 0) {
                best = CopyMatch(original: candidate, resemblance: resemblance)
            }
        }
        return best
    }

    /// The row ids of the documents before the one with `signature` (published on `published`,
    /// under the id `externalID`) sharing a band with it, at most `limit`: those sharing most
    /// first, then in document order.
    func copyCandidates(sharingBandsWith signature: DocumentSignature, published: String?, externalID: String, limit: Int) throws -> [Int64] {
        guard !signature.bands.isEmpty else { return [] }
        return try db.rows(
            """
            SELECT b.document_id FROM document_bands b JOIN documents d ON d.id = b.document_id
            WHERE b.band_hash IN (\(Self.bandPlaceholders(signature.bands.count, from: 4))) AND \(Self.comesBefore)
            GROUP BY b.document_id ORDER BY count(*) DESC, \(Self.inDocumentOrder) LIMIT ?3
            """, [published, externalID, Int64(limit)] + signature.bands
        ).compactMap { $0[0].int64 }
    }

    /// Weighs again, once the document with row id `document` and `signature` is stored with its
    /// reports, each stored document after it that it may be the original of: one whose copy it
    /// is, or whose original it displaces among the candidates compared, is read again as the
    /// copy it now is (see `readAgain(_:)`), and so are the copies of that one. This is
    /// what makes the copies, and the events their reports join, the same whatever order the
    /// documents came in. A document stored in order (the usual case) finds none after it.
    func reweighDocuments(after document: Int64, signature: DocumentSignature, published: String?, externalID: String) throws {
        guard !signature.bands.isEmpty else { return }
        struct Later {
            var row: Int64
            var key: DocumentKey
        }
        let later = try db.rows(
            """
            SELECT b.document_id, d.published, d.external_id FROM document_bands b JOIN documents d ON d.id = b.document_id
            WHERE b.band_hash IN (\(Self.bandPlaceholders(signature.bands.count, from: 4))) AND d.id <> ?3 AND NOT \(Self.comesBefore)
            GROUP BY b.document_id ORDER BY \(Self.inDocumentOrder)
            """, [published, externalID, document] + signature.bands
        ).compactMap { row in row[0].int64.map { Later(row: $0, key: DocumentKey(published: row[1].string, id: row[2].string ?? "")) } }
        let day = published.flatMap { PartialDate($0)?.precision == .day ? $0 : nil }
        var pending: [Later] = []
        for candidate in later {
            guard let stored = try db.rows("SELECT copy_of, resemblance FROM document_signatures WHERE document_id = ?",
                                           [candidate.row]).first else { continue }
            let current = stored[0].int64
            let bands = try db.rows("SELECT band_hash FROM document_bands WHERE document_id = ?", [candidate.row]).compactMap { $0[0].int64 }
            var theirs = DocumentSignature(shingles: WordShingles(words: []), bands: bands)
            // Its original can change only if the new document is now among the candidates
            // compared: either as more alike than its original, or by putting that one out of them.
            let ranked = try copyCandidates(sharingBandsWith: theirs, published: candidate.key.published, externalID: candidate.key.id,
                                            limit: Self.copyCandidatesCompared + 1)
            guard let place = ranked.firstIndex(of: document), place < Self.copyCandidatesCompared else { continue }
            let putOut = ranked.count > Self.copyCandidatesCompared ? ranked[Self.copyCandidatesCompared] : nil
            theirs.shingles = WordShingles(try db.scalar("SELECT text FROM documents WHERE id = ?", [candidate.row]).string ?? "")
            let resemblance = theirs.shingles.resemblance(to: signature.shingles)
            let least = day != nil && candidate.key.published == day ? Self.sameDayCopyResemblance : Self.copyResemblance
            let best: CopyMatch?
            if putOut == nil || putOut != current, resemblance != stored[1].double {
                // The others compared are as before, its original the most alike of them.
                guard resemblance >= least, resemblance > (stored[1].double ?? 0) else { continue }
                best = CopyMatch(original: document, resemblance: resemblance)
            } else {
                best = try storedDocument(copiedBy: theirs, published: candidate.key.published, externalID: candidate.key.id)
            }
            guard best?.original != current else { continue }
            try db.run("UPDATE document_signatures SET copy_of = ?, resemblance = ? WHERE document_id = ?",
                       [best?.original, best?.resemblance, candidate.row])
            pending.append(candidate)
            if let best, let original = try db.scalar("SELECT external_id FROM documents WHERE id = ?", [best.original]).string {
                storedCopiesFound.append((copy: candidate.key.id, original: original))
            }
        }
        // In document order: a copy is read again after the document it copies, and after the
        // copies of each document read again, whose reports were matched to what it said.
        var done = Set<Int64>()
        while let next = pending.min(by: { $0.key < $1.key }) {
            pending.removeAll { $0.row == next.row }
            guard done.insert(next.row).inserted else { continue }
            try readAgain(next.row)
            for row in try db.rows(
                "SELECT s.document_id, d.published, d.external_id FROM document_signatures s JOIN documents d ON d.id = s.document_id WHERE s.copy_of = ?",
                [next.row]) {
                guard let copy = row[0].int64, !done.contains(copy) else { continue }
                pending.append(Later(row: copy, key: DocumentKey(published: row[1].string, id: row[2].string ?? "")))
            }
        }
    }

    /// Puts in place of what the stored document with row id `document` reports what it reports
    /// as the copy `document_signatures` now says it is (or as no copy): its reports taken out
    /// of their events (an event of no other source goes), then its events, read again with
    /// `reading` (else as its reports stored said them), added as a new document's are.
    func readAgain(_ document: Int64) throws {
        let events: [Event]
        let sources = try db.rows("SELECT event_id FROM sources WHERE document_id = ? ORDER BY start, event_id", [document])
            .compactMap { $0[0].int64 }
        if let reading, let stored = try storedDocument(row: document) {
            events = Self.inTextOrder(reading(stored))
        } else {
            events = try sources.compactMap { try report(ofDocument: document, inEvent: $0)?.event }
        }
        // The groups it leaves and those it joins are weighed again in document order: events
        // that others' reports joined because of its reports, when they came after it, may not
        // be what they would be in that order.
        try markGroupsUnsettled(reportedBy: document)
        for id in sources { try removeReport(ofDocument: document, fromEvent: id) }
        // What it said of events deleted by hand: the corrections, applied again at the end of
        // the batch, keep its new reports instead (as a rebuild does).
        try db.run("DELETE FROM deleted_reports WHERE document_id = ?", [document])
        let copied = try copiedReports(of: events, inDocument: document)
        for (event, copied) in zip(events, copied) {
            try addReport(event, fromDocument: document, copied: copied)
        }
        try markGroupsUnsettled(reportedBy: document)
    }

    /// Records a stored document's signature, and the document it is a copy of.
    func insertSignature(_ signature: DocumentSignature, of document: Int64, copyOf copy: CopyMatch?) throws {
        try db.run(
            "INSERT INTO document_signatures (document_id, shingles, copy_of, resemblance) VALUES (?, ?, ?, ?)",
            [document, signature.shingles.count, copy?.original, copy?.resemblance])
        for band in Set(signature.bands) {
            try db.run("INSERT INTO document_bands (band_hash, document_id) VALUES (?, ?)", [band, document])
        }
    }

    /// The row id of the stored document that the document with row id `document` was found a copy of.
    func original(ofCopy document: Int64) throws -> Int64? {
        try db.scalar("SELECT copy_of FROM document_signatures WHERE document_id = ?", [document]).int64
    }

    /// What each of `events`, read from the document with row id `document`, is of the document
    /// that one copies; all nil when it copies none.
    ///
    /// A copy reports what its original reports: its text is nearly the same, and what its
    /// extraction reads differently comes of the edits. Each of its events is matched to one
    /// report of the original: first the report from the same passage (of the same type, the
    /// evidence of the two having most of their content words in common), the closest pairs first
    /// (the most alike evidence, then the same countries, then the nearest place in the text);
    /// then, for an event whose passage the copy changed (its headline, a word), a report left of
    /// the same type, naming a country of the event and stating nothing different (its mode,
    /// session, instrument, dates), the same countries first, then the nearest. The original's
    /// report may be one a delete correction keeps. A copy's event left over that could be one of
    /// the events the copy reports already is a second reading of it (an edit made the extractor
    /// read one event twice); any other is unreported: a copy brings no event of its own.
    func copiedReports(of events: [Event], inDocument document: Int64) throws -> [CopiedReport?] {
        var copied = [CopiedReport?](repeating: nil, count: events.count)
        guard !events.isEmpty, let original = try original(ofCopy: document) else { return copied }
        struct Reported {
            var report: CopiedReport
            var type: String
            var countryKey: String
            var words: ContentWords
            var start: Int
            /// The event, when the copy reports it already.
            var reportedByCopy: Bool
        }
        var reports: [Reported] = []
        var stored: [Int64: StoredEvent] = [:]
        for row in try db.rows(Self.originalReports, [original, document]) {
            guard let id = row[0].int64 else { continue }
            reports.append(Reported(report: .event(id), type: row[1].string ?? "", countryKey: row[3].string ?? "",
                                    words: ContentWords(row[2].string ?? ""), start: row[4].int ?? 0,
                                    reportedByCopy: row[5].int == 1))
            stored[id] = try storedEvent(id: id)
        }
        for row in try db.rows(Self.originalDeletedReports, [original]) {
            reports.append(Reported(report: .deleted, type: row[0].string ?? "", countryKey: row[2].string ?? "",
                                    words: ContentWords(row[1].string ?? ""), start: row[3].int ?? 0, reportedByCopy: false))
        }
        // In the order of the original's text, whatever order its reports were stored in: of two
        // from one passage, the earlier dated first.
        func dated(_ report: Reported) -> String {
            guard case .event(let id) = report.report else { return "" }
            return stored[id]?.dateFirst ?? ""
        }
        reports.sort { ($0.start, $0.type, $0.countryKey, dated($0)) < ($1.start, $1.type, $1.countryKey, dated($1)) }
        let keys = events.map { Self.countryKey($0.countries) }
        func mayBe(_ i: Int, _ j: Int) -> Bool {
            guard case .event(let id) = reports[j].report else { return true }
            guard let event = stored[id] else { return false }
            return !Self.attributesConflict(events[i], event) && Self.dateRelation(of: events[i], to: event) != .apart
        }
        var taken = Set(reports.indices.filter { reports[$0].reportedByCopy })

        // The same passage.
        let words = events.map { ContentWords($0.evidence?.text ?? "") }
        // Of two reports from one passage, the one whose dates agree.
        var pairs: [(closeness: (Double, Int, Int, Int), event: Int, report: Int)] = []
        for (i, event) in events.enumerated() {
            for (j, report) in reports.enumerated() where report.type == event.type.rawValue && !taken.contains(j) {
                let resemblance = words[i].resemblance(to: report.words)
                guard resemblance >= Self.copiedEvidenceResemblance else { continue }
                pairs.append(((resemblance, report.countryKey == keys[i] ? 1 : 0, mayBe(i, j) ? 1 : 0,
                               -abs(report.start - (event.evidence?.start ?? 0))), i, j))
            }
        }
        // The closest first; of two as close, the earlier event and report.
        pairs.sort { $0.closeness != $1.closeness ? $0.closeness > $1.closeness : ($0.event, $0.report) < ($1.event, $1.report) }
        for pair in pairs where copied[pair.event] == nil && !taken.contains(pair.report) {
            copied[pair.event] = reports[pair.report].report
            taken.insert(pair.report)
        }

        // A passage the copy changed: the report left of the same type and countries in common,
        // nothing they state differing; the same countries first, then the nearest place.
        func overlapping(_ i: Int, _ j: Int) -> Bool {
            reports[j].type == events[i].type.rawValue
                && !Set(events[i].countries).isDisjoint(with: reports[j].countryKey.split(separator: ",").map(String.init))
        }
        var changed: [(closeness: (Int, Int), event: Int, report: Int)] = []
        for i in events.indices where copied[i] == nil {
            for j in reports.indices where !taken.contains(j) && overlapping(i, j) && mayBe(i, j) {
                changed.append(((reports[j].countryKey == keys[i] ? 1 : 0, -abs(reports[j].start - (events[i].evidence?.start ?? 0))), i, j))
            }
        }
        changed.sort { $0.closeness != $1.closeness ? $0.closeness > $1.closeness : ($0.event, $0.report) < ($1.event, $1.report) }
        for pair in changed where copied[pair.event] == nil && !taken.contains(pair.report) {
            copied[pair.event] = reports[pair.report].report
            taken.insert(pair.report)
        }

        // A second reading of an event the copy reports.
        for i in events.indices where copied[i] == nil {
            let start = events[i].evidence?.start ?? 0
            let again = reports.indices
                .filter { taken.contains($0) && overlapping(i, $0) && mayBe(i, $0) }
                .min { abs(reports[$0].start - start) < abs(reports[$1].start - start) }
            if let again, case .event(let id) = reports[again].report { copied[i] = .again(id) }
        }
        return copied.map { $0 ?? .unreported }
    }

    /// The reports of a document (its events, their types, the evidence, the countries it named and
    /// where), and whether another document reports the event too: (document, other document).
    static let originalReports = """
        SELECT s.event_id, e.type, s.evidence, coalesce(s.country_key, e.country_key, ''), s.start,
               EXISTS (SELECT 1 FROM sources x WHERE x.event_id = s.event_id AND x.document_id = ?2)
        FROM sources s JOIN events e ON e.id = s.event_id
        WHERE s.document_id = ?1
        """

    /// What a document said of the events that corrections in force deleted: (document).
    static let originalDeletedReports = """
        SELECT r.type, r.evidence, r.country_key, r.start FROM deleted_reports r JOIN corrections c ON c.id = r.correction_id
        WHERE r.document_id = ? AND c.undone_at IS NULL
        """

    /// The people of `event`, read from the copy with row id `copy`, whom its original's report of
    /// event `id` names too: a copy names no one its original does not, since a name that only
    /// the copy gives is one its edits made ('سبل إيمانويل ماكرون' of a word dropped before a name).
    func participants(of event: Event, alsoNamedByOriginalOf copy: Int64, inEvent id: Int64) throws -> [Participant] {
        guard let original = try original(ofCopy: copy),
              let (_, named) = try report(ofDocument: original, inEvent: id) else { return event.participants }
        let people = Set(named)
        return try event.participants.filter { participant in
            try actorID(alias: CountryCatalog.key(participant.name), country: participant.country).map(people.contains) ?? false
        }
    }

    /// Whether a copy's evidence is the passage `evidence` of its original.
    static func copiedEvidence(_ copied: String, matches evidence: String) -> Bool {
        ContentWords(copied).resemblance(to: ContentWords(evidence)) >= copiedEvidenceResemblance
    }

    /// Signs the documents stored before signatures were kept (a base made before migration
    /// 10), a batch at a time, each batch one transaction. They are taken for copies of nothing:
    /// their events are as the merge rules made them; later documents may be found copies of them.
    func signUnsignedDocuments() throws {
        let documents = try db.scalar("SELECT count(*) FROM documents").int ?? 0
        let signed = try db.scalar("SELECT count(*) FROM document_signatures").int ?? 0
        guard documents != signed else { return }
        while true {
            let done = try db.transaction {
                let unsigned = try db.rows(
                    """
                    SELECT d.id, d.text FROM documents d
                    WHERE NOT EXISTS (SELECT 1 FROM document_signatures s WHERE s.document_id = d.id)
                    ORDER BY d.id LIMIT ?
                    """, [Self.documentsSignedPerTransaction])
                for row in unsigned {
                    guard let id = row[0].int64 else { continue }
                    try insertSignature(DocumentSignature(text: row[1].string ?? ""), of: id, copyOf: nil)
                }
                return unsigned.count < Self.documentsSignedPerTransaction
            }
            if done { return }
        }
    }

    static let documentsSignedPerTransaction = 256
}
