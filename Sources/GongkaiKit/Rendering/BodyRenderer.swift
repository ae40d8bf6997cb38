/// An item's Markdown body rendered for a page: safe HTML and the headings for a table of contents.
struct RenderedBody: Sendable {
    var html: String
    var headings: [TemplateValue]
}

enum BodyRenderer {
    /// Sites always render in safe mode: raw HTML and dangerous URLs never pass.
    /// `pages`: the page path (from the edition root) of every item in this edition by source
    /// path and by `id:<id>` (`InternalLinks.keys`); links to items outside the edition become plain text. `root`: the relative path from
    /// the page being written back to the edition root (`../` for item pages).
    static func render(_ item: Item, pages: [String: String], root: String, edition: Edition,
                       strings: [String: String]) -> RenderedBody {
        let from = item.path
        let document = item.document.mappingLinks { destination in
            guard let (key, fragment) = InternalLinks.key(of: destination, from: from) else {
                return destination
            }
            guard let page = pages[key] else { return nil }
            return root + page + (fragment.map { "#\($0)" } ?? "")
        }
        let renderer = MarkdownHTMLRenderer(options: MarkdownRenderOptions())
        var html = ""
        for block in document.blocks {
            if case let .codeBlock(info, literal, _) = block, WithheldPassage.isWithheld(info: info),
               case let .success((reason, note)) = WithheldPassage.parse(info: info) {
                html += withheld(reason: reason, note: note, markdown: literal, edition: edition,
                                 strings: strings, renderer: renderer)
            } else {
                html += renderer.render(MarkdownDocument(blocks: [block]))
            }
        }
        let headings = document.headings.filter { $0.level <= 3 }.map { h in
            TemplateValue.object(["level": .int(h.level), "text": .string(h.text), "id": .string(h.id)])
        }
        return RenderedBody(html: html, headings: headings)
    }

    /// The public edition gets a notice of what was withheld and why; the internal edition the
    /// passage itself, marked as internal.
    private static func withheld(reason: ConfidentialityFlag, note: String?, markdown: String, edition: Edition,
                                 strings: [String: String], renderer: MarkdownHTMLRenderer) -> String {
        let why = (strings["reason_\(reason.rawValue)"] ?? reason.rawValue) + "（\(reason.legalBasis)）"
        let noteHTML = note.map { "<span class=\"withheld-note\">" + escape($0) + "</span>" } ?? ""
        switch edition {
        case .public:
            return "<aside class=\"withheld\" role=\"note\"><p><strong>\(escape(strings["withheld_public"] ?? "withheld"))</strong>"
                + "\(escape(why))\(noteHTML.isEmpty ? "" : "：" + noteHTML)</p></aside>\n"
        case .internal:
            return "<div class=\"withheld-internal\"><p class=\"withheld-label\">\(escape(strings["withheld_internal"] ?? "internal"))"
                + "\(escape(why))\(noteHTML.isEmpty ? "" : "：" + noteHTML)</p>\n"
                + renderer.render(MarkdownDocument(parsing: markdown)) + "</div>\n"
        }
    }

    private static func escape(_ s: String) -> String {
        var out = ""
        TemplateValue.appendEscaped(s, to: &out)
        return out
    }
}
