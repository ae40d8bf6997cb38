import Foundation
import Testing
@testable import GongkaiKit

/// The search page's script, run by a real Chromium on pages opened from `file://` (Debian's
/// `chromium`; `scripts/setup --test` installs it). `--dump-dom` prints the page after its scripts
/// ran; the results are read back from it. Chromium runs one page at a time.
@Suite(.serialized) struct SearchBrowserTests {
    /// One result as the page shows it.
    struct Result {
        var id: String
        var title: String
        var html: String
    }

    /// What a search page showed: its status line and its results, in order.
    struct Page {
        var dom: String
        var status: String
        var results: [Result]
        var ids: [String] { results.map(\.id) }
    }

    /// The sample site that ships in `content/`, built as of 2026-11-29.
    static func sampleSite() throws -> TestSite {
        let site = try TestSite()
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content"))
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("content"),
                                         to: site.root.appendingPathComponent("content"))
        #expect(try site.build(asOf: "2026-11-29").wroteOutput)
        return site
    }

    static func search(_ chromium: String, _ site: TestSite, edition: String = "public",
                       _ query: [(String, String)]) throws -> Page {
        let file = site.root.appendingPathComponent("site/\(edition)/search.html")
        let dom = try HeadlessChromium.dumpDOM(chromium, url: HeadlessChromium.url(file, query: query))
        let status = dom.firstMatch(of: #/<p id="search-status"[^>]*>([^<]*)</p>/#).map { String($0.1) } ?? "<no status line>"
        let list = dom.firstMatch(of: #/<ol id="search-results"[^>]*>(.*?)</ol>/#.dotMatchesNewlines()).map { String($0.1) } ?? ""
        let results = list.matches(of: #/<li class="search-result">(.*?)</li>/#.dotMatchesNewlines()).map { li -> Result in
            let html = String(li.1)
            let link = html.firstMatch(of: #/<a class="item-title" href="items/([^"]+)\.html">(.*?)</a>/#)
            let title = (link.map { String($0.2) } ?? "").replacing(#/<[^>]*>/#, with: "")
            return Result(id: link.map { String($0.1) } ?? "", title: title, html: html)
        }
        return Page(dom: dom, status: status, results: results)
    }

    @Test func chineseSubstringsFindTheRoster() throws {
        guard let chromium = HeadlessChromium.required() else { return }
        let site = try Self.sampleSite()
        let roster = "dibao-xinzeng-2026-11"

        let short = try Self.search(chromium, site, [("q", "低保")])
        #expect(short.ids.contains(roster), "低保: \(short.ids)")
        #expect(short.status == "找到 \(short.results.count) 条信息")
        #expect(short.dom.contains(#"<p id="search-nojs" class="search-nojs" hidden="">"#), "the no-JavaScript notice hides")
        let rosterResult = try #require(short.results.first { $0.id == roster })
        #expect(rosterResult.html.contains("<mark>低保</mark>"), "the snippet highlights the query: \(rosterResult.html)")
        #expect(rosterResult.html.contains(#"<span class="index">11330000MB0000000X/2026-00036</span>"#))
        #expect(rosterResult.html.contains(#"<time datetime="2026-11-24">2026年11月24日</time>"#))

        let long = try Self.search(chromium, site, [("q", "最低生活保障")])
        #expect(long.ids.contains(roster), "最低生活保障: \(long.ids)")
        #expect(long.results.count > 1)
        let inTitle = long.results.map { $0.title.contains("最低生活保障") }
        #expect(inTitle.first == true)
        #expect(inTitle == inTitle.sorted { $0 && !$1 }, "title matches rank first: \(long.results.map(\.title))")
        #expect(long.dom.contains("<title>搜索：最低生活保障 - 站内搜索 - 示例县民政局</title>"))

        // Full-width ASCII and capitals fold: the roster's 索引号 typed in full width, in lower case.
        let folded = try Self.search(chromium, site, [("q", "ｍｂ0000000ｘ/2026-00036")])
        #expect(folded.ids == [roster])
        #expect(folded.results.first?.html.contains("<mark>MB0000000X/2026-00036</mark>") == true)

        // Words separated by spaces must all occur.
        let both = try Self.search(chromium, site, [("q", "低保 名单")])
        #expect(both.ids.contains(roster))
        #expect(both.results.count < short.results.count)
    }

    @Test func filtersNarrowAndLiveInTheURL() throws {
        guard let chromium = HeadlessChromium.required() else { return }
        let site = try Self.sampleSite()
        let all = try Self.search(chromium, site, [("q", "最低生活保障")])
        let rights = try Self.search(chromium, site, [("q", "最低生活保障"), ("category", "rights")])
        #expect(rights.ids.contains("dibao-xinzeng-2026-11"))
        #expect(rights.results.count < all.results.count)
        #expect(rights.results.allSatisfy { $0.html.contains(#"<span class="category">权益事项</span>"#) })

        // Filters work without a query, and together.
        let superseded = try Self.search(chromium, site, [("status", "superseded")])
        #expect(!superseded.results.isEmpty)
        #expect(superseded.results.allSatisfy { $0.html.contains(#"<span class="badge badge-superseded">已被替代</span>"#) })
        let old = try Self.search(chromium, site, [("year", "2025"), ("timing", "long-term")])
        #expect(!old.results.isEmpty)
        #expect(old.results.allSatisfy { $0.html.contains(#"<time datetime="2025-"#) })
        let none = try Self.search(chromium, site, [("q", "最低生活保障"), ("year", "2025"), ("category", "fees")])
        #expect(none.results.isEmpty)
    }

    @Test func aQueryWithNoMatchSaysSo() throws {
        guard let chromium = HeadlessChromium.required() else { return }
        let site = try Self.sampleSite()
        let page = try Self.search(chromium, site, [("q", "火星移民补贴")])
        #expect(page.results.isEmpty)
        #expect(page.status == "没有找到与“火星移民补贴”相关的信息。请换一个关键词，或减少筛选条件。")
        let empty = try Self.search(chromium, site, [])
        #expect(empty.results.isEmpty)
        #expect(empty.status == "请输入关键词，或选择筛选条件。")
    }

    @Test func withoutItsIndexThePageKeepsItsNoticeAndLinksToTheCatalogue() throws {
        guard let chromium = HeadlessChromium.required() else { return }
        let site = try Self.sampleSite()
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("site/public/search-index.js"))
        let page = try Self.search(chromium, site, [("q", "低保")])
        #expect(page.dom.contains(#"<p id="search-nojs" class="search-nojs">"#), "the notice stays visible")
        #expect(page.dom.contains(#"<a href="catalogue.html">政府信息公开目录</a>"#))
        #expect(page.results.isEmpty)
    }

    @Test func markupInTheQueryIsShownAsText() throws {
        guard let chromium = HeadlessChromium.required() else { return }
        let site = try Self.sampleSite()
        let query = "<img src=x onerror=alert(1)>"
        let page = try Self.search(chromium, site, [("q", query)])
        #expect(page.status == "没有找到与“&lt;img src=x onerror=alert(1)&gt;”相关的信息。请换一个关键词，或减少筛选条件。")
        #expect(!page.dom.contains("<img"), "the query became an element")
        // A query that matches still shows the reader's text only as text.
        let matching = try Self.search(chromium, site, [("q", "低保 <b>")])
        #expect(matching.results.isEmpty)
        #expect(!matching.dom.contains("<b>"))
    }

    @Test func theInternalEditionFindsInternalItemsAndThePublicOneDoesNot() throws {
        guard let chromium = HeadlessChromium.required() else { return }
        let site = try Self.sampleSite()
        let query = [("q", "局机关财务收支")]
        #expect(try Self.search(chromium, site, edition: "internal", query).ids == ["caiwu-2026-q3"])
        #expect(try Self.search(chromium, site, edition: "public", query).ids.isEmpty)
    }

    @Test func fiftyResultsAtATimeThenAMoreButton() throws {
        guard let chromium = HeadlessChromium.required() else { return }
        let site = try TestSite()
        for n in 1...60 {
            let day = String(format: "%02d", (n - 1) % 28 + 1)
            try site.write("content/items/n\(n).md", TestSite.item(
                title: "第\(n)号公告", index: "11330000MB0000000X/2026-\(String(format: "%05d", n))",
                published: "2026-\(n <= 28 ? "09" : "10")-\(day)", body: "本公告涉及养老服务补贴。\n"))
        }
        #expect(try site.build().wroteOutput)
        let page = try Self.search(chromium, site, [("q", "养老服务补贴")])
        #expect(page.status == "找到 60 条信息")
        #expect(page.results.count == 50)
        #expect(page.dom.contains(#"<button type="button" id="search-more">显示更多（还有 10 条）</button>"#))
        #expect(page.ids.first == "n56", "newest first among equals: \(page.ids.prefix(3))")
    }
}
