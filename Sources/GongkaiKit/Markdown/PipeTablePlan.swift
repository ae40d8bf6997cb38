/// How a cmark paragraph (or setext heading) that holds a GFM pipe table is cut up: optional
/// paragraph text before the header row, the table, and the lines after it that GFM reads as
/// other blocks. Cells and text are snippet indices into the document's `SnippetBatch`; a nil
/// cell is empty.
struct PipeTablePlan {
    /// Identifies a block of cmark's tree: no two blocks start at the same place.
    struct Key: Hashable {
        var line: Int
        var byteColumn: Int
    }

    /// Where a line of the `rest` snippet came from, to give its blocks source positions.
    struct RestLine {
        var sourceLine: Int
        /// Bytes added before the line's content in the snippet (a no-break space, indentation).
        var snippetPrefix: Int
        var contentByteColumn: Int
    }

    var leading: Int?
    var alignments: [MarkdownTableAlignment]
    var header: [Int?]
    var rows: [[Int?]] = []
    var tableLine: Int
    var tableByteColumn: Int
    /// A block snippet and where its lines came from.
    var rest: (snippet: Int, lines: [RestLine])?

    /// Whether the block becomes more than the table.
    var splits: Bool { leading != nil || rest != nil }
}
