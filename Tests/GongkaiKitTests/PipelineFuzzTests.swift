import Foundation
import Testing
@testable import GongkaiKit

/// Random front matter and bodies through the whole pipeline: whatever the input, the build ends
/// with output or with diagnostics, never a crash or a hang, and a failed build writes nothing.
@Test func randomItemsNeverCrashTheBuild() throws {
    let keys = ["title", "category", "timing", "index", "published", "written", "approved-by", "approved-on", "kind",
                "audience", "expires", "posting-days", "period", "covers", "series", "review-by", "replaced-by",
                "repealed-on", "withdrawn-on", "doc-number", "confidentiality", "board", "steps", "changes", "keywords",
                "power-type", "conditions", "follow-ups", "responses", "id", "titel", "发布日期"]
    let values = ["", "2026-10-15", "2026-02-30", "2027-01-01", "1900-01-01", "9999-12-31", "x", "\"quoted\"", "'s'",
                  "[a, b]", "[]", "true", "0", "-1", "99999999999", "periodic", "ad-hoc", "long-term", "power", "guide",
                  "roster", "internal", "policies", "finance", "budget", "2026-Q3", "2026-13", "quarterly",
                  "11330000MB0000000X/2026-00001", "示民发〔2026〕1号", "|", "\n  - name: 受理\n    limit: 1日",
                  "\n  - on: 2026-10-20\n    note: 更正", "[state-secret]", "13800138000", "../../etc/passwd",
                  "a: b", "：", "\t", "&anchor x", "*alias", "!!str x"]
    let bodies = ["正文。", "```withheld personal-privacy\n秘密\n```", "```withheld\nx\n```", "[link](../x.md)",
                  "| a | b |\n|---|---|\n| 1 | 2 |", "```csv\n姓名,身份证号\n张某,11010519491231002X\n```",
                  "<script>alert(1)</script>", String(repeating: "> ", count: 500) + "深", "# 标题\n## 标题\n## 标题",
                  "\u{0}\u{FEFF}", ""]
    var rng = SplitMix64(seed: 7)
    let site = try TestSite()
    for round in 0..<12 {
        let items = site.root.appendingPathComponent("content/items")
        try? FileManager.default.removeItem(at: items)
        for n in 0..<25 {
            var lines = ["---"]
            for _ in 0..<(3 + rng.below(10)) {
                lines.append("\(rng.pick(keys)): \(rng.pick(values))")
            }
            if rng.chance(90) { lines.append("---") }
            lines.append(rng.pick(bodies))
            try site.write("content/items/r\(round)/i\(n).md", lines.joined(separator: "\n") + "\n")
        }
        try? FileManager.default.removeItem(at: site.root.appendingPathComponent("site"))
        let summary = try site.build()
        let errors = summary.diagnostics.filter { $0.severity == .error }
        #expect(summary.wroteOutput == errors.isEmpty, "round \(round)")
        if !summary.wroteOutput { #expect(!site.exists("site"), "round \(round): a failed build wrote output") }
        for d in errors {
            for language in Language.allCases {
                #expect(!d.message(in: language).contains("13800138000"), "a raw number in a message")
            }
        }
    }
}
