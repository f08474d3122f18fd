// The libFuzzer entry point of `make fuzz`, compiled into the ChanceryIngest module by
// scripts/libfuzzer.sh (never by SwiftPM), so that it reaches the readers the ingest command
// uses without making them public.
//
// The first byte of an input chooses how the rest is read, as `chancery ingest` would read a
// file of that kind: a line of JSON Lines, a .json file, an .html page or a .txt file. A document
// read is then extracted. Besides a crash, a hang or what AddressSanitizer finds, an input fails
// when extraction hands back an event that breaks what the store relies on: evidence that is not
// the document's own text at its offsets, countries not sorted, a confidence outside 0...1.

import ChanceryCore

private let extractor = EventExtractor()

@_cdecl("LLVMFuzzerTestOneInput")
public func chanceryFuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    let kind = data[0] % 4
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    // The reader refuses anything over this unread: so does the fuzzer, as ingest would.
    guard bytes.count <= DocumentReader.largestDocument else { return 0 }
    let location = InputLocation(file: "fuzz", line: 1)
    let item: InputItem?
    switch kind {
    case 0:
        item = DocumentReader.documentFromJSONLine(bytes, at: location)
    case 1:
        item = DocumentReader.whyNotUTF8(bytes) == nil ? DocumentReader.documentFromJSON(bytes, at: location) : nil
    case 2:
        item = DocumentReader.whyNotUTF8(bytes) == nil
            ? DocumentReader.documentFromHTML(String(decoding: bytes, as: UTF8.self), id: "fuzz", options: PlainTextOptions(), at: location)
            : nil
    default:
        item = DocumentReader.whyNotUTF8(bytes) == nil
            ? DocumentReader.documentFromText(String(decoding: bytes, as: UTF8.self), id: "fuzz", options: PlainTextOptions(), at: location)
            : nil
    }
    guard case .document(let document, _)? = item else { return 0 }
    check(extractor.extract(from: document), of: document)
    return 0
}

/// Stops the fuzzer, with the input kept, when an event breaks what the store relies on.
private func check(_ events: [Event], of document: Document) {
    let scalars = Array(document.text.unicodeScalars)
    for event in events {
        if let evidence = event.evidence {
            guard 0 <= evidence.start, evidence.start <= evidence.end, evidence.end <= scalars.count else {
                fatalError("evidence at \(evidence.start)..<\(evidence.end) of a text of \(scalars.count) scalars")
            }
            var quoted = String.UnicodeScalarView()
            quoted.append(contentsOf: scalars[evidence.start..<evidence.end])
            guard String(quoted) == evidence.text else {
                fatalError("evidence \(evidence.text.debugDescription) is not the text at \(evidence.start)..<\(evidence.end)")
            }
        }
        guard event.countries == event.countries.sorted() else { fatalError("countries not sorted: \(event.countries)") }
        guard (0...1).contains(event.confidence) else { fatalError("confidence \(event.confidence)") }
    }
}
