import Foundation
import Testing
@testable import GongkaiKit

/// A reader with a keyboard only, in a real Chromium driven by chromedriver, on pages opened from
/// `file://`: from the home page's search box to the roster, filters that go into the address,
/// Back, and the "more" button. Part of `SearchBrowserTests`, so one browser runs at a time.
extension SearchBrowserTests {
    static let roster = "dibao-xinzeng-2026-11"

    @Test func fromTheHomePageToTheRosterWithTheKeyboardOnly() throws {
        guard let browser = try WebDriver.start() else { return }
        defer { browser.quit() }
        let site = try Self.sampleSite()
        let home = site.root.appendingPathComponent("site/public/index.html")
        try browser.open(HeadlessChromium.url(home))

        // The header's search box is a few Tab presses from the top of the home page.
        let presses = try #require(try browser.tab(until: "document.activeElement.id === 'site-search-q'"))
        #expect(presses <= 3, "the search box comes right after the skip link and the site name")
        try browser.type("低保" + WebDriver.Key.enter)
        #expect(try browser.wait(for: "location.pathname.endsWith('/search.html')"))
        #expect(try browser.url().hasSuffix("/site/public/search.html?q=%E4%BD%8E%E4%BF%9D"),
                "the header form is a plain GET to search.html")
        #expect(try browser.wait(for: "document.querySelectorAll('#search-results li').length > 0"))
        #expect(try browser.string("return document.getElementById('search-q').value;") == "低保")
        let hrefs = "return Array.from(document.querySelectorAll('#search-results a')).map(function (a) { return a.getAttribute('href'); }).join(' ');"
        #expect(try browser.string(hrefs).contains("items/\(Self.roster).html"))

        // A filter, chosen from the keyboard, narrows the results at once and goes into the address.
        #expect(try browser.tab(until: "document.activeElement.id === 'search-filter-category'") != nil)
        try browser.type("权益事项")
        #expect(try browser.wait(for: "document.getElementById('search-filter-category').value === 'rights'"))
        #expect(try browser.wait(for: "location.search.indexOf('category=rights') !== -1"), "address: \(String(describing: try? browser.url()))")
        #expect(try browser.string("return document.getElementById('search-status').textContent;") == "找到 1 条信息")
        #expect(try browser.string(hrefs) == "items/\(Self.roster).html")

        // Tab on to the result and follow it.
        #expect(try browser.tab(until: "document.activeElement.matches('#search-results a')") != nil)
        try browser.type(WebDriver.Key.enter)
        #expect(try browser.wait(for: "location.pathname.endsWith('/items/\(Self.roster).html')"))

        // Back restores the query and the filter from the address.
        try browser.back()
        #expect(try browser.wait(for: "location.pathname.endsWith('/search.html')"))
        #expect(try browser.wait(for: "document.querySelectorAll('#search-results li').length === 1"))
        #expect(try browser.string("return document.getElementById('search-q').value + '|' + document.getElementById('search-filter-category').value;")
                == "低保|rights")
    }

    @Test func theMoreButtonShowsTheNextResultsAndMovesTheFocusToThem() throws {
        guard let browser = try WebDriver.start() else { return }
        defer { browser.quit() }
        let site = try TestSite()
        for n in 1...60 {
            try site.write("content/items/n\(n).md", TestSite.item(
                title: "第\(n)号公告", index: "11330000MB0000000X/2026-\(String(format: "%05d", n))",
                published: "2026-10-\(String(format: "%02d", (n - 1) % 28 + 1))", body: "本公告涉及养老服务补贴。\n"))
        }
        #expect(try site.build().wroteOutput)
        let page = site.root.appendingPathComponent("site/public/search.html")
        try browser.open(HeadlessChromium.url(page, query: [("q", "养老服务补贴")]))
        #expect(try browser.wait(for: "document.querySelectorAll('#search-results li').length === 50"))
        #expect(try browser.tab(until: "document.activeElement.id === 'search-more'", limit: 80) != nil)
        try browser.type(WebDriver.Key.enter)
        #expect(try browser.wait(for: "document.querySelectorAll('#search-results li').length === 60"))
        #expect(try browser.run("return document.getElementById('search-more').hidden;") as? Bool == true)
        #expect(try browser.run("return document.activeElement === document.querySelectorAll('#search-results a')[50];") as? Bool == true,
                "the focus moves to the first new result")
    }
}
