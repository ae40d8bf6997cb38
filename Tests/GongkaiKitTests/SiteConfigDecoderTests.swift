import Foundation
import Testing
@testable import GongkaiKit

private func problems(_ yaml: String) -> [String] {
    SiteConfigDecoder.decode(SourceFile(path: "content/site.yaml", text: yaml)).diagnostics.map {
        "\($0.location.map { "\($0.line):\($0.column)" } ?? "-") [\($0.code)] \($0.message(in: .en))" + ($0.hint(in: .en).map { " | \($0)" } ?? "")
    }
}

private let base = TestSite.siteYAML

@Test func theTestSiteConfigurationIsValidAndTyped() throws {
    let (config, ds) = SiteConfigDecoder.decode(SourceFile(path: "content/site.yaml", text: base))
    #expect(ds.isEmpty)
    let c = try #require(config)
    #expect(c.organ == "测试县民政局")
    #expect(c.baseURL == "https://example.gov.cn/gongkai/")
    #expect(c.categories.map(\.id) == ["policies", "finance"])
    #expect(c.internalCategories.map(\.audience) == [.internal])
    #expect(c.supervision.publishWithin == .workingDays(20))
}

@Test func requiredSiteFieldsAreNamed() {
    #expect(problems("organ: 局\n") == [
        "1:1 [site.missing-field] site.yaml needs 'organ-code'",
        "1:1 [site.missing-field] site.yaml needs 'base-url'",
        "1:1 [site.missing-field] site.yaml needs 'timezone'",
        "1:1 [site.missing-field] site.yaml needs 'categories', the public catalogue's categories",
    ])
}

@Test func unknownSiteKeysGetADidYouMean() {
    #expect(problems(base + "timzone: UTC\n") == ["16:1 [front-matter.unknown-key] unknown key 'timzone' in site.yaml | did you mean 'timezone'?"])
}

@Test func badSiteValuesSayWhatIsExpected() {
    let broken = base
        .replacingOccurrences(of: "timezone: Asia/Shanghai", with: "timezone: Asia/Beijing")
        .replacingOccurrences(of: "base-url: https://example.gov.cn/gongkai/", with: "base-url: example.gov.cn")
    #expect(problems(broken + "language: zh\ntheme: My Theme\nindex-format: \"{year}\"\n") == [
        "3:11 [site.bad-url] 'base-url' must be an absolute http(s) URL such as https://example.gov.cn/gongkai/",
        "5:11 [site.bad-timezone] unknown time zone 'Asia/Beijing'; use an IANA name such as Asia/Shanghai",
        "18:15 [site.bad-index-format] index-format must contain {serial} or {serial:N}",
        "16:11 [site.unknown-language] unknown language 'zh'; expected zh-CN or en",
        "17:8 [site.bad-theme] theme 'My Theme' must be a folder name under themes/ (a-z, 0-9, '-')",
    ])
}

@Test func categoriesAreCheckedForIdsAndDuplicates() {
    let yaml = base + "  - id: Finance Office\n    name: 财务\n"
    #expect(problems(yaml) == ["16:9 [site.bad-category-id] category id 'Finance Office' must use only a-z, 0-9 and '-'"])
    let twice = base.replacingOccurrences(of: "  - id: budget", with: "  - id: finance")
    #expect(problems(twice) == ["1:1 [site.duplicate-category] category id 'finance' is listed twice"])
}

@Test func supervisionThresholdsAreDurations() {
    #expect(problems(base + "supervision:\n  due-soon: soon\n").first?.hasPrefix("17:13 [site.bad-duration] 'due-soon': ") == true)
    #expect(problems(base + "privacy:\n  policy: hide\n") == [
        "17:11 [site.unknown-privacy-policy] unknown policy 'hide'; expected error or mask",
    ])
}

@Suite(.serialized) struct ThemeDiagnosticTests {
    @Test func aMissingThemeIsNamed() throws {
        let site = try TestSite()
        try site.write("content/site.yaml", TestSite.siteYAML + "theme: county\n")
        let summary = try site.build()
        #expect(summary.diagnostics.map(\.description) == [
            "content/site.yaml:1:1: error: [theme.missing] theme 'county' not found: there is no folder themes/county",
        ])
    }

    @Test func aBrokenTemplateIsReportedAtItsLine() throws {
        let site = try TestSite()
        try site.write("content/site.yaml", TestSite.siteYAML + "theme: county\n")
        try site.write("themes/county/templates/list.mustache", "<ul>\n{{#items}}\n<li>{{title}}</li>\n")
        let summary = try site.build()
        #expect(summary.diagnostics.map(\.description) == [
            "themes/county/templates/list.mustache:4:1: error: [theme.template] unclosed section 'items' opened at 2:1",
        ])
        #expect(!summary.wroteOutput)
    }

    @Test func aSitesThemeOverridesTheDefaultFileByFile() throws {
        let site = try TestSite()
        try site.write("content/site.yaml", TestSite.siteYAML + "theme: county\n")
        try site.write("themes/county/templates/partials/footer.mustache", "<footer class=\"county\">{{site.organ}}</footer>\n")
        try site.write("themes/county/assets/extra.css", "body { color: black; }\n")
        try site.write("content/items/a.md", TestSite.item())
        let summary = try site.build()
        #expect(summary.wroteOutput, "\(summary.diagnostics)")
        let page = try #require(site.read("site/public/items/a.html"))
        #expect(page.contains("<footer class=\"county\">测试县民政局</footer>"), "the site's partial wins")
        #expect(page.contains("<article class=\"item item-notice\">"), "the other templates come from the default theme")
        #expect(site.exists("site/public/assets/extra.css"))
        #expect(site.exists("site/public/assets/style.css"))
    }

    @Test func missingTemplatesAndStringsAreNamed() throws {
        let site = try TestSite()
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("themes/default/templates/catalogue.mustache"))
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("themes/default/i18n/zh-CN.yaml"))
        let summary = try site.build()
        #expect(summary.diagnostics.map(\.description) == [
            "error: [theme.missing-template] the theme has no template 'catalogue' (templates/catalogue.mustache)",
            "error: [theme.missing-strings] the theme has no UI strings for 'zh-CN' (i18n/zh-CN.yaml)",
        ])
    }

    @Test func uiStringsMustBeText() throws {
        let site = try TestSite()
        try site.write("content/site.yaml", TestSite.siteYAML + "theme: county\n")
        try site.write("themes/county/i18n/zh-CN.yaml", "skip:\n  - 跳过\n")
        let summary = try site.build()
        #expect(summary.diagnostics.map(\.description) == [
            "themes/county/i18n/zh-CN.yaml:1:1: error: [theme.strings] UI string 'skip' must be text",
        ])
    }
}
