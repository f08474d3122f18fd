import Foundation
import Testing
@testable import SQLiteDB

/// A connection waiting for another's write lock: it takes it once let go, gives up after its
/// busy timeout, and stops at once when told to.
@Suite struct BusyWaitTests {
    /// Runs `body` with the path of a new database in write-ahead mode, and a thread holding its
    /// write lock until `holdFor` has passed.
    func withLockHeld(for holdFor: Duration, _ body: (String) throws -> Void) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("busy-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        do {
            let db = try Connection(path: path)
            try db.enableWriteAheadLogging()
            try db.execute("CREATE TABLE t (n INTEGER)")
        }
        let locked = DispatchSemaphore(value: 0)
        let released = DispatchSemaphore(value: 0)
        Thread {
            defer { released.signal() }
            guard let holder = try? Connection(path: path), (try? holder.beginImmediateTransaction()) != nil else {
                locked.signal()
                return
            }
            try? holder.run("INSERT INTO t VALUES (?)", [1])
            locked.signal()
            Thread.sleep(forTimeInterval: Double(holdFor.components.seconds) + Double(holdFor.components.attoseconds) / 1e18)
            try? holder.execute("COMMIT")
        }.start()
        locked.wait()
        defer { released.wait() }
        try body(path)
    }

    @Test func aWriterTakesTheLockSoonAfterAnotherLetsItGo() throws {
        try withLockHeld(for: .milliseconds(300)) { path in
            let db = try Connection(path: path, busyTimeout: .seconds(10))
            let clock = ContinuousClock()
            let started = clock.now
            try db.beginImmediateTransaction()
            let waited = clock.now - started
            // The holder's row is there: the lock was taken after its commit.
            #expect(try db.scalar("SELECT count(*) FROM t") == .integer(1))
            try db.execute("COMMIT")
            #expect(waited >= .milliseconds(200) && waited < .seconds(3), "waited \(waited)")
        }
    }

    @Test func aWriterGivesUpWithBusyOnceItsTimeoutHasPassed() throws {
        try withLockHeld(for: .seconds(2)) { path in
            let db = try Connection(path: path, busyTimeout: .milliseconds(300))
            let clock = ContinuousClock()
            let started = clock.now
            #expect { try db.beginImmediateTransaction() } throws: { ($0 as? SQLiteError)?.isBusy == true }
            let waited = clock.now - started
            #expect(waited >= .milliseconds(300) && waited < .milliseconds(1_500), "waited \(waited)")
            #expect(!db.isInTransaction)
        }
    }

    @Test func aWaitStopsAtOnceWhenGivenUp() throws {
        try withLockHeld(for: .seconds(2)) { path in
            let db = try Connection(path: path)
            let clock = ContinuousClock()
            let started = clock.now
            db.waitingForLocks(upTo: .seconds(60)) { clock.now - started > .milliseconds(100) }
            #expect(db.busyTimeout == .seconds(60))
            #expect { try db.beginImmediateTransaction() } throws: { ($0 as? SQLiteError)?.isBusy == true }
            let waited = clock.now - started
            #expect(waited < .seconds(1), "waited \(waited)")
        }
    }

    @Test func pausesBetweenTriesGrowThenStayShort() {
        #expect((0..<8).map { BusyWait.pause(afterAttempt: $0) } == [1, 2, 4, 8, 16, 20, 20, 20])
    }
}
