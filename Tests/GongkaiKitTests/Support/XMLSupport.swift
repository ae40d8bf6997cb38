import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// xmllint (Debian's `libxml2-utils`), the independent checker of the feeds and sitemaps.
enum XMLLint {
    static let path = "/usr/bin/xmllint"
    static let schemas = packageRoot.appendingPathComponent("Tests/Fixtures/schemas")

    /// Whether xmllint is installed; if not, records an issue naming the package, which fails
    /// the test (`make test` installs it).
    static func available() -> Bool {
        if FileManager.default.isExecutableFile(atPath: path) { return true }
        Issue.record("\(path) missing: install libxml2-utils (apt-get install libxml2-utils)")
        return false
    }

    /// Runs `xmllint --noout` with `arguments`; returns its exit status and what it printed on
    /// standard error (where it reports every problem).
    static func run(_ arguments: [String]) throws -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["--noout"] + arguments
        let pipe = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = pipe
        try process.run()
        let errors = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: errors, as: UTF8.self))
    }
}

/// A small XML tree for tests, read with Foundation's `XMLParser`: element names as written
/// (prefixes kept, namespaces not resolved), attributes, and the text directly inside.
final class XMLTestNode {
    let name: String
    let attributes: [String: String]
    var text = ""
    var children: [XMLTestNode] = []

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    func all(_ name: String) -> [XMLTestNode] { children.filter { $0.name == name } }
    func first(_ name: String) -> XMLTestNode? { children.first { $0.name == name } }

    /// Parses `data`; nil (and the parser's error recorded as an issue) when it is not well-formed.
    static func parse(_ data: Data, path: String = "") -> XMLTestNode? {
        let builder = Builder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            Issue.record("\(path) is not well-formed XML: \(parser.parserError.map(String.init(describing:)) ?? "no root")")
            return nil
        }
        return root
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLTestNode?
        var stack: [XMLTestNode] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            let node = XMLTestNode(name: name, attributes: attributes)
            if let parent = stack.last { parent.children.append(node) } else { root = node }
            stack.append(node)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}
