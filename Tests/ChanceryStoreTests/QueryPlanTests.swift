import ChanceryCore
@testable import ChanceryStore
import SQLiteDB
import Testing

/// Every knowledge-base question, and the merge lookup of the ingest path, is answered from an index.
@Suite struct QueryPlanTests {
    static var questions: [(String, [any SQLiteBindable])] {
        KnowledgeSQL.all + SearchNameSQL.all + [
            (Store.candidatesInDateRange, ["meeting", "MA,RU", "2024-01-01", "2025-10-16", 1]),
            (Store.undatedCandidates, ["meeting", "MA,RU", 1]),
            (Store.allCandidates, ["meeting", "MA,RU", 1]),
            (Store.officeHolders, ["MA", "foreign minister", "2025-10-16", "2025-10-16"]),
            (Store.hasReports, [1]), (Store.eventReports, [1]), (Store.eventReportParticipants, [1]),
            (Store.reportFromEvent, [1]), (Store.reportParticipantsFromEvent, [1]),
        ]
    }

    @Test(arguments: 0..<questions.count)
    func theQueryPlanUsesAnIndex(_ index: Int) throws {
        let (sql, parameters) = Self.questions[index]
        try withStore { store, _ in
            try Fixture.populate(store)
            let plan = try store.db.rows("EXPLAIN QUERY PLAN " + sql, parameters).compactMap { $0[3].string }
            let usesIndex = plan.contains { $0.contains("INDEX") || $0.contains("PRIMARY KEY") || $0.contains("VIRTUAL TABLE") }
            let scansTable = plan.contains { $0.hasPrefix("SCAN") && !$0.contains("INDEX") && !$0.contains("VIRTUAL TABLE") }
            #expect(usesIndex && !scansTable, "\(sql)\n\(plan.joined(separator: "\n"))")
        }
    }
}
