/// A parsed Markdown body: CommonMark (libcmark) plus GFM pipe tables, CSV fences and heading
/// anchors. Build one with `MarkdownDocument(parsing:)`, render it with `MarkdownHTMLRenderer`.
public struct MarkdownDocument: Sendable, Equatable {
    public var blocks: [MarkdownBlock]

    public init(blocks: [MarkdownBlock]) {
        self.blocks = blocks
    }

    /// Parses `text`. Never fails: every string is some Markdown document.
    public init(parsing text: String) {
        self = MarkdownParser.parse(text)
    }

    /// Every block in document order, each before its children (depth first).
    public var allBlocks: [MarkdownBlock] {
        var result: [MarkdownBlock] = []
        var stack = Array(blocks.reversed())
        while let block = stack.popLast() {
            result.append(block)
            stack.append(contentsOf: block.children.reversed())
        }
        return result
    }
}
