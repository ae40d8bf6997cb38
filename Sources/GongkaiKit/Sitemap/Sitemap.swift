/// `sitemap.xml` (sitemaps.org protocol 0.9): every HTML page of an edition but the print pages,
/// by absolute URL, with the day its content last changed. Beyond 50,000 pages, the protocol's
/// limit for one file, the pages go into `sitemaps/1.xml`, `sitemaps/2.xml` … and `sitemap.xml`
/// becomes the sitemap index that lists them.
struct Sitemap {
    /// The protocol's limit of URLs in one sitemap file.
    static let maxURLs = 50_000
    static let namespace = "http://www.sitemaps.org/schemas/sitemap/0.9"

    /// Base URL of the edition, ending in `/`.
    let baseURL: String
    /// Path of each page relative to the edition root, and its last-modified day when known.
    let pages: [(path: String, lastmod: LocalDate?)]

    /// The files by path relative to the edition root: `sitemap.xml`, and its parts when there
    /// are more than `maxURLs` pages. The home page comes first, then the others by path.
    func files(maxURLs: Int = Self.maxURLs) -> [(path: String, xml: String)] {
        let ordered = pages.filter { $0.path == Paths.home } + pages.filter { $0.path != Paths.home }.sorted { $0.path < $1.path }
        guard ordered.count > maxURLs else { return [(Paths.sitemap, urlset(ordered[...]))] }
        var parts: [(path: String, xml: String)] = []
        var index = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"\(Self.namespace)\">\n"
        for (n, start) in stride(from: 0, to: ordered.count, by: maxURLs).enumerated() {
            let slice = ordered[start..<min(ordered.count, start + maxURLs)]
            let path = Paths.sitemapPart(n + 1)
            parts.append((path, urlset(slice)))
            index += "  <sitemap>\n    <loc>\(XMLText.escape(baseURL + path))</loc>\n"
            if let newest = slice.compactMap(\.lastmod).max() { index += "    <lastmod>\(newest)</lastmod>\n" }
            index += "  </sitemap>\n"
        }
        index += "</sitemapindex>\n"
        return [(Paths.sitemap, index)] + parts
    }

    private func urlset(_ pages: ArraySlice<(path: String, lastmod: LocalDate?)>) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"\(Self.namespace)\">\n"
        for page in pages {
            out += "  <url>\n    <loc>\(XMLText.escape(url(page.path)))</loc>\n"
            if let d = page.lastmod { out += "    <lastmod>\(d)</lastmod>\n" }
            out += "  </url>\n"
        }
        return out + "</urlset>\n"
    }

    /// The page's absolute URL, as its canonical link gives it (the home page is the base URL).
    private func url(_ path: String) -> String {
        baseURL + (path == Paths.home ? "" : URLPath.encode(path))
    }
}
