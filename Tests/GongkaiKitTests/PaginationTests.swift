import Foundation
import Testing
@testable import GongkaiKit

/// A site with 45 current items in `policies` (第1号 published first, 第45号 last), one item in
/// `finance`, and a monthly series of 22 editions in `finance`.
private func longSite() throws -> TestSite {
    let site = try TestSite()
    let start = LocalDate(iso: "2026-01-05")!
    for n in 1...45 {
        try site.write("content/items/p\(n).md", TestSite.item(
            title: "第\(n)号通知", index: "11330000MB0000000X/2026-\(String(format: "%05d", n))",
            published: start.adding(days: 5 * n).description))
    }
    try site.write("content/items/f.md", TestSite.item(
        title: "财政资金情况", category: "finance", index: "11330000MB0000000X/2026-00100", published: "2026-03-01"))
    for n in 0..<22 {
        let (y, m) = (2025 + (n / 12), n % 12 + 1)
        let next = LocalDate(year: m == 12 ? y + 1 : y, month: m == 12 ? 1 : m + 1, day: 10)!
        try site.write("content/items/m\(n).md", TestSite.item(
            title: "\(y)年\(m)月资金发放情况", category: "finance", timing: "periodic",
            index: "11330000MB0000000X/2026-\(String(format: "%05d", 200 + n))", published: next.description,
            extra: "period: monthly\ncovers: \"\(y)-\(m < 10 ? "0" : "")\(m)\"\nseries: monthly-funds\n"))
    }
    return site
}

/// The titles of the items a list page shows, in order.
private func titles(_ html: String) -> [String] {
    html.components(separatedBy: "<a class=\"item-title\" href=\"").dropFirst().compactMap { part in
        part.split(separator: ">", maxSplits: 1).last?.split(separator: "<").first.map(String.init)
    }
}

@Test func longListsHaveTwentyItemsAPageAndTheFirstPageKeepsItsURL() throws {
    let site = try longSite()
    let summary = try site.build()
    #expect(summary.wroteOutput, "\(summary.diagnostics)")
    let page1 = try #require(site.read("site/public/categories/policies.html"))
    let page2 = try #require(site.read("site/public/categories/policies/2.html"))
    let page3 = try #require(site.read("site/public/categories/policies/3.html"))
    #expect(!site.exists("site/public/categories/policies/4.html"))
    #expect(!site.exists("site/public/categories/policies/1.html"))
    #expect(titles(page1) == (26...45).reversed().map { "第\($0)号通知" })
    #expect(titles(page2) == (6...25).reversed().map { "第\($0)号通知" })
    #expect(titles(page3) == (1...5).reversed().map { "第\($0)号通知" })
    #expect(page2.contains("<title>法规政策（第2页） - 测试县民政局</title>"))
    #expect(page2.contains(#"<link rel="canonical" href="https://example.gov.cn/gongkai/categories/policies/2.html">"#))
    #expect(page2.contains(#"<link rel="stylesheet" href="../../assets/style.css">"#))
    #expect(page2.contains(#"<a class="item-title" href="../../items/p25.html">"#))
    #expect(page2.contains("<p class=\"count\">45 条信息</p>"))
    // A short list has no page links.
    let finance = try #require(site.read("site/public/categories/finance.html"))
    #expect(!finance.contains("class=\"pagination\""))
    #expect(!site.exists("site/public/categories/finance/2.html"))
}

@Test func pageLinksArePlainLinksWithRelAndAriaCurrent() throws {
    let site = try longSite()
    _ = try site.build()
    let page1 = try #require(site.read("site/public/categories/policies.html"))
    let page2 = try #require(site.read("site/public/categories/policies/2.html"))
    let page3 = try #require(site.read("site/public/categories/policies/3.html"))
    #expect(page2.contains("""
        <nav class="pagination" aria-label="分页">
          <ul>
            <li><a rel="prev" href="../../categories/policies.html">上一页</a></li>
            <li><a href="../../categories/policies.html" aria-label="第1页">1</a></li>
            <li><a href="../../categories/policies/2.html" aria-label="第2页" aria-current="page">2</a></li>
            <li><a href="../../categories/policies/3.html" aria-label="第3页">3</a></li>
            <li><a rel="next" href="../../categories/policies/3.html">下一页</a></li>
          </ul>
        </nav>
        """))
    #expect(!page1.contains("rel=\"prev\""))
    #expect(page1.contains(#"<li><a rel="next" href="../categories/policies/2.html">下一页</a></li>"#))
    #expect(page1.contains(#"<li><a href="../categories/policies.html" aria-label="第1页" aria-current="page">1</a></li>"#))
    #expect(page3.contains(#"<li><a rel="prev" href="../../categories/policies/2.html">上一页</a></li>"#))
    #expect(!page3.contains("rel=\"next\""))
    #expect(page2.contains("""
        <nav class="breadcrumbs" aria-label="当前位置">
          <ol>
            <li><a href="../../index.html">首页</a></li>
            <li><a href="../../categories/policies.html">法规政策</a></li><li><a href="../../categories/policies/2.html" aria-current="page">第2页</a></li>
          </ol>
        </nav>
        """))
}

@Test func timingSeriesAndYearArchivePagesArePaginatedToo() throws {
    let site = try longSite()
    let summary = try site.build()
    // 45 long-term items; 45 + 1 + 22 published in 2026 and 2025; 22 editions in the series.
    #expect(site.exists("site/public/timing/long-term/3.html"))
    #expect(!site.exists("site/public/timing/long-term/4.html"))
    #expect(site.exists("site/public/series/monthly-funds/2.html"))
    #expect(!site.exists("site/public/series/monthly-funds/3.html"))
    let series2 = try #require(site.read("site/public/series/monthly-funds/2.html"))
    #expect(titles(series2) == ["2025年2月资金发放情况", "2025年1月资金发放情况"])
    #expect(series2.contains(#"<li><a href="../../categories/finance.html">财政资金</a></li>"#), "a series page's trail goes through its category")
    let pages2026 = Set(site.snapshot("site/public/archive").keys)
    #expect(pages2026.contains("2026.html") && pages2026.contains("2026/2.html") && pages2026.contains("2026/3.html"))
    // Every page of a list counts as a page written; feeds, sitemaps and robots.txt do not.
    let html = site.snapshot("site").keys.filter { $0.hasSuffix(".html") && !$0.contains("/print/") }
    let print = site.snapshot("site").keys.filter { $0.hasSuffix(".html") && $0.contains("/print/") }
    #expect(summary.pagesWritten == html.count + print.count)
}

@Test func pageNumbersShowTheFirstTheLastAndTwoEachSideOfTheCurrent() throws {
    let pagination = Pagination(path: "categories/x.html", itemCount: 100 * Pagination.pageSize - 3)
    #expect(pagination.pageCount == 100)
    let context = pagination.context(page: 50) { "第\($0)页" }
    let pages = try #require(context["pages"].flatMap { if case let .list(l) = $0 { l } else { nil } })
    let shown = pages.map { p -> String in
        if p["isGap"] == .bool(true) { return "…" }
        guard case let .int(n)? = p["number"] else { return "?" }
        return p["isCurrent"] == .bool(true) ? "[\(n)]" : "\(n)"
    }
    #expect(shown == ["1", "…", "48", "49", "[50]", "51", "52", "…", "100"])
    #expect(context["prev"]?["url"] == .string("categories/x/49.html"))
    #expect(context["next"]?["url"] == .string("categories/x/51.html"))
    #expect(context["first"] == .int(981))
    #expect(context["last"] == .int(1000))
    let first = pagination.context(page: 1) { "\($0)" }
    #expect(first["prev"] == nil)
    #expect(pagination.context(page: 100) { "\($0)" }["last"] == .int(1997))
    #expect(Pagination(path: "categories/x.html", itemCount: 0).context(page: 1) { "\($0)" }["hasPages"] == .bool(false))
}

@Test func anItemPageShowsTheNewestCurrentItemsOfItsCategory() throws {
    let site = try longSite()
    _ = try site.build()
    let page = try #require(site.read("site/public/items/p45.html"))
    let related = try #require(page.components(separatedBy: "<aside class=\"related\"").last?.components(separatedBy: "</aside>").first)
    #expect(related.contains("<h2 id=\"related-heading\">相关信息</h2>"))
    #expect(titles(related.replacingOccurrences(of: "<li><a href", with: "<a class=\"item-title\" href"))
            == ["第44号通知", "第43号通知", "第42号通知", "第41号通知", "第40号通知"])
    // An edition of a series lists its series apart, and no superseded edition as related.
    let edition = try #require(site.read("site/public/items/m0.html"))
    let aside = try #require(edition.components(separatedBy: "<aside class=\"related\"").last)
    #expect(aside.contains("财政资金情况"))
    #expect(!aside.contains("资金发放情况"))
}

@Test func listPagesHaveBreadcrumbsEndingInThePageItself() throws {
    let site = try TestSite(copying: "golden")
    _ = try site.build()
    let category = try #require(site.read("site/public/categories/policies.html"))
    #expect(category.contains("""
            <li><a href="../index.html">首页</a></li>
            <li><a href="../categories/policies.html" aria-current="page">法规政策</a></li>
          </ol>
        """))
    let timing = try #require(site.read("site/public/timing/ad-hoc.html"))
    #expect(timing.contains(#"<li><a href="../timing/ad-hoc.html" aria-current="page">随时公开</a></li>"#))
    let archive = try #require(site.read("site/public/archive/2026.html"))
    #expect(archive.contains(#"<li><a href="../archive/2026.html" aria-current="page">2026年归档</a></li>"#))
}
