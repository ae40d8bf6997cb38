import Foundation

/// Renders one edition (`public/` or `internal/`) of the site into a staging area: home, item
/// pages, category and timing lists, the catalogue in HTML, JSON and CSV, and theme assets.
struct EditionRenderer {
    let config: SiteConfig
    let theme: Theme
    let edition: Edition
    let asOf: LocalDate
    let items: [ClearedItem]

    /// Pages written, by path relative to the edition folder.
    func render(into staging: StagingArea, prefix: String) throws -> Int {
        let baseURL = edition == .internal ? (config.internalBaseURL ?? config.baseURL) : config.baseURL
        let sorted = items.sorted(by: Self.newestFirst)
        let titles = Dictionary(uniqueKeysWithValues: sorted.map { ($0.item.id, $0.item.title) })
        let ctx = ContextBuilder(config: config, strings: theme.strings, edition: edition, asOf: asOf,
                                 baseURL: baseURL, titles: titles)
        let categories = (edition == .public ? config.categories : config.allCategories)
        let byCategory = Dictionary(grouping: sorted, by: { $0.item.category })
        let byTiming = Dictionary(grouping: sorted, by: { $0.item.timing })
        let site = ctx.site(categories: categories.map { ($0, byCategory[$0.id]?.count ?? 0) },
                            timings: Timing.allCases.map { ($0, byTiming[$0]?.count ?? 0) })
        let strings = TemplateValue.object(theme.strings.mapValues(TemplateValue.string))
        let summaries = sorted.map { TemplateValue.object(ctx.summary($0)) }
        var pages = 0

        let writer = PageWriter(library: theme.library, staging: staging, prefix: prefix, site: site,
                                strings: strings, context: ctx)

        // Item pages, in parallel.
        let library = theme.library
        let itemTemplates = Dictionary(uniqueKeysWithValues: ItemKind.allCases.map {
            ($0, library.template(named: "item-\($0.rawValue)") != nil ? "item-\($0.rawValue)" : "item")
        })
        let failures = ParallelMap.map(sorted) { c -> String? in
            let body = BodyRenderer.render(c.item)
            let path = Paths.item(c.item.id)
            let category = config.category(c.item.category)
            let crumbs: [TemplateValue] = [category.map { ctx.category($0) }].compactMap { $0 }
            let page = ctx.page(title: c.item.title, path: path, kind: "item",
                                extra: ["breadcrumbs": .list(crumbs)])
            do {
                try writer.write(itemTemplates[c.item.kind]!, path: path, page: page,
                          extra: ["item": ctx.detail(c, bodyHTML: body.html, headings: body.headings)])
                return nil
            } catch {
                return "\(c.item.path): \(error)"
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw RenderFailure(message: failure) }
        pages += sorted.count

        // Home.
        let current = sorted.enumerated().filter { $0.element.status == .current }.map { summaries[$0.offset] }
        try writer.write("home", path: Paths.home, page: ctx.page(title: config.organ, path: Paths.home, kind: "home"),
                  extra: ["latest": .list(Array(current.prefix(12)))])
        pages += 1

        // Category pages.
        let index = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($0.element.item.id, $0.offset) })
        for category in categories {
            let list = (byCategory[category.id] ?? []).map { summaries[index[$0.item.id]!] }
            let path = Paths.category(category.id)
            try writer.write("list", path: path,
                      page: ctx.page(title: category.name, path: path, kind: "list",
                                     extra: ["description": category.description.map(TemplateValue.string) ?? .null]),
                      extra: ["items": .list(list), "count": .int(list.count),
                             "category": ctx.category(category, count: list.count)])
            pages += 1
        }
        // Timing pages.
        for timing in Timing.allCases {
            let list = (byTiming[timing] ?? []).map { summaries[index[$0.item.id]!] }
            let path = Paths.timing(timing)
            try writer.write("list", path: path,
                      page: ctx.page(title: ctx.t("timing_\(timing.rawValue)"), path: path, kind: "list",
                                     extra: ["description": .string(ctx.t("timing_\(timing.rawValue)_description"))]),
                      extra: ["items": .list(list), "count": .int(list.count),
                             "timing": ctx.timing(timing, count: list.count)])
            pages += 1
        }
        // Catalogue.
        let groups: [TemplateValue] = categories.compactMap { category in
            guard let members = byCategory[category.id], !members.isEmpty else { return nil }
            let list = members.sorted(by: Self.byIndex).map { summaries[index[$0.item.id]!] }
            return .object(["category": ctx.category(category, count: list.count), "items": .list(list)])
        }
        try writer.write("catalogue", path: Paths.catalogue,
                  page: ctx.page(title: ctx.t("catalogue_title"), path: Paths.catalogue, kind: "catalogue"),
                  extra: ["groups": .list(groups), "count": .int(sorted.count)])
        pages += 1
        let catalogue = Catalogue(config: config, baseURL: baseURL, items: sorted.sorted(by: Self.byIndex))
        try staging.write(prefix + "catalogue.json", catalogue.json())
        try staging.write(prefix + "catalogue.csv", catalogue.csv())
        for (path, data) in theme.assets { try staging.write(prefix + "assets/" + path, data) }
        pages += try PrintRenderer(config: config, theme: theme, edition: edition, asOf: asOf, items: items)
            .render(into: staging, prefix: prefix)
        return pages
    }

    static func newestFirst(_ a: ClearedItem, _ b: ClearedItem) -> Bool {
        let ka = (a.item.published?.daysSinceEpoch ?? 0, a.item.index ?? "", a.item.id)
        let kb = (b.item.published?.daysSinceEpoch ?? 0, b.item.index ?? "", b.item.id)
        return ka > kb
    }

    static func byIndex(_ a: ClearedItem, _ b: ClearedItem) -> Bool {
        (a.item.index ?? "", a.item.id) < (b.item.index ?? "", b.item.id)
    }
}

/// Renders one page from a template and writes it to the staging area.
struct PageWriter: Sendable {
    let library: TemplateLibrary
    let staging: StagingArea
    let prefix: String
    let site: TemplateValue
    let strings: TemplateValue
    let context: ContextBuilder

    @Sendable func write(_ template: String, path: String, page: TemplateValue,
                         extra: [String: TemplateValue]) throws {
        var fields: [String: TemplateValue] = ["site": site, "page": page, "t": strings]
        for (k, v) in extra { fields[k] = v }
        let html = try library.render(template, context.object(fields))
        try staging.write(prefix + path, html)
    }
}

/// A page that could not be rendered (a template error at render time).
struct RenderFailure: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
