/// Renders every item page of an edition, in parallel.
struct ItemPages {
    let config: SiteConfig
    let theme: Theme
    let context: ContextBuilder
    let writer: PageWriter
    /// What the pages depend on that their writer's key does not hold: site.yaml's fingerprint.
    var salt = Fingerprint()

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
        let salt = salt
        let results = ParallelMap.map(items) { c -> Result<String, RenderFailure> in
            let path = Paths.item(c.item.id)
            let page = { () -> TemplateValue in
                let crumbs: [TemplateValue] = [config.category(c.item.category).map { ctx.category($0) }].compactMap { $0 }
                return ctx.page(title: c.item.title, path: path, kind: "item", extra: ["breadcrumbs": .list(crumbs)])
            }
            do {
                return .success(try writer.writeHashed(templates[c.item.kind]!, path: path, page: page,
                                                             inputs: Self.inputs(of: c, context: ctx, pages: pages, salt: salt)) {
                    let body = BodyRenderer.render(c.item, pages: pages, root: Paths.root(of: path), edition: c.edition,
                                                   strings: strings)
                    return ["item": ctx.detail(c, bodyHTML: body.html, headings: body.headings)]
                })
            } catch {
                return .failure(RenderFailure(message: "\(c.item.path): \(error)"))
            }
        }
        var hashes: [String: String] = [:]
        for (c, r) in zip(items, results) { hashes[c.item.id] = try r.get() }
        return hashes
    }

    /// Fingerprint of everything the page object, `ContextBuilder.detail` and `BodyRenderer.render`
    /// read for an item page beyond what every page's key holds (gongkai, theme, `site`, UI strings,
    /// edition, as-of date): the item's source and path, its status and preview reason, its
    /// posting end (from the calendar), where its links lead in this edition, the other editions
    /// of its series, its related items, the titles of the items it names, and site.yaml.
    /// Keep it in step with those two functions; debug builds check it on every reused context.
    static func inputs(of c: ClearedItem, context ctx: ContextBuilder, pages: [String: String],
                       salt: Fingerprint) -> Fingerprint {
        let item = c.item
        var f = salt
        c.fingerprint(into: &f)
        f.add(item.postingEnd?.daysSinceEpoch ?? Int.min)
        for (destination, _) in item.links {
            f.add(InternalLinks.key(of: destination, from: item.path).map { pages[$0.key] ?? "\u{0}" } ?? "\u{1}")
        }
        if item.series != nil, item.timing == .periodic {
            for e in ctx.series.nearby(item) {
                f.add(e.item.id)
                f.add(e.item.title)
                f.add(e.item.covers?.description ?? "\u{0}")
                f.add(e.status.rawValue)
            }
        }
        ctx.related.fingerprint(for: item, into: &f)
        for id in [item.replacedBy].compactMap({ $0 }) + (item.decision?.followUps ?? []) {
            f.add(id)
            f.add(ctx.titles[id] ?? "\u{0}")
        }
        return f
    }
}
