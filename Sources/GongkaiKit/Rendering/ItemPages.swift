/// Renders every item page of an edition, in parallel.
struct ItemPages {
    let config: SiteConfig
    let theme: Theme
    let context: ContextBuilder
    let writer: PageWriter

    /// Returns the SHA-256 of each page by item id.
    func render(_ items: [ClearedItem]) throws -> [String: String] {
        let library = theme.library
        let templates = Dictionary(uniqueKeysWithValues: ItemKind.allCases.map {
            ($0, library.template(named: "item-\($0.rawValue)") != nil ? "item-\($0.rawValue)" : "item")
        })
        let ctx = context, writer = writer, config = config, strings = theme.strings
        let pages = Dictionary(uniqueKeysWithValues: items.flatMap { c in
            InternalLinks.keys(of: c.item).map { ($0, Paths.item(c.item.id)) }
        })
        let results = ParallelMap.map(items) { c -> Result<String, RenderFailure> in
            let path = Paths.item(c.item.id)
            let body = BodyRenderer.render(c.item, pages: pages, root: Paths.root(of: path), edition: c.edition, strings: strings)
            let crumbs: [TemplateValue] = [config.category(c.item.category).map { ctx.category($0) }].compactMap { $0 }
            let page = ctx.page(title: c.item.title, path: path, kind: "item", extra: ["breadcrumbs": .list(crumbs)])
            do {
                return .success(try writer.writeHashed(templates[c.item.kind]!, path: path, page: page,
                                                 extra: ["item": ctx.detail(c, bodyHTML: body.html, headings: body.headings)]))
            } catch {
                return .failure(RenderFailure(message: "\(c.item.path): \(error)"))
            }
        }
        var hashes: [String: String] = [:]
        for (c, r) in zip(items, results) { hashes[c.item.id] = try r.get() }
        return hashes
    }
}
