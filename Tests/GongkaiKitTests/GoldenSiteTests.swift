import Foundation
import Testing
@testable import GongkaiKit

/// The fixture site in Tests/Fixtures/golden is built and every output file is compared with the
/// committed goldens in Tests/Fixtures/golden/expected. `RECORD_GOLDENS=1 swift test` rewrites
/// them; review the change with `git diff`.
@Test func theGoldenSiteMatchesEveryCommittedFile() throws {
    let site = try TestSite(copying: "golden")
    let summary = try site.build(asOf: "2026-11-29")
    #expect(summary.diagnostics.filter { $0.severity == .error }.isEmpty, "\(summary.diagnostics)")
    #expect(summary.wroteOutput)
    let actual = site.snapshot("site")
    let expectedDir = packageRoot.appendingPathComponent("Tests/Fixtures/golden/expected")
    if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
        try? FileManager.default.removeItem(at: expectedDir)
        for (path, data) in actual {
            let url = expectedDir.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        return
    }
    let expected = try TestSite.files(under: expectedDir)
    #expect(!expected.isEmpty, "no goldens under \(expectedDir.path); run RECORD_GOLDENS=1 swift test")
    #expect(Set(actual.keys) == Set(expected.keys))
    for path in expected.keys.sorted() {
        guard let a = actual[path], let e = expected[path] else { continue }
        if a != e {
            let aText = String(decoding: a, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let eText = String(decoding: e, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let line = Array(zip(aText, eText)).firstIndex { $0 != $1 } ?? min(aText.count, eText.count)
            Issue.record("""
                \(path) differs from its golden at line \(line + 1):
                  expected: \(line < eText.count ? eText[line] : "<end of file>")
                  actual:   \(line < aText.count ? aText[line] : "<end of file>")
                """)
        }
    }
}

@Test func theGoldenSitePublishesOnlyWhatTheGateClears() throws {
    let site = try TestSite(copying: "golden")
    let summary = try site.build(asOf: "2026-11-29")
    #expect(summary.filesRead == 13)
    #expect(summary.published == 9)
    #expect(summary.withheld == 4)
    let files = site.snapshot("site/public")
    for (path, data) in files {
        let text = String(decoding: data, as: UTF8.self)
        for marker in ["INTERNAL-BODY", "CONFIDENTIAL", "DRAFT-", "SCHEDULED-", "WITHDRAWN-BODY", "<script>", "javascript:"] {
            #expect(!text.contains(marker), "\(marker) leaked into \(path)")
        }
    }
    #expect(files["items/notice-a.html"] != nil)
    #expect(files["items/internal-a.html"] == nil)
    #expect(files["items/withdrawn.html"] != nil, "a withdrawn item keeps a tombstone page")
    let report = try #require(site.read("site/report.json"))
    #expect(report.contains("\"path\": \"content/items/2026/secret-a.md\""))
    #expect(report.contains("\"flags\": [\n        \"personal-privacy\"\n      ]"))
    #expect(!report.contains("CONFIDENTIAL-TITLE"))
}

@Test func theCatalogueListsEveryPublishedItemWithItsStatus() throws {
    let site = try TestSite(copying: "golden")
    _ = try site.build(asOf: "2026-11-29")
    let data = try #require(site.read("site/public/catalogue.json")).data(using: .utf8)!
    let entries = try #require(JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    #expect(entries.count == 9)
    let status = Dictionary(uniqueKeysWithValues: entries.map { ($0["index"] as! String, $0["status"] as! String) })
    #expect(status["11330000MB0000000X/2026-00003"] == "current")
    #expect(status["11330000MB0000000X/2025-00001"] == "superseded")
    #expect(status["11330000MB0000000X/2025-00002"] == "withdrawn")
    #expect(status["11330000MB0000000X/2026-00004"] == "superseded", "an older edition of a series")
    #expect(status["11330000MB0000000X/2026-00005"] == "current")
    #expect(status["11330000MB0000000X/2026-00006"] == "expired")
    #expect(status["11330000MB0000000X/2026-00007"] == "current", "7 working days from 2026-11-24 run to 2026-12-02")
    for e in entries {
        for key in ["index", "title", "url", "published", "category", "timing", "status"] {
            #expect(e[key] != nil, "\(key) missing")
        }
        #expect((e["url"] as? String)?.hasPrefix("https://example.gov.cn/gongkai/items/") == true)
    }
    let csvBytes = try #require(FileManager.default.contents(atPath: site.root.appendingPathComponent("site/public/catalogue.csv").path))
    #expect(Array(csvBytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "a UTF-8 byte-order mark for spreadsheet programs")
    let csv = String(decoding: csvBytes.dropFirst(3), as: UTF8.self)
    #expect(csv.hasPrefix("index,title,url,published,category"))
    #expect(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 10)
}
