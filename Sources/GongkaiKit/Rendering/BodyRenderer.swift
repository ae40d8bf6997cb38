/// An item's Markdown body rendered for a page: safe HTML and the headings for a table of contents.
struct RenderedBody: Sendable {
    var html: String
    var headings: [TemplateValue]
}

enum BodyRenderer {
    /// Sites always render in safe mode: raw HTML and dangerous URLs never pass.
    static func render(_ item: Item) -> RenderedBody {
        let document = MarkdownDocument(parsing: item.body)
        let html = MarkdownHTMLRenderer(options: MarkdownRenderOptions()).render(document)
        let headings = document.headings.filter { $0.level <= 3 }.map { h in
            TemplateValue.object(["level": .int(h.level), "text": .string(h.text), "id": .string(h.id)])
        }
        return RenderedBody(html: html, headings: headings)
    }
}
