import Testing
@testable import GongkaiKit

/// The parsed document: its values, positions, plain text and text runs.
@Suite struct MarkdownDocumentTests {
    private func at(_ line: Int, _ column: Int) -> MarkdownSourcePosition {
        MarkdownSourcePosition(line: line, column: column)
    }

    @Test func convertsCmarksTreeToOwnValues() {
        let document = MarkdownDocument(parsing: "# 标题\n\n段落 *强调* [链接](/a \"t\")\n第二行\n")
        #expect(document.blocks == [
            .heading(level: 1, [.text("标题")], anchor: "标题", at: at(1, 1)),
            .paragraph([
                .text("段落 "), .emphasis([.text("强调")]), .text(" "),
                .link(destination: "/a", title: "t", [.text("链接")]), .softBreak, .text("第二行"),
            ], at: at(3, 1)),
        ])
    }

    @Test func mergesTextThatCmarkSplits() {
        #expect(MarkdownDocument(parsing: "a [b & c!\n").blocks == [.paragraph([.text("a [b & c!")], at: at(1, 1))])
    }

    @Test func listsKeepStyleAndTightness() {
        let document = MarkdownDocument(parsing: "3) a\n4) b\n")
        #expect(document.blocks == [
            .list(.ordered(start: 3, delimiter: .parenthesis), tight: true, items: [
                .listItem([.paragraph([.text("a")], at: at(1, 4))], at: at(1, 1)),
                .listItem([.paragraph([.text("b")], at: at(2, 4))], at: at(2, 1)),
            ], at: at(1, 1)),
        ])
    }

    @Test func blocksCarryLineAndColumn() {
        let document = MarkdownDocument(parsing: "# 标题\n\n> 引用\n> - 项目\n>\n>   | a |\n>   | - |\n\n    code\n")
        let positions = document.allBlocks.map { "\($0.position)" }
        // heading, block quote, its paragraph, list, item, item paragraph, table, code block
        #expect(positions == ["1:1", "3:1", "3:3", "4:3", "4:3", "4:5", "6:5", "9:5"])
    }

    @Test func columnsCountCharactersNotBytes() {
        let document = MarkdownDocument(parsing: "说明：\n> 甲\n乙\n")
        guard case .blockQuote(let inner, _)? = document.blocks.last else {
            Issue.record("expected a block quote")
            return
        }
        #expect(inner.first?.position == at(2, 3))
        #expect(MarkdownSource("> 中文 x").scalarColumn(line: 1, byteColumn: 10) == 6)
    }

    @Test func tablePositionIsItsHeaderRow() {
        let document = MarkdownDocument(parsing: "正文\n| a |\n| - |\n")
        #expect(document.blocks.map(\.position) == [at(1, 1), at(2, 1)])
    }

    @Test func positionsConvertToFileLocations() {
        let location = at(3, 5).location(in: "content/items/x.md", lineOffset: 6)
        #expect(location.description == "content/items/x.md:9:5")
    }

    @Test func byteOrderMarkAndNULDoNotShiftColumns() {
        let document = MarkdownDocument(parsing: "\u{FEFF}a\u{0}b\n\n> x")
        #expect(document.blocks == [
            .paragraph([.text("a\u{FFFD}b")], at: at(1, 1)),
            .blockQuote([.paragraph([.text("x")], at: at(3, 3))], at: at(3, 1)),
        ])
    }

    @Test func plainTextHasNoMarkup() {
        let markdown = """
            # 标题

            第一段 *强调* `code`
            第二行

            - 项目 [链接](/x)

            | 甲 | 乙 |
            | - | - |
            | 1 | 2 |

            <div>隐藏</div>

            ```
            let x
            ```
            """
        #expect(MarkdownDocument(parsing: markdown).plainText == "标题\n第一段 强调 code 第二行\n项目 链接\n甲 乙\n1 | 2\nlet x")
    }

    @Test func plainTextJoinsChineseLines() {
        #expect(MarkdownDocument(parsing: "第一行\n第二行  \n第三行").plainText == "第一行第二行\n第三行")
    }

    @Test func textRunsCoverEverythingAPageCouldShow() {
        let markdown = "联系 [张三](mailto:zhang@example.com \"电话 138\")\n\n<p>13800138000</p>\n\n```\nid\n```\n"
        #expect(MarkdownDocument(parsing: markdown).textRuns == [
            MarkdownTextRun(kind: .text, text: "联系 张三", position: at(1, 1)),
            MarkdownTextRun(kind: .url, text: "mailto:zhang@example.com", position: at(1, 1)),
            MarkdownTextRun(kind: .text, text: "电话 138", position: at(1, 1)),
            MarkdownTextRun(kind: .html, text: "<p>13800138000</p>\n", position: at(3, 1)),
            MarkdownTextRun(kind: .code, text: "id\n", position: at(5, 1)),
        ])
    }

    @Test func textRunsIncludeTableCells() {
        let runs = MarkdownDocument(parsing: "x\n| 姓名 | 电话 |\n| - | - |\n| 张三 | 138 **0013** 8000 |\n").textRuns
        #expect(runs.map(\.text) == ["x", "姓名", "电话", "张三", "138 0013 8000"])
        #expect(runs.last?.position == at(2, 1))
    }
}
