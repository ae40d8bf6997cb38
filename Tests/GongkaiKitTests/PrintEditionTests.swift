import Foundation
import Testing
@testable import GongkaiKit

/// The print edition in HTML: the posting checklist, the sheets and their QR codes, the poster.
/// (PDFs are in PrintPDFTests.)
@Suite struct PrintEditionTests {
    /// The ids linked from one section of the checklist (`post`, `keep` or `take-down`).
    private func checklist(_ site: TestSite, _ section: String) throws -> [String] {
        let html = try #require(site.read("site/public/print/index.html"))
        let start = try #require(html.range(of: "<section class=\"checklist-section checklist-\(section)\""))
        let end = try #require(html.range(of: "</section>", range: start.upperBound..<html.endIndex))
        let text = html[start.upperBound..<end.lowerBound]
        return text.components(separatedBy: "href=\"../print/sheets/").dropFirst().map { String($0.prefix { $0 != "." }) }
    }

    /// The roster in the golden site is posted for 7 working days from 2026-11-24 (to 2026-12-02).
    @Test(arguments: [
        ("2026-11-23", [], [], []),                   // before: not published, not on the board
        ("2026-11-29", ["roster-a"], [], []),         // inside, new
        ("2026-12-02", [], ["roster-a"], []),         // inside, posted more than a week ago
        ("2026-12-05", [], [], ["roster-a"]),         // after: take it down
    ] as [(String, [String], [String], [String])])
    func theChecklistSaysWhatToPostKeepAndTakeDown(asOf: String, post: [String], keep: [String],
                                                    takeDown: [String]) throws {
        let site = try TestSite(copying: "golden")
        #expect(try site.build(asOf: asOf).wroteOutput)
        #expect(try checklist(site, "post") == post)
        #expect(try checklist(site, "keep") == keep)
        #expect(try checklist(site, "take-down") == takeDown)
        for id in post + keep + takeDown {
            #expect(site.exists("site/public/print/sheets/\(id).html"))
            #expect(site.exists("site/public/print/large/\(id).html"))
        }
    }

    @Test func aSheetCarriesWhatTheBoardNeeds() throws {
        let site = try TestSite(copying: "golden")
        _ = try site.build(asOf: "2026-11-29")
        let sheet = try #require(site.read("site/public/print/sheets/roster-a.html"))
        for text in ["样例县民政局", "政务公开栏", "2026年11月新增最低生活保障对象公示", "11330000MB0000000X/2026-00007",
                     "2026年11月24日 至 2026年12月2日", "张某某", "0571-00000000", "0571-00000001",
                     "扫码查看网上原文", "https://example.gov.cn/gongkai/items/roster-a.html",
                     #"href="../../assets/print.css""#, #"<svg xmlns="http://www.w3.org/2000/svg""#,
                     #"@bottom-left { content: "索引号：11330000MB0000000X/2026-00007"; }"#] {
            #expect(sheet.contains(text), "the sheet lacks \(text)")
        }
        let large = try #require(site.read("site/public/print/large/roster-a.html"))
        #expect(large.contains(#"<body class="print print-sheet print-large"#))
        #expect(!sheet.contains("print-large"))
        let css = try #require(site.read("site/public/assets/print.css"))
        #expect(css.contains("size: A4 portrait"))
        #expect(css.contains("size: A3 landscape"))
        #expect(css.contains(#"content: counter(page) "\3000/\3000" counter(pages)"#))
    }

    @Test func thePosterListsWhatHangsByCategory() throws {
        let site = try TestSite(copying: "golden")
        _ = try site.build(asOf: "2026-11-29")
        let poster = try #require(site.read("site/public/print/poster.html"))
        #expect(poster.contains("<h2>权益事项<span class=\"poster-group-count\">1件</span></h2>"))
        #expect(poster.contains("2026年11月新增最低生活保障对象公示"))
        #expect(poster.contains("截至 2026年11月29日"))
        #expect(!poster.contains("清明节"), "an expired notice is not on the board")
        #expect(poster.components(separatedBy: "<svg ").count == 2, "one QR code per item")
    }

    @Test func aSheetToTakeDownSaysSoAndAWithdrawnOneHasNoBody() throws {
        let site = try TestSite()
        try site.write("content/items/a.md", TestSite.item(
            timing: "ad-hoc", published: "2026-11-20",
            extra: "board: true\nexpires: 2026-12-31\nwithdrawn-on: 2026-11-27\nwithdraw-reason: 有误\n",
            body: "WITHDRAWN-BODY\n"))
        _ = try site.build(asOf: "2026-11-29")
        let sheet = try #require(site.read("site/public/print/sheets/a.html"))
        #expect(sheet.contains("请从公开栏撤下"))
        #expect(sheet.contains("已撤回"))
        #expect(!sheet.contains("WITHDRAWN-BODY"))
        #expect(!(site.read("site/public/print/poster.html") ?? "").contains("关于测试的通知"))
    }

    @Test func anEnglishSiteGetsEnglishPrintStrings() throws {
        let site = try TestSite()
        try site.write("content/site.yaml", TestSite.siteYAML + "language: en\n")
        try site.write("content/items/a.md", TestSite.item(published: "2026-11-25", extra: "board: true\n"))
        let summary = try site.build(asOf: "2026-11-29")
        #expect(summary.diagnostics.isEmpty, "\(summary.diagnostics)")
        let checklist = try #require(site.read("site/public/print/index.html"))
        #expect(checklist.contains("Notice board checklist"))
        #expect(checklist.contains(#"&quot;Post&quot; lists items whose posting began in the last 7 days (that date included); &quot;Take down&quot; lists items whose posting ended in the 7 days before it"#))
        #expect(checklist.contains("2026-11-25 onwards, <br>with no end date"))
    }

    /// The QR code on a sheet, rasterised by rsvg-convert and read by zbarimg, is the item's
    /// absolute URL: base-url for the public edition.
    @Test func theQRCodeOnASheetLeadsToTheItemOnline() throws {
        guard QRTools.available([QRTools.zbarimg, QRTools.rsvgConvert], install: "zbar-tools and librsvg2-bin") else {
            return
        }
        let site = try TestSite(copying: "golden")
        _ = try site.build(asOf: "2026-11-29")
        let folder = try QRScratchFolder()
        for page in ["sheets/roster-a.html", "large/roster-a.html", "poster.html"] {
            let html = try #require(site.read("site/public/print/\(page)"))
            let start = try #require(html.range(of: "<svg "))
            let end = try #require(html.range(of: "</svg>", range: start.upperBound..<html.endIndex))
            let svg = folder.url.appendingPathComponent("qr.svg"), png = folder.url.appendingPathComponent("qr.png")
            try Data(html[start.lowerBound..<end.upperBound].utf8).write(to: svg)
            let raster = try QRTools.run(QRTools.rsvgConvert, ["-w", "400", "-b", "white", "-o", png.path, svg.path])
            #expect(raster.status == 0)
            let read = try QRTools.run(QRTools.zbarimg, ["-q", "--raw", "-Sdisable", "-Sqrcode.enable", png.path])
            #expect(String(decoding: read.output, as: UTF8.self) == "https://example.gov.cn/gongkai/items/roster-a.html\n",
                    "\(page)")
        }
    }
}
