import ChanceryCore
import ChanceryIngest
import Foundation

/// Reading the shared corpora (outside the package) and writing predictions in the export format.
enum CorpusSupport {
    /// `/work/shared` relative to this file: the package root's parent holds `shared/`.
    static let sharedFolder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared")

    static func documents(at url: URL) -> [Document]? {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        var documents: [Document] = []
        for line in text.split(separator: "\n") {
            guard let data = line.data(using: .utf8),
                  let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let body = object["text"] as? String else { continue }
            documents.append(Document(id: object["id"] as? String, language: object["lang"] as? String,
                                      url: object["url"] as? String, title: object["title"] as? String,
                                      published: (object["published"] as? String).flatMap(PartialDate.init), text: body))
        }
        return documents
    }

    static func exportLine(_ event: Event, id: Int, document: String) -> String {
        var object: [String: Any] = [
            "id": id, "type": event.type.rawValue, "status": event.status.rawValue,
            "date": event.date?.description ?? NSNull(), "end_date": event.endDate?.description ?? NSNull(),
            "countries": event.countries, "organizations": event.organizations,
            "location": event.location.map { ["name": $0.name, "country": $0.country ?? NSNull()] as [String: Any] } ?? NSNull(),
            "participants": event.participants.map { ["name": $0.name, "country": $0.country ?? NSNull(), "role": $0.role ?? NSNull()] as [String: Any] },
            "mode": event.mode?.rawValue ?? NSNull(), "instrument": event.instrument?.rawValue ?? NSNull(),
            "count": event.count ?? NSNull(), "title": event.title ?? NSNull(), "body": event.body ?? NSNull(),
            "ordinal": event.ordinal ?? NSNull(), "confidence": event.confidence,
        ]
        object["sources"] = [["document": document, "url": NSNull(), "evidence": event.evidence?.text ?? "",
                              "start": event.evidence?.start ?? 0, "end": event.evidence?.end ?? 0] as [String: Any]]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
