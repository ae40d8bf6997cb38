/// Pieces of Markdown that must be parsed on their own — table cells, text before a table, and
/// the lines after a table that GFM reads as new blocks — parsed together in one more cmark run.
///
/// Each snippet becomes its own part of a synthetic document, after a blank line. A snippet that
/// must not start a block (a cell holding `# x`, `- x` or `[a]: b`) is prefixed with U+00A0: cmark
/// sees a paragraph, treats the no-break space as whitespace for emphasis (just as it treats the
/// start of a line), and the space is removed again afterwards. Block snippets end with a line of
/// their own so that nothing they open (indented code, a list) runs into the next snippet. The
/// document's own text follows the snippets, so reference links in cells resolve as elsewhere.
struct SnippetBatch {
    enum Kind {
        /// The inlines of a paragraph (`prefixed`: it must stay a paragraph).
        case inlines(prefixed: Bool)
        /// Top-level blocks; `prefixed`: the first line starts a paragraph, whatever it holds.
        case blocks(prefixed: Bool)
    }

    private var text: [UInt8] = []
    private var nextLine = 1
    private var snippets: [(line: Int, lastLine: Int, kind: Kind)] = []

    var isEmpty: Bool { snippets.isEmpty }

    /// Adds a snippet (lines separated by LF, no blank line) and returns its index.
    mutating func add(_ bytes: [UInt8], as kind: Kind) -> Int {
        let lastLine = nextLine + bytes.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
        snippets.append((nextLine, lastLine, kind))
        switch kind {
        case .inlines(let prefixed), .blocks(let prefixed):
            if prefixed { text += Self.noBreakSpace }
        }
        text += bytes
        text += [0x0A, 0x0A]
        nextLine = lastLine + 2
        if case .blocks = kind {
            text += Self.noBreakSpace + [0x0A, 0x0A]
            nextLine += 2
        }
        return snippets.count - 1
    }

    /// Each snippet's nodes, by index: for inline snippets the paragraph's inlines (none if it
    /// held only link reference definitions); for block snippets the blocks, with lines counted
    /// from 1 at the snippet's first line.
    func parse(withReferencesFrom source: [UInt8]) -> [[CmarkNode]] {
        guard let last = snippets.last else { return [] }
        var document = text
        if Self.mayDefineReferences(source) { document += source }
        var blocks = CmarkParser.topLevelBlocks(of: document, through: last.lastLine)[...]
        return snippets.map { snippet in
            while let next = blocks.first, next.startLine < snippet.line { blocks.removeFirst() }
            var own: [CmarkNode] = []
            while let next = blocks.first, next.startLine <= snippet.lastLine {
                own.append(next)
                blocks.removeFirst()
            }
            switch snippet.kind {
            case .inlines(let prefixed):
                guard let paragraph = own.first, paragraph.kind == .paragraph else { return [] }
                return prefixed ? Self.droppingLeadingNoBreakSpace(paragraph.children) : paragraph.children
            case .blocks(let prefixed):
                if prefixed, var first = own.first, first.kind == .paragraph || first.kind == .heading {
                    first.children = Self.droppingLeadingNoBreakSpace(first.children)
                    own[0] = first
                }
                return own.map { Self.shifted($0, by: snippet.line - 1) }
            }
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

    private static func shifted(_ node: CmarkNode, by lines: Int) -> CmarkNode {
        var node = node
        node.startLine -= lines
        node.endLine -= lines
        node.children = node.children.map { shifted($0, by: lines) }
        return node
    }
}
