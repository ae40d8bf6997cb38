import Foundation
import Testing
@testable import GongkaiKit

@Test func aWithheldPassageIsANoticeInPublicAndMarkedInternal() throws {
    let site = try TestSite(copying: "golden")
    let summary = try site.build()
    #expect(summary.wroteOutput, "\(summary.diagnostics)")
    let publicPage = try #require(site.read("site/public/items/notice-a.html"))
    #expect(publicPage.contains(#"<aside class="withheld" role="note"><p><strong>此处依法不予公开：</strong>涉及个人隐私（条例第十五条）：<span class="withheld-note">个别申请家庭的住址和收入情况</span></p></aside>"#))
    #expect(!publicPage.contains("WITHHELD-PASSAGE"))
    let internalPage = try #require(site.read("site/internal/items/notice-a.html"))
    #expect(internalPage.contains(#"<div class="withheld-internal"><p class="withheld-label">内部：以下内容不对外公开，涉及个人隐私（条例第十五条）：<span class="withheld-note">个别申请家庭的住址和收入情况</span></p>"#))
    #expect(internalPage.contains("<p>WITHHELD-PASSAGE 东风村张某某家庭月收入明细及住址门牌号码记录</p>"))
    for (path, data) in site.snapshot("site/public") {
        #expect(!String(decoding: data, as: UTF8.self).contains("WITHHELD-PASSAGE"), "\(path)")
    }
}

@Test func withheldPassagesNeedAKnownReasonAndTheTopLevel() throws {
    let body = """
    ```withheld
    无理由
    ```

    ```withheld personal-privat 住址
    理由拼错
    ```

    - 列表项

      ```withheld personal-privacy
      嵌套的段落
      ```

    """
    let site = try TestSite()
    try site.write("content/items/a.md", TestSite.item(body: body))
    let summary = try site.build()
    #expect(!summary.wroteOutput)
    let lines = summary.diagnostics.map { "\($0)" + ($0.hint(in: .en).map { " | \($0)" } ?? "") }
    #expect(lines == [
        "content/items/a.md:11:1: error: [withheld.missing-reason] a withheld passage needs its reason after 'withheld', e.g. ```withheld personal-privacy | one of state-secret, commercial-secret, personal-privacy, internal-affairs, process-info",
        "content/items/a.md:15:1: error: [withheld.unknown-reason] unknown reason 'personal-privat' for a withheld passage; expected state-secret, commercial-secret, personal-privacy, internal-affairs or process-info | did you mean 'personal-privacy'?",
        "content/items/a.md:21:3: error: [withheld.nested] a withheld passage must stand on its own, not inside a list or quote | move the ```withheld block out to the left margin",
    ])
}

@Test func theLeakScanKnowsWithheldPassages() throws {
    let text = TestSite.item(body: "公开的段落内容在这里说明调整标准的有关情况。\n\n```withheld personal-privacy\n这是一段不应出现在公开版的个人住址和收入记录内容\n```\n")
    let item = try #require(ItemDecoder.decode(SourceFile(path: "content/items/a.md", text: text)).item)
    let cleared = Gate.clear([item], asOf: LocalDate(iso: "2026-11-29")!, edition: .public).cleared
    let scanner = LeakGuard.scanner(for: .public, items: [item], cleared: cleared, siteTexts: [])
    #expect(scanner.firstLeak(in: Array("<p>这是一段不应出现在公开版的个人住址和收入记录内容</p>".utf8)) != nil)
    #expect(scanner.firstLeak(in: Array("<p>公开的段落内容在这里说明调整标准的有关情况。</p>".utf8)) == nil)
    let internalScanner = LeakGuard.scanner(for: .internal, items: [item], cleared: cleared, siteTexts: [])
    #expect(internalScanner.isEmpty)
}

@Test func theBoardPosterNeverQuotesAWithheldPassage() throws {
    let site = try TestSite()
    try site.write("content/items/a.md", TestSite.item(extra: "board: true\n",
        body: "```withheld personal-privacy 住址\n东风村张某某家住三组十二号门牌记录在此不得公开\n```\n\n其余内容依法公开。\n"))
    let summary = try site.build()
    #expect(summary.wroteOutput, "\(summary.diagnostics)")
    let poster = try #require(site.read("site/public/print/poster.html"))
    #expect(poster.contains("其余内容依法公开。"))
    #expect(!poster.contains("东风村张某某"))
}
