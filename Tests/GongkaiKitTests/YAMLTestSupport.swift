import Testing
@testable import GongkaiKit

let testPath = "content/items/x.md"

/// Parses YAML that must be valid and returns its root.
func parsedYAML(_ text: String, firstLine: Int = 1,
                sourceLocation: Testing.SourceLocation = #_sourceLocation) -> YAMLNode? {
    let (root, diagnostics) = YAMLParser.parse(text, path: testPath, firstLine: firstLine)
    #expect(diagnostics.isEmpty, "\(diagnostics)", sourceLocation: sourceLocation)
    #expect(root != nil, sourceLocation: sourceLocation)
    return root
}

/// Expects YAML to be refused, with exactly this first diagnostic.
func expectYAMLError(_ text: String, _ code: String, _ message: String, line: Int, column: Int,
                     firstLine: Int = 1, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let (root, diagnostics) = YAMLParser.parse(text, path: testPath, firstLine: firstLine)
    #expect(root == nil, sourceLocation: sourceLocation)
    guard let d = diagnostics.first else {
        Issue.record("no diagnostic", sourceLocation: sourceLocation)
        return
    }
    #expect(d.severity == .error, sourceLocation: sourceLocation)
    #expect(d.code == code, sourceLocation: sourceLocation)
    #expect(d.message(in: .en) == message, sourceLocation: sourceLocation)
    #expect(d.location == GongkaiKit.SourceLocation(path: testPath, line: line, column: column),
            sourceLocation: sourceLocation)
}

/// A scalar node for building expected trees; locations are ignored by `stripped`.
func scalar(_ text: String, _ style: YAMLScalar.Style = .plain) -> YAMLNode {
    YAMLNode(.scalar(YAMLScalar(text, style: style)), location: nowhere)
}

func mapping(_ pairs: KeyValuePairs<String, YAMLNode>) -> YAMLNode {
    YAMLNode(.mapping(pairs.map { YAMLPair(key: $0.key, keyLocation: nowhere, value: $0.value) }),
             location: nowhere)
}

func sequence(_ items: [YAMLNode]) -> YAMLNode {
    YAMLNode(.sequence(items), location: nowhere)
}

let nowhere = GongkaiKit.SourceLocation(path: "", line: 0, column: 0)

extension YAMLNode {
    /// The same tree with every location set to `nowhere`, to compare content only.
    var stripped: YAMLNode {
        switch value {
        case .scalar: return YAMLNode(value, location: nowhere)
        case .mapping(let pairs):
            return YAMLNode(.mapping(pairs.map { YAMLPair(key: $0.key, keyLocation: nowhere, value: $0.value.stripped) }),
                            location: nowhere)
        case .sequence(let items):
            return YAMLNode(.sequence(items.map(\.stripped)), location: nowhere)
        }
    }
}
