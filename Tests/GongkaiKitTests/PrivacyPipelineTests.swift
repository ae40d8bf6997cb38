import Foundation
import Testing
@testable import GongkaiKit

@Suite(.serialized) struct PrivacyPipelineTests {
    @Test func personalDataFailsTheBuildShowingOnlyTheMaskedValue() throws {
        let site = try TestSite()
        try site.write("content/items/a.md", TestSite.item(title: "关于张某某13800138000的通知", body: "申请人身份证号11010519491231002X。\n"))
        let run = try gongkai(["build", "--as-of", "2026-11-29", "--lang", "en"], in: site.root)
        #expect(run.status == 1)
        #expect(run.stderr.contains("content/items/a.md:2:8: error: [privacy.personal-data] mobile number 138****8000 in 'title' would be published; personal data must not reach the public site"))
        #expect(run.stderr.contains("content/items/a.md:11:8: error: [privacy.personal-data] resident id number 110105********002X in the body would be published; personal data must not reach the public site"))
        #expect(!run.stderr.contains("13800138000"))
        #expect(!run.stderr.contains("11010519491231002X"))
        #expect(!site.exists("site"))
    }

    @Test func theMaskPolicyPublishesMaskedValues() throws {
        let site = try TestSite()
        try site.write("content/site.yaml", TestSite.siteYAML + "privacy:\n  policy: mask\n")
        try site.write("content/items/a.md", TestSite.item(summary: nil, body: "联系电话13800138000，卡号6222 0200 0000 0000 0004。\n"))
        let summary = try site.build()
        #expect(summary.wroteOutput, "\(summary.diagnostics)")
        let page = try #require(site.read("site/public/items/a.html"))
        #expect(page.contains("联系电话138****8000"))
        #expect(!page.contains("13800138000"))
        for (path, data) in site.snapshot("site/public") {
            #expect(!String(decoding: data, as: UTF8.self).contains("13800138000"), "\(path)")
        }
    }

    @Test func theOrgansOwnContactsAreAllowed() throws {
        let site = try TestSite()
        try site.write("content/site.yaml", TestSite.siteYAML + "privacy:\n  allow: [\"13900139000\"]\n")
        try site.write("content/items/a.md", TestSite.item(body: "咨询电话13900139000或0571-00000000。\n"))
        let summary = try site.build()
        #expect(summary.diagnostics.isEmpty, "\(summary.diagnostics)")
    }

    @Test func rostersKeepToTheAllowedColumns() throws {
        let site = try TestSite()
        try site.write("content/site.yaml", TestSite.siteYAML + "privacy:\n  roster-columns: [序号, 姓名, 保障金额]\n")
        try site.write("content/items/a.md", TestSite.item(category: "finance", timing: "ad-hoc",
            extra: "kind: roster\nposting-days: 7\n", body: "```csv\n序号,姓名,家庭住址,保障金额\n1,张某某,东风村,1130\n```\n"))
        let summary = try site.build()
        #expect(!summary.wroteOutput)
        #expect(summary.diagnostics.map(\.description) == [
            "content/items/a.md:13:1: error: [privacy.roster-column] a roster may not publish the column '家庭住址'",
        ])
    }

    @Test func personalDataThatSlipsPastTheGateIsCaughtInTheStagedFiles() throws {
        let site = try TestSite()
        try site.write("content/items/a.md", TestSite.item())
        // A theme that prints a mobile number on every page: nothing in the content is wrong.
        try site.write("themes/careless/templates/partials/footer.mustache", "<footer>值班手机 13700137000</footer>\n")
        try site.write("content/site.yaml", TestSite.siteYAML + "theme: careless\n")
        let summary = try site.build()
        #expect(!summary.wroteOutput)
        #expect(summary.diagnostics.map(\.description).contains { $0.hasPrefix("error: [gate.leak] public/index.html:") && $0.hasSuffix(" would contain personal data: mobile number 137****7000; nothing was written") }, "\(summary.diagnostics)")
    }

    @Test func theSampleRosterPublishesWithMaskedNumbers() throws {
        let site = try TestSite()
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content"))
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("content"), to: site.root.appendingPathComponent("content"))
        let summary = try site.build()
        #expect(summary.wroteOutput, "\(summary.diagnostics)")
        let roster = try #require(site.read("site/public/items/dibao-xinzeng-2026-11.html"))
        #expect(roster.contains("********"))
    }
}

@Test func aWrongValueQuotedInAMessageIsMaskedToo() throws {
    let site = try TestSite()
    try site.write("content/items/a.md", TestSite.item(extra: "review-by: 13800138000\n"))
    let run = try gongkai(["build", "--as-of", "2026-11-29", "--lang", "en"], in: site.root)
    #expect(run.status == 1)
    #expect(run.stderr.hasPrefix("""
        content/items/a.md:9:12: error: [front-matter.type] 'review-by' must be a date (YYYY-MM-DD); found '138****8000'
          9 | review-by: 138****8000
            |            ^

        """))
    #expect(!run.stderr.contains("13800138000"))
}
