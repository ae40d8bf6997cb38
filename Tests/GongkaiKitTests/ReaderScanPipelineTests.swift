import Foundation
import Testing
@testable import GongkaiKit

/// The body is checked as its reader will see it, the staged files as their readers get them,
/// and masks never change a document's structure.
@Suite(.serialized) struct ReaderScanPipelineTests {
    func errors(_ body: String) throws -> [String] {
        let site = try TestSite()
        try site.write("content/items/a.md", TestSite.item(body: body))
        let summary = try site.build()
        #expect(!summary.wroteOutput)
        return summary.diagnostics.filter { $0.severity == .error }.map { $0.description(in: .en) }
    }

    @Test func numbersSplitByMarkupAreFoundAtTheirBlock() throws {
        let message = "error: [privacy.personal-data] mobile number 138****8000 in the body would be published; personal data must not reach the public site"
        #expect(try errors("第一段。\n\n联系电话138**0013**8000。\n") == ["content/items/a.md:13:1: " + message])
        #expect(try errors("电话 `138`0013`8000`\n") == ["content/items/a.md:11:1: " + message])
        #expect(try errors("电话 [1380013](https://example.org/)8000\n") == ["content/items/a.md:11:1: " + message])
        #expect(try errors("电话 138\\-0013\\-8000\n") == ["content/items/a.md:11:1: " + message])
        #expect(try errors("电话 &#49;&#51;&#56;00138000\n") == ["content/items/a.md:11:1: " + message])
        #expect(try errors("- 甲\n- 电话 *138*00138000\n") == ["content/items/a.md:12:3: " + message])
        #expect(try errors("| 姓名 | 电话 |\n|---|---|\n| 张某 | 138<b>0013</b>8000 |\n") == ["content/items/a.md:11:1: " + message])
    }

    @Test func aNumberBothReadingsFindIsReportedOnce() throws {
        #expect(try errors("电话 **13800138000**。\n").count == 1)
    }

    @Test func theMaskKeepsTheStructureAndHidesTheSplitNumber() throws {
        let site = try TestSite()
        try site.write("content/site.yaml", TestSite.siteYAML + "privacy:\n  policy: mask\n")
        let body = "电话138**0013**8000，另一个 13900139000 *后面仍是强调*。\n\n| 甲 | 乙 |\n|---|---|\n| 甲 | `137 0013` 7000 |\n"
        try site.write("content/items/a.md", TestSite.item(summary: nil, body: body))
        let summary = try site.build()
        #expect(summary.wroteOutput, "\(summary.diagnostics)")
        let page = try #require(site.read("site/public/items/a.html"))
        #expect(page.contains("<p>电话138****8000<strong></strong>，另一个 139****9000 <em>后面仍是强调</em>。</p>"))
        #expect(!page.contains("0013"))
        let original = MarkdownDocument(parsing: body)
        let masked = original.masked(by: PersonalDataScanner())
        #expect(shape(of: masked) == shape(of: original))
        #expect(masked.textRuns.allSatisfy { PersonalDataScanner().scan($0.text).isEmpty })
    }

    @Test func aTableOfNumbersIsNoPhoneNumberInTheSearchIndex() throws {
        let site = try TestSite()
        try site.write("content/items/a.md", TestSite.item(body: "| 户数 | 人数 | 金额 |\n|---|---|---|\n| 1592 | 2110 | 189 |\n"))
        let summary = try site.build()
        #expect(summary.wroteOutput, "\(summary.diagnostics)")
        #expect(site.read("site/public/search-index.js")?.contains("1592 | 2110 | 189") == true)
    }

    @Test func theFinalGuardReadsScriptsAndMarkupSplitNumbers() throws {
        let site = try TestSite()
        try site.write("content/items/a.md", TestSite.item())
        try site.write("themes/careless/assets/extra.js", "// 值班\nvar duty = \"\\u0031\\u0033\\u0037\" + \"x\";\nvar cell = '137 0013 7000';\n")
        try site.write("themes/careless/templates/partials/footer.mustache", "<footer>值班 137<b>0013</b>7000</footer>\n")
        try site.write("content/site.yaml", TestSite.siteYAML + "theme: careless\n")
        let summary = try site.build()
        #expect(!summary.wroteOutput)
        let leaks = summary.diagnostics.filter { $0.code == "gate.leak" }.map { $0.message(in: .en) }
        #expect(leaks.contains("public/assets/extra.js:3:13 would contain personal data: mobile number 137****7000; nothing was written"))
        #expect(leaks.contains { $0.hasPrefix("public/index.html:") && $0.hasSuffix(" would contain personal data: mobile number 137****7000; nothing was written") })
        #expect(!site.exists("site"))
    }

    @Test func aThemeAssetOfAnUnknownTypeIsAnErrorAtTheFile() throws {
        let site = try TestSite()
        try site.write("content/items/a.md", TestSite.item())
        try site.write("themes/careless/assets/tool.exe", "MZ")
        try site.write("content/site.yaml", TestSite.siteYAML + "theme: careless\n")
        let summary = try site.build()
        #expect(!summary.wroteOutput)
        #expect(summary.diagnostics.map { $0.description(in: .en) } == [
            "themes/careless/assets/tool.exe:1:1: error: [theme.asset-type] gongkai cannot check a .exe file for personal data, so it cannot publish it; theme assets may be: " + OutputFileType.assetSuffixes.joined(separator: " "),
        ])
    }

    @Test func theStagingAreaRefusesAFileItCannotRead() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-deny-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let staging = try StagingArea(target: dir.appendingPathComponent("site"))
        defer { staging.discard() }
        staging.guardPersonalData(under: "public/", with: PersonalDataScanner())
        try staging.write("public/CNAME", "example.org")
        try staging.write("internal/CNAME", "example.org")
        try staging.write("public/a.html", "<p>ok</p>")
        #expect(staging.leaksFound.map(\.path) == ["public/CNAME"])
        #expect(staging.leaksFound.first?.what == .uncheckedType("CNAME"))
        #expect(staging.fileCount == 2)
    }
}

/// A document with all its text removed: what the masked and the unmasked one must share.
private func shape(of document: MarkdownDocument) -> String {
    func inlines(_ c: [MarkdownInline]) -> String {
        c.map { i -> String in
            switch i {
            case .text: "t"
            case .code: "c"
            case .softBreak: "s"
            case .lineBreak: "b"
            case .html: "h"
            case let .emphasis(c): "e(\(inlines(c)))"
            case let .strong(c): "S(\(inlines(c)))"
            case let .link(_, _, c): "a(\(inlines(c)))"
            case let .image(_, _, c): "i(\(inlines(c)))"
            }
        }.joined()
    }
    func block(_ b: MarkdownBlock) -> String {
        switch b {
        case let .paragraph(c, at): "p\(at)(\(inlines(c)))"
        case let .heading(l, c, _, at): "h\(l)\(at)(\(inlines(c)))"
        case let .table(t, at): "table\(at)(\(([t.header] + t.rows).map { $0.map(inlines).joined(separator: ",") }.joined(separator: ";")))"
        case let .csvTable(t, at): "csv\(at)(\(t.rows.count)x\(t.header.count))"
        default: "\(b.position)(\(b.children.map(block).joined(separator: ",")))"
        }
    }
    return document.blocks.map(block).joined(separator: "\n")
}
