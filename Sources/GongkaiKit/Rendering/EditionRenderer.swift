import Foundation

/// Renders one edition (`public/` or `internal/`) of the site into a staging area: home, item
/// pages, lists (category, timing, series, year archive; 20 items a page), the catalogue in HTML,
/// JSON and CSV, the power catalogue (权力清单), the search page and its index, theme assets, Atom
/// feeds, the sitemap and robots.txt. Current listings show current items; expired, superseded, repealed and withdrawn
/// items move to the year archive and their series page, and keep their URL.
struct EditionRenderer {
    let config: SiteConfig
    let theme: Theme
    let edition: Edition
    let asOf: LocalDate
    let items: [ClearedItem]
    /// The supervisor's findings, shown as a dashboard in the internal edition only.
    var findings: [Finding] = []
    /// Fingerprint of site.yaml, for recognising unchanged item pages.
    var salt = Fingerprint()
    /// What a long-running process remembers between builds.
    var memory: BuildMemory?

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
        var ctx = ContextBuilder(config: config, strings: theme.strings, edition: edition, asOf: asOf,
                                 baseURL: baseURL, titles: Dictionary(uniqueKeysWithValues: sorted.map { ($0.item.id, $0.item.title) }),
                                 series: series)
        let categories = edition == .public ? config.categories : config.allCategories
        let current = sorted.filter { $0.status == .current }
        let currentByCategory = Dictionary(grouping: current, by: { $0.item.category })
        let currentByTiming = Dictionary(grouping: current, by: { $0.item.timing })
        let powers = PowerCatalogue(sorted)
        var site = ctx.site(categories: categories.map { ($0, currentByCategory[$0.id]?.count ?? 0) },
                            timings: Timing.allCases.map { ($0, currentByTiming[$0]?.count ?? 0) },
                            archiveYears: Self.years(sorted))
        site = ctx.addingPowerCatalogue(powers, to: site)
        let strings = TemplateValue.object(theme.strings.mapValues(TemplateValue.string))
        let summaries = Dictionary(uniqueKeysWithValues: zip(sorted.map(\.item.id), summaries(sorted, context: ctx, strings: strings)))
        func list(_ items: [ClearedItem]) -> TemplateValue { .list(items.map { summaries[$0.item.id]! }) }
        ctx.related = RelatedItems(current: current) { summaries[$0.item.id]! }
        let log = PageLog()
        let writer = PageWriter(theme: theme, staging: staging, prefix: prefix, site: site,
                                strings: strings, context: ctx, log: log)
        // The day each page last changed in content, for the sitemap.
        var lastmod: [String: LocalDate] = [:]
        let newestEdition = series.all.reduce(into: [String: LocalDate]()) { $0[$1.id] = $1.editions.first?.item.published }
        for c in sorted {
            lastmod[Paths.item(c.item.id)] = LastModified.of(c, asOf: asOf, supersededOn: c.item.series.flatMap { newestEdition[$0] })
        }
        let newest: ([ClearedItem]) -> LocalDate? = { items in items.compactMap { lastmod[Paths.item($0.item.id)] }.max() }

        var result = Result()
        result.pageHashes = try ItemPages(config: config, theme: theme, context: ctx, writer: writer, salt: salt).render(sorted)
        result.pages += sorted.count

        let latest = Array(current.prefix(12))
        try writer.write("home", path: Paths.home, page: ctx.page(title: config.organ, path: Paths.home, kind: "home"),
                         extra: ["latest": list(latest)])
        lastmod[Paths.home] = newest(latest)
        result.pages += 1

        let itemLastmod = lastmod
        let lists = ListPages(writer: writer, context: ctx, summary: { summaries[$0.item.id]! },
                              lastModified: { itemLastmod[Paths.item($0.item.id)] })
        var listings: [Listing] = []
        for category in categories {
            let members = currentByCategory[category.id] ?? []
            listings.append(Listing(path: Paths.category(category.id), title: category.name,
                                    description: category.description, items: members,
                                    extra: ["category": ctx.category(category, count: members.count),
                                            "powerCatalogue": powers.lists(any: members) ? ctx.powerCatalogueLink(powers) : .null],
                                    feed: (Paths.categoryFeed(category.id), ctx.feedTitle(category))))
        }
        for timing in Timing.allCases {
            let members = currentByTiming[timing] ?? []
            listings.append(Listing(path: Paths.timing(timing), title: ctx.t("timing_\(timing.rawValue)"),
                                    description: ctx.t("timing_\(timing.rawValue)_description"), items: members,
                                    extra: ["timing": ctx.timing(timing, count: members.count)]))
        }
        for (id, editions) in series.all {
            let trail = editions.first.flatMap { config.category($0.item.category) }.map { [(name: $0.name, url: Paths.category($0.id))] }
            listings.append(Listing(path: Paths.series(id), title: ctx.t("series_prefix") + (editions.first?.item.title ?? id),
                                    description: ctx.t("series_description"), items: editions, trail: trail ?? []))
        }
        let byYear = Dictionary(grouping: sorted, by: { $0.item.published?.year ?? 0 })
        for year in Self.years(sorted) {
            listings.append(Listing(path: Paths.archive(year),
                                    title: ctx.t("archive_title").replacingOccurrences(of: "{year}", with: String(year)),
                                    description: ctx.t("archive_description"), items: byYear[year] ?? [],
                                    extra: ["showStatus": .bool(true)]))
        }
        // Listings are independent: write them on all cores.
        let written = ParallelMap.map(listings) { listing -> Swift.Result<[(path: String, lastmod: LocalDate?)], any Error> in
            Swift.Result { try lists.write(listing) }
        }
        for written in written {
            for (path, date) in try written.get() {
                lastmod[path] = date
                result.pages += 1
            }
        }

        lastmod[Paths.catalogue] = newest(sorted)
        // The rest is independent: write it on all cores. Each part returns how many pages it wrote.
        let renderer = self, context = ctx
        let parts: [@Sendable () throws -> Int] = [
            {
                var pages = 0
                if renderer.edition == .internal {
                    try writer.write("supervision", path: Paths.supervision,
                                     page: context.page(title: context.t("supervision_title"), path: Paths.supervision,
                                                    kind: "supervision"),
                                     extra: context.supervision(renderer.findings))
                    pages += 1
                }
                let groups: [TemplateValue] = categories.compactMap { category in
                    let members = sorted.filter { $0.item.category == category.id }.sorted(by: Self.byIndex)
                    guard !members.isEmpty else { return nil }
                    return .object(["category": context.category(category, count: members.count),
                                    "items": .list(members.map { summaries[$0.item.id]! })])
                }
                try writer.write("catalogue", path: Paths.catalogue,
                                 page: context.page(title: context.t("catalogue_title"), path: Paths.catalogue, kind: "catalogue"),
                                 extra: ["groups": .list(groups), "count": .int(sorted.count)])
                pages += 1
                if !powers.isEmpty {
                    try writer.write("powers", path: Paths.powers,
                                     page: context.page(title: context.t("powers_title"), path: Paths.powers, kind: "powers"),
                                     extra: context.powerCatalogue(powers, summaries: summaries))
                    pages += 1
                }
                return pages
            },
            {
                let catalogue = Catalogue(config: renderer.config, baseURL: baseURL, items: sorted.sorted(by: Self.byIndex),
                                          memory: renderer.memory, salt: renderer.salt).files()
                try staging.write(prefix + "catalogue.json", catalogue.json)
                try staging.write(prefix + "catalogue.csv", catalogue.csv)
                return 0
            },
            {
                try SearchPage(context: context, writer: writer, items: sorted, memory: renderer.memory, salt: renderer.salt)
                    .render(edition: renderer.edition)
            },
            {
                for (path, data) in renderer.theme.assets { try staging.write(prefix + "assets/" + path, data) }
                return try PrintRenderer(config: renderer.config, theme: renderer.theme, edition: renderer.edition,
                                         asOf: renderer.asOf, items: renderer.items)
                    .render(into: staging, prefix: prefix)
            },
            {
                let feeds = EditionFeeds(config: renderer.config, strings: renderer.theme.strings, edition: renderer.edition,
                                         baseURL: baseURL, asOf: renderer.asOf)
                for (path, xml) in feeds.files(sorted, categories: categories) { try staging.write(prefix + path, xml) }
                return 0
            },
        ]
        for pages in ParallelMap.map(parts, { part in Swift.Result { try part() } }) {
            result.pages += try pages.get()
        }

        // Last, so that it lists every web page written above (print pages are not logged).
        for (path, xml) in Sitemap(baseURL: baseURL, pages: log.all.map { ($0, lastmod[$0]) }).files() {
            try staging.write(prefix + path, xml)
        }
        try staging.write(prefix + Paths.robots, RobotsTxt.text(edition: edition, baseURL: baseURL))
        return result
    }

    /// Each item's entry in lists (`ContextBuilder.summary`), built on all cores; a long-running
    /// process keeps them from build to build.
    private func summaries(_ items: [ClearedItem], context ctx: ContextBuilder, strings: TemplateValue) -> [TemplateValue] {
        // Everything `summary` reads besides the item: site.yaml, the UI strings, the edition and
        // its base URL.
        var f = salt
        strings.fingerprint(into: &f)
        f.add(edition.rawValue)
        f.add(ctx.baseURL)
        let base = f, memory = memory
        return ParallelMap.map(items) { c -> TemplateValue in
            guard let memory else { return .shared(SharedObject(ctx.summary(c))) }
            var key = c.key("summary", salt: base)
            key.add(c.item.postingEnd?.daysSinceEpoch ?? Int.min)
            return .shared(memory.value(for: key) { SharedObject(ctx.summary(c)) })
        }
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

/// A page that could not be rendered (a template error at render time).
struct RenderFailure: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
