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
