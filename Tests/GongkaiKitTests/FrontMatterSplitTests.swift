import Testing
@testable import GongkaiKit

@Test func splitsAtTheFences() {
    let (split, diagnostics) = FrontMatter.split("---\ntitle: 通知\nkind: notice\n---\n正文\n", path: testPath)
    #expect(diagnostics.isEmpty)
    #expect(split == FrontMatterSplit(yaml: "title: 通知\nkind: notice\n", yamlFirstLine: 2, body: "正文\n", bodyFirstLine: 5))
}

@Test func splitsAFileThatEndsAtTheClosingFence() {
    let (split, _) = FrontMatter.split("---\n---", path: testPath)
    #expect(split == FrontMatterSplit(yaml: "", yamlFirstLine: 2, body: "", bodyFirstLine: 3))
}

@Test func toleratesAByteOrderMarkCRLFAndSpacesAfterAFence() {
    let (split, diagnostics) = FrontMatter.split("\u{FEFF}--- \r\ntitle: 通知\r\n---\t\r\n\r\n正文\r\n", path: testPath)
    #expect(diagnostics.isEmpty)
    #expect(split == FrontMatterSplit(yaml: "title: 通知\n", yamlFirstLine: 2, body: "\n正文\n", bodyFirstLine: 4))
}

@Test func splitPositionsReachTheParser() {
    let source = "\u{FEFF}---\r\ntitle: 通知\r\nsteps:\r\n  - name: 受理\r\n---\r\n"
    guard let split = FrontMatter.split(source, path: testPath).split else {
        Issue.record("no split")
        return
    }
    let root = parsedYAML(split.yaml, firstLine: split.yamlFirstLine)
    #expect(root?[key: "steps"]?.items?.first?[key: "name"]?.location
            == SourceLocation(path: testPath, line: 4, column: 11))
}

@Test func refusesAFileWithoutFrontMatter() {
    let (split, diagnostics) = FrontMatter.split("# 标题\n\n正文\n", path: testPath)
    #expect(split == nil)
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.code == "front-matter.missing")
    #expect(diagnostics.first?.message(in: .en)
            == "the file does not start with a '---' line; put the item's front matter between two '---' lines at the very top")
    #expect(diagnostics.first?.location == SourceLocation(path: testPath, line: 1, column: 1))
}

@Test func refusesAnEmptyFile() {
    #expect(FrontMatter.split("", path: testPath).diagnostics.map(\.code) == ["front-matter.missing"])
}

@Test func refusesFrontMatterThatIsNeverClosed() {
    let (split, diagnostics) = FrontMatter.split("---\ntitle: 通知\n\n正文\n", path: testPath)
    #expect(split == nil)
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.code == "front-matter.unclosed")
    #expect(diagnostics.first?.message(in: .en)
            == "the front matter opened by this '---' is never closed; add a '---' line after the last key")
    #expect(diagnostics.first?.location == SourceLocation(path: testPath, line: 1, column: 1))
}
