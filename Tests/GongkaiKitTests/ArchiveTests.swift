import Foundation
import Testing
@testable import GongkaiKit

@Test func itemsThatAreNoLongerCurrentLeaveTheListingsButKeepTheirPage() throws {
    let site = try TestSite(copying: "golden")
    _ = try site.build()
    let rights = try #require(site.read("site/public/categories/rights.html"))
    #expect(rights.contains("items/roster-a.html"), "the roster is in its posting period")
    #expect(!rights.contains("items/notice-expired.html"), "an expired notice leaves the current list")
    #expect(!rights.contains("items/withdrawn.html"))
    let adHoc = try #require(site.read("site/public/timing/ad-hoc.html"))
    #expect(!adHoc.contains("items/notice-expired.html"))
    let home = try #require(site.read("site/public/index.html"))
    #expect(!home.contains("items/notice-expired.html"))
    let archive = try #require(site.read("site/public/archive/2026.html"))
    #expect(archive.contains("items/notice-expired.html"))
    #expect(archive.contains("<span class=\"badge badge-expired\">公示期满</span>"))
    let page = try #require(site.read("site/public/items/notice-expired.html"))
    #expect(page.contains("<div class=\"banner banner-expired\" role=\"note\"><p>公示期满</p></div>"))
}

@Test func editionsOfASeriesLinkToEachOther() throws {
    let site = try TestSite(copying: "golden")
    _ = try site.build()
    let series = try #require(site.read("site/public/series/finance-quarterly.html"))
    let q3 = try #require(series.range(of: "items/finance-q3.html"))
    let q2 = try #require(series.range(of: "items/finance-q2.html"))
    #expect(q3.lowerBound < q2.lowerBound, "newest edition first")
    let older = try #require(site.read("site/public/items/finance-q2.html"))
    #expect(older.contains("<a href=\"../items/finance-q3.html\">2026年第三季度民政资金使用情况</a>"))
    #expect(older.contains("banner-superseded"))
    let finance = try #require(site.read("site/public/categories/finance.html"))
    #expect(finance.contains("items/finance-q3.html"))
    #expect(!finance.contains("items/finance-q2.html"), "only the newest edition is current")
}

@Test func theArchiveManifestVerifiesEveryPublishedPage() throws {
    let site = try TestSite(copying: "golden")
    _ = try site.build()
    let data = try #require(site.read("site/archive.json")).data(using: .utf8)!
    let manifest = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(manifest["as_of"] as? String == "2026-11-29")
    #expect(manifest["generator"] as? String == "gongkai \(Gongkai.version)", "the manifest says what wrote it")
    let reportData = try #require(site.read("site/report.json")).data(using: .utf8)!
    let report = try #require(JSONSerialization.jsonObject(with: reportData) as? [String: Any])
    #expect(report["generator"] as? String == "gongkai \(Gongkai.version)", "the report says what wrote it")
    let items = try #require(manifest["items"] as? [[String: Any]])
    #expect(items.count == 10, "9 public items and 1 internal item were ever published")
    for entry in items {
        let page = try #require(entry["page"] as? String)
        let bytes = try #require(FileManager.default.contents(atPath: site.root.appendingPathComponent("site/" + page).path))
        #expect(entry["page_sha256"] as? String == SHA256.hex(Array(bytes)), "\(page)")
        let source = try #require(entry["source"] as? String)
        let sourceBytes = try #require(FileManager.default.contents(atPath: site.root.appendingPathComponent(source).path))
        #expect(entry["source_sha256"] as? String == SHA256.hex(Array(sourceBytes)), "\(source)")
    }
    let statuses = Dictionary(uniqueKeysWithValues: items.map { ($0["id"] as! String, $0["status"] as! String) })
    #expect(statuses == ["notice-a": "current", "power-a": "current", "guide-a": "current", "finance-q2": "superseded",
                         "finance-q3": "current", "notice-expired": "expired", "roster-a": "current",
                         "old-policy": "superseded", "withdrawn": "withdrawn", "internal-a": "current"])
}

@Test func aWithdrawnItemIsATombstoneWithoutItsBody() throws {
    let site = try TestSite(copying: "golden")
    _ = try site.build()
    for edition in ["public", "internal"] {
        let page = try #require(site.read("site/\(edition)/items/withdrawn.html"))
        #expect(page.contains("关于某项目的公示"))
        #expect(page.contains("11330000MB0000000X/2025-00002"))
        #expect(page.contains("公示内容有误，已撤回"))
        #expect(!page.contains("WITHDRAWN-BODY"))
        #expect(!page.contains("item-body"))
    }
}
