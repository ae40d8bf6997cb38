/// Renders an edition's print edition (`<edition>/print/`): one A4 sheet per item on the notice
/// board and its large-print twin, the A3 board poster, and the posting checklist for the as-of
/// date. Takes the same inputs as `EditionRenderer`; what hangs on the board is decided by
/// `BoardSchedule`. QR codes are inline SVG, so every page stands alone with `assets/print.css`.
struct PrintRenderer {
    let config: SiteConfig
    let theme: Theme
    let edition: Edition
    let asOf: LocalDate
    let items: [ClearedItem]

    /// Writes the print pages and returns how many.
    func render(into staging: StagingArea, prefix: String) throws -> Int {
        let baseURL = edition == .internal ? (config.internalBaseURL ?? config.baseURL) : config.baseURL
        let sorted = items.sorted(by: EditionRenderer.newestFirst)
        let titles = Dictionary(uniqueKeysWithValues: sorted.map { ($0.item.id, $0.item.title) })
        let web = ContextBuilder(config: config, strings: theme.strings, edition: edition, asOf: asOf,
                                 baseURL: baseURL, titles: titles)
        let entries = BoardSchedule.entries(sorted, edition: edition, asOf: asOf)
        let counts = Dictionary(grouping: entries, by: \.action).mapValues(\.count)
        let ctx = PrintContext(web: web, counts: counts)
        let categories = edition == .public ? config.categories : config.allCategories
        let byCategory = Dictionary(grouping: sorted, by: { $0.item.category })
        let byTiming = Dictionary(grouping: sorted, by: { $0.item.timing })
        let site = web.site(categories: categories.map { ($0, byCategory[$0.id]?.count ?? 0) },
                            timings: Timing.allCases.map { ($0, byTiming[$0]?.count ?? 0) })
        let strings = TemplateValue.object(theme.strings.mapValues(TemplateValue.string))
        let writer = PageWriter(theme: theme, staging: staging, prefix: prefix, site: site,
                                strings: strings, context: web)
        let board = ctx.board()

        // Sheets, standard and large print.
        let pages = Dictionary(uniqueKeysWithValues: items.flatMap { c in
            InternalLinks.keys(of: c.item).map { ($0, Paths.item(c.item.id)) }
        })
        let uiStrings = theme.strings
        let failures = ParallelMap.map(entries) { e -> String? in
            do {
                let body = BodyRenderer.render(e.item.item, pages: pages, root: Paths.root(of: PrintPaths.sheet(e.item.item.id)),
                                               edition: edition, strings: uiStrings)
                let item = web.detail(e.item, bodyHTML: body.html, headings: body.headings)
                for large in [false, true] {
                    let path = large ? PrintPaths.largeSheet(e.item.item.id) : PrintPaths.sheet(e.item.item.id)
                    try writer.write("print/sheet", path: path,
                                     page: web.page(title: e.item.item.title, path: path, kind: "sheet"),
                                     extra: ["item": item, "sheet": try ctx.sheet(e, large: large), "board": board])
                }
                return nil
            } catch {
                return "\(e.item.item.path): \(error)"
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw RenderFailure(message: failure) }

        // The poster: what hangs on the board, by category.
        let hanging = entries.filter { $0.action != .takeDown }
        let hangingByCategory = Dictionary(grouping: hanging, by: { $0.item.item.category })
        var groups: [TemplateValue] = []
        for category in categories {
            guard let members = hangingByCategory[category.id] else { continue }
            groups.append(web.object(["category": web.category(category, count: members.count),
                                      "items": .list(try members.map { try ctx.entry($0, qr: true) })]))
        }
        try writer.write("print/poster", path: PrintPaths.poster,
                         page: web.page(title: ctx.t("print_poster_title"), path: PrintPaths.poster, kind: "poster"),
                         extra: ["groups": .list(groups), "count": .int(hanging.count), "board": board])

        // The checklist.
        func list(_ action: BoardAction) throws -> TemplateValue {
            .list(try entries.filter { $0.action == action }.map { try ctx.entry($0, qr: false) })
        }
        try writer.write("print/checklist", path: PrintPaths.checklist,
                         page: web.page(title: ctx.t("print_checklist_title"), path: PrintPaths.checklist,
                                        kind: "checklist"),
                         extra: ["post": try list(.post), "keep": try list(.keep), "takeDown": try list(.takeDown),
                                 "board": board])
        return entries.count * 2 + 2
    }
}
