/// An item's Markdown body rendered for a page: safe HTML and the headings for a table of contents.
struct RenderedBody: Sendable {
    var html: String
    var headings: [TemplateValue]
}

enum BodyRenderer {
    /// Sites always render in safe mode: raw HTML and dangerous URLs never pass.
    /// `pages`: the page path of every item in this edition by source path; links to items
    /// outside the edition become plain text.
    static func render(_ item: Item, pages: [String: String]) -> RenderedBody {
        let document = item.document.mappingLinks { destination in
            guard let (path, fragment) = InternalLinks.sourcePath(of: destination, from: item.path) else {
                return destination
            }
            guard let page = pages[path] else { return nil }
            // Item pages sit side by side in items/.
            let file = String(page.split(separator: "/").last ?? Substring(page))
            return fragment.map { "\(file)#\($0)" } ?? file
        }
        let html = MarkdownHTMLRenderer(options: MarkdownRenderOptions()).render(document)
        let headings = document.headings.filter { $0.level <= 3 }.map { h in
            TemplateValue.object(["level": .int(h.level), "text": .string(h.text), "id": .string(h.id)])
        }
        return RenderedBody(html: html, headings: headings)
    }
}
