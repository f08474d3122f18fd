import Foundation

/// A fresh temporary folder for the run's files, removed at the end unless asked to keep it.
final class WorkDirectory {
    let path: String

    init(under root: String) throws {
        let template = (root as NSString).appendingPathComponent("chancery-bench.XXXXXX")
        var bytes = Array(template.utf8CString)
        guard let made = mkdtemp(&bytes) else {
            throw ProcessRunner.Failure(description: "cannot create a work folder under \(root)")
        }
        path = String(cString: made)
    }

    /// A path inside the folder.
    func file(_ name: String) -> String {
        (path as NSString).appendingPathComponent(name)
    }

    /// Removes a database and its WAL companions.
    func removeDatabase(_ name: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            try? FileManager.default.removeItem(atPath: file(name) + suffix)
        }
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
