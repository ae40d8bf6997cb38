/// Where the machine-readable files of an edition live, relative to its root.
extension Paths {
    /// The Atom feed of the whole edition.
    static let feed = "feed.xml"
    /// The Atom feed of one category, beside its list page.
    static func categoryFeed(_ id: String) -> String { "categories/\(id).xml" }
    static let sitemap = "sitemap.xml"
    /// The files of a sitemap too large for one (more than 50,000 pages), listed by `sitemap.xml`.
    static func sitemapPart(_ n: Int) -> String { "sitemaps/\(n).xml" }
    static let robots = "robots.txt"

    /// Page `n` (from 1) of a paginated list whose first page is `path`: page 1 keeps the list's
    /// URL, later pages go in a folder named after it (`categories/policies.html`,
    /// `categories/policies/2.html`), which no other list's name can collide with.
    static func listPage(_ path: String, page n: Int) -> String {
        guard n > 1 else { return path }
        return String(path.dropLast(".html".count)) + "/\(n).html"
    }
}
