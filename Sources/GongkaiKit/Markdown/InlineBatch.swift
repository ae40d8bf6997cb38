/// Snippets of Markdown whose inlines must be parsed on their own (table cells, and paragraph
/// text next to a table), parsed together in one extra cmark run.
///
/// Each snippet becomes its own top-level paragraph of a synthetic document, separated by blank
/// lines. A snippet that must not start a block (a cell holding `# x`, `- x` or `[a]: b`) is
/// prefixed with U+00A0: cmark sees a paragraph, treats the no-break space as whitespace for
/// emphasis (just like the start of a line), and the space is removed again afterwards. The
/// document's own text follows the snippets, so reference links in cells resolve as elsewhere.
struct InlineBatch {
    private var text: [UInt8] = []
    private var nextLine = 1
    private var snippets: [(line: Int, prefixed: Bool, bytes: [UInt8])] = []

    var isEmpty: Bool { snippets.isEmpty }

    /// Adds a snippet (lines separated by LF, no blank line) and returns its index.
    mutating func add(_ bytes: [UInt8], prefixed: Bool) -> Int {
        snippets.append((nextLine, prefixed, bytes))
        if prefixed { text += Self.noBreakSpace }
        text += bytes
        text += [0x0A, 0x0A]
        nextLine += bytes.reduce(2) { $1 == 0x0A ? $0 + 1 : $0 }
        return snippets.count - 1
    }

    /// The inline nodes of every snippet, by index. A snippet that turned out to hold only link
    /// reference definitions has none.
    func parse(withReferencesFrom source: [UInt8]) -> [[CmarkNode]] {
        guard !snippets.isEmpty else { return [] }
        var document = text
        if Self.mayDefineReferences(source) { document += source }
        let blocks = CmarkParser.topLevelBlocks(of: document, startingOn: Set(snippets.map(\.line)))
        return snippets.map { snippet in
            guard let block = blocks[snippet.line] else { return [] }
            guard block.kind == .paragraph else {
                return [Self.textNode(String(decoding: snippet.bytes, as: UTF8.self))]
            }
            return snippet.prefixed ? Self.droppingLeadingNoBreakSpace(block.children) : block.children
        }
    }

    private static let noBreakSpace: [UInt8] = [0xC2, 0xA0]

    /// A link reference definition needs `]:`; without one the document's text is not needed.
    private static func mayDefineReferences(_ source: [UInt8]) -> Bool {
        zip(source, source.dropFirst()).contains { $0 == 0x5D && $1 == 0x3A }
    }

    private static func droppingLeadingNoBreakSpace(_ nodes: [CmarkNode]) -> [CmarkNode] {
        guard var first = nodes.first, first.kind == .text, first.literal.unicodeScalars.first == "\u{A0}" else {
            return nodes
        }
        first.literal = String(first.literal.unicodeScalars.dropFirst())
        return first.literal.isEmpty ? Array(nodes.dropFirst()) : [first] + nodes.dropFirst()
    }

    private static func textNode(_ text: String) -> CmarkNode {
        var node = CmarkNode(kind: .text)
        node.literal = text
        return node
    }
}
