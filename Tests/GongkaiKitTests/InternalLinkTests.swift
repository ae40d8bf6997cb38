import Testing
@testable import GongkaiKit

@Test func relativeLinksToMarkdownFilesResolveToItemPages() throws {
    let site = try TestSite()
    try site.write("content/items/2026/a.md", TestSite.item(body: "见[办事指南](../guides/b.md#办理流程)和[外部](https://example.gov.cn/x.md)。\n"))
    try site.write("content/items/guides/b.md", TestSite.item(index: "11330000MB0000000X/2026-00002"))
    let summary = try site.build()
    #expect(summary.wroteOutput, "\(summary.diagnostics)")
    let page = try #require(site.read("site/public/items/a.html"))
    #expect(page.contains(#"<a href="../items/b.html#%E5%8A%9E%E7%90%86%E6%B5%81%E7%A8%8B">办事指南</a>"#))
    #expect(page.contains(#"<a href="https://example.gov.cn/x.md">外部</a>"#))
}

@Test func aLinkToAnUnknownFileIsAnErrorAtItsLine() throws {
    let site = try TestSite()
    try site.write("content/items/2026/a.md", TestSite.item(body: "第一段。\n\n见[办事指南](guide-b.md)。\n"))
    try site.write("content/items/2026/guide-a.md", TestSite.item(index: "11330000MB0000000X/2026-00002"))
    let summary = try site.build()
    #expect(!summary.wroteOutput)
    let d = try #require(summary.diagnostics.first { $0.code == "link.unresolved" })
    #expect(d.description == "content/items/2026/a.md:13:1: error: [link.unresolved] link to 'guide-b.md' names no item: there is no content/items/2026/guide-b.md")
    #expect(d.hint(in: .en) == "did you mean 'guide-a.md'?")
}

/// A link to a file that exists but has errors of its own is told so, with where, rather than
/// that the file is missing — by path and by the id its file name gives.
@Test func aLinkToAnItemWithErrorsSaysWhereTheyAre() throws {
    let site = try TestSite()
    try site.write("content/items/2026/a.md", TestSite.item(body: "见[办事指南](guide-b.md)。\n\n另见[指南](id:guide-b)。\n"))
    try site.write("content/items/2026/guide-b.md", TestSite.item(timing: "weekly", index: "11330000MB0000000X/2026-00002"))
    let summary = try site.build()
    #expect(!summary.wroteOutput)
    let links = summary.diagnostics.filter { $0.code.hasPrefix("link.") }.map(\.description)
    #expect(links == [
        "content/items/2026/a.md:11:1: error: [link.target-has-errors] link to 'guide-b.md': content/items/2026/guide-b.md has errors of its own (the first at content/items/2026/guide-b.md:4:9); the link works once they are fixed",
        "content/items/2026/a.md:13:1: error: [link.target-has-errors] link to 'id:guide-b': content/items/2026/guide-b.md has errors of its own (the first at content/items/2026/guide-b.md:4:9); the link works once they are fixed",
    ])
    #expect(summary.diagnostics.contains { $0.description.hasPrefix("content/items/2026/guide-b.md:4:9: error: [timing.unknown]") })
    let zh = try #require(summary.diagnostics.first { $0.code == "link.target-has-errors" })
    #expect(zh.message(in: .zhCN) == "链接 'guide-b.md' 指向的 content/items/2026/guide-b.md 本身有错误（第一处在 content/items/2026/guide-b.md:4:9），改正后链接才能生效")
}

@Test func aPublicItemLinkingToAnInternalItemShowsOnlyTheText() throws {
    let site = try TestSite()
    try site.write("content/items/a.md", TestSite.item(body: "见[内部通知](b.md)。\n"))
    try site.write("content/items/b.md", TestSite.item(category: "budget", index: "11330000MB0000000X/2026-00002",
                                                       extra: "audience: internal\n"))
    _ = try site.build()
    let publicPage = try #require(site.read("site/public/items/a.html"))
    #expect(publicPage.contains("<p>见内部通知。</p>"))
    let internalPage = try #require(site.read("site/internal/items/a.html"))
    #expect(internalPage.contains(#"<a href="../items/b.html">内部通知</a>"#))
}

@Test func linksByIdResolveToo() throws {
    let site = try TestSite()
    try site.write("content/items/2026/a.md", TestSite.item(body: "见[办事指南](id:guide-b#流程)。\n\n另见[旧文](id:guide-c)。\n"))
    try site.write("content/items/guides/guide-b.md", TestSite.item(index: "11330000MB0000000X/2026-00002"))
    let failed = try site.build()
    #expect(failed.diagnostics.map { $0.description + " | " + ($0.hint(in: .en) ?? "") } == [
        "content/items/2026/a.md:13:1: error: [link.unresolved] link to 'id:guide-c' names no item: no item has the id 'guide-c' | did you mean 'id:guide-b'?",
    ])
    try site.write("content/items/2026/a.md", TestSite.item(body: "见[办事指南](id:guide-b#流程)。\n"))
    let summary = try site.build()
    #expect(summary.wroteOutput, "\(summary.diagnostics)")
    let page = try #require(site.read("site/public/items/a.html"))
    #expect(page.contains(#"<a href="../items/guide-b.html#%E6%B5%81%E7%A8%8B">办事指南</a>"#))
}
