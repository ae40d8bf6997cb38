import Foundation
import Testing
@testable import GongkaiKit

/// The shipped sample site at dates before, during and after the 低保 roster's posting period
/// and around a quarter end: items enter, leave and are archived as the rules say, and the
/// supervisor names the late disclosures.
@Suite(.serialized) struct SampleTimelineTests {
    private func sample() throws -> TestSite {
        let site = try TestSite(calendar: false)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content"))
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("content"),
                                         to: site.root.appendingPathComponent("content"))
        return site
    }

    @Test func theRosterEntersItsPostingPeriodAndMovesToTheArchive() throws {
        let site = try sample()
        let roster = "items/dibao-xinzeng-2026-11.html"

        _ = try site.build(asOf: "2026-11-20")
        #expect(!site.exists("site/public/" + roster), "not yet published")

        _ = try site.build(asOf: "2026-11-29")
        #expect(try #require(site.read("site/public/categories/rights.html")).contains(roster))
        #expect(try #require(site.read("site/public/print/index.html")).contains("dibao-xinzeng-2026-11"))

        _ = try site.build(asOf: "2026-12-10")
        #expect(site.exists("site/public/" + roster), "still reachable at the same URL")
        #expect(!(try #require(site.read("site/public/categories/rights.html")).contains(roster)))
        #expect(try #require(site.read("site/public/archive/2026.html")).contains(roster))
        #expect(try #require(site.read("site/public/" + roster)).contains("banner-expired"))
    }

    @Test func theSupervisorNamesExactlyTheLateDisclosures() throws {
        let site = try sample()
        let now = try SiteBuilder.check(root: site.root, asOf: LocalDate(iso: "2026-11-29")!)
        #expect(now.findings.filter { $0.card == .red }.isEmpty)
        let later = try SiteBuilder.check(root: site.root, asOf: LocalDate(iso: "2027-01-25")!)
        let red = later.findings.filter { $0.card == .red }.map { "\($0.location!.path) \($0.code)" }
        #expect(red == [
            "content/items/2026/caiwu-2026-q3.md supervision.series-overdue",
            "content/items/2026/caizheng-2026-q3.md supervision.series-overdue",
            "content/items/2026/dibao-zijin-2026-10.md supervision.series-overdue",
            "content/items/2026/dongchun-baozhang-2026.md supervision.publish-late",
        ])
    }
}
