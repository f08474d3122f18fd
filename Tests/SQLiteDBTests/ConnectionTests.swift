import Testing
import Glibc
@testable import SQLiteDB

/// Opens a private in-memory database for one test.
func withDatabase<T>(_ body: (Connection) throws -> T) throws -> T {
    let db = try Connection(path: ":memory:")
    return try body(db)
}

@Suite struct ConnectionTests {
    @Test func valuesRoundTripThroughEveryStorageClass() throws {
        try withDatabase { db in
            try db.execute("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n)")
            try db.run("INSERT INTO t VALUES (?, ?, ?, ?, ?)", [42, 2.5, "مرحبا é", Value.blob([0, 1, 255]), Value.null])
            let row = try #require(try db.rows("SELECT i, r, s, b, n FROM t").first)
            #expect(row["i"] == .integer(42))
            #expect(row["r"] == .real(2.5))
            #expect(row["s"] == .text("مرحبا é"))
            #expect(row["b"] == .blob([0, 1, 255]))
            #expect(row["n"] == .null)
        }
    }

    @Test func namedParametersBindByName() throws {
        try withDatabase { db in
            let statement = try db.prepare("SELECT :a || '-' || :b")
            try statement.bind([":a": "x", ":b": "y"] as [String: any SQLiteBindable])
            #expect(try statement.step())
            #expect(statement.text(at: 0) == "x-y")
        }
    }

    @Test func anUnknownParameterNameIsAnError() throws {
        try withDatabase { db in
            let statement = try db.prepare("SELECT :a")
            #expect(throws: SQLiteError.self) { try statement.bind(1, named: ":missing") }
        }
    }

    @Test func errorsCarryTheExtendedCodeTheMessageAndTheSQL() throws {
        try withDatabase { db in
            try db.execute("CREATE TABLE t (k TEXT PRIMARY KEY)")
            try db.run("INSERT INTO t VALUES (?)", ["a"])
            do {
                try db.run("INSERT INTO t VALUES (?)", ["a"])
                Issue.record("a duplicate key was accepted")
            } catch let error as SQLiteError {
                #expect(error.code == 1555)  // SQLITE_CONSTRAINT_PRIMARYKEY
                #expect(error.isConstraintViolation)
                #expect(error.message.contains("UNIQUE"))
                #expect(error.sql == "INSERT INTO t VALUES (?)")
            }
        }
    }

    @Test func aSyntaxErrorNamesTheStatement() throws {
        try withDatabase { db in
            #expect {
                _ = try db.prepare("SELEC 1")
            } throws: { error in
                (error as? SQLiteError)?.sql == "SELEC 1"
            }
        }
    }

    @Test func foreignKeysAreEnforced() throws {
        try withDatabase { db in
            try db.execute("CREATE TABLE p (id INTEGER PRIMARY KEY); CREATE TABLE c (p INTEGER REFERENCES p (id))")
            #expect(throws: SQLiteError.self) { try db.run("INSERT INTO c VALUES (?)", [7]) }
        }
    }

    @Test func aTransactionRollsBackWhenItsBodyThrows() throws {
        struct Abort: Error {}
        try withDatabase { db in
            try db.execute("CREATE TABLE t (v INTEGER)")
            #expect(throws: Abort.self) {
                try db.transaction {
                    try db.run("INSERT INTO t VALUES (?)", [1])
                    throw Abort()
                }
            }
            #expect(try db.scalar("SELECT count(*) FROM t") == .integer(0))
            #expect(!db.isInTransaction)
        }
    }

    @Test func aNestedTransactionUndoesOnlyItsOwnWork() throws {
        struct Abort: Error {}
        try withDatabase { db in
            try db.execute("CREATE TABLE t (v INTEGER)")
            try db.transaction {
                try db.run("INSERT INTO t VALUES (?)", [1])
                try? db.transaction {
                    try db.run("INSERT INTO t VALUES (?)", [2])
                    throw Abort()
                }
                try db.run("INSERT INTO t VALUES (?)", [3])
            }
            let values = try db.rows("SELECT v FROM t ORDER BY v").compactMap { $0[0].int }
            #expect(values == [1, 3])
        }
    }

    @Test func aCachedStatementRunsAgainWithNewParameters() throws {
        try withDatabase { db in
            try db.execute("CREATE TABLE t (v INTEGER)")
            for value in 1...3 { try db.run("INSERT INTO t VALUES (?)", [value]) }
            #expect(try db.scalar("SELECT sum(v) FROM t WHERE v > ?", [1]) == .integer(5))
            #expect(try db.scalar("SELECT sum(v) FROM t WHERE v > ?", [2]) == .integer(3))
        }
    }

    @Test func aFileDatabaseUsesWriteAheadLogging() throws {
        let path = "/tmp/chancery-wal-\(UInt64.random(in: 0...UInt64.max)).sqlite"
        defer {
            for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
        }
        let db = try Connection(path: path)
        try db.enableWriteAheadLogging()
        #expect(try db.scalar("PRAGMA journal_mode") == .text("wal"))
        #expect(try db.scalar("PRAGMA foreign_keys") == .integer(1))
    }
}

@Suite struct TextBindingTests {
    /// Bound by its length in bytes, a text keeps whatever follows a U+0000.
    @Test func aTextHoldingANULIsStoredWhole() throws {
        try withDatabase { db in
            try db.execute("CREATE TABLE t (s TEXT)")
            try db.run("INSERT INTO t VALUES (?)", ["before\u{0}after"])
            #expect(try db.scalar("SELECT length(CAST(s AS BLOB)) FROM t") == .integer(12))
            #expect(try db.scalar("SELECT s FROM t") == .text("before\u{0}after"))
        }
    }

    @Test func anEmptyTextIsBoundAsTextNotNull() throws {
        try withDatabase { db in
            let type = try db.scalar("SELECT typeof(?)", [""])
            let isEmpty = try db.scalar("SELECT ? = ''", [""])
            #expect(type == .text("text"))
            #expect(isEmpty == .integer(1))
        }
    }
}

@Suite struct ErrorDescriptionTests {
    /// A failing migration script is long: the message stays one line, with the statement's start.
    @Test func anErrorInALongScriptIsDescribedOnOneLine() throws {
        try withDatabase { db in
            let script = "-- Makes the tables.\n" + (1...40).map { "CREATE TABLE t\($0) (\n    id INTEGER PRIMARY KEY\n);" }.joined(separator: "\n")
                + "\nCREATE TABLE t1 (x);"
            do {
                try db.execute(script)
                Issue.record("a table was created twice")
            } catch let error as SQLiteError {
                #expect(error.sql == script)
                #expect(error.description == "SQLite error 1 (SQL logic error): table t1 already exists in «CREATE TABLE t1 ( id INTEGER PRIMARY KEY ); CREATE TABLE t2 ( id INTEGER PRIMAR…»")
            }
        }
    }

    @Test func aShortStatementIsQuotedWhole() {
        let error = SQLiteError(code: 1, message: "no such table: nowhere", sql: "SELECT *\n  FROM nowhere")
        #expect(error.description == "SQLite error 1 (SQL logic error): no such table: nowhere in «SELECT * FROM nowhere»")
    }
}

@Suite struct ImmutableOpeningTests {
    /// A write-ahead-logged file, opened immutable, is read without making `-wal` or `-shm`
    /// beside it (what reading it in a folder one may not write needs), whatever characters its
    /// name holds that a `file:` URI gives a meaning to.
    @Test(arguments: ["plain.sqlite", "what?if#so 100%.sqlite", "//double-slash.sqlite"])
    func anImmutableConnectionReadsTheFileAndWritesNothingBesideIt(name: String) throws {
        let folder = "/tmp/chancery-immutable-\(UInt64.random(in: 0...UInt64.max))"
        #expect(mkdir(folder, 0o755) == 0)
        let path = name.hasPrefix("//") ? "/" + folder + "/" + name.dropFirst(2) : folder + "/" + name
        defer {
            for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
            rmdir(folder)
        }
        do {
            let writer = try Connection(path: path)
            try writer.enableWriteAheadLogging()
            try writer.execute("CREATE TABLE t (v TEXT)")
            try writer.run("INSERT INTO t VALUES (?)", ["kept"])
        }
        #expect(access(path + "-wal", F_OK) != 0, "the writer left its log")
        let reader = try Connection(path: path, immutable: true)
        #expect(try reader.scalar("SELECT v FROM t") == .text("kept"))
        #expect(access(path + "-shm", F_OK) != 0 && access(path + "-wal", F_OK) != 0)
        #expect(throws: SQLiteError.self) { try reader.run("INSERT INTO t VALUES (?)", ["refused"]) }
    }

    @Test func aURIEscapesWhatWouldEndOrChangeThePath() {
        #expect(Connection.uri(path: "/a b/c?d#e%f.sqlite", query: "immutable=1") == "file:///a%20b/c%3Fd%23e%25f.sqlite?immutable=1")
        #expect(Connection.uri(path: "rel/é.sqlite", query: "immutable=1") == "file:rel/%C3%A9.sqlite?immutable=1")
    }
}
