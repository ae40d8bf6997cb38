/// A heading as a table of contents lists it: level 1–6, its text without markup and its
/// anchor id (the `id` of the rendered `<hN>`).
public struct MarkdownHeading: Sendable, Equatable {
    public var level: Int
    public var text: String
    public var id: String
    public var position: MarkdownSourcePosition

    public init(level: Int, text: String, id: String, position: MarkdownSourcePosition) {
        self.level = level
        self.text = text
        self.id = id
        self.position = position
    }
}

extension MarkdownDocument {
    /// Every heading in document order, including those inside block quotes and lists.
    public var headings: [MarkdownHeading] {
        allBlocks.compactMap { block in
            guard case let .heading(level, inlines, anchor, at) = block else { return nil }
            return MarkdownHeading(level: level, text: MarkdownInline.plainText(of: inlines, lineBreak: " "),
                                   id: anchor, position: at)
        }
    }
}
