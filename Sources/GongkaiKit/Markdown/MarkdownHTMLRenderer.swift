/// Writes a `MarkdownDocument` as an HTML fragment.
///
/// For everything CommonMark has, the output is byte-for-byte what cmark's own HTML renderer
/// writes (escaping, URL encoding, newlines, tight lists, safe mode); the CommonMark spec tests
/// compare the two. Tables follow cmark-gfm's table renderer. gongkai's additions: heading `id`s,
/// CSV tables, and no newline for a soft break between two CJK characters.
public struct MarkdownHTMLRenderer: Sendable {
    public var options: MarkdownRenderOptions

    public init(options: MarkdownRenderOptions = MarkdownRenderOptions()) {
        self.options = options
    }

    public func render(_ document: MarkdownDocument) -> String {
        var out = HTMLOutput()
        blocks(document.blocks, tight: false, into: &out)
        return out.string
    }

    /// `tight`: the blocks are the content of an item in a tight list, so paragraphs lose `<p>`.
    private func blocks(_ blocks: [MarkdownBlock], tight: Bool, into out: inout HTMLOutput) {
        for block in blocks { self.block(block, tight: tight, into: &out) }
    }

    private func block(_ block: MarkdownBlock, tight: Bool, into out: inout HTMLOutput) {
        switch block {
        case .paragraph(let content, _):
            if tight {
                inlines(content, into: &out)
            } else {
                out.newlineIfNeeded()
                out.write("<p>")
                inlines(content, into: &out)
                out.write("</p>\n")
            }
        case .heading(let level, let content, let anchor, _):
            out.newlineIfNeeded()
            out.write("<h\(level)")
            if options.headingAnchors {
                out.write(" id=\"")
                out.writeEscaped(anchor)
                out.write("\"")
            }
            out.write(">")
            inlines(content, into: &out)
            out.write("</h\(level)>\n")
        case .blockQuote(let children, _):
            out.newlineIfNeeded()
            out.write("<blockquote>\n")
            blocks(children, tight: false, into: &out)
            out.newlineIfNeeded()
            out.write("</blockquote>\n")
        case .list(let style, let isTight, let items, _):
            out.newlineIfNeeded()
            switch style {
            case .bullet: out.write("<ul>\n")
            case .ordered(let start, _): out.write(start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n")
            }
            for item in items {
                if case .listItem(let children, _) = item {
                    listItem(children, tight: isTight, into: &out)
                } else {
                    listItem([item], tight: isTight, into: &out)
                }
            }
            out.write(style == .bullet ? "</ul>\n" : "</ol>\n")
        case .listItem(let children, _):
            listItem(children, tight: false, into: &out)
        case .codeBlock(let info, let literal, _):
            out.newlineIfNeeded()
            let language = MarkdownConverter.firstWord(of: info)
            if language.isEmpty {
                out.write("<pre><code>")
            } else {
                out.write("<pre><code class=\"language-")
                out.writeEscaped(String(language))
                out.write("\">")
            }
            out.writeEscaped(literal)
            out.write("</code></pre>\n")
        case .htmlBlock(let html, _):
            out.newlineIfNeeded()
            out.write(options.allowRawHTML ? html : "<!-- raw HTML omitted -->")
            out.newlineIfNeeded()
        case .thematicBreak:
            out.newlineIfNeeded()
            out.write("<hr />\n")
        case .table(let table, _):
            TableHTML(alignment: options.tableAlignment).write(
                header: table.header, rows: table.rows,
                alignment: { column, _ in table.alignments.indices.contains(column) ? table.alignments[column] : .none },
                headerCell: "<th", cell: { inlines($0, into: &$1) }, into: &out)
        case .csvTable(let table, _):
            guard !table.header.isEmpty else { return }
            TableHTML(alignment: options.tableAlignment).write(
                header: table.header, rows: table.rows,
                alignment: { _, text in MarkdownCSVTable.alignment(of: text) },
                headerCell: "<th scope=\"col\"", cell: { $1.writeEscaped($0) }, into: &out)
        }
    }

    private func listItem(_ children: [MarkdownBlock], tight: Bool, into out: inout HTMLOutput) {
        out.newlineIfNeeded()
        out.write("<li>")
        blocks(children, tight: tight, into: &out)
        out.write("</li>\n")
    }

    private func inlines(_ content: [MarkdownInline], into out: inout HTMLOutput) {
        for (index, inline) in content.enumerated() {
            switch inline {
            case .text(let text):
                out.writeEscaped(text)
            case .softBreak:
                if !CJKSoftBreak.vanishes(at: index, in: content) { out.write("\n") }
            case .lineBreak:
                out.write("<br />\n")
            case .code(let code):
                out.write("<code>")
                out.writeEscaped(code)
                out.write("</code>")
            case .html(let html):
                out.write(options.allowRawHTML ? html : "<!-- raw HTML omitted -->")
            case .emphasis(let children):
                out.write("<em>")
                inlines(children, into: &out)
                out.write("</em>")
            case .strong(let children):
                out.write("<strong>")
                inlines(children, into: &out)
                out.write("</strong>")
            case .link(let destination, let title, let children):
                out.write("<a href=\"")
                url(destination, into: &out)
                if !title.isEmpty {
                    out.write("\" title=\"")
                    out.writeEscaped(title)
                }
                out.write("\">")
                inlines(children, into: &out)
                out.write("</a>")
            case .image(let source, let title, let alt):
                out.write("<img src=\"")
                url(source, into: &out)
                out.write("\" alt=\"")
                plain(alt, into: &out)
                if !title.isEmpty {
                    out.write("\" title=\"")
                    out.writeEscaped(title)
                }
                out.write("\" />")
            }
        }
    }

    private func url(_ url: String, into out: inout HTMLOutput) {
        if options.allowRawHTML || !DangerousURL.matches(url) { out.writeEscapedURL(url) }
    }

    /// An image description as cmark writes it into `alt`: the text only, escaped, breaks as
    /// spaces (and, as in running text, nothing between CJK characters).
    private func plain(_ content: [MarkdownInline], into out: inout HTMLOutput) {
        for (index, inline) in content.enumerated() {
            switch inline {
            case .text(let s), .code(let s), .html(let s):
                out.writeEscaped(s)
            case .softBreak:
                if !CJKSoftBreak.vanishes(at: index, in: content) { out.write(" ") }
            case .lineBreak:
                out.write(" ")
            case .emphasis(let c), .strong(let c), .link(_, _, let c), .image(_, _, let c):
                plain(c, into: &out)
            }
        }
    }
}
