import Foundation
import Testing
@testable import GongkaiKit

/// What the final guard reads in a file: the text its reader gets, segments apart.
@Suite struct ReaderTextTests {
    func read(_ s: String, _ type: OutputFileType) -> String {
        let bytes = Array(s.utf8)
        let text = ReaderText.of(bytes[...], as: type)!
        return String(decoding: text.bytes.map { $0 == 0 ? UInt8(ascii: "|") : $0 }, as: UTF8.self)
    }

    func finds(_ s: String, _ type: OutputFileType) -> [String] {
        let bytes = Array(s.utf8)
        let text = ReaderText.of(bytes[...], as: type)!
        return text.bytes.withUnsafeBufferPointer { PersonalDataScanner().rawMatches(in: UTF8Text(bytes: $0)).map(\.masked) }
    }

    @Test func inlineElementsJoinTheirTextAndBlocksKeepItApart() {
        #expect(read("<p>电话138<strong>0013</strong>8000</p>", .markup) == "|电话13800138000|")
        #expect(read("<td>1592</td><td>2110</td>", .markup) == "|1592|2110|")
        #expect(read("a<br>b", .markup) == "a|\n|b")
        #expect(finds("<p>138<em>0013</em><code>8000</code></p>", .markup) == ["138****8000"])
        #expect(finds("<tr><td>1592</td> <td>2110</td> <td>189</td></tr>", .markup) == [])
    }

    @Test func entitiesAreDecodedInTextAndAttributes() {
        #expect(read("&#49;&#x33;8&nbsp;0013&amp;", .markup) == "138\u{A0}0013&")
        #expect(finds("<p>&#49;&#51;&#56;&#48;&#48;&#49;&#51;&#56;&#48;&#48;&#48;</p>", .markup) == ["138****8000"])
        #expect(finds("<a title=\"138&ndash;0013&ndash;8000\" href=x>t</a>", .markup) == ["138****8000"])
        #expect(read("<img alt='甲' src=b.png>", .markup) == "|甲|b.png|")
        // An unknown named entity stays as written.
        #expect(read("&bogus;1", .markup) == "&bogus;1")
    }

    @Test func commentsScriptsAndStylesAreReadToo() {
        #expect(finds("<!-- 13800138000 -->", .markup) == ["138****8000"])
        #expect(finds("<script>var a = \"\\u0031\\u0033\\u0038\\u0030\\u0030\\u0031\\u0033\\u0038\\u0030\\u0030\\u0030\";</script>", .markup)
            == ["138****8000"])
        #expect(read("<style>p{color:red}</style>x", .markup) == "|p{color:red}|x")
    }

    @Test func scriptStringsAreDecodedAndKeptApart() {
        #expect(read(#"["a", "b\"c", 'd\x31']"#, .script) == #"[|a|, |b"c|, |d1|]"#)
        #expect(read(#""\ud83d\ude00\u{31}""#, .script) == "|😀1|")
        #expect(finds(#"{"t": "138\u200b0013\u200b8000"}"#, .script) == ["138****8000"])
        // Two strings never join into one number.
        #expect(finds(#"["1592 2110", "189"]"#, .script) == [])
        // A number outside any string is read as written.
        #expect(finds("[13800138000]", .script) == ["138****8000"])
        // An apostrophe in a comment opens no string past the line end.
        #expect(finds("// don't\nx = 13800138000;", .script) == ["138****8000"])
    }

    @Test func offsetsMapBackToTheFile() {
        let file = "<p>a&amp;b</p>\n<p>电话<b>138</b>00138000</p>"
        let bytes = Array(file.utf8)
        let text = ReaderText.of(bytes[...], as: .markup, origins: true)!
        let m = text.bytes.withUnsafeBufferPointer { PersonalDataScanner().rawMatches(in: UTF8Text(bytes: $0)) }
        let origin = text.origin(of: m[0].range.lowerBound)
        #expect(String(decoding: bytes[origin...], as: UTF8.self).hasPrefix("138</b>"))
    }

    @Test func everyTypeABuildWritesIsKnownAndOthersAreNot() {
        #expect(OutputFileType.of("public/items/a.html") == .markup)
        #expect(OutputFileType.of("public/search-index.js") == .script)
        #expect(OutputFileType.of("public/feed.xml") == .markup)
        #expect(OutputFileType.of("public/catalogue.csv") == .plain)
        #expect(OutputFileType.of("public/assets/logo.PNG") == .opaque)
        #expect(OutputFileType.of("public/print/pdf/sheets/a.pdf") == .printedPage)
        #expect(OutputFileType.of("public/assets/print/pdf/a.pdf") == nil)
        #expect(OutputFileType.of("public/assets/tool.exe") == nil)
        #expect(OutputFileType.of("public/CNAME") == nil)
        #expect(OutputFileType.of("public/a.d/b") == nil)
        #expect(OutputFileType.suffix(of: "public/assets/tool.exe") == ".exe")
        #expect(OutputFileType.suffix(of: "public/CNAME") == "CNAME")
    }
}

@Test func plainTextKeepsTheDigitsOfTwoCellsOrBlocksApart() {
    let doc = MarkdownDocument(parsing: "| 甲 | 乙 | 丙 |\n|---|---|---|\n| 1592 | 2110 | 189 |\n\n尾号 1380013\n\n8000 元\n")
    #expect(doc.plainText == "甲 乙 丙\n1592 | 2110 | 189\n尾号 1380013 | 8000 元")
    #expect(PlainTextJoin.join(["共 12 -", "- 3 户"], separator: " ") == "共 12 - | - 3 户")
    #expect(PlainTextJoin.join(["第 1 条", "第 2 条"], separator: " ") == "第 1 条 第 2 条")
    #expect(PlainTextJoin.join(["12", "+86"], separator: " ") == "12 | +86")
}
