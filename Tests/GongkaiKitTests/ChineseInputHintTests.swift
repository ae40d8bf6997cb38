import Testing
@testable import GongkaiKit

// The slips a Chinese keyboard makes in YAML, and the other named hints: each test pins the code,
// the position, and the words in Chinese (the sample site's language) and in English.

/// The one problem in `text`: front matter alone, or a whole item when it starts with `---`.
private func problem(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Diagnostic? {
    let diagnostics = text.hasPrefix("---")
        ? ItemDecoder.decode(SourceFile(path: testPath, text: text)).diagnostics
        : YAMLParser.parse(text, path: testPath).diagnostics
    #expect(diagnostics.count == 1, "\(diagnostics)", sourceLocation: sourceLocation)
    return diagnostics.first
}

private func expectProblem(_ text: String, _ code: String, line: Int, column: Int,
                           zh: String, zhHint: String?, en: String? = nil, enHint: String? = nil,
                           sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    guard let d = problem(text, sourceLocation: sourceLocation) else { return }
    #expect(d.code == code, sourceLocation: sourceLocation)
    #expect(d.location == SourceLocation(path: testPath, line: line, column: column), sourceLocation: sourceLocation)
    #expect(d.message(in: .zhCN) == zh, sourceLocation: sourceLocation)
    #expect(d.hint(in: .zhCN) == zhHint, sourceLocation: sourceLocation)
    if let en { #expect(d.message(in: .en) == en, sourceLocation: sourceLocation) }
    if let enHint { #expect(d.hint(in: .en) == enHint, sourceLocation: sourceLocation) }
}

// MARK: Full-width comma ，

@Test func aFullWidthCommaInAListSaysToTypeASCIICommas() {
    expectProblem("keywords: [低保，救助]\n", "front-matter.fullwidth-comma", line: 1, column: 14,
                  zh: "这个 '[ ]' 列表用中文逗号 '，' 分隔，会被当成一整项",
                  zhHint: "请改用英文逗号：[低保, 救助]；如果 '，' 本来就是内容的一部分，请给这一项加上英文引号",
                  en: "this '[ ]' list separates its entries with a full-width comma '，', so they read as one entry",
                  enHint: "write [低保, 救助] with ASCII commas; to keep a '，' inside an entry, put that entry in quotes")
}

// MARK: Enumeration comma 、

/// `keywords: [低保、救助]` would be one keyword: a warning, since a list entry may hold a 、 on
/// purpose, with the list written out.
@Test func wordsJoinedByAnEnumerationCommaAreAWarning() {
    let inList = TestSite.item(extra: "keywords: [低保、救助, 临时救助]\n")
    expectProblem(inList, "front-matter.enumeration-comma", line: 9, column: 12,
                  zh: "'keywords' 的 '低保、救助' 用顿号 '、' 隔开，会被当成一整项",
                  zhHint: "多个值请写成列表：keywords: [低保, 救助]",
                  en: "'keywords' holds '低保、救助' as one entry: the enumeration comma '、' does not separate entries",
                  enHint: "for several values write a list: keywords: [低保, 救助]")
    #expect(problem(inList)?.severity == .warning)
    expectProblem(TestSite.item(extra: "keywords: 低保、救助\n"), "front-matter.enumeration-comma", line: 9, column: 11,
                  zh: "'keywords' 的 '低保、救助' 用顿号 '、' 隔开，会被当成一整项", zhHint: "多个值请写成列表：keywords: [低保, 救助]")
    // Text fields are prose: a 、 there is punctuation.
    #expect(ItemDecoder.decode(SourceFile(path: testPath, text: TestSite.item(summary: "低保、特困人员救助"))).diagnostics.isEmpty)
}

@Test func theFixedListKeepsQuotedEntriesAndDropsStraySpaces() {
    expectProblem("keywords: [\"甲，乙\", 低保 ， 救助，临时救助]\n", "front-matter.fullwidth-comma", line: 1, column: 22,
                  zh: "这个 '[ ]' 列表用中文逗号 '，' 分隔，会被当成一整项",
                  zhHint: "请改用英文逗号：[\"甲，乙\", 低保, 救助, 临时救助]；如果 '，' 本来就是内容的一部分，请给这一项加上英文引号")
}

@Test func aFullWidthCommaInsideQuotesIsText() {
    #expect(parsedYAML("keywords: [\"低保，救助\"]\n")?[key: "keywords"]?.items?.first?.stripped == scalar("低保，救助", .doubleQuoted))
}

@Test func wordsJoinedByAFullWidthCommaInAWordListSayToWriteAList() {
    expectProblem(TestSite.item(extra: "keywords: 低保，救助\n"), "front-matter.fullwidth-comma", line: 9, column: 11,
                  zh: "'keywords' 的 '低保，救助' 用中文逗号 '，' 隔开，会被当成一整项",
                  zhHint: "多个值请写成列表：keywords: [低保, 救助]",
                  en: "'keywords' holds '低保，救助', whose full-width commas '，' do not separate entries",
                  enHint: "for several values write a list: keywords: [低保, 救助]")
}

@Test func aSentenceWithACommaInATextListIsText() throws {
    let text = TestSite.item(extra: "kind: guide\nconditions: 本县户籍，家庭人均收入低于低保标准\n")
    #expect(ItemDecoder.decode(SourceFile(path: testPath, text: text)).diagnostics.isEmpty)
}

@Test func flagsJoinedByCommasSayToWriteAList() {
    expectProblem(TestSite.item(extra: "confidentiality: personal-privacy，internal-affairs\n"), "item.unknown-confidentiality",
                  line: 9, column: 18,
                  zh: "'confidentiality' 不能填 'personal-privacy，internal-affairs'；可以填 state-secret、commercial-secret、personal-privacy、internal-affairs 或 process-info",
                  zhHint: "多个值请写成列表：confidentiality: [personal-privacy, internal-affairs]")
    expectProblem(TestSite.item(extra: "confidentiality: 个人隐私、内部事务\n"), "item.unknown-confidentiality", line: 9, column: 18,
                  zh: "'confidentiality' 不能填 '个人隐私、内部事务'；可以填 state-secret、commercial-secret、personal-privacy、internal-affairs 或 process-info",
                  zhHint: "多个值请写成列表：confidentiality: [personal-privacy, internal-affairs]")
}

// MARK: Full-width space 　

@Test func aFullWidthSpaceIndentingALineSaysToUseASCIISpaces() {
    expectProblem("feedback:\n　　phone: x\n", "front-matter.fullwidth-space", line: 2, column: 1,
                  zh: "这一行用全角空格 '　' 缩进；请改用半角空格（英文空格）",
                  zhHint: "把输入法切换到英文（半角）状态，删掉全角空格，再用空格键缩进",
                  en: "this line is indented with a full-width space '　'; indent with ASCII spaces",
                  enHint: "switch the keyboard to half-width (English) input, delete the full-width spaces and indent with the space bar")
    expectProblem("feedback:\n  　phone: x\n", "front-matter.fullwidth-space", line: 2, column: 3,
                  zh: "这一行用全角空格 '　' 缩进；请改用半角空格（英文空格）",
                  zhHint: "把输入法切换到英文（半角）状态，删掉全角空格，再用空格键缩进")
}

@Test func fullWidthSpacesInsideALiteralBlockAreText() {
    #expect(parsedYAML("summary: |\n  　　第一段。\n")?[key: "summary"]?.stripped == scalar("　　第一段。\n", .literal))
}

@Test func aFullWidthSpaceAfterTheColonSaysWhatToType() {
    expectProblem("department:　社会救助股\n", "front-matter.fullwidth-space", line: 1, column: 12,
                  zh: "'department:' 后面是全角空格 '　'；冒号后面要用半角空格（英文空格）",
                  zhHint: "请改为 department: 社会救助股",
                  en: "'department:' is followed by a full-width space '　'; type an ASCII space after the colon",
                  enHint: "write department: 社会救助股")
}

@Test func aFullWidthSpaceInAKeySaysWhichKeyToType() {
    expectProblem("department　: 社会救助股\n", "front-matter.fullwidth-space", line: 1, column: 11,
                  zh: "字段名 'department　' 里有全角空格 '　'", zhHint: "请改为 department:",
                  en: "the key 'department　' contains a full-width space '　'", enHint: "write department:")
    expectProblem("approved　by: 王建国\n", "front-matter.fullwidth-space", line: 1, column: 9,
                  zh: "字段名 'approved　by' 里有全角空格 '　'", zhHint: "请改为 approved-by:")
}

@Test func aFullWidthSpaceAfterAWordOfAVocabularySaysToDeleteIt() {
    expectProblem(TestSite.item(extra: "kind: notice　\n"), "item.unknown-kind", line: 9, column: 7,
                  zh: "'kind' 不能填 'notice　'；可以填 notice、decision、power、guide 或 roster",
                  zhHint: "请删去全角空格 '　'，写成 kind: notice", enHint: "delete the full-width space '　': write kind: notice")
    expectProblem(TestSite.item(extra: "written: 2026-03-05　\n"), "front-matter.date-format", line: 9, column: 10,
                  zh: "'written' 的日期要写成 年-月-日（YYYY-MM-DD），现在写成了 '2026-03-05　'",
                  zhHint: "请删去全角空格 '　'，写成 written: 2026-03-05")
}

// MARK: Curly quotes “ ” ‘ ’

@Test func aTitleInCurlyQuotesSaysToTypeStraightQuotes() {
    expectProblem("title: “关于调整城乡低保标准的通知”\n", "front-matter.smart-quotes", line: 1, column: 8,
                  zh: "'“关于调整城乡低保标准的通知”' 用的是中文弯引号，弯引号会被当成内容的一部分",
                  zhHint: "请删去弯引号，或改用英文直引号：\"关于调整城乡低保标准的通知\"",
                  en: "'“关于调整城乡低保标准的通知”' is in curly quotes, which YAML keeps as part of the text",
                  enHint: "delete the curly quotes, or type straight quotes: \"关于调整城乡低保标准的通知\"")
}

@Test func aWordInCurlyQuotesSaysToWriteTheWordAlone() {
    expectProblem("kind: “decision”\n", "front-matter.smart-quotes", line: 1, column: 7,
                  zh: "'“decision”' 用的是中文弯引号，弯引号会被当成内容的一部分",
                  zhHint: "请删去弯引号，直接写 decision", enHint: "delete the curly quotes: write decision")
    expectProblem("kind: ‘notice’\n", "front-matter.smart-quotes", line: 1, column: 7,
                  zh: "'‘notice’' 用的是中文弯引号，弯引号会被当成内容的一部分", zhHint: "请删去弯引号，直接写 notice")
    expectProblem("timing: “ad-hoc\"\n", "front-matter.smart-quotes", line: 1, column: 9,
                  zh: "'“ad-hoc\"' 用的是中文弯引号，弯引号会被当成内容的一部分", zhHint: "请删去弯引号，直接写 ad-hoc")
}

@Test func curlyQuotesInsideTextAreText() {
    #expect(parsedYAML("title: “放管服”改革的通知\n")?[key: "title"]?.stripped == scalar("“放管服”改革的通知"))
    #expect(parsedYAML("title: “甲”与“乙”\n")?[key: "title"]?.stripped == scalar("“甲”与“乙”"))
}

@Test func anEntryOfAListInCurlyQuotesIsFound() {
    expectProblem("keywords: [低保, “救助”]\n", "front-matter.smart-quotes", line: 1, column: 16,
                  zh: "'“救助”' 用的是中文弯引号，弯引号会被当成内容的一部分", zhHint: "请删去弯引号，或改用英文直引号：\"救助\"")
}

@Test func aKeyInCurlyQuotesSaysToTypeItBare() {
    expectProblem("“title”: 通知\n", "front-matter.smart-quotes", line: 1, column: 1,
                  zh: "字段名 '“title”' 带了中文弯引号；字段名不用加引号", zhHint: "请改为 title:",
                  en: "the key '“title”' is in curly quotes; keys need no quotes", enHint: "write title:")
}

@Test func aCurlyClosingQuoteSaysToTypeAStraightOne() {
    expectProblem("title: \"关于低保的通知”\n", "front-matter.unterminated-quote", line: 1, column: 8,
                  zh: "这段双引号里的文字在本行没有结束；请补上结尾的 \"（多行文字请用 '|'）",
                  zhHint: "结尾用了中文弯引号；请把它改成英文直引号 \"",
                  enHint: "the closing quote on this line is a curly one; type a straight \" instead")
    #expect(problem("title: \"关于低保的通知\n")?.hint(in: .zhCN) == nil)
}

// MARK: Hints that were there before, now in both languages

@Test func aFullWidthColonSaysToTypeAnASCIIColon() {
    expectProblem("title：关于低保的通知\n", "front-matter.fullwidth-colon", line: 1, column: 6,
                  zh: "'title：' 用了中文冒号 '：'；请改用英文冒号 ':'，冒号后面空一格", zhHint: "请改为 title: 关于低保的通知",
                  en: "'title：' uses a full-width colon '：'; type an ASCII colon ':' followed by a space",
                  enHint: "write title: 关于低保的通知")
    expectProblem("feedback:\n  phone： \"0571-1\"  # 电话\n", "front-matter.fullwidth-colon", line: 2, column: 8,
                  zh: "'phone：' 用了中文冒号 '：'；请改用英文冒号 ':'，冒号后面空一格", zhHint: "请改为 phone: \"0571-1\"")
}

/// One full-width colon does not hide the rest of the file: the entry is read as meant, the slip
/// is an error, and the other fields are still checked — and the file gives no item.
@Test func aFullWidthColonIsReportedAndTheRestOfTheFileStillChecked() {
    let text = TestSite.item(timing: "weekly").replacingOccurrences(of: "title: ", with: "title：")
    let (item, diagnostics) = ItemDecoder.decode(SourceFile(path: testPath, text: text))
    #expect(item == nil)
    #expect(diagnostics.map { "\($0.location!.line):\($0.location!.column) \($0.code)" }
            == ["2:6 front-matter.fullwidth-colon", "4:9 timing.unknown"], "no 'missing title' for the line read as meant")
    // A key written `title： …` with a space after the colon is recovered the same way.
    let spaced = TestSite.item(timing: "weekly").replacingOccurrences(of: "title: ", with: "title： ")
    #expect(ItemDecoder.decode(SourceFile(path: testPath, text: spaced)).diagnostics.map(\.code)
            == ["front-matter.fullwidth-colon", "timing.unknown"])
}

@Test func aChineseDateSaysWhatToTypeInBothLanguages() {
    expectProblem(TestSite.item(extra: "written: 2026年3月5日\n"), "front-matter.date-format", line: 9, column: 10,
                  zh: "'written' 的日期要写成 年-月-日（YYYY-MM-DD），现在写成了 '2026年3月5日'",
                  zhHint: "请改为 written: 2026-03-05",
                  en: "'written' must be written YYYY-MM-DD; found '2026年3月5日'", enHint: "write written: 2026-03-05")
    expectProblem(TestSite.item(extra: "written: 2026/3/5\n"), "front-matter.date-format", line: 9, column: 10,
                  zh: "'written' 的日期要写成 年-月-日（YYYY-MM-DD），现在写成了 '2026/3/5'", zhHint: "请改为 written: 2026-03-05")
    expectProblem(TestSite.item(extra: "written: ２０２６－０３－０５\n"), "front-matter.date-format", line: 9, column: 10,
                  zh: "'written' 的日期要写成 年-月-日（YYYY-MM-DD），现在写成了 '２０２６－０３－０５'",
                  zhHint: "请改为 written: 2026-03-05")
    expectProblem(TestSite.item(extra: "written: 2026年2月30日\n"), "front-matter.impossible-date", line: 9, column: 10,
                  zh: "'2026年2月30日' 不是真实存在的日期：2026 年 2 月只有 28 天", zhHint: nil)
}

@Test func aMissingFenceSaysWhatToTypeWhenTheFirstLineIsOtherDashes() {
    let (_, typed) = FrontMatter.split("——\ntitle: 通知\n---\n", path: testPath)
    #expect(typed.first?.code == "front-matter.missing")
    #expect(typed.first?.message(in: .zhCN) == "文件没有以 '---' 这一行开头；请把字段写在文件最开头的两行 '---' 之间")
    #expect(typed.first?.hint(in: .zhCN) == "第一行 '——' 不是三个英文短横线；请改为 ---（半角的减号，不是破折号）")
    #expect(typed.first?.hint(in: .en) == "the first line '——' is not three ASCII hyphens; type ---")
    let (_, missing) = FrontMatter.split("# 标题\n", path: testPath)
    #expect(missing.first?.code == "front-matter.missing")
    #expect(missing.first?.hint(in: .zhCN) == nil)
}

@Test func aMisspeltKeySaysWhichKeyWasMeant() {
    expectProblem(TestSite.item(extra: "publised: 2026-10-15\n"), "front-matter.unknown-key", line: 9, column: 1,
                  zh: "未知字段 'publised'", zhHint: "是不是想写 'published'？",
                  en: "unknown key 'publised' in front matter", enHint: "did you mean 'published'?")
}

@Test func aKeyWrittenByItsChineseNameSaysWhichKeyToType() {
    expectProblem(TestSite.item(extra: "承办股室: 社会救助股\n"), "front-matter.unknown-key", line: 9, column: 1,
                  zh: "未知字段 '承办股室'", zhHint: "是不是想写 'department'？")
}

@Test func aMisspeltKindSaysWhichKindWasMeant() {
    expectProblem(TestSite.item(extra: "kind: notise\n"), "item.unknown-kind", line: 9, column: 7,
                  zh: "'kind' 不能填 'notise'；可以填 notice、decision、power、guide 或 roster", zhHint: "是不是想写 'notice'？",
                  en: "unknown kind 'notise'; expected notice, decision, power, guide or roster", enHint: "did you mean 'notice'?")
}

@Test func aVocabularyWordWrittenInChineseSaysWhichWordToType() {
    expectProblem(TestSite.item(extra: "kind: 通知公告\n"), "item.unknown-kind", line: 9, column: 7,
                  zh: "'kind' 不能填 '通知公告'；可以填 notice、decision、power、guide 或 roster", zhHint: "是不是想写 'notice'？")
    expectProblem(TestSite.item(timing: "随时公开"), "timing.unknown", line: 4, column: 9,
                  zh: "'timing' 不能填 '随时公开'；可以填 long-term、periodic 或 ad-hoc", zhHint: "是不是想写 'ad-hoc'？")
}

@Test func yesAndNoInChineseSayToWriteTrueOrFalse() {
    expectProblem(TestSite.item(extra: "board: 是\n"), "front-matter.type", line: 9, column: 8,
                  zh: "'board' 只能填 true（是）或 false（否），现在写成了 '是'", zhHint: "请改为 board: true")
    #expect(problem(TestSite.item(extra: "board: 否\n"))?.hint(in: .zhCN) == "请改为 board: false")
}

@Test func aNumberWithFullWidthDigitsOrAUnitSaysWhatToType() {
    let adHoc = "---\ntitle: 公示\ncategory: policies\ntiming: ad-hoc\nindex: \"11330000MB0000000X/2026-00001\"\n"
    expectProblem(adHoc + "posting-days: １０\n---\n", "front-matter.type", line: 6, column: 15,
                  zh: "'posting-days' 应填 1 到 365 之间的整数，现在写成了 '１０'", zhHint: "请改为 posting-days: 10")
    #expect(problem(adHoc + "posting-days: 10个工作日\n---\n")?.hint(in: .zhCN) == "请改为 posting-days: 10")
}

@Test func aColonInAValueSaysToQuoteTheWholeValue() {
    expectProblem("summary: 会议时间: 3月5日  # 注\n", "front-matter.syntax", line: 1, column: 14,
                  zh: "这个值里有 ': '，会被当成另一个字段；请给整个值加上英文引号",
                  zhHint: "请写成 \"会议时间: 3月5日\"，把整个值放在英文双引号里",
                  enHint: "write \"会议时间: 3月5日\", the whole value in double quotes")
    expectProblem("title: 注意:\n", "front-matter.syntax", line: 1, column: 10,
                  zh: "这个值以 ':' 结尾，会被当成另一个字段；请给整个值加上英文引号", zhHint: "请写成 \"注意:\"，把整个值放在英文双引号里")
}

@Test func aKeyIndentedByMistakeBelowAnEmptyFieldSaysToLineItUp() {
    expectProblem(TestSite.item(extra: "department:\n  genre: 通知\n"), "front-matter.type", line: 9, column: 1,
                  zh: "'department' 应填写文字，现在写成了一组子字段",
                  zhHint: "'department' 下面的几行多了行首空格，被当成了它的子字段；如果它们是单独的字段，请删去行首的空格，与 'department' 左对齐",
                  en: "'department' must be text; found a mapping",
                  enHint: "the lines below 'department' are indented, so they count as part of it; if they are keys of their own, line them up with 'department'")
}

@Test func aDocNumberWithSquareBracketsSaysWhatToType() {
    expectProblem(TestSite.item(extra: "doc-number: 示民发[2026]12号\n"), "item.doc-number", line: 9, column: 13,
                  zh: "文号 '示民发[2026]12号' 的写法不对：年份要用六角括号〔〕括起，最后是序号和“号”字，如 示民发〔2026〕12号",
                  zhHint: "请改为 \"示民发〔2026〕12号\"", enHint: "write \"示民发〔2026〕12号\"")
}

// MARK: Categories, checked across the site

private func categoryProblem(_ category: String) -> Diagnostic? {
    let (config, _) = SiteConfigDecoder.decode(SourceFile(path: "content/site.yaml", text: TestSite.siteYAML))
    let item = ItemDecoder.decode(SourceFile(path: testPath, text: TestSite.item(category: category))).item!
    return SiteValidator.validate([item], config: config!).first
}

@Test func aMisspeltCategorySaysWhichCategoryWithItsName() {
    let d = categoryProblem("polices")
    #expect(d?.code == "item.unknown-category")
    #expect(d?.message(in: .zhCN) == "未知分类 'polices'；分类代码见 content/site.yaml")
    #expect(d?.hint(in: .zhCN) == "是不是想写 'policies'（法规政策）？")
    #expect(d?.hint(in: .en) == "did you mean 'policies'?")
}

@Test func aCategoryWrittenByItsNameSaysWhichIdToType() {
    #expect(categoryProblem("财政资金")?.hint(in: .zhCN) == "请改为 category: finance")
    #expect(categoryProblem("财政资金")?.hint(in: .en) == "write category: finance")
}

@Test func anUnknownCategoryListsTheIdsWithTheirNames() {
    #expect(categoryProblem("weather")?.hint(in: .zhCN) == "可选：policies（法规政策）、finance（财政资金）")
    #expect(categoryProblem("weather")?.hint(in: .en) == "expected one of: policies, finance")
}

@Test func aListItemWithoutASpaceAfterItsDashSaysWhatToType() {
    expectProblem(TestSite.item(extra: "keywords:\n  -低保\n"), "front-matter.missing-space", line: 10, column: 3,
                  zh: "'-低保' 的 '-' 后面少了一个空格，不能算作列表项；列表的每一项要写成 '- ' 加内容",
                  zhHint: "请改为 - 低保", en: "a space is missing after the '-' of '-低保', so it is no list item; write each entry as '- ' and the text",
                  enHint: "write - 低保")
}

@Test func aKeyOfAnotherTimingOrKindNamesBothInChinese() {
    expectProblem(TestSite.item(extra: "expires: 2026-12-01\n"), "front-matter.misplaced-key", line: 9, column: 1,
                  zh: "'expires' 只用于公开时限为 ad-hoc（随时公开）的信息，本条的 timing 是 long-term（长期公开）", zhHint: nil)
    expectProblem(TestSite.item(extra: "power-type: 行政许可\n"), "front-matter.misplaced-key", line: 9, column: 1,
                  zh: "'power-type' 只用于类型为 power（权力事项）的信息，本条的 kind 是 notice（通知公告）", zhHint: nil)
}
