/// One piece of a template source: text that stays within one line, or a tag.
struct TemplateToken {
    enum Kind: Equatable {
        /// Text; at most one line, its `\n` included.
        case text
        case variable(escaped: Bool)
        case section, inverted, close, comment, partial, parent, block, delimiters
        /// The start of a source line that has content; added by `StandaloneLines`.
        case lineStart
    }

    var kind: Kind
    /// The text itself, or a tag's content with surrounding whitespace trimmed.
    var content: String
    /// The byte offset where the token starts in the source, and its 1-based line and column.
    var offset: Int
    var line: Int
    var column: Int
    /// Set for tags that stand alone on their line (the line is removed from the output).
    var isStandalone = false
    /// For a standalone tag, the whitespace before it on its line.
    var indentation = ""

    var isText: Bool { kind == .text }

    /// Whether the tag may stand alone on a line; interpolations never do.
    var canStandAlone: Bool {
        switch kind {
        case .text, .variable, .lineStart: false
        case .section, .inverted, .close, .comment, .partial, .parent, .block, .delimiters: true
        }
    }
}
