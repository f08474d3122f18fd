import ChanceryCore
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

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
