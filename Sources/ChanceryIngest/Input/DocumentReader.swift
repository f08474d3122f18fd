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

    // MARK: Formats

    static func documentFromText(_ text: String, id: String?, options: PlainTextOptions, at location: InputLocation) -> InputItem {
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        guard !body.allSatisfy(\.isWhitespace) else {
            return .failure(reason: "the document has no text", at: location)
        }
        return .document(Document(
            id: id, language: options.language ?? LanguageDetector.detect(body), url: options.url,
            title: nil, published: options.published, text: body
        ), at: location)
    }

    static func documentFromHTML(_ html: String, id: String?, options: PlainTextOptions, at location: InputLocation) -> InputItem {
        let page = HTMLText(html: html)
        guard !page.text.isEmpty else {
            return .failure(reason: "the page has no text", at: location)
        }
        let published = options.published ?? page.publishedValue.flatMap { PartialDate(String($0.prefix(10))) }
        return .document(Document(
            id: id, language: options.language ?? LanguageDetector.detect(page.text),
            url: options.url ?? page.canonicalURL, title: page.title, published: published, text: page.text
        ), at: location)
    }

    static func documentFromJSONLine(_ bytes: [UInt8], at location: InputLocation) -> InputItem? {
        // Blank lines between records are not documents, and not errors either.
        if bytes.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { return nil }
        return documentFromJSON(bytes, at: location)
    }

    /// A document from one JSON object in the spec's format; only `text` is required.
    static func documentFromJSON(_ bytes: [UInt8], at location: InputLocation) -> InputItem {
        guard let value = JSONValue.parse(bytes) else {
            return .failure(reason: whyNotJSON(bytes), at: location)
        }
        guard case .object(let fields) = value else {
            // Foundation, which read these lines before, refused a lone string or number as not JSON at all:
            // its messages are kept.
            if case .array = value { return .failure(reason: "expected a JSON object with a \"text\" field", at: location) }
            return .failure(reason: "not valid JSON", at: location)
        }
        guard case .string(var text)? = fields["text"] else {
            return .failure(reason: fields["text"] == nil ? "missing \"text\"" : "\"text\" must be a string", at: location)
        }
        // A text copied from a file may begin with its byte-order mark. Plain text loses it, and so did JSON that
        // Foundation read: dropping it keeps such a text, and its hash, as already stored.
        if text.unicodeScalars.first == "\u{FEFF}" { text = String(text.unicodeScalars.dropFirst()) }
        guard !text.allSatisfy(\.isWhitespace) else {
            return .failure(reason: "\"text\" is empty", at: location)
        }
        var id: String?
        switch fields["id"] {
        case nil, .null?: id = nil
        case .string(let value)?: id = value.isEmpty ? nil : value
        case .number(let value)?: id = idText(ofNumber: value)
        // Foundation gave booleans as the numbers 1 and 0, and so did the ids made of them.
        case .bool(let value)?: id = value ? "1" : "0"
        default: return .failure(reason: "\"id\" must be a string", at: location)
        }
        var published: PartialDate?
        switch fields["published"] {
        case nil, .null?: published = nil
        case .string(let value)?:
            // Timestamps such as 2025-10-16T09:30:00Z are common in feeds: their day is what counts.
            guard let date = PartialDate(String(value.prefix(10))), date.precision == .day else {
                return .failure(reason: "\"published\" must be a date YYYY-MM-DD, not \"\(value)\"", at: location)
            }
            published = date
        default:
            return .failure(reason: "\"published\" must be a date YYYY-MM-DD", at: location)
        }
        var language: String?
        switch fields["lang"] ?? fields["language"] {
        case nil, .null?: language = nil
        case .string(let value)?:
            let code = value.lowercased().prefix(2)
            guard ["ar", "fr", "en"].contains(code) else {
                return .failure(reason: "\"lang\" must be ar, fr or en, not \"\(value)\"", at: location)
            }
            language = String(code)
        default:
            return .failure(reason: "\"lang\" must be a string", at: location)
        }
        return .document(Document(
            id: id, language: language ?? LanguageDetector.detect(text),
            url: fields["url"]?.stringValue, title: fields["title"]?.stringValue,
            published: published, text: text
        ), at: location)
    }

    /// Why bytes that `JSONValue` refused are not a document, as closely as can be said: not UTF-8
    /// (with the first bad byte's column), nested deeper than the parser goes, or else not valid JSON.
    static func whyNotJSON(_ bytes: [UInt8]) -> String {
        if String(validating: bytes, as: UTF8.self) == nil {
            var decoder = UTF8()
            var iterator = bytes.makeIterator()
            var offset = 0
            loop: while true {
                switch decoder.decode(&iterator) {
                case .scalarValue(let scalar): offset += UTF8.width(scalar)
                case .emptyInput, .error: break loop
                }
            }
            return "not valid UTF-8 (a bad byte at column \(offset + 1))"
        }
        var depth = 0
        var deepest = 0
        var inString = false
        var escaped = false
        for byte in bytes {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1; deepest = Swift.max(deepest, depth)
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            default: break
            }
        }
        if deepest > JSONValue.maximumDepth {
            return "not valid JSON: nested \(deepest) levels deep, more than the \(JSONValue.maximumDepth) Chancery reads"
        }
        return "not valid JSON"
    }

    /// The id a JSON number gives, as Foundation's `NSNumber` wrote it, so that a document keeps its id:
    /// an integer as written (`42`), one too long for 64 bits as a `Decimal`, as is any number of more than
    /// 17 characters, and the rest as a `Double` (`1.5`, `1000.0` for `1e3`).
    static func idText(ofNumber text: String) -> String {
        // Foundation looked for a lower-case "e" only: "1E3" was taken for an integer until Int64 refused it.
        let exponentStart = text.firstIndex(of: "e")
        let isInteger = !text.contains(".") && exponentStart == nil
        let mantissaLength = text[..<(exponentStart ?? text.endIndex)].count
        if isInteger {
            if text.hasPrefix("-") {
                if mantissaLength <= 19, let value = Int64(text) { return String(value) }
            } else if mantissaLength <= 20, let value = UInt64(text) {
                return String(value)
            }
        }
        let exponent = exponentStart.flatMap { Int(text[text.index(after: $0)...]) } ?? 0
        if mantissaLength > 17, (-128...127).contains(exponent), let decimal = Decimal(string: text), decimal.isFinite {
            return decimal.description
        }
        return Double(text)?.description ?? text
    }
}

/// Reads a file line by line through a fixed buffer, so that its size does not matter.
///
/// A line longer than `longestLine` is not kept: it is read through to its end and reported by
/// its length, so that memory stays bounded whatever the file holds.
final class LineReader {
    enum Result {
        case line([UInt8], number: Int)
        /// A line of this many bytes (without its newline), more than `longestLine`.
        case tooLong(bytes: Int, number: Int)
        case failure(String)
        case end
    }

    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    /// Why reading stopped before the end, if it did.
    private(set) var readError: String?
    /// The bytes handed out so far, as lines (with their line feeds) or read to the end.
    private(set) var consumed = 0
    private var lineNumber = 0
    let longestLine: Int
    private static let chunkSize = 1 << 16

    init?(path: String, longestLine: Int = .max) {
        let descriptor = Glibc.open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
        self.ownsDescriptor = true
        self.longestLine = longestLine
    }

    init?(fileDescriptor: Int32, longestLine: Int = .max) {
        self.descriptor = fileDescriptor
        self.ownsDescriptor = false
        self.longestLine = longestLine
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// Reads more bytes; false at the end of input.
    private func fill() -> Bool {
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
        var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
        var count: Int
        repeat {
            count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, Self.chunkSize) }
        } while count < 0 && errno == EINTR
        guard count > 0 else {
            if count < 0 { readError = DocumentReader.systemReason(errno) }
            atEnd = true
            return false
        }
        buffer.append(contentsOf: chunk[0..<count])
        return true
    }

    func nextLine() -> Result {
        var searchFrom = start
        while true {
            if let newline = buffer[searchFrom...].firstIndex(of: 10) {
                return takeLine(upTo: newline, resumingAt: newline + 1)
            }
            if atEnd {
                // A read error ends the file where it struck, and is said rather than taken for its end.
                if let error = readError {
                    readError = nil
                    return .failure("read error after line \(lineNumber): \(error)")
                }
                guard start < buffer.count else { return .end }
                return takeLine(upTo: buffer.count, resumingAt: buffer.count)
            }
            let scanned = buffer.count - start
            if scanned > longestLine { return skipLongLine() }
            _ = fill()
            searchFrom = start + scanned
        }
    }

    /// Reads past the rest of a line already longer than `longestLine`, keeping none of it.
    private func skipLongLine() -> Result {
        var length = buffer.count - start
        buffer.removeAll(keepingCapacity: true)
        start = 0
        while true {
            if let newline = buffer.firstIndex(of: 10) {
                length += newline
                start = newline + 1
                break
            }
            length += buffer.count
            buffer.removeAll(keepingCapacity: true)
            if atEnd || !fill() {
                if let error = readError {
                    readError = nil
                    return .failure("read error after line \(lineNumber): \(error)")
                }
                break
            }
        }
        lineNumber += 1
        return .tooLong(bytes: length, number: lineNumber)
    }

    private func takeLine(upTo end: Int, resumingAt next: Int) -> Result {
        guard end - start <= longestLine else {
            defer { start = next }
            lineNumber += 1
            return .tooLong(bytes: end - start, number: lineNumber)
        }
        var line = Array(buffer[start..<end])
        consumed += next - start
        start = next
        lineNumber += 1
        if lineNumber == 1, line.starts(with: [0xEF, 0xBB, 0xBF]) { line.removeFirst(3) }
        return .line(line, number: lineNumber)
    }

    /// The next `count` bytes, without consuming them; nil when the input ends before.
    func peekBytes(_ count: Int) -> [UInt8]? {
        while buffer.count - start < count {
            if atEnd || !fill() { return nil }
        }
        return Array(buffer[start..<(start + count)])
    }

    /// The first byte that is not white space, without consuming anything.
    func peekFirstNonSpaceByte() -> UInt8? {
        var offset = start
        while true {
            while offset < buffer.count {
                let byte = buffer[offset]
                if byte != 32 && byte != 9 && byte != 10 && byte != 13 && byte != 0xEF && byte != 0xBB && byte != 0xBF {
                    return byte
                }
                offset += 1
            }
            let scanned = offset - start
            if atEnd || !fill() { return nil }
            offset = start + scanned
        }
    }

    func readToEnd() -> [UInt8] {
        while !atEnd { _ = fill() }
        consumed += buffer.count - start
        defer { start = buffer.count }
        return Array(buffer[start...])
    }

    /// The rest of the input, or nil as soon as it is found to be longer than `limit` bytes.
    func readToEnd(atMost limit: Int) -> [UInt8]? {
        while !atEnd {
            if buffer.count - start > limit { return nil }
            _ = fill()
        }
        guard buffer.count - start <= limit else { return nil }
        defer { start = buffer.count }
        return Array(buffer[start...])
    }
}
