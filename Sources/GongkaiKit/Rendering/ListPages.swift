/// A list of items with a page of its own: a category, a timing, a series or a year archive.
struct Listing: Sendable {
    /// Path of the list's first page, relative to the edition root.
    var path: String
    var title: String
    var description: String?
    /// Newest first.
    var items: [ClearedItem]
    /// Context besides `items`, `count` and `pagination`: `category`, `timing`, `showStatus`.
    var extra: [String: TemplateValue] = [:]
    /// The breadcrumb trail between home and the list, not the list itself.
    var trail: [(name: String, url: String)] = []
    /// The Atom feed that follows this list (category pages).
    var feed: (url: String, title: String)?
}

/// Writes a listing over as many pages as it needs (`Pagination`), with the `list` template.
struct ListPages: Sendable {
    let writer: PageWriter
    let context: ContextBuilder
    /// The list entry of an item (cached by the caller: an item shows on several lists).
    let summary: @Sendable (ClearedItem) -> TemplateValue
    /// The day an item's page last changed, for the sitemap.
    let lastModified: @Sendable (ClearedItem) -> LocalDate?

    /// Writes every page; returns each page's path and the newest last-modified date of the
    /// items it shows (nil for an empty list).
    func write(_ listing: Listing) throws -> [(path: String, lastmod: LocalDate?)] {
        let pagination = Pagination(path: listing.path, itemCount: listing.items.count)
        var written: [(path: String, lastmod: LocalDate?)] = []
        for n in 1...pagination.pageCount {
            let path = pagination.path(of: n)
            let shown = listing.items[pagination.range(of: n)]
            let title = n == 1 ? listing.title : context.t("pagination_title")
                .replacingOccurrences(of: "{title}", with: listing.title).replacingOccurrences(of: "{page}", with: String(n))
            let label = { (k: Int) in context.t("pagination_page").replacingOccurrences(of: "{page}", with: String(k)) }
            var crumbs = listing.trail.map { crumb(name: $0.name, url: $0.url, current: false) }
            crumbs.append(crumb(name: listing.title, url: listing.path, current: n == 1))
            if n > 1 {
                crumbs.append(crumb(name: label(n), url: path, current: true))
            }
            var page: [String: TemplateValue] = ["breadcrumbs": .list(crumbs), "number": .int(n)]
            page["description"] = listing.description.map(TemplateValue.string)
            page["feed"] = listing.feed.map { context.object(["url": .string($0.url), "title": .string($0.title)]) }
            var extra = listing.extra
            extra["items"] = .list(shown.map(summary))
            extra["count"] = .int(listing.items.count)
            extra["pagination"] = pagination.context(page: n, label: label)
            try writer.write("list", path: path, page: context.page(title: title, path: path, kind: "list", extra: page),
                             extra: extra)
            written.append((path, shown.compactMap(lastModified).max()))
        }
        return written
    }

    private func crumb(name: String, url: String, current: Bool) -> TemplateValue {
        .object(["name": .string(name), "url": .string(url), "isCurrent": .bool(current)])
    }
}
