import SQLiteDB

/// What can go wrong in the knowledge base, said so that a user can act on it.
public enum StoreError: Error, CustomStringConvertible {
    /// The file could not be opened or is not a Chancery database.
    case cannotOpen(path: String, reason: String)
    /// The database was written by a newer Chancery; it was left untouched.
    case newerSchema(path: String, databaseVersion: Int, knownVersion: Int)
    /// A document's id is already stored with a different text.
    case conflictingDocument(id: String)
    /// Another program held the write lock for longer than this store waits for it.
    case locked(path: String, waited: Duration)
    /// No event has this id.
    case noSuchEvent(Int64)
    /// No person has this id.
    case noSuchActor(Int64)
    /// The document is not among the event's sources, which are these.
    case notASource(event: Int64, document: String, sources: [String])
    /// A correction that cannot be made as asked: two events of different types merged, say.
    case cannotCorrect(String)
    /// There is no correction in force to undo.
    case nothingToUndo
    /// The database could not grow: the disk (or the file system it is on) is full.
    case full(path: String)
    /// The database may not be written by this program, for this reason.
    case notWritable(path: String, reason: String)
    /// A database in a place this program may not write, that cannot be read without writing.
    case cannotReadInPlace(path: String, reason: String)
    case database(SQLiteError)

    /// True for the failures of a write that the disk or the system refused: what was committed
    /// before is kept, and the same work can be taken up again once the cause is gone.
    public var isRefusedWrite: Bool {
        switch self {
        case .full, .notWritable: true
        case .database(let error): error.primaryCode == 10 /* SQLITE_IOERR */
        default: false
        }
    }

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            "cannot open the database \(path): \(reason)"
        case .newerSchema(let path, let databaseVersion, let knownVersion):
            "the database \(path) is at schema version \(databaseVersion), made by a newer Chancery than this one (which knows up to \(knownVersion)); it was left untouched"
        case .conflictingDocument(let id):
            "a different document with the id \(id) is already stored"
        case .locked(let path, let waited):
            "another program kept the database \(path) locked for writing for more than \(Self.seconds(waited))"
        case .noSuchEvent(let id):
            "no event with id \(id)"
        case .noSuchActor(let id):
            "no actor with id \(id)"
        case .notASource(let event, let document, _):
            "document \(document) is not a source of event \(event)"
        case .cannotCorrect(let reason):
            reason
        case .nothingToUndo:
            "there is no correction to undo"
        case .full(let path):
            "the disk is full: the database \(path) cannot grow"
        case .notWritable(let path, let reason):
            "cannot write to the database \(path): \(reason)"
        case .cannotReadInPlace(let path, let reason):
            "cannot read the database \(path): \(reason)"
        case .database(let error):
            error.description
        }
    }

    /// A wait in whole seconds: "120 s".
    static func seconds(_ duration: Duration) -> String {
        "\(duration.components.seconds) s"
    }
}
