import Foundation
import Testing
@testable import GongkaiKit

/// A site with a `powers` category and the given items (file name → front matter extras).
private func powerSite(_ items: [(String, String, String)]) throws -> TestSite {
    let site = try TestSite()
    try site.write("content/site.yaml", TestSite.siteYAML.replacingOccurrences(of: """
        categories:
          - id: policies
            name: 法规政策
        """, with: """
        categories:
          - id: policies
            name: 法规政策
          - id: powers
            name: 权力清单
        """))
    for (n, (id, title, extra)) in items.enumerated() {
        let category = extra.contains("kind: power") ? "powers" : "policies"
        try site.write("content/items/\(id).md", TestSite.item(
            title: title, category: category,
            index: "11330000MB0000000X/2026-\(String(format: "%05d", n + 1))", extra: extra))
    }
    return site
}

private func power(_ type: String?, code: String, steps: Bool = false) -> String {
    var s = "kind: power\n"
    if let type { s += "power-type: \(type)\n" }
    s += "code: \(code)\nbasis: 《条例》第九条\nsubject: 测试县民政局\nlegal-limit: 30日\npromised-limit: 15个工作日\nfee: 不收费\n"
    if steps { s += "steps:\n  - name: 受理\n    role: 窗口\n  - name: 决定\n" }
    return s
}

@Test func thePowerCatalogueGroupsCurrentPowersByTypeInTheFixedOrder() throws {
    let site = try powerSite([
        ("penalty", "对违法行为的处罚", power("行政处罚", code: "CF-1")),
        ("licence-b", "乙许可", power("行政许可", code: "XK-2")),
        ("licence-a", "甲许可", power("行政许可", code: "XK-1", steps: true)),
        ("untyped", "未分类事项", power(nil, code: "QT-1")),
        ("old", "已废止的许可", power("行政许可", code: "XK-0") + "repealed-on: 2026-11-01\n"),
        ("notice", "一般通知", ""),
    ])
    let summary = try site.build()
    #expect(summary.diagnostics.filter { $0.severity == .error }.isEmpty, "\(summary.diagnostics)")
    let html = try #require(site.read("site/public/powers/index.html"))
    // Every type is named in the summary, in PowerType order, with its count.
    let names = PowerType.allCases.map(\.rawValue) + ["未标注权力类型"]
    let positions = names.map { html.range(of: $0)!.lowerBound }
    #expect(positions == positions.sorted())
    #expect(html.contains(##"<a href="#powers-licensing">行政许可</a> <span class="count">2</span>"##))
    #expect(html.contains(#"<span class="none">行政强制</span> <span class="count">0</span>"#))
    // A table per non-empty type, its rows by 权力编码; repealed powers and other kinds are not listed.
    #expect(html.components(separatedBy: "<table class=\"power-table\">").count - 1 == 3)
    let a = try #require(html.range(of: "甲许可")), b = try #require(html.range(of: "乙许可"))
    let c = try #require(html.range(of: "对违法行为的处罚")), u = try #require(html.range(of: "未分类事项</a>"))
    #expect(a.lowerBound < b.lowerBound && b.lowerBound < c.lowerBound && c.lowerBound < u.lowerBound)
    #expect(!html.contains("已废止的许可") && !html.contains("一般通知"))
    #expect(html.contains(#"<th scope="row"><a href="../items/licence-a.html">甲许可</a></th>"#))
    #expect(html.contains(#"<td data-label="设定依据">《条例》第九条</td>"#))
    #expect(html.contains(#"<td data-label="承诺期限">15个工作日</td>"#))
    #expect(html.contains("合计 4 项"))
    #expect(html.contains(#"<a href="../powers/index.html" aria-current="page">权力清单</a>"#))
}

@Test func everyPageLinksThePowerCatalogueAndThePowersCategorySaysSo() throws {
    let site = try powerSite([("licence", "许可", power("行政许可", code: "XK-1")), ("notice", "一般通知", "")])
    _ = try site.build()
    for page in ["site/public/index.html", "site/public/items/notice.html", "site/internal/catalogue.html"] {
        let html = try #require(site.read(page))
        #expect(html.contains(">权力清单</a></li>"), "\(page) has no link to the power catalogue")
    }
    #expect(try #require(site.read("site/public/categories/powers.html"))
        .contains(#"<p class="see-also"><a href="../powers/index.html">查看本机关权力清单</a></p>"#))
    #expect(try #require(site.read("site/public/categories/policies.html")).contains("see-also") == false)
    #expect(site.exists("site/internal/powers/index.html"))
}

@Test func aSiteWithoutPowersHasNoPowerCatalogue() throws {
    let site = try powerSite([("notice", "一般通知", "")])
    _ = try site.build()
    #expect(!site.exists("site/public/powers/index.html"))
    #expect(try #require(site.read("site/public/index.html")).contains("powers/index.html") == false)
}

@Test func powerAndGuidePagesDrawTheirStepsAsAFlowchartBeforeTheTable() throws {
    let site = try powerSite([
        ("licence", "许可", power("行政许可", code: "XK-1", steps: true)),
        ("bare", "无流程的许可", power("行政许可", code: "XK-2")),
        ("guide", "办事指南", "kind: guide\nsteps:\n  - name: 申请\n  - name: 审核\n    limit: 10个工作日\n"),
    ])
    _ = try site.build()
    let html = try #require(site.read("site/public/items/licence.html"))
    let figure = try #require(html.range(of: #"<figure class="flowchart">"#))
    let table = try #require(html.range(of: #"<table class="steps">"#))
    #expect(figure.lowerBound < table.lowerBound)
    #expect(html.contains(#"<title id="flowchart-title">许可办理流程图</title>"#))
    #expect(html.contains(#"<desc id="flowchart-desc">共2个环节，依次为：受理、决定。"#))
    #expect(html.components(separatedBy: #"<g class="fc-step">"#).count - 1 == 2)
    #expect(try #require(site.read("site/public/items/bare.html")).contains("<svg") == false)
    let guide = try #require(site.read("site/public/items/guide.html"))
    #expect(guide.contains(#"<title id="flowchart-title">办事指南办理流程图</title>"#))
    #expect(guide.contains(">时限：10个工作日</text>"))
}
