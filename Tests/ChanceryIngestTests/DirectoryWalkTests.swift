import Foundation
import Testing
@testable import ChanceryIngest

/// How `DocumentReader` walks the paths it is given: each real directory once, and every path it
/// cannot use reported with the reason.
@Suite struct DirectoryWalkTests {
    /// What reading `paths` yields, one line each: a document's id, or a failure as ingest prints it.
    func read(_ paths: [String]) -> [String] {
        DocumentReader(paths: paths).map { item in
            switch item {
            case .document(let document, _): "document \(document.id ?? "?")"
            case .failure(let reason, let location): "\(location): \(reason)"
            }
        }
    }

    func withFolder(_ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("walk-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try body(folder)
    }

    func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: false, encoding: .utf8)
    }

    /// Links back to a directory above, by a relative and by an absolute path, make a loop: the
    /// walk reads each document once and ends.
    @Test func aLoopOfDirectoryLinksIsWalkedOnce() throws {
        try withFolder { folder in
            try write("Talks in Rabat.", to: folder + "/news/a.txt")
            try write("Talks in Paris.", to: folder + "/news/deeper/b.txt")
            try FileManager.default.createSymbolicLink(atPath: folder + "/news/deeper/up", withDestinationPath: "..")
            try FileManager.default.createSymbolicLink(atPath: folder + "/news/deeper/again", withDestinationPath: folder + "/news")
            #expect(read([folder + "/news"]) == ["document a", "document b"])
        }
    }

    /// A link to a directory outside the one walked is followed, as the directory it leads to.
    @Test func aLinkToAnotherDirectoryIsFollowed() throws {
        try withFolder { folder in
            try write("Talks in Rabat.", to: folder + "/elsewhere/c.txt")
            try FileManager.default.createDirectory(atPath: folder + "/news", withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: folder + "/news/linked", withDestinationPath: folder + "/elsewhere")
            #expect(read([folder + "/news"]) == ["document c"])
        }
    }

    @Test func aDirectoryWithoutDocumentsIsReported() throws {
        try withFolder { folder in
            try FileManager.default.createDirectory(atPath: folder + "/empty", withIntermediateDirectories: true)
            try write("# Notes", to: folder + "/notes/README.md")
            try write("Talks in Rabat.", to: folder + "/nested/inner/a.txt")
            #expect(read([folder + "/empty", folder + "/notes", folder + "/nested"]) == [
                "\(folder)/empty: no .txt, .html, .htm, .json or .jsonl file in this directory",
                "\(folder)/notes: no .txt, .html, .htm, .json or .jsonl file in this directory",
                "document a",
            ])
        }
    }

    /// The system's reason, not "no such file" for every path it cannot use.
    @Test func aPathThatCannotBeReadSaysWhy() throws {
        try withFolder { folder in
            try write("Talks in Rabat.", to: folder + "/a.txt")
            try FileManager.default.createSymbolicLink(atPath: folder + "/self.txt", withDestinationPath: folder + "/self.txt")
            #expect(read([folder + "/missing.txt", folder + "/a.txt/b.txt", folder + "/self.txt"]) == [
                "\(folder)/missing.txt: no such file or directory",
                "\(folder)/a.txt/b.txt: not a directory",
                "\(folder)/self.txt: too many levels of symbolic links",
            ])
        }
    }
}
