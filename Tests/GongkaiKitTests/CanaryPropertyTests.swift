import Foundation
import Testing
@testable import GongkaiKit

/// Seeded random sites where every place that must not be public (internal items, withheld
/// passages, confidential items, unapproved drafts, scheduled items) holds a unique canary word:
/// no canary may appear anywhere under site/public (the search index included), and internal
/// canaries appear in site/internal on their item's page and in its search index.
@Test func noCanaryEverReachesThePublicEdition() throws {
    let site = try TestSite()
    for seed in UInt64(1)...120 {
        var rng = SplitMix64(seed: seed)
        let items = site.root.appendingPathComponent("content/items")
        try? FileManager.default.removeItem(at: items)
        var publicCanaries: [String: String] = [:]      // canary → page that must hold it (internal edition)
        var secretCanaries: Set<String> = []
        let count = 3 + rng.below(8)
        for n in 1...count {
            let canary = "canary" + String((0..<10).map { _ in "abcdefghijklmnopqrstuvwxyz".randomElement(using: &rng)! })
            let index = "11330000MB0000000X/2026-\(String(format: "%05d", n))"
            let role = rng.pick(["public", "internal", "confidential", "draft", "scheduled", "withheld"])
            let filler = rng.pick(["依法公开的一般事项说明。", "本通知自发布之日起施行。", "特此公告。"])
            let text: String
            switch role {
            case "internal":
                text = TestSite.item(title: "内部事项\(canary)", category: "budget", index: index,
                                     extra: "audience: internal\n", body: "\(filler)\n\n\(canary)\n")
                publicCanaries[canary] = "items/i\(n).html"
            case "confidential":
                text = TestSite.item(title: "事项\(canary)", index: index, extra: "confidentiality: [state-secret]\n",
                                     body: "\(canary)\n")
                secretCanaries.insert(canary)
            case "draft":
                text = "---\ntitle: \"草稿\(canary)\"\ncategory: policies\ntiming: long-term\nindex: \"\(index)\"\n---\n\(canary)\n"
                secretCanaries.insert(canary)
            case "scheduled":
                text = TestSite.item(title: "预定\(canary)", index: index, published: "2027-01-05", body: "\(canary)\n")
                secretCanaries.insert(canary)
            case "withheld":
                text = TestSite.item(title: "区分处理的事项", index: index,
                                     body: "\(filler)\n\n```withheld personal-privacy\n住址\(canary)\n```\n\n\(filler)\n")
                publicCanaries[canary] = "items/i\(n).html"
            default:
                text = TestSite.item(title: "公开事项\(n)", index: index, body: "\(filler)\n")
            }
            try site.write("content/items/i\(n).md", text)
        }
        try? FileManager.default.removeItem(at: site.root.appendingPathComponent("site"))
        let summary = try site.build()
        #expect(summary.wroteOutput, "seed \(seed): \(summary.diagnostics)")
        let all = publicCanaries.keys.sorted() + secretCanaries.sorted()
        for (path, data) in site.snapshot("site/public") {
            let text = String(decoding: data, as: UTF8.self)
            for canary in all where text.contains(canary) {
                Issue.record("seed \(seed): canary \(canary) reached public/\(path)")
            }
        }
        let internalFiles = site.snapshot("site/internal")
        for (path, data) in internalFiles {
            let text = String(decoding: data, as: UTF8.self)
            for canary in secretCanaries where text.contains(canary) {
                Issue.record("seed \(seed): confidential, draft or scheduled canary \(canary) reached internal/\(path)")
            }
        }
        let internalIndex = internalFiles["search-index.js"].map { String(decoding: $0, as: UTF8.self) } ?? ""
        for (canary, page) in publicCanaries {
            let text = internalFiles[page].map { String(decoding: $0, as: UTF8.self) } ?? ""
            #expect(text.contains(canary), "seed \(seed): \(canary) missing from internal/\(page)")
            #expect(internalIndex.contains(canary), "seed \(seed): \(canary) missing from internal/search-index.js")
        }
    }
}
