import Testing
@testable import GongkaiKit

@Test func emitsPlainTextPlainlyAndQuotesWhatNeedsQuoting() {
    let tree = mapping([
        "title": scalar("关于2026年低保标准的通知"),
        "year": scalar("2026", .doubleQuoted),
        "note": scalar("会议时间: 上午"),
        "tag": scalar("#重点"),
        "padded": scalar("  x"),
        "empty": scalar("", .singleQuoted),
        "missing": scalar(""),
        "a: b": scalar("it's", .singleQuoted),
    ])
    #expect(tree.emitted() == """
    title: 关于2026年低保标准的通知
    year: "2026"
    note: "会议时间: 上午"
    tag: "#重点"
    padded: "  x"
    empty: ''
    missing:
    "a: b": 'it''s'

    """)
}

@Test func emitsNestedBlocksAndLiterals() {
    let tree = mapping([
        "steps": sequence([mapping(["name": scalar("受理"), "note": scalar("一\n二\n", .literal)]), sequence([scalar("x")])]),
        "body": scalar("  缩进\n\n", .literal),
        "none": sequence([]),
        "empty": mapping([:]),
    ])
    #expect(tree.emitted() == """
    steps:
      - name: 受理
        note: |
          一
          二
      - - x
    body: |2+
        缩进

    none: []
    empty: {}

    """)
}

@Test func emitsAnEmptyDocumentAsNothing() {
    #expect(mapping([:]).emitted() == "")
}

@Test func emitsInvisibleCharactersAsEscapes() {
    #expect(mapping(["a": scalar("x\u{0}\t\r\u{2028}\"\\")]).emitted() == #"a: "x\u0000\t\r\u2028\"\\""# + "\n")
}

@Test func emittedTextReadsBackToTheSameTree() {
    for seed in 0..<500 {
        var generator = YAMLTreeGenerator(seed: UInt64(seed))
        let tree = generator.mapping(depth: 0)
        let text = tree.emitted()
        let (root, diagnostics) = YAMLParser.parse(text, path: testPath, allowingControlEscapes: true)
        #expect(diagnostics.isEmpty, "seed \(seed): \(diagnostics)\n\(text)")
        #expect(root?.readsBack(tree) == true, "seed \(seed):\n\(text)")
        #expect(root?.emitted() == text, "seed \(seed): emitting twice differs")
    }
}

@Test func emittedFrontMatterSurvivesTheMarkdownFences() {
    for seed in 0..<200 {
        var generator = YAMLTreeGenerator(seed: UInt64(seed))
        let tree = generator.mapping(depth: 0)
        let source = "---\r\n" + tree.emitted().replacingAll("\n", with: "\r\n") + "---\r\n正文\r\n"
        let split = FrontMatter.split(source, path: testPath).split
        #expect(split?.body == "正文\n", "seed \(seed)")
        let root = split.flatMap {
            YAMLParser.parse($0.yaml, path: testPath, firstLine: $0.yamlFirstLine, allowingControlEscapes: true).root
        }
        #expect(root?.readsBack(tree) == true, "seed \(seed)")
    }
}
