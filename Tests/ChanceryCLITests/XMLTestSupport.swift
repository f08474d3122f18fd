import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// An XML document read with Foundation's parser into a tree of elements.
final class XMLElementNode {
    let name: String
    let attributes: [String: String]
    var children: [XMLElementNode] = []
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// Every descendant element with this name, in document order.
    func all(_ name: String) -> [XMLElementNode] {
        children.flatMap { ($0.name == name ? [$0] : []) + $0.all(name) }
    }

    func child(_ name: String) -> XMLElementNode? { children.first { $0.name == name } }
}

/// Parses `text` as XML (namespaces reported, so that element names are local names), or throws
/// what the parser reports: output that is not well-formed fails the test.
func parseXML(_ text: String) throws -> XMLElementNode {
    final class Builder: NSObject, XMLParserDelegate {
        var stack: [XMLElementNode] = [XMLElementNode(name: "#document", attributes: [:])]
        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            let element = XMLElementNode(name: elementName, attributes: attributeDict)
            stack.last?.children.append(element)
            stack.append(element)
        }
        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            stack.removeLast()
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
    let parser = XMLParser(data: Data(text.utf8))
    parser.shouldProcessNamespaces = true
    let builder = Builder()
    parser.delegate = builder
    guard parser.parse() else {
        throw JSONError("not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "unknown error")")
    }
    return try #require(builder.stack.first?.children.first, "no root element")
}
