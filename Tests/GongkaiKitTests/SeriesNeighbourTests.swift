import Foundation
import Testing
@testable import GongkaiKit

/// An edition's page links to the newest edition and its nearest neighbours, not to every
/// edition of a long series (the series page lists them all).
@Suite struct SeriesNeighbourTests {
    /// A monthly series of 24 editions, 2024-01 … 2025-12, each published on the 10th of the next month.
    private func site() throws -> TestSite {
        let site = try TestSite()
        for n in 0..<24 {
            let year = 2024 + n / 12, month = n % 12 + 1
            let next = n + 1, pubYear = 2024 + next / 12, pubMonth = next % 12 + 1
            let covers = String(format: "%04d-%02d", year, month)
            let published = String(format: "%04d-%02d-10", pubYear, pubMonth)
            try site.write("content/items/m-\(covers).md", TestSite.item(
                title: "\(year)年\(month)月资金使用情况", category: "finance", timing: "periodic",
                index: String(format: "11330000MB0000000X/%04d-%05d", pubYear, 100 + n), published: published,
                extra: "period: monthly\ncovers: \(covers)\nseries: monthly-funds\n"))
        }
        return site
    }

    /// The titles listed under "other editions" on an item's public page.
    private func otherEditions(_ site: TestSite, _ id: String) throws -> [String] {
        let html = try #require(site.read("site/public/items/\(id).html"))
        let start = try #require(html.range(of: "aria-labelledby=\"editions-heading\""))
        let section = html[start.upperBound...].prefix { _ in true }
        let end = try #require(section.range(of: "</section>"))
        let list = section[..<end.lowerBound]
        return list.components(separatedBy: "<li><a href=\"").dropFirst().map { entry in
            String(entry.split(separator: ">", maxSplits: 1)[1].prefix { $0 != "<" })
        }
    }

    @Test func aMiddleEditionShowsTheNewestAndItsNeighbours() throws {
        let site = try site()
        #expect(try site.build(asOf: "2026-02-01").wroteOutput)
        let shown = try otherEditions(site, "m-2025-01")
        #expect(shown.count == SeriesIndex.nearbyLimit)
        #expect(shown.first == "2025年12月资金使用情况")
        #expect(shown.contains("2024年12月资金使用情况") && shown.contains("2025年2月资金使用情况"))
        #expect(!shown.contains("2024年1月资金使用情况"))
        #expect(!shown.contains("2025年1月资金使用情况"))
        // Newest first, as the series page orders them.
        let months = shown.map { $0.replacingOccurrences(of: "资金使用情况", with: "") }
        #expect(months == ["2025年12月", "2025年6月", "2025年5月", "2025年4月", "2025年3月", "2025年2月",
                           "2024年12月", "2024年11月", "2024年10月", "2024年9月"])
    }

    @Test func theNewestEditionShowsTheTenBeforeIt() throws {
        let site = try site()
        #expect(try site.build(asOf: "2026-02-01").wroteOutput)
        let shown = try otherEditions(site, "m-2025-12")
        #expect(shown.count == 10)
        #expect(shown.first == "2025年11月资金使用情况" && shown.last == "2025年2月资金使用情况")
    }

    @Test func theSeriesPageStillListsEveryEdition() throws {
        let site = try site()
        #expect(try site.build(asOf: "2026-02-01").wroteOutput)
        let first = try #require(site.read("site/public/series/monthly-funds.html"))
        let second = site.read("site/public/series/monthly-funds/2.html") ?? ""
        let linked = Set((first + second).components(separatedBy: "items/m-").dropFirst().map { $0.prefix(7) })
        #expect(linked.count == 24)
    }
}
