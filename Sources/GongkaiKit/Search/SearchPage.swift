/// Writes an edition's search: the page `search.html` (template `search`) and its index
/// `search-index.js`. The search itself runs in the reader's browser (`assets/search.js`).
struct SearchPage {
    let context: ContextBuilder
    let writer: PageWriter
    /// The edition's items, newest first.
    let items: [ClearedItem]
    var memory: BuildMemory?
    var salt = Fingerprint()

    /// Returns the number of pages written (one).
    func render(edition: Edition) throws -> Int {
        let ctx = context
        let index = SearchIndex(edition: edition, items: items, memory: memory, salt: salt)
        try writer.staging.write(writer.prefix + Paths.searchIndex, index.script())
        let statuses: [TemplateValue] = ItemStatus.allCases.map { s in
            ctx.object(["id": .string(s.rawValue), "name": .string(ctx.t("status_\(s.rawValue)"))])
        }
        try writer.write("search", path: Paths.search,
                         page: ctx.page(title: ctx.t("search_title"), path: Paths.search, kind: "search"),
                         extra: ["search": ctx.object([
                             "indexURL": .string(Paths.searchIndex),
                             "scriptURL": .string("assets/search.js"),
                             "statuses": .list(statuses),
                             "count": .int(items.count),
                             "pageSize": .int(50),
                         ])])
        return 1
    }
}
