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
    .missing(), .unclosed, .tab, .fullwidthSpaceIndent, .controlCharacter("\u{7}"), .documentStart, .documentEnd,
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
    .misplacedKey("expires", .timing(for: .adHoc, this: .longTerm)), .joinedByFullwidthComma(key: "keywords", value: "低保，救助"),
]

private let itemSamples: [ItemProblem] = [
    .missingField("title"), .badID("通知"), .badCovers("2026年三季度"), .approvedNeedsPublished,
    .incompleteApproval(present: "approved-by", missing: "approved-on"), .missingPeriod, .missingCovers,
    .coversMismatch(covers: Covers("2026-Q3")!, period: .monthly), .expiryTwice, .missingExpiry,
    .expiresBeforePublished(expires: date, published: sunday), .docNumber("示民发[2026]12号"), .confidentialityMustBeList,
    .duplicateID("a", firstPath: "content/items/a.md"), .duplicateIndex("X/2026-00001", firstPath: "content/items/a.md"),
    .indexFormat("X-1", format: "{organ-code}/{year}-{serial:5}"),
    .categoryAudience(category: "budget", categoryAudience: .internal, audience: .public), .unknownCategory("polices"),
    .unknownReference(field: "replaced-by", target: "b"), .linkToNoID(destination: "id:b", id: "b"),
    .linkToNoFile(destination: "b.md", path: "content/items/b.md"), .withheldNested, .withheldMissingReason,
    .withheldUnknownReason("privacy", reasons: ["personal-privacy", "state-secret"]),
]

private let siteSamples: [SiteProblem] = [
    .missing(root: "/srv/site"), .missingField("organ"), .missingCategories, .badTimeZone("Beijing"), .badIndexFormat,
    .unknownLanguage("zh", languages: ["zh-CN", "en"]), .badTheme("My Theme"), .duplicateCategory("policies"),
    .badCategoryID("Policies"), .badDuration(key: "due-soon", text: "一周", .notADuration),
    .badDuration(key: "due-soon", text: "99999 days", .tooLong), .badURL(key: "base-url"), .themeMissing("blue"),
    .template("unclosed tag; expected '}}'"), .missingTemplate("item"), .missingStrings(language: "en"),
    .stringNotText("skip"),
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
    .leak(path: "public/a.html", what: "personal data"),
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
