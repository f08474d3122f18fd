import ChanceryCore
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Where a document came from, for messages: `file:line` for JSON Lines, the file otherwise.
public struct InputLocation: Hashable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int?

    public var description: String {
        line.map { "\(file):\($0)" } ?? file
    }
}

/// One thing read from the input: a document, or the reason a line or file could not be read.
public enum InputItem: Sendable {
    case document(Document, at: InputLocation)
    case failure(reason: String, at: InputLocation)
}

/// What plain text and HTML inputs cannot say for themselves.
public struct PlainTextOptions: Sendable {
    public var language: String?
    public var published: PartialDate?
    public var url: String?
    /// The id of a single plain-text document; otherwise its file name without extension.
    public var id: String?

    public init(language: String? = nil, published: PartialDate? = nil, url: String? = nil, id: String? = nil) {
        self.language = language
        self.published = published
        self.url = url
        self.id = id
    }
}

/// Reads documents from files, directories and standard input, one at a time.
///
/// `.jsonl` and `.ndjson` are read line by line with a fixed buffer, so a file larger than
/// memory streams through. `.txt`, `.html`/`.htm` and `.json` hold one document each.
/// Directories are walked recursively in name order, taking only those kinds of file; a
/// directory reached twice (through a symbolic link, a loop of them) is walked once, and one
/// given that holds none of them is reported. A path that cannot be read is reported with the
/// system's reason: no such file, permission denied.
///
/// A document larger than `largestDocument` (a file, or one line of JSON Lines) is refused unread:
/// extracting events takes some forty times a document's size in memory, and a news article is a
/// few kilobytes. The reader never holds more than that much of one.
public struct DocumentReader: Sequence {
    public static let fileExtensions: Set<String> = ["txt", "text", "html", "htm", "json", "jsonl", "ndjson"]

    /// The most bytes a document may have: 8 MiB, which takes about 350 MB to extract.
    public static let largestDocument = 8 << 20

    public let paths: [String]
    public let options: PlainTextOptions

    public init(paths: [String], options: PlainTextOptions = PlainTextOptions()) {
        self.paths = paths
        self.options = options
    }

    public func makeIterator() -> Iterator {
        Iterator(pending: paths.reversed().map { Pending.path($0, explicit: true) }, options: options)
    }

    enum Pending {
        case path(String, explicit: Bool)
        /// The end of a directory given on the command line, and how many files of documents had
        /// been opened when its walk began.
        case endOfDirectory(String, filesFoundBefore: Int)
    }

    /// A directory as the file system knows it, whatever the path that reached it.
    struct DirectoryIdentity: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    static let supportedKinds = ".txt, .html, .htm, .json or .jsonl"

    public struct Iterator: IteratorProtocol {
        var pending: [Pending]
        let options: PlainTextOptions
        var lines: LineReader?
        var linesFile = ""
        /// Lines of `lines` that held something, a document or not.
        var linesRead = 0
        /// Directories walked so far: a link back to one of them is not followed again.
        var visited: Set<DirectoryIdentity> = []
        /// Files of a supported kind opened, and paths that could not be read, so far: a directory
        /// given that adds none held nothing to read.
        var filesFound = 0
        /// The bytes of the files read to their end so far.
        var bytesOfFilesRead = 0

        /// The bytes read so far, of the documents handed out: with `inputSize(of:)`, how far
        /// through its input an ingest is.
        public var bytesRead: Int { bytesOfFilesRead + (lines?.consumed ?? 0) }

        init(pending: [Pending], options: PlainTextOptions) {
            self.pending = pending
            self.options = options
        }

        public mutating func next() -> InputItem? {
            while true {
                if let reader = lines {
                    switch reader.nextLine() {
                    case .line(let bytes, let number):
                        if let item = DocumentReader.documentFromJSONLine(bytes, at: InputLocation(file: linesFile, line: number)) {
                            linesRead += 1
                            return item
                        }
                        continue
                    case .tooLong(let bytes, let number):
                        linesRead += 1
                        return .failure(reason: DocumentReader.tooLarge("the line", bytes: bytes),
                                        at: InputLocation(file: linesFile, line: number))
                    case .failure(let reason):
                        bytesOfFilesRead += reader.consumed
                        lines = nil
                        return .failure(reason: reason, at: InputLocation(file: linesFile, line: nil))
                    case .end:
                        bytesOfFilesRead += reader.consumed
                        lines = nil
                        // Standard input that begins with `{` holds something; a file may hold nothing.
                        if linesRead == 0, linesFile != "<stdin>" {
                            return .failure(reason: "the file holds no document", at: InputLocation(file: linesFile, line: nil))
                        }
                    }
                }
                guard let next = pending.popLast() else { return nil }
                switch next {
                case .path(let path, let explicit):
                    if let item = open(path, explicit: explicit) {
                        if case .failure = item { filesFound += 1 }
                        return item
                    }
                case .endOfDirectory(let path, let filesFoundBefore):
                    if filesFound == filesFoundBefore {
                        return .failure(reason: "no \(DocumentReader.supportedKinds) file in this directory",
                                        at: InputLocation(file: path, line: nil))
                    }
                }
            }
        }

        /// Starts on one path: returns its document, or queues its lines or its directory entries.
        mutating func open(_ path: String, explicit: Bool) -> InputItem? {
            let location = InputLocation(file: path, line: nil)
            if path == "-" {
                return readStandardInput()
            }
            // stat follows links: a link to a directory is walked as the directory it leads to.
            var status = stat()
            guard stat(path, &status) == 0 else {
                return .failure(reason: DocumentReader.systemReason(errno), at: location)
            }
            if status.st_mode & S_IFMT == S_IFDIR {
                guard visited.insert(DirectoryIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))).inserted else {
                    return nil
                }
                let entries: [String]
                switch DocumentReader.entries(ofDirectory: path) {
                case .names(let names): entries = names
                case .failed(let code):
                    return .failure(reason: "cannot list this directory: \(DocumentReader.systemReason(code))", at: location)
                }
                if explicit { pending.append(.endOfDirectory(path, filesFoundBefore: filesFound)) }
                for entry in entries.sorted().reversed() where !entry.hasPrefix(".") {
                    pending.append(.path(FilePaths.appending(entry, to: path), explicit: false))
                }
                return nil
            }
            let fileExtension = FilePaths.pathExtension(of: path).lowercased()
            guard DocumentReader.fileExtensions.contains(fileExtension) else {
                // In a directory, other files (a README, an image) are simply not documents.
                return explicit
                    ? .failure(reason: "unsupported file type; expected \(DocumentReader.supportedKinds)", at: location)
                    : nil
            }
            guard let reader = LineReader(path: path, longestLine: DocumentReader.largestDocument) else {
                return .failure(reason: "cannot open this file: \(DocumentReader.systemReason(errno))", at: location)
            }
            filesFound += 1
            if fileExtension == "jsonl" || fileExtension == "ndjson" {
                // A file in UTF-16 would be read as lines of noise, one message each: it is said once.
                if let first = reader.peekBytes(2), first == [0xFF, 0xFE] || first == [0xFE, 0xFF] {
                    return .failure(reason: DocumentReader.utf16, at: location)
                }
                lines = reader
                linesFile = path
                linesRead = 0
                return nil
            }
            // Refused before reading a byte: the size the system gives, then what reading finds
            // (a file still growing, a device).
            if Int(status.st_size) > DocumentReader.largestDocument {
                return .failure(reason: DocumentReader.tooLarge("the file", bytes: Int(status.st_size)), at: location)
            }
            guard let data = reader.readToEnd(atMost: DocumentReader.largestDocument) else {
                return .failure(reason: DocumentReader.tooLarge("the file", bytes: nil), at: location)
            }
            bytesOfFilesRead += data.count
            if let error = reader.readError {
                return .failure(reason: "cannot read this file: \(error)", at: location)
            }
            if let reason = DocumentReader.whyNotUTF8(data) {
                return .failure(reason: reason, at: location)
            }
            let text = String(decoding: data, as: UTF8.self)
            let stem = FilePaths.deletingPathExtension(of: FilePaths.lastComponent(of: path))
            switch fileExtension {
            case "json":
                return DocumentReader.documentFromJSON(Array(data), at: location)
            case "html", "htm":
                return DocumentReader.documentFromHTML(text, id: options.id ?? stem, options: options, at: location)
            default:
                return DocumentReader.documentFromText(text, id: options.id ?? stem, options: options, at: location)
            }
        }

        /// Standard input is JSON Lines when it starts with `{`, else one plain-text document.
        mutating func readStandardInput() -> InputItem? {
            let location = InputLocation(file: "<stdin>", line: nil)
            guard let reader = LineReader(fileDescriptor: 0, longestLine: DocumentReader.largestDocument) else { return nil }
            if reader.peekFirstNonSpaceByte() == UInt8(ascii: "{") {
                lines = reader
                linesFile = "<stdin>"
                return nil
            }
            guard let data = reader.readToEnd(atMost: DocumentReader.largestDocument) else {
                return .failure(reason: DocumentReader.tooLarge("the text", bytes: nil), at: location)
            }
            bytesOfFilesRead += data.count
            if let error = reader.readError {
                return .failure(reason: "cannot read standard input: \(error)", at: location)
            }
            if let reason = DocumentReader.whyNotUTF8(data) {
                return .failure(reason: reason, at: location)
            }
            return DocumentReader.documentFromText(String(decoding: data, as: UTF8.self), id: options.id, options: options, at: location)
        }
    }

    static let utf16 = "the file is UTF-16 text; Chancery reads UTF-8 (convert it with iconv -f UTF-16 -t UTF-8)"

    /// Why `data` is not a text Chancery reads, or nil when it is UTF-8: UTF-16 is named as such.
    static func whyNotUTF8(_ data: [UInt8]) -> String? {
        guard String(validating: data, as: UTF8.self) == nil else { return nil }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) { return utf16 }
        return "not valid UTF-8 text"
    }

    /// Why a document over `largestDocument` is refused: "the file is 191 MB, more than the 8 MB a
    /// document may have; split it into smaller documents", or "… is longer than the 8 MB …" when
    /// its size is not known (standard input). Sizes in MiB, as `ls -lh` gives them, rounded up.
    static func tooLarge(_ what: String, bytes: Int?) -> String {
        func megabytes(_ count: Int) -> String {
            let tenths = (count * 10 + (1 << 20) - 1) >> 20
            return tenths < 100 && tenths % 10 != 0 ? "\(tenths / 10).\(tenths % 10)" : "\((tenths + 9) / 10)"
        }
        let size = bytes.map { "is \(megabytes($0)) MB, more than" } ?? "is longer than"
        return "\(what) \(size) the \(megabytes(largestDocument)) MB a document may have; split it into smaller documents"
    }

    // MARK: The file system

    /// How many bytes the documents of `paths` take, walking directories as reading does (files
    /// of the kinds read, no hidden entry, no directory twice); nil with standard input, whose
    /// size is not known beforehand. What a progress line's estimate of the time left rests on.
    public static func inputSize(of paths: [String]) -> Int? {
        var total = 0
        var visited: Set<DirectoryIdentity> = []
        func add(_ path: String) {
            var status = stat()
            guard stat(path, &status) == 0 else { return }
            if status.st_mode & S_IFMT == S_IFDIR {
                guard visited.insert(DirectoryIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))).inserted,
                      case .names(let names) = entries(ofDirectory: path) else { return }
                for name in names where !name.hasPrefix(".") { add(FilePaths.appending(name, to: path)) }
            } else if fileExtensions.contains(FilePaths.pathExtension(of: path).lowercased()) {
                total += Int(status.st_size)
            }
        }
        for path in paths {
            guard path != "-" else { return nil }
            add(path)
        }
        return total
    }

    /// What the system says of an error, in the lower case of our messages: "permission denied".
    static func systemReason(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    enum DirectoryListing {
        case names([String])
        /// The system's error code.
        case failed(Int32)
    }

    /// The names in a directory, or why it cannot be listed.
    static func entries(ofDirectory path: String) -> DirectoryListing {
        guard let directory = opendir(path) else { return .failed(errno) }
        defer { closedir(directory) }
        var names: [String] = []
        while true {
            errno = 0
            guard let entry = readdir(directory) else {
                return errno != 0 ? .failed(errno) : .names(names)
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { buffer in
                String(decoding: buffer.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
    }
}
