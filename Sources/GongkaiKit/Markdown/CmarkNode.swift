/// cmark's tree copied into Swift values, before gongkai's own conversion (`MarkdownConverter`).
/// Columns are cmark's: 1-based byte offsets into the line.
struct CmarkNode: Sendable {
    enum Kind: Sendable {
        case document, blockQuote, list, item, codeBlock, htmlBlock, paragraph, heading, thematicBreak
        case text, softBreak, lineBreak, code, htmlInline, emphasis, strong, link, image
    }

    var kind: Kind
    var startLine = 0
    var startColumn = 0
    var endLine = 0
    /// Text of text, code and HTML nodes and of code blocks.
    var literal = ""
    /// Info string of a fenced code block.
    var info = ""
    var url = ""
    var title = ""
    var headingLevel = 0
    var listStyle = MarkdownListStyle.bullet
    var listTight = false
    var children: [CmarkNode] = []

    init(kind: Kind) {
        self.kind = kind
    }
}
