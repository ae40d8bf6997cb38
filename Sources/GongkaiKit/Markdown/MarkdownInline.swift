/// Inline content of a paragraph, heading or table cell, as gongkai's own value (no cmark types).
///
/// Adjacent text is merged into one `.text`; entities and backslash escapes are already decoded.
public indirect enum MarkdownInline: Sendable, Equatable {
    case text(String)
    /// A line ending inside a paragraph: rendered as a newline, or as nothing between two CJK
    /// characters.
    case softBreak
    /// A hard line break (two trailing spaces or a backslash): `<br />`.
    case lineBreak
    case code(String)
    /// Raw inline HTML. Sites never output it: the renderer replaces it with a comment.
    case html(String)
    case emphasis([MarkdownInline])
    case strong([MarkdownInline])
    case link(destination: String, title: String, [MarkdownInline])
    case image(source: String, title: String, alt: [MarkdownInline])
}
