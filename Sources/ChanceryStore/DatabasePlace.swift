import ChanceryCore
#if canImport(Glibc)
import Glibc
#endif

/// What the file system lets this program do with a database file and the folder holding it.
///
/// SQLite keeps a write-ahead-logged base's log (`-wal`) and shared memory (`-shm`) beside the
/// file, and makes them when it opens it: it can neither write nor even read such a base in a
/// folder it may not write, unless it reads the file as immutable.
struct DatabasePlace {
    let path: String

    var folder: String {
        let folder = FilePaths.deletingLastComponent(of: path)
        return folder.isEmpty ? "." : folder
    }

    var fileExists: Bool { access(path, F_OK) == 0 }

    /// Why this program may not write the database, in words; nil when it may (as far as
    /// `access` can tell, which is before trying).
    var whyNotWritable: String? {
        if access(folder, W_OK) != 0 {
            return errno == EROFS
                ? "the file system it is on is read-only"
                : "you may not write in its folder \(folder)"
        }
        if fileExists, access(path, W_OK) != 0 {
            return errno == EROFS ? "the file system it is on is read-only" : "the file is read-only"
        }
        return nil
    }

    var folderIsWritable: Bool { access(folder, W_OK) == 0 }

    /// True when a write-ahead log beside the file holds changes not yet copied into it (a
    /// writer is at work, or one stopped without closing the base).
    var hasLoggedChanges: Bool {
        var status = stat()
        return stat(path + "-wal", &status) == 0 && status.st_size > 0
    }
}
