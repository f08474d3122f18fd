import ChanceryCore
import Foundation
import Testing
@testable import ChanceryIngest

/// What `DocumentReader` makes of one JSON document, field by field.
@Suite struct DocumentReaderTests {
    let location = InputLocation(file: "test.jsonl", line: 1)

    func read(_ line: String) -> Result<Document, Failure> {
        switch DocumentReader.documentFromJSON(Array(line.utf8), at: location) {
        case .document(let document, _): .success(document)
        case .failure(let reason, _): .failure(Failure(reason: reason))
        }
    }

    struct Failure: Error, Equatable {
        let reason: String
    }

    @Test func aNumberIdIsItsText() throws {
        #expect(try read(#"{"id": 42, "text": "x"}"#).get().id == "42")
        #expect(try read(#"{"id": -7, "text": "x"}"#).get().id == "-7")
        #expect(try read(#"{"id": 1.5, "text": "x"}"#).get().id == "1.5")
        #expect(try read(#"{"id": 1e3, "text": "x"}"#).get().id == "1000.0")
        #expect(try read(#"{"id": 123456789012345678901234, "text": "x"}"#).get().id == "123456789012345678901234")
    }

    /// The text `NSNumber` gave each number, which was the document's id before our own parser read it.
    @Test(arguments: ["0", "-0", "42", "-42", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
                      "18446744073709551615", "18446744073709551616", "123456789012345678901234567890", "1.0", "1.5", "-2.25",
                      "0.1", "1e3", "1E3", "1e+3", "1E-3", "2.5E10", "1e16", "1e-7", "100e-2", "5e-324", "1e-400",
                      "0.30000000000000004", "123456789.123456789", "1.2345678901234567890E5", "1.234567890123E100",
                      "12345678901234567.5", "1.7976931348623157e308"])
    func idsFromNumbersAreTheOnesFoundationGave(number: String) throws {
        let object = try JSONSerialization.jsonObject(with: Data("[\(number)]".utf8)) as? [Any]
        let foundation = try #require(object?.first as? NSNumber)
        #expect(DocumentReader.idText(ofNumber: number) == foundation.stringValue)
    }

    @Test func nullCountsAsAbsent() throws {
        let document = try read(#"{"id": null, "lang": null, "published": null, "url": null, "title": null, "text": "Talks in Rabat."}"#).get()
        #expect(document.id == nil)
        #expect(document.published == nil)
        #expect(document.url == nil)
        #expect(document.title == nil)
        #expect(document.language == "en")
    }

    @Test func anIdOfTrueOrFalseIsOneOrZero() throws {
        #expect(try read(#"{"id": true, "text": "x"}"#).get().id == "1")
        #expect(try read(#"{"id": false, "text": "x"}"#).get().id == "0")
    }

    @Test func anIdMustBeAStringOrANumber() {
        #expect(read(#"{"id": ["a"], "text": "x"}"#) == .failure(Failure(reason: "\"id\" must be a string")))
        #expect(read(#"{"id": {}, "text": "x"}"#) == .failure(Failure(reason: "\"id\" must be a string")))
    }

    @Test func otherFieldsOfTheWrongKindAreRefusedOrIgnored() throws {
        #expect(read(#"{"published": 2025, "text": "x"}"#) == .failure(Failure(reason: "\"published\" must be a date YYYY-MM-DD")))
        #expect(read(#"{"lang": 1, "text": "x"}"#) == .failure(Failure(reason: "\"lang\" must be a string")))
        #expect(read(#"{"text": null}"#) == .failure(Failure(reason: "\"text\" must be a string")))
        let document = try read(#"{"url": 1, "title": ["t"], "language": "FR-fr", "text": "x"}"#).get()
        #expect(document.url == nil)
        #expect(document.title == nil)
        #expect(document.language == "fr")
    }

    @Test func aScalarIsNotValidJSONAndAnArrayIsNotADocument() {
        #expect(read("42") == .failure(Failure(reason: "not valid JSON")))
        #expect(read(#""text""#) == .failure(Failure(reason: "not valid JSON")))
        #expect(read(#"["text"]"#) == .failure(Failure(reason: "expected a JSON object with a \"text\" field")))
        #expect(read(#"{"text": "x"} {"text": "y"}"#) == .failure(Failure(reason: "not valid JSON")))
    }

    @Test func aByteOrderMarkBeginningTheTextIsDropped() throws {
        #expect(try read("{\"text\": \"\u{FEFF}Talks in Rabat.\"}").get().text == "Talks in Rabat.")
        #expect(try read("{\"text\": \"Talks\u{FEFF} in Rabat.\"}").get().text == "Talks\u{FEFF} in Rabat.")
    }
}
