/// A GFM pipe table: one header row, a column alignment each, and body rows with exactly as
/// many cells as the header (short rows are padded with empty cells, long rows cut).
public struct MarkdownTable: Sendable, Equatable {
    public var alignments: [MarkdownTableAlignment]
    public var header: [[MarkdownInline]]
    public var rows: [[[MarkdownInline]]]

    public init(alignments: [MarkdownTableAlignment], header: [[MarkdownInline]],
                rows: [[[MarkdownInline]]]) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
    }
}
