extension MarkdownInline {
    /// The text a reader sees, without markup: code spans keep their content, links their text,
    /// images their description; raw HTML is dropped. A soft break is a space (nothing between
    /// CJK characters); a hard break is `lineBreak`.
    static func plainText(of inlines: [MarkdownInline], lineBreak: String = "\n") -> String {
        var out = ""
        append(inlines, to: &out, lineBreak: lineBreak)
        return out
    }

    private static func append(_ inlines: [MarkdownInline], to out: inout String, lineBreak: String) {
        for (index, inline) in inlines.enumerated() {
            switch inline {
            case .text(let s), .code(let s):
                out += s
            case .softBreak:
                if !CJKSoftBreak.vanishes(at: index, in: inlines) { out += " " }
            case .lineBreak:
                out += lineBreak
            case .html:
                break
            case .emphasis(let c), .strong(let c), .link(_, _, let c), .image(_, _, let c):
                append(c, to: &out, lineBreak: lineBreak)
            }
        }
    }
}
