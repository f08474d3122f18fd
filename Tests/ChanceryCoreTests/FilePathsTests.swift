import ChanceryCore
import Foundation
import Testing

/// `FilePaths` against the `NSString` path methods it stands in for.
@Suite struct FilePathsTests {
    @Test func theExtensionIsThatOfTheLastComponent() {
        #expect(FilePaths.pathExtension(of: "docs/a.txt") == "txt")
        #expect(FilePaths.pathExtension(of: "dir.v2/file") == "")
        #expect(FilePaths.pathExtension(of: "/tmp/x.tar.gz") == "gz")
        #expect(FilePaths.pathExtension(of: "articles.d/") == "d")
    }

    @Test func aLeadingDotBeginsANameNotAnExtension() {
        #expect(FilePaths.pathExtension(of: ".hidden") == "")
        #expect(FilePaths.pathExtension(of: "docs/.hidden") == "")
        #expect(FilePaths.pathExtension(of: "docs/.hidden.json") == "json")
        #expect(FilePaths.pathExtension(of: "..") == "")
    }

    @Test func aDocumentsStemIsItsFileNameWithoutExtension() {
        #expect(FilePaths.deletingPathExtension(of: FilePaths.lastComponent(of: "docs/a.txt")) == "a")
        #expect(FilePaths.deletingPathExtension(of: FilePaths.lastComponent(of: "dir.v2/note")) == "note")
        #expect(FilePaths.deletingPathExtension(of: FilePaths.lastComponent(of: "a.b.html")) == "a.b")
        #expect(FilePaths.deletingPathExtension(of: FilePaths.lastComponent(of: ".hidden")) == ".hidden")
    }

    @Test func appendingPutsOneSlashBetween() {
        #expect(FilePaths.appending("a.txt", to: "docs") == "docs/a.txt")
        #expect(FilePaths.appending("a.txt", to: "docs/") == "docs/a.txt")
        #expect(FilePaths.appending("a.txt", to: "/") == "/a.txt")
        #expect(FilePaths.appending("a.txt", to: "") == "a.txt")
        #expect(FilePaths.appending("", to: "docs") == "docs")
    }

    @Test func theFolderOfAPath() {
        #expect(FilePaths.deletingLastComponent(of: "/home/me/.local/share/chancery/chancery.sqlite") == "/home/me/.local/share/chancery")
        #expect(FilePaths.deletingLastComponent(of: "data//base.sqlite") == "data")
        #expect(FilePaths.deletingLastComponent(of: "/base.sqlite") == "/")
        #expect(FilePaths.deletingLastComponent(of: "base.sqlite") == "")
    }

    /// `NSString` stops on a precondition for these: a relative path of one character has no folder.
    static let oneCharacterPaths = ["a", "a/", "a//", ".", "-"]

    @Test(arguments: oneCharacterPaths)
    func aOneCharacterPathHasNoFolder(path: String) {
        #expect(FilePaths.deletingLastComponent(of: path) == "")
    }

    static let paths = [
        "dir.v2/file", ".hidden", "a/b.txt/", "docs/a.txt", "a..b", "/", "", "//", "///", "a//b.c", "a/", "a//", "/a", "//a",
        "/a/", "a.", "..", "...", ".", "./a.txt", "a/.b", "a/..", "a/...", "a/b.", "/tmp/x.tar.gz", "x.TXT", "a/.b.c",
        "a/b c.t x", "é.txt", "a\u{301}.txt", ".\u{301}txt", "a/\u{301}b.txt", "a/\u{301}", "~/x.json", "a.b/", "a.b//",
        "/.a", "dir/-", "-", "ab", "a", "😀", "😀.😀", "/😀/", "الأخبار/خبر.json", "a.b/c.d/", "x/y/z",
    ]

    @Test(arguments: paths)
    func agreesWithNSString(path: String) {
        let string = path as NSString
        #expect(FilePaths.lastComponent(of: path) == string.lastPathComponent)
        #expect(FilePaths.pathExtension(of: path) == string.pathExtension)
        #expect(FilePaths.deletingPathExtension(of: path) == string.deletingPathExtension)
        for component in ["e.txt", "", "/x", "ج"] {
            #expect(FilePaths.appending(component, to: path) == string.appendingPathComponent(component))
        }
        if !Self.oneCharacterPaths.contains(path) {
            #expect(FilePaths.deletingLastComponent(of: path) == string.deletingLastPathComponent)
        }
    }
}
