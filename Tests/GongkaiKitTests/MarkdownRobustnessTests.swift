import Foundation
import Testing
@testable import GongkaiKit

/// No input may crash or hang the parser or the renderer. Inputs after cmark's own
/// pathological tests, and table and CSV shapes that stress gongkai's own code.
@Suite(.timeLimit(.minutes(2))) struct MarkdownRobustnessTests {
    private func survives(_ markdown: String) -> String {
        let document = MarkdownDocument(parsing: markdown)
        _ = document.plainText
        _ = document.textRuns
        _ = document.headings
        return MarkdownHTMLRenderer().render(document)
    }

    @Test func emptyInput() {
        #expect(MarkdownDocument(parsing: "").blocks.isEmpty)
        #expect(survives("") == "")
        #expect(survives("\n\n") == "")
    }

    @Test func nulBytes() {
        #expect(survives("a\u{0}b") == "<p>a\u{FFFD}b</p>\n")
        _ = survives("|\u{0}|\n|-|\n|\u{0}\\\u{0}|\n```csv\n\u{0},\"\u{0}\n```\n# \u{0}")
    }

    @Test func oddUnicode() {
        _ = survives("\u{FEFF}\u{FEFF}# \u{200B}\u{0301}\n\u{10FFFF}|\u{D7FF}\n-|-\n\u{A0}|\u{A0}\n")
        _ = survives(String(repeating: "\r", count: 1000) + "| a |\r| - |\r\n| b |\r")
    }

    @Test(arguments: [
        String(repeating: "> ", count: 10_000) + "a\n",
        String(repeating: "- ", count: 10_000) + "a\n",
        (0..<1000).map { String(repeating: " ", count: 2 * $0) + "* a\n" }.joined(),
        String(repeating: "*a **a ", count: 10_000) + "b" + String(repeating: " a** a*", count: 10_000),
        String(repeating: "[", count: 50_000) + "a" + String(repeating: "]", count: 50_000),
        String(repeating: "a_ ", count: 50_000),
        String(repeating: "[a](<b", count: 30_000),
        (1..<3000).map { "e" + String(repeating: "`", count: $0) }.joined(),
        String(repeating: "> | a |\n> | - |\n", count: 5_000),
        String(repeating: "1. > - ", count: 3_000) + "| a |\n| - |\n",
    ])
    func pathologicalNesting(_ markdown: String) {
        _ = survives(markdown)
    }

    @Test func deepNestingIsFlattenedNotLost() {
        let html = survives(String(repeating: ">", count: 10_000) + " 深处\n")
        #expect(html.contains("<p>深处</p>"))
        #expect(html.components(separatedBy: "<blockquote>").count - 1 == CmarkParser.maxBlockDepth)
    }

    @Test func hugeTables() {
        let wide = String(repeating: "|a", count: 70_000) + "|\n" + String(repeating: "|-", count: 70_000) + "|\n"
        #expect(!survives(wide).contains("<table>"))  // more cells than cmark-gfm counts
        let header = String(repeating: "|a", count: 2_000) + "|\n" + String(repeating: "|-", count: 2_000) + "|\n"
        let html = survives(header + String(repeating: "|b\n", count: 1_000))
        // cmark-gfm pads at most 0x80000 cells: 263 rows of 1,999 padded cells, then text.
        #expect(html.components(separatedBy: "<tr>").count - 1 == 1 + 263)
        #expect(html.contains("</table>\n<p>|b\n|b\n"))
        #expect(html.hasSuffix("|b\n|b</p>\n"))
    }

    /// Random pipe-table text in random containers: never a crash, and every table keeps its
    /// shape (as many alignments as header cells, every row as wide as the header).
    @Test func randomTablesKeepTheirShape() {
        var state: UInt64 = 42
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        let cells = ["a", "`x|y`", "\\|", "*e*", "", " ", "[r]", "<b>", "1.", "# h", "==", "|", "中文", "\u{0}"]
        let delimiters = ["-", ":-", "-:", ":-:", "---", "- -", "x", ""]
        let prefixes = ["", "> ", ">", "- ", "  ", "1. ", "    ", "> - ", "\t", ""]
        for _ in 0..<2_000 {
            var lines: [String] = []
            for _ in 0..<(1 + next(6)) {
                let prefix = prefixes[next(prefixes.count)]
                let width = 1 + next(4)
                let row = (0..<width).map { _ in cells[next(cells.count)] }.joined(separator: " | ")
                let delimiter = (0..<width).map { _ in delimiters[next(delimiters.count)] }.joined(separator: "|")
                lines += [prefix + "| " + row + " |", prefix + "|" + delimiter + "|"]
                lines += (0..<next(3)).map { _ in prefix + cells[next(cells.count)] + " | " + cells[next(cells.count)] }
                if next(3) == 0 { lines.append(["", "---", "===", "text", "    code"][next(5)]) }
            }
            let document = MarkdownDocument(parsing: lines.joined(separator: "\n"))
            _ = MarkdownHTMLRenderer().render(document)
            for case .table(let table, _) in document.allBlocks {
                #expect(table.alignments.count == table.header.count)
                #expect(table.rows.allSatisfy { $0.count == table.header.count })
            }
        }
    }

    @Test func csvEdgeCases() {
        for csv in ["\"", "\"\"\"", ",,,\n,,", "\"a\"b\"c\",d", "\r\n\r\n", "a,\"b\r\nc\"\r\n", String(repeating: ",", count: 100_000)] {
            _ = survives("```csv\n\(csv)\n```\n")
        }
        #expect(CSVParser.records(in: "\"a\"b\"c\",d") == [["ab\"c\"", "d"]])
        #expect(CSVParser.records(in: " a , \" b \" \n\n\"x\"\"y\"") == [["a", " b "], ["x\"y"]])
        #expect(CSVParser.records(in: "a,\"unclosed\nb") == [["a", "unclosed\nb"]])
    }

    @Test func tenMegabytes() {
        let chunk = """
            # 标题 \(UUID().uuidString.prefix(4))

            第一行*强调*
            第二行 [链接](http://例子.中国/a b) `code|x` <span>

            | 甲 | 乙 | 丙 |
            |:--|:-:|--:|
            | 1 | **2** |
            | \\| | x | y | z |

            > - 引用 | 列表
            >   | a |
            >   | - |

            ```csv
            名称,"金额,元"
            办公,"1,200"
            ```

            """
        let markdown = String(repeating: chunk, count: 10_000_000 / chunk.utf8.count + 1)
        #expect(markdown.utf8.count >= 10_000_000)
        let html = survives(markdown)
        #expect(html.utf8.count > 10_000_000)
    }
}
