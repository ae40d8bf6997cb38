import Foundation
import Testing
@testable import GongkaiKit

/// The `<loc>` and `<lastmod>` of each `<url>` of a sitemap.
private func entries(_ site: TestSite, _ path: String) throws -> [(loc: String, lastmod: String?)] {
    let data = try #require(FileManager.default.contents(atPath: site.root.appendingPathComponent(path).path), "\(path) missing")
    let root = try #require(XMLTestNode.parse(data, path: path))
    #expect(root.name == "urlset")
    return root.all("url").map { ($0.first("loc")?.text ?? "", $0.first("lastmod")?.text) }
}

@Test func theSitemapsValidateAgainstTheSitemapsOrgSchema() throws {
    guard XMLLint.available() else { return }
    let site = try TestSite(copying: "golden")
    #expect(try site.build().wroteOutput)
    let schema = XMLLint.schemas.appendingPathComponent("sitemap.xsd").path
    for edition in ["public", "internal"] {
        let lint = try XMLLint.run(["--schema", schema, site.root.appendingPathComponent("site/\(edition)/sitemap.xml").path])
        #expect(lint.status == 0, "\(edition)/sitemap.xml: \(lint.errors)")
    }
}

@Test func theSchemaRejectsWhatTheProtocolForbids() throws {
    guard XMLLint.available() else { return }
    let scratch = try TestSite()
    let schema = XMLLint.schemas.appendingPathComponent("sitemap.xsd").path
    let bad = [
        "no-url": "",
        "bad-lastmod": "<url><loc>https://example.gov.cn/a.html</loc><lastmod>2026-11-31</lastmod></url>",
        "order": "<url><lastmod>2026-11-01</lastmod><loc>https://example.gov.cn/a.html</loc></url>",
        "priority": "<url><loc>https://example.gov.cn/a.html</loc><priority>1.5</priority></url>",
    ]
    for (name, body) in bad {
        try scratch.write("\(name).xml", "<?xml version=\"1.0\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\(body)</urlset>\n")
        #expect(try XMLLint.run(["--schema", schema, scratch.root.appendingPathComponent("\(name).xml").path]).status != 0, "\(name)")
    }
}

@Test func theSitemapListsEveryWebPageButThePrintPagesAtItsCanonicalURL() throws {
    let site = try TestSite(copying: "golden")
    _ = try site.build()
    for (edition, base) in [("public", "https://example.gov.cn/gongkai/"), ("internal", "http://intranet.example/gongkai/")] {
        let files = site.snapshot("site/\(edition)")
        let pages = files.keys.filter { $0.hasSuffix(".html") && !$0.hasPrefix("print/") }
        let listed = try entries(site, "site/\(edition)/sitemap.xml")
        #expect(listed.first?.loc == base, "the home page comes first")
        #expect(Set(listed.map(\.loc)) == Set(pages.map { $0 == "index.html" ? base : base + $0 }))
        #expect(listed.count == pages.count)
        // Each page's canonical link is the URL the sitemap gives it.
        for page in pages {
            let html = String(decoding: files[page]!, as: UTF8.self)
            let url = page == "index.html" ? base : base + page
            #expect(html.contains("<link rel=\"canonical\" href=\"\(url)\">"), "\(edition)/\(page)")
        }
    }
    #expect(try entries(site, "site/internal/sitemap.xml").contains { $0.loc.hasSuffix("/supervision/index.html") })
}

@Test func lastmodIsTheNewestDateInTheContent() throws {
    let site = try TestSite()
    try site.write("content/items/changed.md", TestSite.item(
        index: "11330000MB0000000X/2026-00001", published: "2026-10-15",
        extra: "changes:\n  - on: 2026-11-02\n    note: 更正\n  - on: 2026-12-20\n    note: 尚未发生\n"))
    try site.write("content/items/repealed.md", TestSite.item(
        title: "关于旧标准的通知", index: "11330000MB0000000X/2026-00002", published: "2026-09-01",
        extra: "repealed-on: 2026-11-10\nrepeal-reason: 已被新标准取代\n"))
    try site.write("content/items/notice.md", TestSite.item(
        title: "关于公示的通知", timing: "ad-hoc", index: "11330000MB0000000X/2026-00003", published: "2026-11-02",
        extra: "expires: 2026-11-09\n"))
    try site.write("content/items/plain.md", TestSite.item(
        title: "财政资金情况", category: "finance", index: "11330000MB0000000X/2026-00004", published: "2026-08-01"))
    #expect(try site.build().wroteOutput)
    let lastmod = Dictionary(uniqueKeysWithValues: try entries(site, "site/public/sitemap.xml").map {
        ($0.loc.replacingOccurrences(of: "https://example.gov.cn/gongkai/", with: ""), $0.lastmod)
    })
    #expect(lastmod["items/changed.html"] == "2026-11-02", "a change; not one after the as-of date")
    #expect(lastmod["items/repealed.html"] == "2026-11-10", "the repeal")
    #expect(lastmod["items/notice.html"] == "2026-11-10", "the day after the 公示期 ended")
    #expect(lastmod["items/plain.html"] == "2026-08-01", "the publication")
    #expect(lastmod["categories/policies.html"] == "2026-11-02", "the newest of the items it shows")
    #expect(lastmod["categories/finance.html"] == "2026-08-01")
    #expect(lastmod["archive/2026.html"] == "2026-11-10")
    #expect(lastmod[""] == "2026-11-02", "home shows current items only")
    #expect(lastmod["catalogue.html"] == "2026-11-10")
}

@Test func robotsTxtNamesThePublicSitemapAndTurnsCrawlersAwayFromTheInternalSite() throws {
    let site = try TestSite(copying: "golden")
    _ = try site.build()
    #expect(site.read("site/public/robots.txt")?.hasSuffix("""
        User-agent: *
        Disallow: /gongkai/print/

        Sitemap: https://example.gov.cn/gongkai/sitemap.xml

        """) == true)
    #expect(site.read("site/internal/robots.txt")?.hasSuffix("User-agent: *\nDisallow: /\n") == true)
    #expect(site.read("site/internal/robots.txt")?.contains("Sitemap") == false)
}

@Test func aSitemapBeyondTheLimitBecomesAnIndexOfParts() throws {
    guard XMLLint.available() else { return }
    let day = LocalDate(iso: "2026-10-01")!
    let pages = (1...5).map { (path: "items/p\($0).html", lastmod: Optional(day.adding(days: $0))) }
        + [(path: "index.html", lastmod: nil)]
    let files = Sitemap(baseURL: "https://example.gov.cn/gongkai/", pages: pages).files(maxURLs: 2)
    #expect(files.map(\.path) == ["sitemap.xml", "sitemaps/1.xml", "sitemaps/2.xml", "sitemaps/3.xml"])
    #expect(files[0].xml.contains("<loc>https://example.gov.cn/gongkai/sitemaps/2.xml</loc>\n    <lastmod>2026-10-04</lastmod>"))
    #expect(files[1].xml.contains("<loc>https://example.gov.cn/gongkai/</loc>\n  </url>"), "the home page first, with no date")
    let scratch = try TestSite()
    for (path, xml) in files { try scratch.write(path, xml) }
    let index = try XMLLint.run(["--schema", XMLLint.schemas.appendingPathComponent("siteindex.xsd").path,
                                 scratch.root.appendingPathComponent("sitemap.xml").path])
    #expect(index.status == 0, "\(index.errors)")
    for n in 1...3 {
        let part = try XMLLint.run(["--schema", XMLLint.schemas.appendingPathComponent("sitemap.xsd").path,
                                    scratch.root.appendingPathComponent("sitemaps/\(n).xml").path])
        #expect(part.status == 0, "\(part.errors)")
    }
    #expect(Sitemap(baseURL: "https://example.gov.cn/", pages: pages).files().map(\.path) == ["sitemap.xml"])
}

@Test func sitemapURLsArePercentEncoded() {
    let files = Sitemap(baseURL: "https://example.gov.cn/", pages: [(path: "series/低保 月报.html", lastmod: nil)]).files()
    #expect(files[0].xml.contains("<loc>https://example.gov.cn/series/%E4%BD%8E%E4%BF%9D%20%E6%9C%88%E6%8A%A5.html</loc>"))
}
