import Foundation
import Testing
@testable import GongkaiKit

// Which language gongkai speaks, run as an editor or CI runs it: Chinese for a zh-CN site,
// English with --lang en or for an en site, the locale when site.yaml cannot be read.

@Suite(.serialized) struct DiagnosticLanguageTests {
    /// A zh-CN site (the default) with one misspelt key.
    private func siteWithASlip(language: String? = nil) throws -> TestSite {
        let site = try TestSite()
        if let language { try site.write("content/site.yaml", TestSite.siteYAML + "language: \(language)\n") }
        try site.write("content/items/a.md", TestSite.item(extra: "sumary: 调整标准\n"))
        return site
    }

    private let chinese = """
        content/items/a.md:9:1: error: [front-matter.unknown-key] 未知字段 'sumary'
          9 | sumary: 调整标准
            | ^
          提示：是不是想写 'summary'？

        """

    private let english = """
        content/items/a.md:9:1: error: [front-matter.unknown-key] unknown key 'sumary' in front matter
          9 | sumary: 调整标准
            | ^
          hint: did you mean 'summary'?

        """

    @Test func aChineseSiteGetsChineseMessagesHintsAndSummary() throws {
        let site = try siteWithASlip()
        let run = try gongkai(["check", "--as-of", "2026-11-29"], in: site.root)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix(chinese), "\(run.stderr)")
        #expect(run.stderr.contains("黄牌 (3)\n  content/site.yaml:9:5: yellow: [supervision.empty-category] 公开目录分类“法规政策”（policies）没有现行有效的公开信息\n"))
        #expect(run.stderr.hasSuffix("gongkai check：截至 2026-11-29，读取 1 条信息，公开 0 条，未公开 1 条；1 个错误，0 个警告；电子监察：红牌 0 张，黄牌 3 张\n"))
        let build = try gongkai(["build", "--as-of", "2026-11-29"], in: site.root)
        #expect(build.stderr.hasSuffix("，未写入任何文件；1 个错误，0 个警告；电子监察：红牌 0 张，黄牌 3 张（原有输出保持不变）\n"), "\(build.stderr)")
    }

    @Test func langEnSpeaksEnglishOnAChineseSite() throws {
        let site = try siteWithASlip()
        let run = try gongkai(["check", "--as-of", "2026-11-29", "--lang", "en"], in: site.root)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix(english), "\(run.stderr)")
        #expect(run.stderr.contains("Yellow cards (3)\n  content/site.yaml:9:5: yellow: [supervision.empty-category] catalogue category 'policies' (法规政策) has no current item\n"))
        #expect(run.stderr.hasSuffix("gongkai check: as of 2026-11-29: 1 items read, 0 published, 1 withheld; 1 error, 0 warnings; supervision: 0 red, 3 yellow\n"))
    }

    @Test func anEnglishSiteGetsEnglishAndLangZhCNChinese() throws {
        let site = try siteWithASlip(language: "en")
        let run = try gongkai(["check", "--as-of", "2026-11-29"], in: site.root)
        #expect(run.stderr.hasPrefix(english), "\(run.stderr)")
        let zh = try gongkai(["check", "--as-of", "2026-11-29", "--lang", "zh-CN"], in: site.root)
        #expect(zh.stderr.hasPrefix(chinese), "\(zh.stderr)")
    }

    @Test func supervisionCardsFollowTheChosenLanguage() throws {
        let site = try TestSite(copying: "golden")
        let en = try gongkai(["check", "--as-of", "2026-11-29", "--lang", "en"], in: site.root)
        #expect(en.stderr.hasPrefix("Yellow cards (10)\n  content/items/2026/finance-q2.md:10:14: yellow: [supervision.no-secrecy-review] published without a recorded secrecy review (reviewed-by, reviewed-on)\n"), "\(en.stderr)")
    }

    @Test func jsonKeepsTheCodeAndGivesTheMessageInTheChosenLanguage() throws {
        let site = try siteWithASlip()
        func first(_ arguments: [String]) throws -> [String: Any] {
            let run = try gongkai(["check", "--as-of", "2026-11-29", "--format", "json"] + arguments, in: site.root)
            let object = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            return try #require((object["diagnostics"] as? [[String: Any]])?.first)
        }
        let zh = try first([])
        #expect(zh["code"] as? String == "front-matter.unknown-key")
        #expect(zh["message"] as? String == "未知字段 'sumary'")
        #expect(zh["hint"] as? String == "是不是想写 'summary'？")
        let en = try first(["--lang", "en"])
        #expect(en["code"] as? String == "front-matter.unknown-key")
        #expect(en["message"] as? String == "unknown key 'sumary' in front matter")
        #expect(en["hint"] as? String == "did you mean 'summary'?")
    }

    @Test func githubAnnotationsAreInTheChosenLanguage() throws {
        let site = try siteWithASlip()
        let run = try gongkai(["check", "--as-of", "2026-11-29", "--format", "github"], in: site.root)
        #expect(run.stderr.hasPrefix("::error file=content/items/a.md,line=9,col=1,title=front-matter.unknown-key::未知字段 'sumary'（是不是想写 'summary'？）\n"), "\(run.stderr)")
    }

    @Test func aSiteYAMLWithErrorsStillNamesItsLanguage() throws {
        let site = try TestSite()
        try site.write("content/site.yaml", TestSite.siteYAML + "language: en\ncolour: blue\n")
        let run = try gongkai(["check", "--as-of", "2026-11-29"], in: site.root, environment: ["LC_ALL": "zh_CN.UTF-8"])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("content/site.yaml:17:1: error: [front-matter.unknown-key] unknown key 'colour' in site.yaml"),
                "\(run.stderr)")
    }

    @Test func anUnreadableSiteYAMLFallsBackToTheLocale() throws {
        let site = try TestSite()
        var bytes = Array(TestSite.siteYAML.utf8)
        bytes.insert(0xFF, at: 7)
        try Data(bytes).write(to: site.root.appendingPathComponent("content/site.yaml"))
        let zh = try gongkai(["check", "--as-of", "2026-11-29"], in: site.root, environment: ["LC_ALL": "zh_CN.UTF-8"])
        #expect(zh.status == 1)
        #expect(zh.stderr.hasPrefix("content/site.yaml:1:8: error: [source.not-utf8] 这个文件不是 UTF-8 编码的文字（此处的字节是 0xFF）"),
                "\(zh.stderr)")
        let en = try gongkai(["check", "--as-of", "2026-11-29"], in: site.root, environment: ["LC_ALL": "", "LANG": "C.UTF-8"])
        #expect(en.stderr.hasPrefix("content/site.yaml:1:8: error: [source.not-utf8] the file is not UTF-8 text (byte 0xFF here)"),
                "\(en.stderr)")
    }

    @Test func theCaretStandsUnderTheCharacterAfterChineseText() throws {
        let site = try TestSite()
        try site.write("content/items/a.md", TestSite.item(extra: "summary: 会议时间: 上午\nkeywords: [低保，救助]\n"))
        let run = try gongkai(["check", "--as-of", "2026-11-29"], in: site.root)
        // 会议时间 takes eight columns of the terminal, not four.
        #expect(run.stderr.contains("""
              9 | summary: 会议时间: 上午
                |                  ^

            """), "\(run.stderr)")
        #expect(run.stderr.contains("""
              10 | keywords: [低保，救助]
                 |                ^

            """), "\(run.stderr)")
    }

    @Test func theLineIsShownForAFileWithWindowsLineEnds() throws {
        let site = try TestSite()
        let text = TestSite.item(extra: "sumary: 调整标准\n").replacingOccurrences(of: "\n", with: "\r\n")
        try site.write("content/items/a.md", text)
        let run = try gongkai(["check", "--as-of", "2026-11-29"], in: site.root)
        #expect(run.stderr.hasPrefix(chinese), "\(run.stderr)")
    }

    @Test func newSpeaksTheChosenLanguage() throws {
        let site = try TestSite()
        let run = try gongkai(["new", "notice", "关于测试的通知", "--as-of", "2026-11-29", "--lang", "en"], in: site.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.hasPrefix("gongkai new: wrote content/items/2026/2026-11-29-notice.md"))
        let again = try gongkai(["new", "notice", "关于测试的通知", "--as-of", "2026-11-29", "--id", "2026-11-29-notice"], in: site.root)
        #expect(again.status == 1)
        #expect(again.stderr == "gongkai new: content/items/2026/2026-11-29-notice.md 已经存在；gongkai new 不会覆盖已有文件（请用 --id 另选一个 id）\n")
    }

    @Test func anUnknownLanguageIsAUsageError() throws {
        let run = try gongkai(["check", "--lang", "fr"], in: FileManager.default.temporaryDirectory)
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("gongkai: --lang must be zh-CN or en; got 'fr'\n"))
    }
}

@Test func theLanguageComesFromTheFlagThenTheSiteThenTheLocale() throws {
    let site = try TestSite()
    let zhLocale = ["LANG": "zh_CN.UTF-8"], cLocale = ["LANG": "C.UTF-8"]
    #expect(Language.resolve(flag: .en, root: site.root, environment: zhLocale) == .en)
    #expect(Language.resolve(flag: nil, root: site.root, environment: cLocale) == .zhCN, "no language: is zh-CN")
    try site.write("content/site.yaml", TestSite.siteYAML + "language: \"en\"  # English\n")
    #expect(Language.resolve(flag: nil, root: site.root, environment: zhLocale) == .en)
    try site.write("content/site.yaml", TestSite.siteYAML + "language: english\n")
    #expect(Language.resolve(flag: nil, root: site.root, environment: zhLocale) == .zhCN, "a language gongkai lacks: the locale")
    try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/site.yaml"))
    #expect(Language.resolve(flag: nil, root: site.root, environment: zhLocale) == .zhCN)
    #expect(Language.resolve(flag: nil, root: site.root, environment: cLocale) == .en)
    #expect(Language.ofLocale(["LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"]) == .en, "LC_ALL comes first")
    #expect(Language.ofLocale(["LC_ALL": "", "LC_MESSAGES": "zh_TW.UTF-8", "LANG": "C"]) == .zhCN, "an empty LC_ALL is unset")
    #expect(Language.ofLocale([:]) == .en)
}

@Test func chineseCharactersAndFullWidthPunctuationTakeTwoColumns() {
    #expect(DisplayWidth.of("a" as Unicode.Scalar) == 1)
    for wide: Unicode.Scalar in ["中", "：", "，", "\u{3000}", "（", "〔", "Ａ"] { #expect(DisplayWidth.of(wide) == 2, "\(wide)") }
    #expect(DisplayWidth.of("\u{301}" as Unicode.Scalar) == 0, "a combining accent")
    #expect(DisplayWidth.of("“" as Unicode.Scalar) == 1, "ambiguous width counts as one")
    #expect(DisplayWidth.of("title：关于") == 11)
}

@Test func theCaretPaddingCountsColumnsNotCharacters() {
    #expect(DisplayWidth.caretPadding(line: "title：关于", column: 6) == String(repeating: " ", count: 5))
    #expect(DisplayWidth.caretPadding(line: "title：关于", column: 7) == String(repeating: " ", count: 7))
    #expect(DisplayWidth.caretPadding(line: "　　department:", column: 3) == String(repeating: " ", count: 4))
    #expect(DisplayWidth.caretPadding(line: "\tkey: x", column: 2) == "\t", "a tab stays a tab, as the line above shows it")
}
