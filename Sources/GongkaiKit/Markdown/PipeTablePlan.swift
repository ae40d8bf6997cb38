/// How a cmark paragraph that holds a GFM pipe table is cut up: optional paragraph text before
/// the header row, the table, and optional text after a line that ends the table. Cells and text
/// are snippet indices into the document's `InlineBatch`; a nil cell is empty.
struct PipeTablePlan {
    /// Identifies a paragraph of cmark's tree: no two paragraphs start at the same place.
    struct Key: Hashable {
        var line: Int
        var byteColumn: Int
    }

    var leading: Int?
    var alignments: [MarkdownTableAlignment]
    var header: [Int?]
    var rows: [[Int?]] = []
    var tableLine: Int
    var tableByteColumn: Int
    var trailing: (snippet: Int, line: Int, byteColumn: Int)?
}
