import Foundation
import Testing
@testable import GongkaiKit

@Test func theInternalEditionAddsInternalItemsAndCategories() throws {
    let site = try TestSite(copying: "golden")
    let summary = try site.build()
    #expect(summary.wroteOutput)
    #expect(site.exists("site/internal/items/internal-a.html"))
    #expect(!site.exists("site/public/items/internal-a.html"))
    #expect(site.exists("site/internal/categories/budget.html"))
    #expect(!site.exists("site/public/categories/budget.html"))
    let page = try #require(site.read("site/internal/items/internal-a.html"))
    #expect(page.contains("INTERNAL-BODY"))
    #expect(page.contains(#"<link rel="canonical" href="http://intranet.example/gongkai/items/internal-a.html">"#))
    for edition in ["public", "internal"] {
        for (path, data) in site.snapshot("site/\(edition)") {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("CONFIDENTIAL"), "a confidential item reached \(edition)/\(path)")
            #expect(!text.contains("DRAFT-"), "an unapproved item reached \(edition)/\(path)")
        }
    }
}

@Test func onlyTheRequestedEditionIsWritten() throws {
    let site = try TestSite(copying: "golden")
    var options = BuildOptions(root: site.root, asOf: LocalDate(iso: "2026-11-29")!)
    options.editions = [.public]
    #expect(try SiteBuilder.build(options).wroteOutput)
    #expect(site.exists("site/public/index.html"))
    #expect(!site.exists("site/internal"))
}

@Test func theLeakScanStopsABuildWhenTheGateIsBypassed() throws {
    let site = try TestSite(copying: "golden")
    _ = try site.build()
    let before = site.snapshot("site")
    var options = BuildOptions(root: site.root, asOf: LocalDate(iso: "2026-11-29")!)
    try options.bypassGate(forInternalItemOf: site)
    let summary = try SiteBuilder.build(options)
    #expect(!summary.wroteOutput)
    let leaks = summary.diagnostics.filter { $0.code == "gate.leak" }
    #expect(leaks.map { $0.message(in: .en) }.contains(
        "public/items/internal-a.html would contain text of an item that is not cleared for this edition; nothing was written"))
    #expect(site.snapshot("site") == before, "the previous site stays as it was")
}

@Test func leakScannerFindsFingerprintsButNotSharedText() {
    let shared = "根据中华人民共和国政府信息公开条例的规定现予公开"
    let secret = "机关食堂二〇二六年第三季度采购单价明细表内部掌握"
    let scanner = LeakScanner(forbidden: ["\(shared)\n\n\(secret)"], allowed: ["前言 \(shared) 结束"])
    #expect(scanner.firstLeak(in: Array("<p>\(shared)</p>".utf8)) == nil)
    #expect(scanner.firstLeak(in: Array("<td>\(secret)</td>".utf8)) != nil)
    #expect(scanner.firstLeak(in: Array("<td>机关食堂</td>".utf8)) == nil)
}

@Test func leakScannerIgnoresTextTooShortToBeDistinctive() {
    let scanner = LeakScanner(forbidden: ["短标题"], allowed: [])
    #expect(scanner.isEmpty)
}

@Test func anInternalItemQuotingTheSitesOwnTextIsNoLeak() throws {
    let site = try TestSite(copying: "golden")
    try site.write("content/items/2026/internal-b.md", TestSite.item(
        category: "budget", index: "11330000MB0000000X/2026-00012",
        extra: "audience: internal\n", body: "本栏目收录行政所依据的法律、法规和政策，以及工作日 8:30—17:30 的安排。\n"))
    let summary = try site.build()
    #expect(summary.diagnostics.isEmpty, "\(summary.diagnostics)")
    #expect(summary.wroteOutput)
}

/// Data files stay inert when a portal inserts their strings as HTML: `<`, `>` and `&` in every
/// JSON and JS string are written as `\u003c`, `\u003e`, `\u0026`, and read back as the title.
@Test func dataFilesEscapeMarkupInStrings() throws {
    let site = try TestSite()
    let title = "<script>alert(1)</script> & 通知"
    try site.write("content/items/a.md", TestSite.item(title: title))
    let summary = try site.build()
    #expect(summary.wroteOutput, "\(summary.diagnostics)")
    for path in ["site/archive.json", "site/public/catalogue.json", "site/internal/catalogue.json"] {
        let text = try #require(site.read(path), "\(path)")
        #expect(!text.contains("<") && !text.contains(">") && !text.contains("&"), "\(path)")
        #expect(text.contains(#"\u003cscript\u003ealert(1)\u003c/script\u003e \u0026 通知"#), "\(path)")
    }
    let archiveText = try #require(site.read("site/archive.json"))
    let archive = try #require(JSONSerialization.jsonObject(with: Data(archiveText.utf8)) as? [String: Any])
    #expect((archive["items"] as? [[String: Any]])?.first?["title"] as? String == title)
    let jsFiles = try FileManager.default.subpathsOfDirectory(atPath: site.root.appendingPathComponent("site/public").path)
        .filter { $0.hasSuffix(".js") && !$0.hasPrefix("assets/") }
    #expect(!jsFiles.isEmpty, "the search index is a data script")
    for path in jsFiles {
        let text = try #require(site.read("site/public/" + path))
        #expect(!text.contains("<script") && text.contains(#"\u003cscript"#), "\(path)")
    }
}
