extension MarkdownInline {
    /// The first character this inline shows as text, if it starts with text.
    var firstScalar: Unicode.Scalar? {
        switch self {
        case .text(let s), .code(let s): return s.unicodeScalars.first
        case .emphasis(let c), .strong(let c), .link(_, _, let c): return c.first?.firstScalar
        case .softBreak, .lineBreak, .html, .image: return nil
        }
    }

    /// The last character this inline shows as text, if it ends with text.
    var lastScalar: Unicode.Scalar? {
        switch self {
        case .text(let s), .code(let s): return s.unicodeScalars.last
        case .emphasis(let c), .strong(let c), .link(_, _, let c): return c.last?.lastScalar
        case .softBreak, .lineBreak, .html, .image: return nil
        }
    }
}
