import Foundation

/// Renders one edition (`public/` or `internal/`) of the site into a staging area: home, item
/// pages, lists (category, timing, series, year archive), the catalogue in HTML, JSON and CSV, the
/// search page and its index, and theme assets. Current listings show current items; expired, superseded, repealed and withdrawn
/// items move to the year archive and their series page, and keep their URL.
struct EditionRenderer {
    let config: SiteConfig
    let theme: Theme
    let edition: Edition
    let asOf: LocalDate
    let items: [ClearedItem]
    /// The supervisor's findings, shown as a dashboard in the internal edition only.
    var findings: [Finding] = []

    /// What rendering an edition produced.
    struct Result {
        var pages = 0
        /// SHA-256 of each item's page, by item id (for the archive manifest).
        var pageHashes: [String: String] = [:]
    }

    func render(into staging: StagingArea, prefix: String) throws -> Result {
        let baseURL = edition == .internal ? (config.internalBaseURL ?? config.baseURL) : config.baseURL
        let sorted = items.sorted(by: Self.newestFirst)
        let series = SeriesIndex(sorted)
        let ctx = ContextBuilder(config: config, strings: theme.strings, edition: edition, asOf: asOf,
                                 baseURL: baseURL, titles: Dictionary(uniqueKeysWithValues: sorted.map { ($0.item.id, $0.item.title) }),
                                 series: series)
        let categories = edition == .public ? config.categories : config.allCategories
        let current = sorted.filter { $0.status == .current }
        let currentByCategory = Dictionary(grouping: current, by: { $0.item.category })
        let currentByTiming = Dictionary(grouping: current, by: { $0.item.timing })
        let site = ctx.site(categories: categories.map { ($0, currentByCategory[$0.id]?.count ?? 0) },
                            timings: Timing.allCases.map { ($0, currentByTiming[$0]?.count ?? 0) },
                            archiveYears: Self.years(sorted))
        let writer = PageWriter(library: theme.library, staging: staging, prefix: prefix, site: site,
                                strings: .object(theme.strings.mapValues(TemplateValue.string)), context: ctx)
        let summaries = Dictionary(uniqueKeysWithValues: sorted.map { ($0.item.id, TemplateValue.object(ctx.summary($0))) })
        func list(_ items: [ClearedItem]) -> TemplateValue { .list(items.map { summaries[$0.item.id]! }) }

        var result = Result()
        result.pageHashes = try ItemPages(config: config, theme: theme, context: ctx, writer: writer).render(sorted)
        result.pages += sorted.count

        try writer.write("home", path: Paths.home, page: ctx.page(title: config.organ, path: Paths.home, kind: "home"),
                         extra: ["latest": list(Array(current.prefix(12)))])
        result.pages += 1

        for category in categories {
            let members = currentByCategory[category.id] ?? []
            let path = Paths.category(category.id)
            try writer.write("list", path: path,
                             page: ctx.page(title: category.name, path: path, kind: "list",
                                            extra: ["description": category.description.map(TemplateValue.string) ?? .null]),
                             extra: ["items": list(members), "count": .int(members.count),
                                     "category": ctx.category(category, count: members.count)])
            result.pages += 1
        }
        for timing in Timing.allCases {
            let members = currentByTiming[timing] ?? []
            let path = Paths.timing(timing)
            try writer.write("list", path: path,
                             page: ctx.page(title: ctx.t("timing_\(timing.rawValue)"), path: path, kind: "list",
                                            extra: ["description": .string(ctx.t("timing_\(timing.rawValue)_description"))]),
                             extra: ["items": list(members), "count": .int(members.count),
                                     "timing": ctx.timing(timing, count: members.count)])
            result.pages += 1
        }
        for (id, editions) in series.all {
            let path = Paths.series(id)
            let title = ctx.t("series_prefix") + (editions.first?.item.title ?? id)
            try writer.write("list", path: path,
                             page: ctx.page(title: title, path: path, kind: "list",
                                            extra: ["description": .string(ctx.t("series_description"))]),
                             extra: ["items": list(editions), "count": .int(editions.count)])
            result.pages += 1
        }
        let byYear = Dictionary(grouping: sorted, by: { $0.item.published?.year ?? 0 })
        for year in Self.years(sorted) {
            let members = byYear[year] ?? []
            let path = Paths.archive(year)
            try writer.write("list", path: path,
                             page: ctx.page(title: ctx.t("archive_title").replacingOccurrences(of: "{year}", with: String(year)),
                                            path: path, kind: "list",
                                            extra: ["description": .string(ctx.t("archive_description"))]),
                             extra: ["items": list(members), "count": .int(members.count), "showStatus": .bool(true)])
            result.pages += 1
        }

        if edition == .internal {
            try writer.write("supervision", path: Paths.supervision,
                             page: ctx.page(title: ctx.t("supervision_title"), path: Paths.supervision, kind: "supervision"),
                             extra: ctx.supervision(findings))
            result.pages += 1
        }

        let groups: [TemplateValue] = categories.compactMap { category in
            let members = sorted.filter { $0.item.category == category.id }.sorted(by: Self.byIndex)
            guard !members.isEmpty else { return nil }
            return .object(["category": ctx.category(category, count: members.count), "items": list(members)])
        }
        try writer.write("catalogue", path: Paths.catalogue,
                         page: ctx.page(title: ctx.t("catalogue_title"), path: Paths.catalogue, kind: "catalogue"),
                         extra: ["groups": .list(groups), "count": .int(sorted.count)])
        result.pages += 1
        let catalogue = Catalogue(config: config, baseURL: baseURL, items: sorted.sorted(by: Self.byIndex))
        try staging.write(prefix + "catalogue.json", catalogue.json())
        try staging.write(prefix + "catalogue.csv", catalogue.csv())
        result.pages += try SearchPage(context: ctx, writer: writer, items: sorted).render(edition: edition)
        for (path, data) in theme.assets { try staging.write(prefix + "assets/" + path, data) }
        result.pages += try PrintRenderer(config: config, theme: theme, edition: edition, asOf: asOf, items: items)
            .render(into: staging, prefix: prefix)
        return result
    }

    /// Years with at least one published item, newest first.
    static func years(_ items: [ClearedItem]) -> [Int] {
        Set(items.compactMap { $0.item.published?.year }).sorted(by: >)
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

    /// Renders and writes the page; returns its bytes' SHA-256.
    @discardableResult
    @Sendable func write(_ template: String, path: String, page: TemplateValue,
                         extra: [String: TemplateValue]) throws -> String {
        var fields: [String: TemplateValue] = ["site": site, "page": page, "t": strings]
        for (k, v) in extra { fields[k] = v }
        let html = try library.render(template, context.object(fields))
        let bytes = Array(html.utf8)
        try staging.write(prefix + path, bytes)
        return SHA256.hex(bytes)
    }
}

/// A page that could not be rendered (a template error at render time).
struct RenderFailure: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
