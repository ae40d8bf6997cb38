import Testing
@testable import GongkaiKit

/// gongkai's additions to CommonMark, Markdown in, HTML out (safe mode, default options).
@Suite struct MarkdownExtensionTests {
    // MARK: CSV fences

    @Test func csvFenceIsATableWithHeaderAndRightAlignedNumbers() {
        let markdown = #"""
            ```csv
            名称,数量,金额
            办公用品,"1,200",¥3.5
            "说明 ""甲""",-2,10%
            ```
            """#
        #expect(gongkaiHTML(markdown) == """
            <table>
            <thead>
            <tr>
            <th scope="col">名称</th>
            <th scope="col">数量</th>
            <th scope="col">金额</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td>办公用品</td>
            <td style="text-align: right">1,200</td>
            <td style="text-align: right">¥3.5</td>
            </tr>
            <tr>
            <td>说明 &quot;甲&quot;</td>
            <td style="text-align: right">-2</td>
            <td style="text-align: right">10%</td>
            </tr>
            </tbody>
            </table>

            """)
    }

    @Test func csvKeepsQuotedLineBreaksAndPadsRaggedRows() {
        let markdown = "```csv\na,b\n\"x\ny\"\n1,2,3\n```\n"
        #expect(gongkaiHTML(markdown) == """
            <table>
            <thead>
            <tr>
            <th scope="col">a</th>
            <th scope="col">b</th>
            <th scope="col"></th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td>x
            y</td>
            <td></td>
            <td></td>
            </tr>
            <tr>
            <td style="text-align: right">1</td>
            <td style="text-align: right">2</td>
            <td style="text-align: right">3</td>
            </tr>
            </tbody>
            </table>

            """)
    }

    @Test func csvAlignmentUsesTheAttributeOptionToo() {
        let options = MarkdownRenderOptions(tableAlignment: .attribute)
        #expect(gongkaiHTML("```csv\nn\n5\n```", options).contains("<td align=\"right\">5</td>"))
    }

    @Test func emptyCSVFenceRendersNothing() {
        #expect(gongkaiHTML("```csv\n```\n") == "")
        #expect(gongkaiHTML("```csv\n\n\n```\n") == "")
    }

    @Test func csvCellsAreTextNotMarkup() {
        #expect(gongkaiHTML("```csv\n<b>x</b>,*y*\n```").contains("<th scope=\"col\">&lt;b&gt;x&lt;/b&gt;</th>\n<th scope=\"col\">*y*</th>"))
    }

    @Test(arguments: ["0", "1,234", "-1,234.50", "+3", "−7", "12.5%", "¥1,200", "￥8", "-¥3", "30元", "12.5万元", " 42 ", ".5"])
    func numbers(_ cell: String) {
        #expect(MarkdownCSVTable.isNumeric(cell))
    }

    @Test(arguments: ["", "1,23", "1,2345", "2026-10", "12a", "%", "元", "1.", "1,234,56", "张三", "1 000"])
    func notNumbers(_ cell: String) {
        #expect(!MarkdownCSVTable.isNumeric(cell))
    }

    // MARK: CJK soft breaks

    @Test func softBreakBetweenChineseCharactersVanishes() {
        #expect(gongkaiHTML("第一行\n第二行\n") == "<p>第一行第二行</p>\n")
    }

    @Test func softBreakBetweenLatinWordsStays() {
        #expect(gongkaiHTML("abc\ndef\n") == "<p>abc\ndef</p>\n")
    }

    @Test func softBreakBetweenChineseAndLatinStays() {
        #expect(gongkaiHTML("中文\nabc\n") == "<p>中文\nabc</p>\n")
        #expect(gongkaiHTML("abc\n中文\n") == "<p>abc\n中文</p>\n")
    }

    @Test func softBreakLooksThroughMarkupAndPunctuation() {
        #expect(gongkaiHTML("**第一**\n第二，\n「第三」\n") == "<p><strong>第一</strong>第二，「第三」</p>\n")
        #expect(gongkaiHTML("かな\nカナ\n한국\n어") == "<p>かなカナ한국어</p>\n")
    }

    // MARK: Heading anchors

    @Test func anchorsKeepChinese() {
        #expect(gongkaiHTML("## 工作 目标\n") == "<h2 id=\"工作-目标\">工作 目标</h2>\n")
        #expect(gongkaiHTML("# Hello, *World*!\n") == "<h1 id=\"hello-world\">Hello, <em>World</em>!</h1>\n")
        #expect(gongkaiHTML("### 2026-10 公示（第1批）\n") == "<h3 id=\"2026-10-公示第1批\">2026-10 公示（第1批）</h3>\n")
    }

    @Test func duplicateAnchorsAreNumbered() {
        #expect(gongkaiHTML("# 通知\n## 通知\n### 通知\n") == """
            <h1 id="通知">通知</h1>
            <h2 id="通知-1">通知</h2>
            <h3 id="通知-2">通知</h3>

            """)
    }

    @Test func anchorWithoutLettersIsSection() {
        #expect(gongkaiHTML("# !!!\n# ???\n") == "<h1 id=\"section\">!!!</h1>\n<h1 id=\"section-1\">???</h1>\n")
    }

    @Test func anchorsCanBeTurnedOff() {
        #expect(gongkaiHTML("# 标题\n", MarkdownRenderOptions(headingAnchors: false)) == "<h1>标题</h1>\n")
    }

    @Test func headingsListTheTableOfContents() {
        let document = MarkdownDocument(parsing: "# 总则\n\n> ## 说明 `x`\n\n## 总则\n")
        #expect(document.headings.map { [String($0.level), $0.text, $0.id] }
            == [["1", "总则", "总则"], ["2", "说明 x", "说明-x"], ["2", "总则", "总则-1"]])
    }

    // MARK: Safe mode

    @Test func safeModeDropsRawHTML() {
        #expect(gongkaiHTML("<script>alert(1)</script>\n") == "<!-- raw HTML omitted -->\n")
        #expect(gongkaiHTML("a <b onclick=\"x()\">c</b>\n")
            == "<p>a <!-- raw HTML omitted -->c<!-- raw HTML omitted --></p>\n")
    }

    @Test func safeModeEmptiesDangerousURLs() {
        #expect(gongkaiHTML("[点我](javascript:alert(1))\n") == "<p><a href=\"\">点我</a></p>\n")
        #expect(gongkaiHTML("[x](JavaScript:x) [y](vbscript:y) [z](file:///etc/passwd) [w](data:text/html,x)\n")
            == "<p><a href=\"\">x</a> <a href=\"\">y</a> <a href=\"\">z</a> <a href=\"\">w</a></p>\n")
        #expect(gongkaiHTML("![图](data:image/png;base64,AAAA)\n")
            == "<p><img src=\"data:image/png;base64,AAAA\" alt=\"图\" /></p>\n")
        #expect(gongkaiHTML("<javascript:alert(1)>\n") == "<p><a href=\"\">javascript:alert(1)</a></p>\n")
    }

    @Test func rawHTMLPassesOnlyWhenAllowed() {
        let options = MarkdownRenderOptions(allowRawHTML: true)
        #expect(gongkaiHTML("<div>x</div>\n", options) == "<div>x</div>\n")
        #expect(gongkaiHTML("[x](javascript:y)\n", options) == "<p><a href=\"javascript:y\">x</a></p>\n")
    }

    // MARK: Pipe tables

    @Test func tableUsesStyleAlignmentByDefault() {
        #expect(gongkaiHTML("| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n") == """
            <table>
            <thead>
            <tr>
            <th style="text-align: left">a</th>
            <th style="text-align: center">b</th>
            <th style="text-align: right">c</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td style="text-align: left">1</td>
            <td style="text-align: center">2</td>
            <td style="text-align: right">3</td>
            </tr>
            </tbody>
            </table>

            """)
    }

    @Test func tableInsideABlockQuote() {
        #expect(gongkaiHTML("> | a | b |\n> | - | -: |\n> | 1 | 2 |\n") == """
            <blockquote>
            <table>
            <thead>
            <tr>
            <th>a</th>
            <th style="text-align: right">b</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td>1</td>
            <td style="text-align: right">2</td>
            </tr>
            </tbody>
            </table>
            </blockquote>

            """)
    }

    @Test func tableInsideAListItem() {
        #expect(gongkaiHTML("1. 名单\n\n   | 姓名 |\n   | --- |\n   | 张三 |\n") == """
            <ol>
            <li>
            <p>名单</p>
            <table>
            <thead>
            <tr>
            <th>姓名</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td>张三</td>
            </tr>
            </tbody>
            </table>
            </li>
            </ol>

            """)
        #expect(gongkaiHTML("- | a |\n  | - |\n- b\n") == """
            <ul>
            <li>
            <table>
            <thead>
            <tr>
            <th>a</th>
            </tr>
            </thead>
            </table>
            </li>
            <li>b</li>
            </ul>

            """)
    }

    @Test func tableAfterParagraphLines() {
        #expect(gongkaiHTML("说明：\n第二行\n| a |\n| - |\n| 1 |\n") == """
            <p>说明：第二行</p>
            <table>
            <thead>
            <tr>
            <th>a</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td>1</td>
            </tr>
            </tbody>
            </table>

            """)
    }

    @Test func tableCellsAreInlinesEvenWhenTheyLookLikeBlocks() {
        let html = gongkaiHTML("| # a | - b | 1. c | > d | [x] | _e_ |\n|-|-|-|-|-|-|\n\n[x]: /u\n")
        #expect(html.contains("<th># a</th>\n<th>- b</th>\n<th>1. c</th>\n<th>&gt; d</th>\n<th><a href=\"/u\">x</a></th>\n<th><em>e</em></th>"))
    }

    @Test func lineWithoutCellsEndsTheTable() {
        #expect(gongkaiHTML("| a |\n| - |\n| 1 |\n|\nafter\n").hasSuffix("</table>\n<p>|\nafter</p>\n"))
    }

    @Test func mismatchedHeaderIsNoTable() {
        #expect(gongkaiHTML("| a | b |\n| - |\n| - | - |\n") == "<p>| a | b |\n| - |\n| - | - |</p>\n")
    }

    @Test func indentedDelimiterRowIsNoTable() {
        #expect(gongkaiHTML("| a |\n    | - |\n") == "<p>| a |\n| - |</p>\n")
    }

    // Where CommonMark continues a paragraph but GFM ends the table (outputs as cmark-gfm's).

    @Test func dashesUnderATableAreARuleNotAHeading() {
        #expect(gongkaiHTML("| a |\n| - |\n| 1 |\n---\n") == """
            <table>
            <thead>
            <tr>
            <th>a</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td>1</td>
            </tr>
            </tbody>
            </table>
            <hr />

            """)
        #expect(gongkaiHTML("| a |\n| - |\n===\n").contains("<tbody>\n<tr>\n<td>===</td>\n</tr>\n</tbody>"))
    }

    @Test func indentedCodeAndListsEndATable() {
        #expect(gongkaiHTML("| a |\n| - |\n    code\n2. z\n") == """
            <table>
            <thead>
            <tr>
            <th>a</th>
            </tr>
            </thead>
            </table>
            <pre><code>code
            </code></pre>
            <ol start="2">
            <li>z</li>
            </ol>

            """)
    }

    @Test func tableSplittingAnItemsParagraphMakesTheListLoose() {
        #expect(gongkaiHTML("- x\n  | a |\n  | - |\n- y\n").hasSuffix("</table>\n</li>\n<li>\n<p>y</p>\n</li>\n</ul>\n"))
    }
}
