import Testing
@testable import GongkaiKit

/// Decodes one item file and returns its diagnostics as `line:col [code] message`.
private func problems(_ text: String, path: String = "content/items/2026/x.md") -> [String] {
    ItemDecoder.decode(SourceFile(path: path, text: text)).diagnostics.map {
        "\($0.location.map { "\($0.line):\($0.column)" } ?? "-") [\($0.code)] \($0.message(in: .en))"
            + ($0.hint(in: .en).map { " | \($0)" } ?? "")
    }
}

private func decoded(_ text: String, path: String = "content/items/2026/x.md") -> Item? {
    ItemDecoder.decode(SourceFile(path: path, text: text)).item
}

@Test func aMinimalItemDecodesWithTypedFields() throws {
    let item = try #require(decoded(TestSite.item(extra: "keywords: [低保, 标准]\nboard: true\n")))
    #expect(item.id == "x")
    #expect(item.title == "关于测试的通知")
    #expect(item.kind == .notice)
    #expect(item.audience == .public)
    #expect(item.timing == .longTerm)
    #expect(item.published == LocalDate(iso: "2026-10-15"))
    #expect(item.keywords == ["低保", "标准"])
    #expect(item.board)
    #expect(item.isApproved)
    #expect(item.body == "\n正文。\n")
    #expect(item.bodyFirstLine == 12)
}

@Test func typesComeFromTheFieldNotFromYAML() throws {
    let item = try #require(decoded(TestSite.item(title: "2026", extra: "summary: true\ndepartment: 2026-10-01\n")))
    #expect(item.title == "2026")
    #expect(item.summary == "true")
    #expect(item.department == "2026-10-01")
}

@Test func aMissingTitleIsReportedAtTheTopOfTheFrontMatter() {
    let text = "---\ncategory: policies\ntiming: long-term\nindex: \"11330000MB0000000X/2026-00001\"\n---\n"
    #expect(problems(text) == [
        "1:1 [item.missing-field] missing required field 'title' | add 'title: \"…\"' with the item's full title",
    ])
}

@Test func anUnknownTimingListsTheChoices() {
    #expect(problems(TestSite.item(timing: "weekly")) == [
        "4:9 [timing.unknown] unknown timing 'weekly'; expected long-term, periodic or ad-hoc",
    ])
    #expect(problems(TestSite.item(timing: "adhoc")).first
            == "4:9 [timing.unknown] unknown timing 'adhoc'; expected long-term, periodic or ad-hoc | did you mean 'ad-hoc'?")
}

@Test func anUnknownKeyGetsADidYouMean() {
    #expect(problems(TestSite.item(extra: "publised-by: 张三\n")) == [
        "9:1 [front-matter.unknown-key] unknown key 'publised-by' in front matter",
    ])
    #expect(problems(TestSite.item(extra: "departmnet: 办公室\n")) == [
        "9:1 [front-matter.unknown-key] unknown key 'departmnet' in front matter | did you mean 'department'?",
    ])
}

@Test func aKeyOfAnotherTimingSaysWhichTimingItBelongsTo() {
    #expect(problems(TestSite.item(extra: "expires: 2026-12-01\n")) == [
        "9:1 [front-matter.misplaced-key] 'expires' is for ad-hoc items; this item's timing is long-term",
    ])
}

@Test func aKeyOfAnotherKindSaysWhichKindItBelongsTo() {
    #expect(problems(TestSite.item(extra: "power-type: 行政许可\n")) == [
        "9:1 [front-matter.misplaced-key] 'power-type' is for kind power; this item's kind is notice",
    ])
}

@Test func anImpossibleDateSaysWhy() {
    #expect(problems(TestSite.item(published: "2026-02-30")) == [
        "6:12 [front-matter.impossible-date] '2026-02-30' is not a real date: 2026-02 has 28 days",
        "8:14 [front-matter.impossible-date] '2026-02-30' is not a real date: 2026-02 has 28 days",
    ])
}

@Test func aChineseDateSpellingSaysWhatToType() {
    let text = TestSite.item(published: "2026年3月5日")
    #expect(problems(text).first
            == "6:12 [front-matter.date-format] 'published' must be written YYYY-MM-DD; found '2026年3月5日' | write published: 2026-03-05")
    #expect(problems(TestSite.item(published: "2026/3/5")).first
            == "6:12 [front-matter.date-format] 'published' must be written YYYY-MM-DD; found '2026/3/5' | write published: 2026-03-05")
}

@Test func aWrongTypeNamesTheField() {
    #expect(problems(TestSite.item(extra: "board: 是\n"))
            == ["9:8 [front-matter.type] 'board' must be true or false; found '是' | write board: true"])
    #expect(problems(TestSite.item(extra: "keywords:\n  a: b\n")) == ["9:1 [front-matter.type] 'keywords' must be a list; found a mapping"])
}

@Test func anIDMustBeASCII() {
    #expect(problems(TestSite.item(), path: "content/items/2026/通知.md") == [
        "1:1 [item.bad-id] id '通知' must use only lowercase letters a-z, digits and '-', starting with a letter or digit | rename the file, or set 'id:' in the front matter",
    ])
}

@Test func periodicItemsNeedMatchingPeriodAndCovers() {
    #expect(problems(TestSite.item(timing: "periodic", extra: "period: monthly\ncovers: 2026-Q3\n")) == [
        "10:9 [timing.covers-mismatch] covers '2026-Q3' is a quarterly period but 'period' is monthly",
    ])
    #expect(problems(TestSite.item(timing: "periodic", extra: "period: quarterly\ncovers: 2026-Q5\n")) == [
        "10:9 [timing.bad-covers] covers '2026-Q5' is not a period; write 2026-10 (month), 2026-Q3 (quarter), 2026-H2 (half-year) or 2026 (year)",
    ])
    #expect(problems(TestSite.item(timing: "periodic")) == [
        "4:1 [timing.missing-period] a periodic item needs 'period' (monthly, quarterly, half-yearly or yearly)",
        "4:1 [timing.missing-covers] a periodic item needs 'covers', the period it reports on (e.g. 2026-Q3)",
    ])
}

@Test func adHocItemsNeedOnePostingPeriod() {
    #expect(problems(TestSite.item(timing: "ad-hoc")) == [
        "4:1 [timing.missing-expiry] an ad-hoc item needs 'expires' (last day posted) or 'posting-days' (公示期 in working days)",
    ])
    #expect(problems(TestSite.item(timing: "ad-hoc", extra: "expires: 2026-12-01\nposting-days: 7\n")) == [
        "10:1 [timing.expiry-twice] give either 'expires' or 'posting-days', not both",
    ])
    #expect(problems(TestSite.item(timing: "ad-hoc", extra: "expires: 2026-10-01\n")) == [
        "9:10 [timing.expires-before-published] 'expires' 2026-10-01 is before 'published' 2026-10-15",
    ])
}

@Test func docNumbersNeedHexagonalBrackets() {
    #expect(problems(TestSite.item(extra: "doc-number: \"示民发[2026]12号\"\n")) == [
        "9:13 [item.doc-number] doc-number '示民发[2026]12号' must end in 〔YYYY〕N号, e.g. 示民发〔2026〕12号 | write \"示民发〔2026〕12号\"",
    ])
}

@Test func anApprovalNamesWhoAndWhen() {
    let text = "---\ntitle: t\ncategory: policies\ntiming: long-term\nindex: \"i\"\npublished: 2026-10-15\napproved-by: 王建国\n---\n"
    #expect(problems(text) == [
        "7:1 [item.incomplete-approval] 'approved-by' needs 'approved-on' too: a sign-off names who and when",
    ])
}

@Test func anApprovedItemNeedsAPublicationDate() {
    let text = "---\ntitle: t\ncategory: policies\ntiming: long-term\nindex: \"i\"\napproved-by: 王建国\napproved-on: 2026-10-15\n---\n"
    #expect(problems(text) == [
        "7:1 [item.missing-field] an approved item needs 'published' (发布日期) | add 'published: YYYY-MM-DD'",
    ])
}

@Test func unknownEnumValuesInListsAreReportedOneByOne() {
    #expect(problems(TestSite.item(extra: "confidentiality: [state-secret, secret]\n")) == [
        "9:33 [item.unknown-confidentiality] unknown confidentiality 'secret'; expected state-secret, commercial-secret, personal-privacy, internal-affairs or process-info",
    ])
}

@Test func recordsReportMissingAndUnknownFields() {
    let extra = "changes:\n  - on: 2026-10-20\n    nots: 更正错字\n"
    #expect(problems(TestSite.item(extra: extra)) == [
        "10:5 [front-matter.missing-field] a change needs 'note'",
        "11:5 [front-matter.unknown-key] unknown key 'nots' in an entry of 'changes' | did you mean 'note'?",
    ])
}

@Test func kindFieldsAreRead() throws {
    let extra = """
    kind: power
    power-type: 行政许可
    code: XK-001
    steps:
      - name: 受理
        role: 窗口
        limit: 1个工作日
      - name: 审批

    """
    let item = try #require(decoded(TestSite.item(extra: extra)))
    #expect(item.power?.powerType == .licensing)
    #expect(item.power?.steps == [ProcedureStep(name: "受理", role: "窗口", limit: "1个工作日"),
                                  ProcedureStep(name: "审批", role: nil, limit: nil)])
    #expect(problems(TestSite.item(extra: "kind: power\npower-type: 许可\n")) == [
        "10:13 [item.unknown-power-type] unknown power-type '许可'; expected 行政许可, 行政处罚, 行政强制, 行政征收, 行政给付, 行政裁决, 行政确认, 行政奖励, 行政检查 or 其他行政权力",
    ])
}

// MARK: Nothing vanishes

@Test func aBlankRequiredFieldIsAnErrorAtItsValue() {
    let title = "2:8 [item.blank-field] 'title' is empty; write the item's full title"
    for blank in ["\"\"", "\"   \"", "\"\u{3000}\"", "\"\u{A0}\"", "''"] {
        let text = TestSite.item().replacingOccurrences(of: "title: \"关于测试的通知\"", with: "title: \(blank)")
        #expect(problems(text) == [title], "\(blank)")
        #expect(decoded(text) == nil)
    }
    #expect(problems(TestSite.item().replacingOccurrences(of: "title: \"关于测试的通知\"", with: "title:")) == [
        "2:7 [item.blank-field] 'title' is empty; write the item's full title",
    ])
    #expect(problems(TestSite.item(category: "\"\"")) == [
        "3:11 [item.blank-field] 'category' is empty; write the id of one of the categories in content/site.yaml",
    ])
    #expect(problems(TestSite.item(category: "\"\u{3000}\u{3000}\"")) == [
        "3:11 [item.blank-field] 'category' is empty; write the id of one of the categories in content/site.yaml",
    ])
    #expect(problems(TestSite.item(index: "")) == [
        "5:8 [item.blank-field] 'index' is empty; write the item's 索引号 (index number)",
    ])
    #expect(problems(TestSite.item(index: " \u{200B}")) == [
        "5:8 [item.blank-field] 'index' is empty; write the item's 索引号 (index number)",
    ])
}

// MARK: Sign-off means a person

@Test func aPlaceholderIsNoSignOff() {
    for placeholder in ["TBD", "tbd", "待定", "\"-\"", "—", "——", "无", "N/A", "\"?\"", "？", "xxx", "XX", "某某", "××",
                        "待签发", "\"…\"", "0"] {
        let text = TestSite.item().replacingOccurrences(of: "approved-by: 王建国", with: "approved-by: \(placeholder)")
        let shown = placeholder.hasPrefix("\"") ? String(placeholder.dropFirst().dropLast()) : placeholder
        #expect(problems(text) == [
            "7:14 [item.placeholder-sign-off] 'approved-by' is '\(shown)', a placeholder rather than a person; write the name of the person who signed the item off, or, until it is signed off, remove or comment out both 'approved-by' and 'approved-on'",
        ], "\(placeholder)")
        #expect(decoded(text) == nil)
    }
    #expect(problems(TestSite.item(extra: "reviewed-by: TBD\nreviewed-on: 2026-10-14\n")) == [
        "9:14 [item.placeholder-sign-off] 'reviewed-by' is 'TBD', a placeholder rather than a person; write the name of the person who did the secrecy review, or, until it is done, remove or comment out both 'reviewed-by' and 'reviewed-on'",
    ])
    for name in ["王建国", "欧阳修", "Wang Jianguo", "李某"] {
        let text = TestSite.item().replacingOccurrences(of: "approved-by: 王建国", with: "approved-by: \(name)")
        #expect(decoded(text)?.approvedBy == name)
    }
}

@Test func anEmptySignOffIsAnErrorNotASignOff() {
    let advice = "write the name of the person who signed the item off, or, until it is signed off, remove or comment out both 'approved-by' and 'approved-on'"
    for (blank, column) in [("\"\"", 14), ("\"\u{3000}\"", 14), ("\" \u{A0} \"", 14), ("", 13)] {
        let text = TestSite.item().replacingOccurrences(of: "approved-by: 王建国", with: "approved-by:" + (blank.isEmpty ? "" : " \(blank)"))
        #expect(problems(text) == ["7:\(column) [item.blank-field] 'approved-by' is empty; \(advice)"], "\(blank)")
        #expect(decoded(text) == nil)
    }
}

@Test func aSignOffAfterPublicationIsAnError() {
    let late = TestSite.item().replacingOccurrences(of: "approved-on: 2026-10-15", with: "approved-on: 2026-10-16")
    #expect(problems(late) == [
        "8:14 [item.approved-after-published] 'approved-on' 2026-10-16 is after 'published' 2026-10-15; an item must be signed off before it is published, so correct the dates",
    ])
    #expect(decoded(late) == nil)
    let early = TestSite.item().replacingOccurrences(of: "approved-on: 2026-10-15", with: "approved-on: 2026-10-14")
    #expect(decoded(early)?.approvedOn == LocalDate(iso: "2026-10-14"))
}

// MARK: Personal data in page addresses

@Test func personalDataInAnIDIsAContentError() {
    let ds = ItemDecoder.decode(SourceFile(path: "content/items/x.md", text: TestSite.item(extra: "id: a13800138000\n"))).diagnostics
    #expect(ds.map(\.description) == [
        "content/items/x.md:9:5: error: [privacy.personal-data-in-id] the id contains a mobile number (138****8000); ids become page addresses and must not hold personal data",
    ])
    #expect(ds.allSatisfy { !$0.mayQuoteSource })
}

@Test func personalDataInASeriesIsAContentError() {
    let text = TestSite.item(timing: "periodic", extra: "period: monthly\ncovers: 2026-10\nseries: s13800138000\n")
    #expect(problems(text) == [
        "11:9 [privacy.personal-data-in-series] the series contains a mobile number (138****8000); series names become page addresses and must not hold personal data",
    ])
}

@Test func personalDataInAFileNameIsAnErrorAtItsFirstLine() {
    #expect(problems(TestSite.item(), path: "content/items/2026/a13800138000.md") == [
        "1:1 [privacy.personal-data-in-file-name] the file name 'a138****8000.md' contains a mobile number (138****8000); without an 'id' the file name becomes the page address and must not hold personal data, so rename the file or set 'id'",
    ])
    // With an id of its own, the file name is not the page address.
    #expect(decoded(TestSite.item(extra: "id: notice-1\n"), path: "content/items/2026/a13800138000.md")?.id == "notice-1")
}

// MARK: Clean text

@Test func controlCharactersInFrontMatterAreErrorsAtTheirPosition() {
    let cases: [(String, String)] = [
        ("summary: \"a\u{1B}b\"\n", "9:12 [front-matter.control-character] the invisible control character U+001B cannot appear in front matter; delete it"),
        ("summary: a\u{7F}\n", "9:11 [front-matter.control-character] the invisible control character U+007F cannot appear in front matter; delete it"),
        ("summary: 通知\u{85}\n", "9:12 [front-matter.control-character] the invisible control character U+0085 cannot appear in front matter; delete it"),
        ("summ\u{0}ary: a\n", "9:5 [front-matter.control-character] the invisible control character U+0000 cannot appear in front matter; delete it"),
        ("summary: \"a\\eb\"\n", "9:12 [front-matter.control-character] '\\e' stands for the invisible control character U+001B, which cannot appear in front matter; delete it"),
        ("summary: \"a\\x00\"\n", "9:12 [front-matter.control-character] '\\x00' stands for the invisible control character U+0000, which cannot appear in front matter; delete it"),
        ("summary: \"a\\u202Eb\"\n", "9:12 [front-matter.control-character] '\\u202E' stands for the invisible direction control U+202E, which cannot appear in front matter; delete it"),
        ("summary: 付款\u{202E}001\n", "9:12 [front-matter.bidi-control] the invisible direction control U+202E cannot appear in front matter: it makes text show in another order than it is stored in; delete it"),
        ("summary: a\u{2066}b\u{2069}\n", "9:11 [front-matter.bidi-control] the invisible direction control U+2066 cannot appear in front matter: it makes text show in another order than it is stored in; delete it"),
        ("summary: a\u{200F}\n", "9:11 [front-matter.bidi-control] the invisible direction control U+200F cannot appear in front matter: it makes text show in another order than it is stored in; delete it"),
        ("summary: a\r\r\n", "9:11 [source.lone-carriage-return] a carriage return (U+000D) without a line feed after it; save the file with ordinary line ends (LF or CRLF)"),
    ]
    for (extra, expected) in cases {
        let (item, ds) = ItemDecoder.decode(SourceFile(path: "content/items/2026/x.md", text: TestSite.item(extra: extra)))
        #expect(item == nil)
        let found = ds.map { "\($0.location!.line):\($0.location!.column) [\($0.code)] \($0.message(in: .en))" }
        #expect(found == [expected], "\(extra.debugDescription)")
        for d in ds {
            #expect(!d.mayQuoteSource)
            for language in Language.allCases {
                #expect(!d.message(in: language).unicodeScalars.contains { $0.isForbiddenControl || $0.isBidiControl })
            }
        }
    }
    // Tab and line feed (typed, or escaped in double quotes) are text; so are CRLF line ends.
    #expect(decoded(TestSite.item(extra: "summary: \"a\\tb\\nc\"\n"))?.summary == "a\tb\nc")
    #expect(decoded(TestSite.item(extra: "summary: a\tb\n").replacingOccurrences(of: "\n", with: "\r\n"))?.summary == "a\tb")
}

@Test func controlCharactersInTheBodyAreErrorsAtTheirPosition() {
    let cases: [(String, String)] = [
        ("正文\u{0}。\n", "11:3 [body.control-character] the invisible control character U+0000 cannot appear in the text; delete it"),
        ("第一行\n正文\u{1B}[31m红\n", "12:3 [body.control-character] the invisible control character U+001B cannot appear in the text; delete it"),
        ("账号\u{202E}1234\n", "11:3 [body.bidi-control] the invisible direction control U+202E cannot appear in the text: it makes text show in another order than it is stored in; delete it"),
        ("正文。\r第二段\n", "11:4 [source.lone-carriage-return] a carriage return (U+000D) without a line feed after it; save the file with ordinary line ends (LF or CRLF)"),
    ]
    for (body, expected) in cases {
        let (item, ds) = ItemDecoder.decode(SourceFile(path: "content/items/2026/x.md", text: TestSite.item(body: body)))
        #expect(item == nil)
        #expect(ds.map { "\($0.location!.line):\($0.location!.column) [\($0.code)] \($0.message(in: .en))" } == [expected],
                "\(body.debugDescription)")
        #expect(ds.allSatisfy { !$0.mayQuoteSource })
    }
    #expect(decoded(TestSite.item(body: "正文\t。\n第二段\n")) != nil)
}

@Test func siteYAMLRefusesControlCharactersToo() {
    let text = TestSite.siteYAML.replacingOccurrences(of: "organ: 测试县民政局", with: "organ: 测试县\u{202E}民政局")
    let ds = SiteConfigDecoder.decode(SourceFile(path: "content/site.yaml", text: text)).diagnostics
    #expect(ds.map(\.description) == [
        "content/site.yaml:1:11: error: [front-matter.bidi-control] the invisible direction control U+202E cannot appear in front matter: it makes text show in another order than it is stored in; delete it",
    ])
    let cr = SiteConfigDecoder.decode(SourceFile(path: "content/site.yaml", text: "organ: 测试\r" + TestSite.siteYAML.dropFirst(15)))
    #expect(cr.diagnostics.map(\.description).first
            == "content/site.yaml:1:10: error: [source.lone-carriage-return] a carriage return (U+000D) without a line feed after it; save the file with ordinary line ends (LF or CRLF)")
}

// MARK: Bounded work and output

@Test func manyUnknownKeysAreOneErrorWithTheirCount() {
    let many = (0..<100_000).map { "k\($0): v\n" }.joined()
    #expect(problems(TestSite.item(extra: many)) == [
        "9:1 [front-matter.unknown-keys] 100000 unknown keys in front matter: k0, k1, k2, k3, k4 …; only gongkai's keys go between the '---' lines, the text goes after the second one",
    ])
    // Up to ten are still reported one by one, each with its did-you-mean.
    let ten = (0..<9).map { "k\($0): v\n" }.joined() + "sumary: x\n"
    let found = problems(TestSite.item(extra: ten))
    #expect(found.count == 10)
    #expect(found.last == "18:1 [front-matter.unknown-key] unknown key 'sumary' in front matter | did you mean 'summary'?")
    #expect(problems(TestSite.item(extra: ten + "k9: v\n")) == [
        "9:1 [front-matter.unknown-keys] 11 unknown keys in front matter: k0, k1, k2, k3, k4 …; only gongkai's keys go between the '---' lines, the text goes after the second one",
    ])
}

@Test func aFileReportsAtMostFiftyProblemsAndCountsTheRest() {
    let bad = (0..<200).map { "k\($0): \"\\e\"\n" }.joined()
    let found = problems(TestSite.item(extra: bad))
    #expect(found.count == 51)
    #expect(found[49].hasPrefix("58:7 [front-matter.control-character]"))
    #expect(found[50] == "59:7 [item.too-many-problems] 150 more problems in this file not shown; fix the ones above first")
}
