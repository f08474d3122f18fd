import ChanceryCore
import ChanceryIngest
import Foundation
import Testing

/// The seed article's three required events, every attribute as in its gold.
@Test func seedArticleYieldsTheThreeRequiredEvents() throws {
    let url = CorpusSupport.sharedFolder.appendingPathComponent("seed/documents.jsonl")
    guard let documents = CorpusSupport.documents(at: url), let document = documents.first else { return }
    let events = EventExtractor().extract(from: document)
    let bourita = Participant(name: "ناصر بوريطة", country: "MA", role: "foreign minister")
    let lavrov = Participant(name: "سيرغي لافروف", country: "RU", role: "foreign minister")
    let patrushev = Participant(name: "دميتري باتروشيف", country: "RU", role: "deputy prime minister")
    let moscow = Location(name: "Moscow", country: "RU")

    let meeting = try #require(events.first { $0.type == .meeting && $0.date == PartialDate("2025-10-16") })
    #expect(meeting.status == .occurred)
    #expect(meeting.countries == ["MA", "RU"])
    #expect(meeting.location == moscow)
    #expect(meeting.mode == .inPerson)
    #expect(meeting.participants == [bourita, lavrov])

    let agreement = try #require(events.first { $0.type == .agreement })
    #expect(agreement.status == .occurred)
    #expect(agreement.date == PartialDate("2025-10-16"))
    #expect(agreement.countries == ["MA", "RU"])
    #expect(agreement.location == moscow)
    #expect(agreement.instrument == .mou)
    #expect(agreement.count == 1)
    #expect(agreement.title == "لجنة عمل روسية-مغربية بين وزارتي الشؤون الخارجية")
    #expect(agreement.participants == [bourita, lavrov])

    let session = try #require(events.first { $0.type == .commissionSession })
    #expect(session.status == .planned)
    #expect(session.date == nil)
    #expect(session.countries == ["MA", "RU"])
    #expect(session.location == moscow)
    #expect(session.body == "اللجنة المشتركة للتعاون")
    #expect(session.ordinal == 8)
    #expect(session.participants == [bourita, patrushev])

    #expect(events.allSatisfy { $0.id == nil && $0.sources.isEmpty && $0.evidence != nil })
    let scalars = Array(document.text.unicodeScalars)
    for event in events {
        let evidence = try #require(event.evidence)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[evidence.start..<evidence.end])
        #expect(String(view) == evidence.text)
    }
}
