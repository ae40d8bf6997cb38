import Testing
@testable import GongkaiKit

@Test func readsScalarsAsTextWithoutGuessingTypes() {
    let root = parsedYAML("title: 2026\nboard: yes\npublished: 2026-10-15\nratio: 3.50\n")
    #expect(root?.stripped == mapping([
        "title": scalar("2026"), "board": scalar("yes"), "published": scalar("2026-10-15"), "ratio": scalar("3.50"),
    ]))
}

@Test func readsTheAppendixASiteShape() {
    let yaml = """
    organ: 示例县民政局                      # 发布机构, full standard name
    organ-code: 11330000MB0000000X          # used in 索引号
    index-format: "{organ-code}/{year}-{serial:5}"
    base-url: https://mzj.example.gov.cn/gongkai/
    timezone: Asia/Shanghai
    feedback:
      phone: "0571-00000000"
      hours: 工作日 8:30—12:00，14:00—17:30
      supervision-phone: "0571-00000001"   # 监察室
    privacy:
      policy: error                         # or mask
      allow: ["0571-00000000", "gongkai@mzj.example.gov.cn"]
      roster-columns: [序号, 姓名, 所在村（社区）, 保障金额（元/月）]
    supervision:
      due-soon: 7 days
      grace:                                # after the end of the period covered
        monthly: 10 working days
    categories:
      - id: organization
        name: 机构职能
        description: 单位性质、内设机构和工作人员职责
      # … the rest of DESIGN 3.2
    internal-categories:
      - id: integrity
        name: 廉洁自律

    """
    let root = parsedYAML(yaml)
    #expect(root?.stripped == mapping([
        "organ": scalar("示例县民政局"),
        "organ-code": scalar("11330000MB0000000X"),
        "index-format": scalar("{organ-code}/{year}-{serial:5}", .doubleQuoted),
        "base-url": scalar("https://mzj.example.gov.cn/gongkai/"),
        "timezone": scalar("Asia/Shanghai"),
        "feedback": mapping([
            "phone": scalar("0571-00000000", .doubleQuoted),
            "hours": scalar("工作日 8:30—12:00，14:00—17:30"),
            "supervision-phone": scalar("0571-00000001", .doubleQuoted),
        ]),
        "privacy": mapping([
            "policy": scalar("error"),
            "allow": sequence([scalar("0571-00000000", .doubleQuoted), scalar("gongkai@mzj.example.gov.cn", .doubleQuoted)]),
            "roster-columns": sequence([scalar("序号"), scalar("姓名"), scalar("所在村（社区）"), scalar("保障金额（元/月）")]),
        ]),
        "supervision": mapping(["due-soon": scalar("7 days"), "grace": mapping(["monthly": scalar("10 working days")])]),
        "categories": sequence([mapping([
            "id": scalar("organization"), "name": scalar("机构职能"), "description": scalar("单位性质、内设机构和工作人员职责"),
        ])]),
        "internal-categories": sequence([mapping(["id": scalar("integrity"), "name": scalar("廉洁自律")])]),
    ]))
}

@Test func readsAnItemWithListsOfMappingsAtEitherIndent() {
    let yaml = """
    title: 最低生活保障审批
    kind: power
    steps:
    - name: 受理
      role: 窗口
      limit: 1
    - name: 审核
      role: 社会救助股
    keywords:
      - 低保
      - 救助
    changes: []
    """
    #expect(parsedYAML(yaml)?.stripped == mapping([
        "title": scalar("最低生活保障审批"),
        "kind": scalar("power"),
        "steps": sequence([
            mapping(["name": scalar("受理"), "role": scalar("窗口"), "limit": scalar("1")]),
            mapping(["name": scalar("审核"), "role": scalar("社会救助股")]),
        ]),
        "keywords": sequence([scalar("低保"), scalar("救助")]),
        "changes": sequence([]),
    ]))
}

@Test func readsQuotedScalarsAndTheirEscapes() {
    let yaml = #"""
    a: 'it''s # not a comment'
    b: "tab\there \"q\" \\ \/ \u4E2D\U0001F600"
    c: ""
    "quoted key": 'x'
    'single': "y"   # comment
    """#
    #expect(parsedYAML(yaml)?.stripped == mapping([
        "a": scalar("it's # not a comment", .singleQuoted),
        "b": scalar("tab\there \"q\" \\ / 中😀", .doubleQuoted),
        "c": scalar("", .doubleQuoted),
        "quoted key": scalar("x", .singleQuoted),
        "single": scalar("y", .doubleQuoted),
    ]))
}

@Test func keepsColonsAndHashesThatDoNotStartAKeyOrComment() {
    let yaml = "title: 通知：关于低保#2026\nurl: http://x.cn/a#b\ntime: 8:30\n"
    #expect(parsedYAML(yaml)?.stripped == mapping([
        "title": scalar("通知：关于低保#2026"), "url": scalar("http://x.cn/a#b"), "time": scalar("8:30"),
    ]))
}

@Test func readsNullsButKeepsThemText() {
    let root = parsedYAML("a:\nb: ~\nc: null\nd: 'null'\ne: # nothing\n")
    #expect(root?[key: "a"]?.isNull == true)
    #expect(root?[key: "b"]?.isNull == true)
    #expect(root?[key: "c"]?.scalar == YAMLScalar("null"))
    #expect(root?[key: "c"]?.isNull == true)
    #expect(root?[key: "d"]?.isNull == false)
    #expect(root?[key: "d"]?.scalarText == "null")
    #expect(root?[key: "e"]?.isNull == true)
}

@Test func readsLiteralBlocksWithChomping() {
    let yaml = """
    clip: |
      第一行
        缩进的 # 不是注释

    strip: |-
      a
    keep: |+
      b


    indented: |2
        leading spaces
    last: x
    """
    #expect(parsedYAML(yaml)?.stripped == mapping([
        "clip": scalar("第一行\n  缩进的 # 不是注释\n", .literal),
        "strip": scalar("a", .literal),
        "keep": scalar("b\n\n\n", .literal),
        "indented": scalar("  leading spaces\n", .literal),
        "last": scalar("x"),
    ]))
}

@Test func readsAnEmptyLiteralBlock() {
    #expect(parsedYAML("a: |\nb: x\n")?.stripped == mapping(["a": scalar("", .literal), "b": scalar("x")]))
}

@Test func readsLiteralBlocksInListItems() {
    let yaml = "responses:\n  - question: |\n      何时发放？\n    answer: 每月10日\n  - |\n    纯文本\n"
    #expect(parsedYAML(yaml)?.stripped == mapping([
        "responses": sequence([
            mapping(["question": scalar("何时发放？\n", .literal), "answer": scalar("每月10日")]),
            scalar("纯文本\n", .literal),
        ]),
    ]))
}

@Test func readsNestedSequencesAndEmptyCollections() {
    let yaml = "a:\n  - - x\n    - y\n  -\n    - z\n  -\n  - {}\n  - []\n"
    #expect(parsedYAML(yaml)?.stripped == mapping([
        "a": sequence([
            sequence([scalar("x"), scalar("y")]), sequence([scalar("z")]), scalar(""), mapping([:]), sequence([]),
        ]),
    ]))
}

@Test func readsFlowListsWithQuotesAndATrailingComma() {
    let root = parsedYAML(#"a: [x, "y, z", 'w''s', ~ , 中 文,]  # ok"#)
    #expect(root?.stripped == mapping(["a": sequence([
        scalar("x"), scalar("y, z", .doubleQuoted), scalar("w's", .singleQuoted), scalar("~"), scalar("中 文"),
    ])]))
}

@Test func readsAValueOnTheLineBelowItsKey() {
    #expect(parsedYAML("summary:\n  本通知说明了申请条件\n")?.stripped == mapping(["summary": scalar("本通知说明了申请条件")]))
}

@Test func anEmptyDocumentIsAnEmptyMapping() {
    #expect(parsedYAML("")?.stripped == mapping([:]))
    #expect(parsedYAML("# only a comment\n\n   \n")?.stripped == mapping([:]))
}

@Test func toleratesCRLFAndAByteOrderMark() {
    let root = parsedYAML("\u{FEFF}title: 通知\r\nbody: |\r\n  a\r\n  b\r\nlist:\r\n  - x\r\n")
    #expect(root?.stripped == mapping([
        "title": scalar("通知"), "body": scalar("a\nb\n", .literal), "list": sequence([scalar("x")]),
    ]))
    #expect(root?.pairs?[0].keyLocation == SourceLocation(path: testPath, line: 1, column: 1))
    #expect(root?[key: "list"]?.items?[0].location == SourceLocation(path: testPath, line: 6, column: 5))
}

@Test func recordsPositionsFromTheFirstLine() {
    let root = parsedYAML("title: 通知\nsteps:\n  - name: 受理\n", firstLine: 2)
    #expect(root?.location == SourceLocation(path: testPath, line: 2, column: 1))
    #expect(root?[key: "title"]?.location == SourceLocation(path: testPath, line: 2, column: 8))
    let step = root?[key: "steps"]?.items?.first
    #expect(step?.location == SourceLocation(path: testPath, line: 4, column: 5))
    #expect(step?.pairs?.first?.keyLocation == SourceLocation(path: testPath, line: 4, column: 5))
    #expect(step?[key: "name"]?.location == SourceLocation(path: testPath, line: 4, column: 11))
}

@Test func acceptsTabsInsideValuesAndAfterTheColon() {
    #expect(parsedYAML("a:\tx\tb\t# c\n")?.stripped == mapping(["a": scalar("x\tb")]))
}

@Test func keepsFullWidthColonsInListText() {
    let root = parsedYAML("notes:\n  - 名称：受理\n  - 2026：完成\n  - PDF：附件\n")
    #expect(root?[key: "notes"]?.items?.compactMap(\.scalarText) == ["名称：受理", "2026：完成", "PDF：附件"])
}
