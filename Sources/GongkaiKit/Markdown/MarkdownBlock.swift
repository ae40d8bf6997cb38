/// A block of a Markdown body, as gongkai's own value. Every block carries where it starts in the
/// Markdown text, so later stages can report `file:line:col` (an unresolved link inside a
/// paragraph is reported at the paragraph).
public indirect enum MarkdownBlock: Sendable, Equatable {
    case paragraph([MarkdownInline], at: MarkdownSourcePosition)
    /// `anchor` is the heading's `id`, unique within its document (`HeadingAnchors`).
    case heading(level: Int, [MarkdownInline], anchor: String, at: MarkdownSourcePosition)
    case blockQuote([MarkdownBlock], at: MarkdownSourcePosition)
    /// `items` are `.listItem` blocks. In a tight list the paragraphs directly inside an item
    /// render without `<p>`.
    case list(MarkdownListStyle, tight: Bool, items: [MarkdownBlock], at: MarkdownSourcePosition)
    case listItem([MarkdownBlock], at: MarkdownSourcePosition)
    /// `info` is the whole info string of a fence (`swift title="x"`); empty for indented code.
    case codeBlock(info: String, literal: String, at: MarkdownSourcePosition)
    /// Raw HTML. Sites never output it: the renderer replaces it with a comment.
    case htmlBlock(String, at: MarkdownSourcePosition)
    case thematicBreak(at: MarkdownSourcePosition)
    case table(MarkdownTable, at: MarkdownSourcePosition)
    /// A ```` ```csv ```` fence, read as a table.
    case csvTable(MarkdownCSVTable, at: MarkdownSourcePosition)

    /// Where the block starts.
    public var position: MarkdownSourcePosition {
        switch self {
        case .paragraph(_, let at), .heading(_, _, _, let at), .blockQuote(_, let at),
             .list(_, _, _, let at), .listItem(_, let at), .codeBlock(_, _, let at),
             .htmlBlock(_, let at), .thematicBreak(let at), .table(_, let at),
             .csvTable(_, let at):
            return at
        }
    }

    /// The blocks directly inside a block quote, list or list item; empty for leaf blocks.
    public var children: [MarkdownBlock] {
        switch self {
        case .blockQuote(let blocks, _), .listItem(let blocks, _), .list(_, _, let blocks, _):
            return blocks
        default:
            return []
        }
    }
}
