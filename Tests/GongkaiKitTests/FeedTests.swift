import Foundation
import Testing
@testable import GongkaiKit

/// What RFC 4287 requires of a feed and its entries, as a list of what is missing. The feed's
/// author stands for every entry (gongkai's entries carry none of their own).
private func atomProblems(_ feed: XMLTestNode, path: String) -> [String] {
    var problems: [String] = []
    let rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/
    func date(_ node: XMLTestNode?, _ what: String) {
        guard let node else { return problems.append("\(path): \(what) missing") }
        if (try? rfc3339.wholeMatch(in: node.text)) == nil { problems.append("\(path): \(what) '\(node.text)' is not RFC 3339") }
    }
    func text(_ node: XMLTestNode?, _ what: String) {
        if node?.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ?? true { problems.append("\(path): \(what) missing") }
    }
    if feed.name != "feed" || feed.attributes["xmlns"] != "http://www.w3.org/2005/Atom" {
        problems.append("\(path): the root is not an Atom feed")
    }
    text(feed.first("id"), "feed id")
    text(feed.first("title"), "feed title")
    date(feed.first("updated"), "feed updated")
    text(feed.first("author")?.first("name"), "feed author name")
    let links = feed.all("link")
    if !links.contains(where: { $0.attributes["rel"] == "self" && $0.attributes["href"]?.hasPrefix("http") == true }) {
        problems.append("\(path): no absolute link rel=self")
    }
    if !links.contains(where: { $0.attributes["rel"] == "alternate" && $0.attributes["href"]?.hasPrefix("http") == true }) {
        problems.append("\(path): no absolute link rel=alternate")
    }
    for (n, entry) in feed.all("entry").enumerated() {
        let what = "entry \(n + 1)"
        text(entry.first("id"), "\(what) id")
        text(entry.first("title"), "\(what) title")
        date(entry.first("updated"), "\(what) updated")
        date(entry.first("published"), "\(what) published")
        text(entry.first("summary"), "\(what) summary")
        if !entry.all("link").contains(where: { $0.attributes["rel"] == "alternate" && $0.attributes["href"]?.hasPrefix("http") == true }) {
            problems.append("\(path): \(what) has no absolute link rel=alternate")
        }
    }
    return problems
}

private func feed(_ site: TestSite, _ path: String) throws -> XMLTestNode {
    let data = try #require(FileManager.default.contents(atPath: site.root.appendingPathComponent(path).path), "\(path) missing")
    return try #require(XMLTestNode.parse(data, path: path))
}

@Test func everyFeedIsWellFormedAndHasTheElementsAtomRequires() throws {
    guard XMLLint.available() else { return }
    let site = try TestSite(copying: "golden")
    #expect(try site.build().wroteOutput)
    var feeds: [String] = []
    for edition in ["public", "internal"] {
        for path in site.snapshot("site/\(edition)").keys where path.hasSuffix(".xml") && !path.hasPrefix("sitemap") {
            feeds.append("site/\(edition)/\(path)")
        }
    }
    // The site feed and one per category: 5 public categories, and the internal one besides.
    #expect(feeds.count == 1 + 5 + 1 + 6)
    for path in feeds.sorted() {
        let lint = try XMLLint.run([site.root.appendingPathComponent(path).path])
        #expect(lint.status == 0, "\(path): \(lint.errors)")
        let doc = try feed(site, path)
        #expect(atomProblems(doc, path: path) == [])
        let ids = doc.all("entry").compactMap { $0.first("id")?.text }
        #expect(Set(ids).count == ids.count, "\(path): entry ids repeat")
        let dates = doc.all("entry").compactMap { $0.first("updated")?.text }
        #expect(dates == dates.sorted(by: >), "\(path): entries are not newest first")
        // The feed's date is its newest entry's, never the time of the build.
        if let newest = dates.first { #expect(doc.first("updated")?.text == newest) }
    }
}

@Test func entryIdsAreTagURIsFromTheOrgansDomainAndTheIndexNumber() throws {
    let site = try TestSite(copying: "golden")
    _ = try site.build()
    let doc = try feed(site, "site/public/feed.xml")
    let entry = try #require(doc.all("entry").first { $0.first("title")?.text == "关于调整最低生活保障标准的通知" })
    #expect(entry.first("id")?.text == "tag:example.gov.cn,2026:11330000MB0000000X/2026-00003")
    #expect(entry.first("published")?.text == "2026-10-15T00:00:00+08:00")
    #expect(entry.first("updated")?.text == "2026-10-15T00:00:00+08:00")
    #expect(entry.first("link")?.attributes["href"] == "https://example.gov.cn/gongkai/items/notice-a.html")
    #expect(entry.first("summary")?.text == "城乡低保标准统一调整为每人每月1130元。")
    #expect(entry.first("category")?.attributes["term"] == "policies")
    #expect(doc.first("id")?.text == "https://example.gov.cn/gongkai/feed.xml")
    #expect(doc.first("author")?.first("name")?.text == "样例县民政局")

    // The internal edition links to the intranet, and keeps the entry's id.
    let intranet = try feed(site, "site/internal/feed.xml")
    let same = try #require(intranet.all("entry").first { $0.first("title")?.text == "关于调整最低生活保障标准的通知" })
    #expect(same.first("id")?.text == "tag:example.gov.cn,2026:11330000MB0000000X/2026-00003")
    #expect(same.first("link")?.attributes["href"] == "http://intranet.example/gongkai/items/notice-a.html")
    #expect(intranet.all("link").first { $0.attributes["rel"] == "self" }?.attributes["href"] == "http://intranet.example/gongkai/feed.xml")
}

@Test func aCategoryFeedHasOnlyItsCategorysEntries() throws {
    let site = try TestSite(copying: "golden")
    _ = try site.build()
    let doc = try feed(site, "site/public/categories/finance.xml")
    #expect(doc.first("title")?.text == "样例县民政局 政府信息公开 - 财政资金")
    #expect(doc.all("link").first { $0.attributes["rel"] == "alternate" }?.attributes["href"]
            == "https://example.gov.cn/gongkai/categories/finance.html")
    let terms = doc.all("entry").compactMap { $0.first("category")?.attributes["term"] }
    #expect(!terms.isEmpty)
    #expect(Set(terms) == ["finance"])
}

@Test func aMajorChangeGetsAnEntryOfItsOwnAndAMinorOneNone() throws {
    let site = try TestSite()
    try site.write("content/items/a.md", TestSite.item(
        title: "关于调整救助标准的通知", summary: "救助标准调整。",
        extra: "changes:\n  - on: 2026-11-02\n    note: 救助标准再次上调\n    major: true\n  - on: 2026-11-05\n    note: 更正错别字\n    major: false\n  - on: 2026-12-20\n    note: 尚未发生的修改\n    major: true\n"))
    #expect(try site.build().wroteOutput)
    let doc = try feed(site, "site/public/feed.xml")
    let entries = doc.all("entry")
    #expect(entries.count == 2, "the publication and the one major change on or before the as-of date")
    #expect(entries.map { $0.first("id")?.text } == [
        "tag:example.gov.cn,2026:11330000MB0000000X/2026-00001/changes/2026-11-02",
        "tag:example.gov.cn,2026:11330000MB0000000X/2026-00001",
    ])
    #expect(entries[0].first("title")?.text == "关于调整救助标准的通知（重要更新）")
    #expect(entries[0].first("summary")?.text == "救助标准再次上调")
    #expect(entries[0].first("updated")?.text == "2026-11-02T00:00:00+08:00")
    #expect(entries[0].first("link")?.attributes["href"] == "https://example.gov.cn/gongkai/items/a.html")
    #expect(doc.first("updated")?.text == "2026-11-02T00:00:00+08:00")
}

@Test func feedsKeepTheNewestFiftyEntries() throws {
    let site = try TestSite()
    for n in 1...60 {
        let day = LocalDate(iso: "2026-09-01")!.adding(days: n)
        try site.write("content/items/n\(n).md", TestSite.item(
            title: "第\(n)号通知", index: "11330000MB0000000X/2026-\(String(format: "%05d", n))", published: day.description))
    }
    #expect(try site.build().wroteOutput)
    for path in ["site/public/feed.xml", "site/public/categories/policies.xml"] {
        let titles = try feed(site, path).all("entry").compactMap { $0.first("title")?.text }
        #expect(titles.count == 50)
        #expect(titles.first == "第60号通知")
        #expect(titles.last == "第11号通知")
    }
    #expect(try feed(site, "site/public/categories/finance.xml").all("entry").isEmpty, "an empty category still has a feed")
}

@Test func feedTextIsEscapedAndTheSummaryFallsBackToTheBodyWithoutWithheldPassages() throws {
    guard XMLLint.available() else { return }
    let site = try TestSite()
    let long = String(repeating: "为民服务", count: 40)
    try site.write("content/items/a.md", TestSite.item(
        title: "关于<标准>&“补贴”的通知 'A'",
        body: "第一段\n正文 a < b & c.\n\n```withheld personal-privacy 申请人住址\n张某某住东风村三组十二号院内\n```\n\n\(long)\n"))
    #expect(try site.build().wroteOutput)
    let path = site.root.appendingPathComponent("site/public/feed.xml").path
    #expect(try XMLLint.run([path]).status == 0)
    let raw = try #require(site.read("site/public/feed.xml"))
    #expect(raw.contains("<title>关于&lt;标准&gt;&amp;“补贴”的通知 &apos;A&apos;</title>"))
    let entry = try #require(try feed(site, "site/public/feed.xml").first("entry"))
    let summary = try #require(entry.first("summary")?.text)
    #expect(summary.hasPrefix("第一段正文 a < b & c. 为民服务"))
    #expect(summary.hasSuffix("……"))
    #expect(summary.count == 120 + 2)
    #expect(!summary.contains("东风村"), "a withheld passage never reaches a feed")
}

@Test func withdrawnItemsHaveNoEntry() throws {
    let site = try TestSite(copying: "golden")
    _ = try site.build()
    let raw = try #require(site.read("site/public/feed.xml"))
    #expect(site.exists("site/public/items/withdrawn.html"))
    #expect(!raw.contains("withdrawn.html"))
    #expect(!raw.contains("11330000MB0000000X/2025-00002"))
}

@Test func everyPageLinksToTheSiteFeedAndCategoryPagesToTheirOwn() throws {
    let site = try TestSite(copying: "golden")
    _ = try site.build()
    for (path, data) in site.snapshot("site/public") where path.hasSuffix(".html") && !path.hasPrefix("print/") {
        let html = String(decoding: data, as: UTF8.self)
        let root = String(repeating: "../", count: path.filter { $0 == "/" }.count)
        #expect(html.contains(#"<link rel="alternate" type="application/atom+xml" title="样例县民政局 政府信息公开" href="\#(root)feed.xml">"#),
                "\(path) has no link to the site feed")
    }
    let page = try #require(site.read("site/public/categories/finance.html"))
    #expect(page.contains(#"<link rel="alternate" type="application/atom+xml" title="样例县民政局 政府信息公开 - 财政资金" href="../categories/finance.xml">"#))
    #expect(page.contains(#"<a href="../categories/finance.xml" type="application/atom+xml">订阅本栏目（Atom）</a>"#))
}

@Test func atomDatesAreLocalMidnightWithTheZonesOffsetOnThatDay() {
    let shanghai = AtomDate(timeZone: "Asia/Shanghai")
    #expect(shanghai.string(LocalDate(iso: "2026-10-15")!) == "2026-10-15T00:00:00+08:00")
    let newYork = AtomDate(timeZone: "America/New_York")
    #expect(newYork.string(LocalDate(iso: "2026-07-01")!) == "2026-07-01T00:00:00-04:00")
    #expect(newYork.string(LocalDate(iso: "2026-12-01")!) == "2026-12-01T00:00:00-05:00")
    // Daylight saving time starts at 02:00 on 8 March 2026: midnight is still on standard time.
    #expect(newYork.string(LocalDate(iso: "2026-03-08")!) == "2026-03-08T00:00:00-05:00")
    #expect(newYork.string(LocalDate(iso: "2026-03-09")!) == "2026-03-09T00:00:00-04:00")
    #expect(AtomDate(timeZone: "Asia/Kolkata").string(LocalDate(iso: "2026-01-01")!) == "2026-01-01T00:00:00+05:30")
    #expect(AtomDate(timeZone: "UTC").string(LocalDate(iso: "2026-01-01")!) == "2026-01-01T00:00:00+00:00")
}

@Test func tagURIsPercentEncodeWhatRFC4151DoesNotAllow() {
    let tags = TagURI(baseURL: "https://MZJ.Example.gov.cn:8443/gongkai/")
    #expect(tags.authority == "mzj.example.gov.cn")
    #expect(tags.id(index: "11330000MB0000000X/2026-00012", itemID: "a", year: 2026)
            == "tag:mzj.example.gov.cn,2026:11330000MB0000000X/2026-00012")
    #expect(tags.id(index: "民政 2026#12", itemID: "a", year: 2025)
            == "tag:mzj.example.gov.cn,2025:%E6%B0%91%E6%94%BF%202026%2312")
    #expect(tags.id(index: nil, itemID: "a-b", year: 2026) == "tag:mzj.example.gov.cn,2026:items/a-b")
}

@Test func xmlTextDropsWhatXMLCannotHold() {
    #expect(XMLText.escape("a<b>&\"c\"'d'") == "a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;")
    #expect(XMLText.escape("x\u{0}\u{8}\u{B}y\tz\n\u{FFFE}") == "xy\tz\n")
}

@Test func aRostersNamesNeverGoIntoAFeed() throws {
    let site = try TestSite(copying: "golden")
    _ = try site.build()
    let entry = try #require(try feed(site, "site/public/feed.xml").all("entry").first { $0.first("title")?.text == "2026年11月新增最低生活保障对象公示" })
    #expect(entry.first("summary")?.text == "2026年11月新增最低生活保障对象公示", "no summary: the title, never the table")
    #expect(!(site.read("site/public/feed.xml") ?? "").contains("张某某"))
}
