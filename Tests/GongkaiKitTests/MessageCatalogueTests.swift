import Foundation
import Testing
@testable import GongkaiKit

// Every message and hint of the catalogue, written in both languages: one sample of each case
// (the samples are checked against the cases declared in the catalogue's source, so a case added
// without a sample fails here), rendered in zh-CN and en.

private let date = LocalDate(iso: "2026-03-05")!
private let sunday = LocalDate(iso: "2026-03-08")!
private let policies = Category(id: "policies", name: "法规政策", description: nil, audience: .public)

private let frontMatterSamples: [FrontMatterProblem] = [
    .missing(), .unclosed, .tab, .fullwidthSpaceIndent, .controlCharacter("\u{7}"), .bidiControl("\u{202E}"),
    .escapedControlCharacter("\\e", "\u{1B}"), .loneCarriageReturn, .documentStart, .documentEnd,
    .tooDeep(limit: 64), .valueAlreadyGiven(key: "title"), .itemValueAlreadyGiven, .misalignedDash(found: 4, expected: 3),
    .notAListItem(keyColumn: 1), .matchesNoLevel(spaces: 2, levels: [0, 4]), .duplicateKey("title", firstLine: 2),
    .fullwidthColon(key: "title", value: "关于低保的通知"), .missingSpace(key: "title"), .missingSpaceAfterDash(entry: "-低保"),
    .fullwidthSpaceAfterColon(key: "department", value: "社会救助股"),
    .fullwidthSpaceInKey("approved　by", fixed: "approved-by"), .smartQuotesKey("“title”"), .expectedKeyValue,
    .listItemWhereKeyExpected, .keyStartsWith("%"), .keyIsList, .complexKey, .emptyKey, .expectedColonAfterQuotedKey,
    .anchor("&base"), .alias("*x"), .tag("!!str"), .unterminatedQuote("\""), .unknownEscape("\\q"),
    .badHexEscape("\\u", digits: 4), .invalidEscapedCharacter("\\uD800"), .textAfterQuote,
    .valueContainsColon(value: "会议时间: 上午"), .valueEndsWithColon(value: "注意:"), .valueStartsWith("@"), .smartQuotes("“decision”"), .listOnKeyLine, .folded, .flowMapping,
    .severalLines(key: "summary"), .textAfterLiteralHeader, .zeroIndentationIndicator, .unclosedBracket, .nestedFlowList,
    .colonInFlowList, .emptyFlowEntry, .expectedCommaOrBracket, .flowIndicatorInValue("{"),
    .fullwidthComma(fixed: "[低保, 救助]"), .textAfterBracket,
]

private let fieldSamples: [FieldProblem] = [
    .mustBeText(key: "title", found: .list), .mustBeDate(key: "published", found: .text("明天")),
    .impossibleDate("2026-02-30", .monthHasDays(year: 2026, month: 2, days: 28)),
    .dateFormat(key: "published", found: "2026年3月5日"), .mustBeBool(key: "board", found: .text("是")),
    .mustBeNumber(key: "posting-days", range: 1...365, found: .text("二十")),
    .mustBeOneOf(key: "kind", names: ["notice", "decision"], found: .mapping),
    .unknownValue(key: "kind", value: "notise", names: ["notice", "decision"]),
    .entryMustBeText(key: "keywords", found: .mapping), .mustBeList(key: "keywords"),
    .mustBeListOfEntries(key: "steps", firstKey: "limit"),
    .entryMustBeMapping(key: "steps", keys: ["limit", "name", "role"], found: .text("受理")),
    .mustBeMapping(key: "feedback", keys: ["email", "phone"]), .recordNeeds(.change, key: "note"),
    .recordNeedsDate(.holiday, key: "from"), .unknownKey("publised", in: .frontMatter),
    .unknownKeys(count: 100_000, first: ["k0", "k1", "k2", "k3", "k4"], in: .frontMatter),
    .misplacedKey("expires", .timing(for: .adHoc, this: .longTerm)), .joinedByFullwidthComma(key: "keywords", value: "低保，救助"),
    .joinedByEnumerationComma(key: "keywords", value: "低保、救助"),
]

private let itemSamples: [ItemProblem] = [
    .missingField("title"), .badID("通知"), .badCovers("2026年三季度"), .approvedNeedsPublished,
    .incompleteApproval(present: "approved-by", missing: "approved-on"), .missingPeriod, .missingCovers,
    .coversMismatch(covers: Covers("2026-Q3")!, period: .monthly), .expiryTwice, .missingExpiry,
    .expiresBeforePublished(expires: date, published: sunday), .docNumber("示民发[2026]12号"), .confidentialityMustBeList,
    .blankField("title"), .signOffPlaceholder(key: "approved-by", value: "TBD"),
    .approvedAfterPublished(approved: sunday, published: date), .personalDataInID(.mobile, masked: "138****8000"),
    .personalDataInSeries(.mobile, masked: "138****8000"),
    .personalDataInFileName("a138****8000.md", .mobile, masked: "138****8000"), .bodyControlCharacter("\u{0}"),
    .bodyBidiControl("\u{202E}"), .tooManyProblems(more: 12), .notRead,
    .duplicateID("a", firstPath: "content/items/a.md"), .duplicateIndex("X/2026-00001", firstPath: "content/items/a.md"),
    .indexFormat("X-1", format: "{organ-code}/{year}-{serial:5}"),
    .categoryAudience(category: "budget", categoryAudience: .internal, audience: .public), .unknownCategory("polices"),
    .unknownReference(field: "replaced-by", target: "b"), .linkToNoID(destination: "id:b", id: "b"),
    .linkToNoFile(destination: "b.md", path: "content/items/b.md"),
    .linkToItemWithErrors(destination: "b.md", path: "content/items/b.md",
                          firstError: SourceLocation(path: "content/items/b.md", line: 4, column: 9)), .withheldNested, .withheldMissingReason,
    .withheldUnknownReason("privacy", reasons: ["personal-privacy", "state-secret"]),
]

private let siteSamples: [SiteProblem] = [
    .missing(root: "/srv/site"), .missingField("organ"), .missingCategories, .badTimeZone("Beijing"), .badIndexFormat,
    .unknownLanguage("zh", languages: ["zh-CN", "en"]), .badTheme("My Theme"), .duplicateCategory("policies"),
    .badCategoryID("Policies"), .badDuration(key: "due-soon", text: "一周", .notADuration),
    .badDuration(key: "due-soon", text: "99999 days", .tooLong), .badURL(key: "base-url"), .themeMissing("blue"),
    .template("unclosed tag; expected '}}'"), .missingTemplate("item"), .missingStrings(language: "en"),
    .stringNotText("skip"), .assetType(".exe", known: [".css", ".png"]),
]

private let calendarSamples: [CalendarProblem] = [
    .unreadableFolder, .folderInside("2026"), .misnamed("2026.yml"), .missingSource, .wrongYear(date, year: 2025),
    .reversedRange(holiday: "春节", from: sunday, to: date),
    .overlap(holiday: "国庆节", from: date, to: sunday, other: "中秋节", otherFrom: date, otherTo: date),
    .duplicateWorkday(sunday, firstLine: 9), .workdayNotWeekend(date),
    .workdayInHoliday(sunday, holiday: "春节", from: date, to: sunday), .missingYear(2027),
]

private let outputSamples: [OutputProblem] = [
    .unreadable, .notUTF8(byte: 0xFF), .personalData(.mobile, masked: "138****8000", field: "summary"),
    .rosterColumns(["身份证号"]), .badChromium("/bin/x"), .noChromium(lookedFor: ["chromium"]),
    .leak(path: "public/a.html", what: .forbiddenText),
    .leak(path: "public/a.html", what: .personalData(.mobile, masked: "138****8000", line: 3, column: 7)),
    .leak(path: "public/a.exe", what: .uncheckedType(".exe")),
]

private let hintSamples: [DiagnosticHint] = [
    .didYouMean("published"), .didYouMeanCategory(id: "policies", name: "法规政策"), .write("published: 2026-03-05"),
    .oneOf(["state-secret", "personal-privacy"]), .example("X/2026-00001"), .typeThreeHyphens(found: "——"),
    .halfWidthSpaces, .straightQuotes("关于低保的通知"), .dropQuotes("decision"), .straightClosingQuote,
    .quoteValue("会议时间: 上午"), .commas("[低保, 救助]"), .deleteFullwidthSpace(write: "kind: notice"), .writeList("keywords: [低保, 救助]"),
    .unindentBelow("doc-number"),
    .addTitle, .addCategory, .addIndex, .addTiming, .addPublished, .renameFileOrSetID, .uniqueIDs,
    .categoryIDs([policies]), .internalCategory, .publicCategory, .moveWithheldOut, .calendarSource(year: 2027),
    .datesOfYearGoIn(year: 2027), .fromIsFirstDayOff, .joinFestivals, .offOrWorked, .renameCalendarFile("2026.yaml"),
    .holidaysGoIn, .addCalendarYear(2027), .runInSiteFolder, .saveAsUTF8, .maskPersonalData,
    .allowedRosterColumns(["序号", "姓名"]), .chromiumPath, .installChromium("apt-get install chromium"), .reportBug,
]

/// The name of an enum case, whatever its payload.
private func caseName(_ value: Any) -> String {
    Mirror(reflecting: value).children.first?.label ?? String(describing: value)
}

/// The cases an enum of the catalogue declares, read from its source file: the `case` lines
/// directly inside the enum (nested types and `switch` arms are indented deeper).
private func declaredCases(in file: String) throws -> Set<String> {
    let url = packageRoot.appendingPathComponent("Sources/GongkaiKit/Diagnostics/Messages/\(file)")
    let source = try String(contentsOf: url, encoding: .utf8)
    var names: Set<String> = []
    for line in source.split(separator: "\n") where line.hasPrefix("    case ") {
        var depth = 0, current = ""
        for c in line.dropFirst("    case ".count) {
            if c == "(" { depth += 1 } else if c == ")" { depth -= 1 }
            if depth == 0 && c == "," {
                names.insert(current)
                current = ""
            } else if depth == 0 && c != " " {
                current.append(c)
            }
        }
        names.insert(current)
    }
    return Set(names.map { String($0.prefix { $0.isLetter || $0.isNumber }) }.filter { !$0.isEmpty })
}

private func containsChinese(_ s: String) -> Bool {
    s.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
}

private func checkBothLanguages(_ texts: [(name: String, zh: String, en: String)],
                                sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    for t in texts {
        #expect(!t.zh.isEmpty && !t.en.isEmpty, "\(t.name)", sourceLocation: sourceLocation)
        #expect(t.zh != t.en, "\(t.name): the same words in both languages: \(t.en)", sourceLocation: sourceLocation)
        #expect(containsChinese(t.zh), "\(t.name): no Chinese in \(t.zh)", sourceLocation: sourceLocation)
        #expect(!t.zh.hasSuffix("。") && !t.en.hasSuffix("."), "\(t.name): a final full stop", sourceLocation: sourceLocation)
    }
}

@Test(arguments: [
    ("FrontMatterProblem.swift", frontMatterSamples.map(caseName)),
    ("FieldProblem.swift", fieldSamples.map(caseName)),
    ("ItemProblem.swift", itemSamples.map(caseName)),
    ("SiteProblem.swift", siteSamples.map(caseName)),
    ("CalendarProblem.swift", calendarSamples.map(caseName)),
    ("OutputProblem.swift", outputSamples.map(caseName)),
    ("DiagnosticHint.swift", hintSamples.map(caseName)),
])
func everyCaseOfTheCatalogueHasASample(file: String, sampled: [String]) throws {
    let declared = try declaredCases(in: file)
    #expect(declared.count > 5, "could not read the cases of \(file)")
    #expect(declared.subtracting(sampled).sorted() == [], "cases without a sample in \(file)")
    #expect(Set(sampled).subtracting(declared).sorted() == [], "samples that are no case of \(file)")
}

@Test func everyMessageIsWrittenInChineseAndInEnglish() {
    let messages: [DiagnosticMessage] = frontMatterSamples.map { .frontMatter($0) } + fieldSamples.map { .field($0) }
        + itemSamples.map { .item($0) } + siteSamples.map { .site($0) } + calendarSamples.map { .calendar($0) }
        + outputSamples.map { .output($0) }
    checkBothLanguages(messages.map { ("\($0)", $0.text(in: .zhCN), $0.text(in: .en)) })
}

@Test func everyHintIsWrittenInChineseAndInEnglish() {
    checkBothLanguages(hintSamples.map { ("\($0)", $0.text(in: .zhCN), $0.text(in: .en)) })
}

@Test func whatTheEditorTypedIsQuotedVerbatimInBothLanguages() {
    for language in Language.allCases {
        #expect(FieldProblem.unknownKey("publised", in: .frontMatter).text(in: language).contains("'publised'"))
        #expect(DiagnosticHint.didYouMean("published").text(in: language).contains("'published'"))
        #expect(FieldProblem.dateFormat(key: "published", found: "2026年3月5日").text(in: language).contains("'2026年3月5日'"))
    }
    #expect(FieldProblem.unknownKey("publised", in: .frontMatter).text(in: .zhCN) == "未知字段 'publised'")
    #expect(DiagnosticHint.didYouMean("published").text(in: .zhCN) == "是不是想写 'published'？")
}

@Test func aDiagnosticSpeaksTheLanguageItIsAskedFor() {
    let d = Diagnostic(.error, "front-matter.unknown-key", .field(.unknownKey("publised", in: .frontMatter)),
                       at: SourceLocation(path: "content/items/a.md", line: 9, column: 1), hint: .didYouMean("published"))
    #expect(d.description(in: .zhCN) == "content/items/a.md:9:1: error: [front-matter.unknown-key] 未知字段 'publised'")
    #expect(d.hint(in: .zhCN) == "是不是想写 'published'？")
    #expect(d.description(in: .en) == "content/items/a.md:9:1: error: [front-matter.unknown-key] unknown key 'publised' in front matter")
    #expect(d.hint(in: .en) == "did you mean 'published'?")
    #expect(d.description == d.description(in: .en))
}

@Test func maskingAppliesToTheWordsInEitherLanguage() {
    let d = Diagnostic(.error, "front-matter.type", .field(.mustBeDate(key: "review-by", found: .text("13800138000"))),
                       hint: .write("review-by: 13800138000")).maskingPersonalData()
    for language in Language.allCases {
        #expect(!d.message(in: language).contains("13800138000"))
        #expect(d.message(in: language).contains("138****8000"))
        #expect(d.hint(in: language)?.contains("138****8000") == true)
    }
}

@Test func signOffBlankAndPrivacyMessagesReadAsWritten() {
    let expected: [(DiagnosticMessage, String, String)] = [
        (.item(.blankField("title")), "'title'（标题）是空的；请写上信息的完整标题", "'title' is empty; write the item's full title"),
        (.item(.blankField("category")), "'category'（分类）是空的；请填写 content/site.yaml 中一个分类的代码",
         "'category' is empty; write the id of one of the categories in content/site.yaml"),
        (.item(.blankField("index")), "'index'（索引号）是空的；请填写这条信息的索引号", "'index' is empty; write the item's 索引号 (index number)"),
        (.item(.blankField("approved-by")),
         "'approved-by'（签发人）是空的；请写上签发人的姓名；还没有签发时，请把 approved-by 和 approved-on 两行都删去或注释掉",
         "'approved-by' is empty; write the name of the person who signed the item off, or, until it is signed off, remove or comment out both 'approved-by' and 'approved-on'"),
        (.item(.blankField("reviewed-by")),
         "'reviewed-by'（保密审查人）是空的；请写上做保密审查的人的姓名；还没有审查时，请把 reviewed-by 和 reviewed-on 两行都删去或注释掉",
         "'reviewed-by' is empty; write the name of the person who did the secrecy review, or, until it is done, remove or comment out both 'reviewed-by' and 'reviewed-on'"),
        (.item(.signOffPlaceholder(key: "approved-by", value: "待定")),
         "'approved-by'（签发人）写的是 '待定'，这是占位的字样，不是人名；请写上签发人的姓名；还没有签发时，请把 approved-by 和 approved-on 两行都删去或注释掉",
         "'approved-by' is '待定', a placeholder rather than a person; write the name of the person who signed the item off, or, until it is signed off, remove or comment out both 'approved-by' and 'approved-on'"),
        (.item(.approvedAfterPublished(approved: sunday, published: date)),
         "签发日期 'approved-on' 2026-03-08 晚于发布日期 'published' 2026-03-05；信息必须先签发后发布，请改正日期",
         "'approved-on' 2026-03-08 is after 'published' 2026-03-05; an item must be signed off before it is published, so correct the dates"),
        (.item(.personalDataInID(.mobile, masked: "138****8000")), "id 里有手机号码（138****8000）；id 会成为网页地址，不能含有个人信息",
         "the id contains a mobile number (138****8000); ids become page addresses and must not hold personal data"),
        (.item(.personalDataInSeries(.email, masked: "z***@example.com")),
         "'series' 里有电子邮箱地址（z***@example.com）；系列名会成为网页地址，不能含有个人信息",
         "the series contains an e-mail address (z***@example.com); series names become page addresses and must not hold personal data"),
        (.item(.personalDataInFileName("a138****8000.md", .mobile, masked: "138****8000")),
         "文件名 'a138****8000.md' 里有手机号码（138****8000）；没有填写 id 时，文件名就是网页地址，不能含有个人信息；请给文件改名，或填写 'id'",
         "the file name 'a138****8000.md' contains a mobile number (138****8000); without an 'id' the file name becomes the page address and must not hold personal data, so rename the file or set 'id'"),
        (.item(.bodyControlCharacter("\u{0}")), "正文里有一个看不见的控制字符 U+0000，正文里不能有；请删除它",
         "the invisible control character U+0000 cannot appear in the text; delete it"),
        (.item(.bodyBidiControl("\u{202E}")), "正文里有一个看不见的文字方向控制符 U+202E，它会让文字显示的顺序与实际内容不同；请删除它",
         "the invisible direction control U+202E cannot appear in the text: it makes text show in another order than it is stored in; delete it"),
        (.item(.tooManyProblems(more: 12)), "这个文件还有 12 个问题没有列出；请先改正上面列出的问题",
         "12 more problems in this file not shown; fix the ones above first"),
        (.item(.notRead), "无法读取这条信息，也没有找到原因；这是 gongkai 的问题，请报告",
         "this item could not be read and no reason was found; this is a bug in gongkai, please report it"),
        (.frontMatter(.bidiControl("\u{202E}")),
         "这里有一个看不见的文字方向控制符 U+202E，它会让文字显示的顺序与实际内容不同，字段区里不能有；请删除它",
         "the invisible direction control U+202E cannot appear in front matter: it makes text show in another order than it is stored in; delete it"),
        (.frontMatter(.escapedControlCharacter("\\e", "\u{1B}")), "'\\e' 表示看不见的控制字符 U+001B，字段区里不能有；请删除它",
         "'\\e' stands for the invisible control character U+001B, which cannot appear in front matter; delete it"),
        (.frontMatter(.loneCarriageReturn), "这里有一个单独的回车符 U+000D（后面没有换行符）；请把文件存成普通的换行格式（LF 或 CRLF）",
         "a carriage return (U+000D) without a line feed after it; save the file with ordinary line ends (LF or CRLF)"),
        (.field(.unknownKeys(count: 100_000, first: ["k0", "k1", "k2", "k3", "k4"], in: .frontMatter)),
         "有 100000 个未知字段：k0、k1、k2、k3、k4 等；字段区里只能写 gongkai 的字段，正文要写在第二行 '---' 之后",
         "100000 unknown keys in front matter: k0, k1, k2, k3, k4 …; only gongkai's keys go between the '---' lines, the text goes after the second one"),
        (.field(.unknownKeys(count: 12, first: ["a", "b", "c", "d", "e"], in: .siteYAML)),
         "site.yaml 中有 12 个未知字段：a、b、c、d、e 等", "12 unknown keys in site.yaml: a, b, c, d, e …"),
    ]
    for (message, zh, en) in expected {
        #expect(message.text(in: .zhCN) == zh)
        #expect(message.text(in: .en) == en)
    }
}

@Test func aMessageNamesInvisibleCharactersInsteadOfPrintingThem() {
    let message = DiagnosticMessage.field(.unknownKey("a\u{1B}[31mb\u{202E}c", in: .frontMatter))
    #expect(message.text(in: .en) == "unknown key 'a<U+001B>[31mb<U+202E>c' in front matter")
    #expect(DiagnosticHint.didYouMean("x\u{0}").text(in: .en) == "did you mean 'x<U+0000>'?")
}
