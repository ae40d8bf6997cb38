import Foundation
import Testing
@testable import GongkaiKit

/// The search index (`search-index.js`) and the search page, as the build writes them.
@Suite struct SearchIndexTests {
    /// The entries of a `search-index.js`, by id, as dictionaries keyed by the index's field names;
    /// and the field names.
    static func entries(_ script: String) throws -> (fields: [String], byID: [String: [String: Any]]) {
        let prefix = "window.GONGKAI_SEARCH = "
        #expect(script.hasPrefix(prefix))
        #expect(script.hasSuffix("};\n"))
        let json = String(script.dropFirst(prefix.count).dropLast(2))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let fields = try #require(object["fields"] as? [String])
        let rows = try #require(object["items"] as? [[Any]])
        var byID: [String: [String: Any]] = [:]
        for row in rows {
            #expect(row.count == fields.count)
            let entry = Dictionary(uniqueKeysWithValues: zip(fields, row))
            byID[try #require(entry["id"] as? String)] = entry
        }
        return (fields, byID)
    }

    @Test func thePublicIndexHoldsPublicItemsOnlyAndNoWithheldPassage() throws {
        let site = try TestSite(copying: "golden")
        #expect(try site.build().wroteOutput)
        let publicScript = try #require(site.read("site/public/search-index.js"))
        let internalScript = try #require(site.read("site/internal/search-index.js"))
        for canary in ["INTERNAL-BODY", "WITHHELD-PASSAGE", "CONFIDENTIAL", "DRAFT-", "SCHEDULED-", "WITHDRAWN-BODY"] {
            #expect(!publicScript.contains(canary), "\(canary) reached public/search-index.js")
        }
        for canary in ["CONFIDENTIAL", "DRAFT-", "SCHEDULED-", "WITHDRAWN-BODY"] {
            #expect(!internalScript.contains(canary), "\(canary) reached internal/search-index.js")
        }
        #expect(internalScript.contains("INTERNAL-BODY"), "the internal index holds internal items")
        #expect(internalScript.contains("WITHHELD-PASSAGE"), "the internal page shows the passage, so its index has it")

        let pub = try Self.entries(publicScript), int = try Self.entries(internalScript)
        let catalogue = try #require(site.read("site/public/catalogue.json"))
        let catalogued = try #require(try JSONSerialization.jsonObject(with: Data(catalogue.utf8)) as? [[String: Any]])
        #expect(Set(pub.byID.keys) == Set(catalogued.compactMap { ($0["url"] as? String)?.split(separator: "/").last }
            .map { String($0.dropLast(".html".count)) }), "the index lists exactly the edition's items")
        #expect(pub.byID["internal-a"] == nil)
        #expect(int.byID["internal-a"] != nil)
        let notice = try #require(pub.byID["notice-a"]?["text"] as? String)
        #expect(notice.contains("各乡镇人民政府、街道办事处： 经县人民政府同意，现将城乡居民最低生活保障标准调整如下。"),
                "paragraphs are a space apart; soft breaks between Chinese characters vanish, as on the page")
        #expect(!notice.contains("个别申请家庭的住址"), "not even the withheld passage's note")
        #expect(!notice.contains("script") && !notice.contains("javascript"), "raw HTML and link targets are not text")
        #expect(notice.contains("详见政府信息公开指南。alert(1) 不安全的链接"), "the text between raw tags stays, as on the page")
    }

    @Test func entriesCarryEveryField() throws {
        let site = try TestSite(copying: "golden")
        #expect(try site.build().wroteOutput)
        let (fields, byID) = try Self.entries(try #require(site.read("site/public/search-index.js")))
        #expect(fields == ["id", "title", "index", "date", "url", "category", "year", "timing", "status", "text"])
        let notice = try #require(byID["notice-a"])
        #expect(notice["title"] as? String == "关于调整最低生活保障标准的通知")
        #expect(notice["index"] as? String == "11330000MB0000000X/2026-00003")
        #expect(notice["date"] as? String == "2026-10-15")
        #expect(notice["url"] as? String == "items/notice-a.html")
        #expect(notice["category"] as? String == "policies")
        #expect(notice["year"] as? Int == 2026)
        #expect(notice["timing"] as? String == "long-term")
        #expect(notice["status"] as? String == "current")
        let text = try #require(notice["text"] as? String)
        #expect(text.hasPrefix("城乡低保标准统一调整为每人每月1130元。 最低生活保障、标准 样民发〔2026〕31号 社会救助股 各乡镇"),
                "summary, keywords, 文号 and 承办股室 come before the body")
        #expect(!text.contains("\n") && !text.contains("  "), "whitespace collapses")
        #expect(byID["old-policy"]?["status"] as? String == "superseded")
        let withdrawn = try #require(byID["withdrawn"])
        #expect(withdrawn["status"] as? String == "withdrawn")
        #expect(!(withdrawn["text"] as? String ?? "").contains("WITHDRAWN-BODY"))
    }

    @Test func theIndexIsTheSameBytesEveryBuild() throws {
        let site = try TestSite(copying: "golden")
        #expect(try site.build().wroteOutput)
        let first = site.snapshot("site").filter { $0.key.hasSuffix("search-index.js") || $0.key.hasSuffix("search.html") }
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("site"))
        #expect(try site.build().wroteOutput)
        let second = site.snapshot("site").filter { $0.key.hasSuffix("search-index.js") || $0.key.hasSuffix("search.html") }
        #expect(first.count == 4)
        #expect(first == second)
    }

    @Test func theBodyIsCappedAndTheMetadataIsNot() throws {
        let site = try TestSite()
        let long = String(repeating: "甲乙丙丁戊己庚辛壬癸", count: 100) + "尾巴在这里"
        try site.write("content/items/long.md", TestSite.item(extra: "summary: 概述在前\nkeywords: [\"主题词\"]\n",
                                                                 body: "第一段。\n\n" + long + "\n"))
        #expect(try site.build().wroteOutput)
        let (_, byID) = try Self.entries(try #require(site.read("site/public/search-index.js")))
        let text = try #require(byID["long"]?["text"] as? String)
        #expect(text.hasPrefix("概述在前 主题词 第一段。 甲乙丙丁"))
        #expect(text.count == "概述在前 主题词 ".count + SearchText.bodyLimit)
        #expect(!text.contains("尾巴"))
    }

    @Test func collapsingWhitespace() {
        #expect(SearchText.collapse("  一\n\n二\u{3000}三 \t四  ") == "一 二 三 四")
        #expect(SearchText.collapse("") == "")
        #expect(SearchText.collapse(" \n ") == "")
    }

    @Test func theBodyTextLeavesWithheldPassagesOutOfThePublicEditionOnly() {
        let doc = MarkdownDocument(parsing: "前文。\n\n```withheld personal-privacy 住址\n*张某某*住在东风村\n```\n\n后文。\n")
        #expect(SearchText.bodyText(doc, edition: .public) == "前文。\n后文。")
        #expect(SearchText.bodyText(doc, edition: .internal) == "前文。\n张某某住在东风村\n后文。")
    }

    @Test func everyPageHasTheSearchFormExceptTheSearchPage() throws {
        let site = try TestSite(copying: "golden")
        #expect(try site.build().wroteOutput)
        let home = try #require(site.read("site/public/index.html"))
        #expect(home.contains(#"<form class="site-search" role="search" action="search.html" method="get">"#))
        #expect(home.contains(#"<input id="site-search-q" type="search" name="q""#))
        let item = try #require(site.read("site/public/items/notice-a.html"))
        #expect(item.contains(#"<form class="site-search" role="search" action="../search.html" method="get">"#))
        let supervision = try #require(site.read("site/internal/supervision/index.html"))
        #expect(supervision.contains(#"action="../search.html""#))
        for edition in ["public", "internal"] {
            let page = try #require(site.read("site/\(edition)/search.html"))
            #expect(!page.contains("site-search"), "the search page has its own form")
            #expect(page.contains(#"<form class="search-form" role="search" action="search.html" method="get">"#))
            #expect(page.contains(#"<script src="search-index.js"></script>"#))
            #expect(page.contains(#"<script src="assets/search.js"></script>"#))
            #expect(site.exists("site/\(edition)/assets/search.js"))
        }
    }

    @Test func withoutJavaScriptTheSearchPageSaysSoAndLinksToTheCatalogue() throws {
        let site = try TestSite(copying: "golden")
        #expect(try site.build().wroteOutput)
        let page = try #require(site.read("site/public/search.html"))
        #expect(page.contains(#"<p id="search-nojs" class="search-nojs">搜索需要浏览器启用 JavaScript，本站其他页面不需要。也可以在<a href="catalogue.html">政府信息公开目录</a>中按分类查找全部公开信息。</p>"#))
        #expect(page.contains(#"<select id="search-filter-status" name="status">"#))
        #expect(page.contains(#"<option value="superseded">已被替代</option>"#))
        #expect(page.contains(#"<option value="2025">2025</option>"#))
        #expect(page.contains(#"<p id="search-status" class="search-status" role="status" aria-live="polite"></p>"#))
    }

    @Test func theSearchScriptNeverWritesMarkupFromText() throws {
        let script = try String(contentsOf: packageRoot.appendingPathComponent("themes/default/assets/search.js"), encoding: .utf8)
        for unsafe in ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "fetch(", "XMLHttpRequest"] {
            #expect(!script.contains(unsafe), "search.js uses \(unsafe)")
        }
    }
}
