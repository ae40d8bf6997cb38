import Foundation
import Testing
@testable import GongkaiKit

/// `gongkai new`: drafts that build cleanly, 索引号 that are never given twice, refusals.
@Suite struct NewItemTests {
    static let today = LocalDate(iso: "2026-11-29")!

    private func create(_ site: TestSite, _ kind: String, _ title: String = "关于测试的通知", category: String? = nil,
                        timing: String? = nil, audience: String? = nil, id: String? = nil,
                        date: LocalDate = today) throws -> NewItemResult {
        let config = try NewItem.siteConfig(root: site.root)
        return try NewItem.create(NewItemRequest(kind: kind, title: title, category: category, timing: timing,
                                                 audience: audience, id: id, date: date),
                                  config: config, root: site.root)
    }

    @Test(arguments: ItemKind.allCases)
    func everyKindAndTimingBuildsWithNoDiagnosticAsAnUnapprovedDraft(kind: ItemKind) throws {
        for timing in Timing.allCases {
            let site = try TestSite()
            let result = try create(site, kind.rawValue, "测试\(kind.rawValue)\(timing.rawValue)", timing: timing.rawValue)
            let text = try #require(site.read(result.path))
            #expect(!text.contains("\napproved-by:") && !text.contains("\napproved-on:"), "sign-off lines must stay commented")
            #expect(text.contains("\n# approved-by:"))
            #expect(text.contains("\ntiming: \(timing.rawValue) "))

            let summary = try site.build()
            #expect(summary.diagnostics.isEmpty, "\(kind) \(timing): \(summary.diagnostics)")
            #expect(summary.wroteOutput)
            #expect(summary.itemsValid == 1 && summary.published == 0, "a new item is a draft until signed off")

            let preview = try SiteBuilder.build(BuildOptions(root: site.root, asOf: Self.today, drafts: true))
            #expect(preview.diagnostics.isEmpty, "\(kind) \(timing) in the drafts preview: \(preview.diagnostics)")
            #expect(site.exists("preview/public/items/\(result.id).html"))
        }
    }

    @Test func theItemCarriesTheFieldsOfItsKindWithCommentsAndToday() throws {
        let site = try TestSite()
        let result = try create(site, "guide", "最低生活保障申请办事指南", category: "policies")
        #expect(result.path == "content/items/2026/2026-11-29-guide.md")
        #expect(result.index == "11330000MB0000000X/2026-00001")
        let text = try #require(site.read(result.path))
        for key in ["title", "kind", "category", "audience", "timing", "index", "written", "published", "department",
                    "summary", "keywords", "conditions", "materials", "steps", "limit", "fee", "place", "hours", "phone",
                    "online-url", "review-by"] {
            #expect(text.contains("\n\(key):"), "missing \(key)")
        }
        #expect(text.contains("\ntitle: \"最低生活保障申请办事指南\""))
        #expect(text.contains("\nwritten: 2026-11-29 "))
        #expect(text.contains("\nphone: \"0571-00000000\""), "the enquiries phone comes from site.yaml")
        #expect(text.contains("# 承办股室"))
        #expect(!text.contains("\nexpires:"), "a long-term guide takes no ad-hoc fields")
        // One sentence a comment line: the explanation of '#' is not glued to the first.
        #expect(text.hasPrefix("""
            ---
            # 由 gongkai new 于 2026-11-29 创建。
            # 每行“#”后面的文字是说明，可以删去；留空的字段填写后才生效。
            # 签发前本条不会公开；用 gongkai serve --drafts 预览。

            """))
    }

    @Test func uncommentingTheExamplesAndTheSignOffPublishesIt() throws {
        let site = try TestSite()
        let result = try create(site, "power", "最低生活保障对象认定")
        var text = try #require(site.read(result.path))
        text = text.replacingOccurrences(of: "\n#  - ", with: "\n  - ").replacingOccurrences(of: "\n#    ", with: "\n    ")
            .replacingOccurrences(of: "\n# approved-by:", with: "\napproved-by: 王建国")
            .replacingOccurrences(of: "\n# approved-on:", with: "\napproved-on: 2026-11-29")
        try site.write(result.path, text)
        let summary = try site.build()
        #expect(summary.diagnostics.isEmpty, "\(summary.diagnostics)")
        #expect(summary.published == 1)
        #expect(site.read("site/public/items/\(result.id).html")?.contains("窗口工作人员") == true)
    }

    @Test func englishSitesGetEnglishComments() throws {
        let site = try TestSite()
        try site.write("content/site.yaml", TestSite.siteYAML + "language: en\n")
        let result = try create(site, "roster", "New beneficiaries")
        let text = try #require(site.read(result.path))
        #expect(text.contains("# posting period in working days from publication"))
        #expect(!text.contains("公示期"))
        #expect(try site.build().diagnostics.isEmpty)
    }

    @Test func rostersGetTheSitesColumnsAndItsMinimumPostingPeriod() throws {
        let site = try TestSite()
        try site.write("content/site.yaml", TestSite.siteYAML + """
            privacy:
              roster-columns: [序号, 姓名, 所在村（社区）]
            supervision:
              roster-min-posting: 10 working days

            """)
        let text = try #require(site.read(try create(site, "roster", "名单公示").path))
        #expect(text.contains("```csv\n序号,姓名,所在村（社区）\n```"))
        #expect(text.contains("\nposting-days: 10 "))
        #expect(text.contains("\nboard: true "))
        #expect(try site.build().diagnostics.isEmpty)
    }

    @Test func theNextIndexSkipsEveryNumberTakenIncludingBrokenFilesAndTheArchive() throws {
        let site = try TestSite()
        try site.write("content/items/2026/a.md", TestSite.item(index: "11330000MB0000000X/2026-00007"))
        // Fails to parse (tab, unknown key), and its serial is written without the width.
        try site.write("content/items/2026/broken.md", "---\ntitle:\t坏\nindex： \"11330000MB0000000X/2026-12\"\n")
        try site.write("content/items/2025/old.md", TestSite.item(index: "11330000MB0000000X/2025-00090"))
        #expect(try create(site, "notice").index == "11330000MB0000000X/2026-00013")
        // A number published before and since deleted from content/ is never given again.
        try site.write("site/archive.json", #"{"as_of": "2026-11-28", "items": [{"index": "11330000MB0000000X/2026-00040", "id": "gone"}]}"#)
        #expect(try create(site, "notice").index == "11330000MB0000000X/2026-00041")
        #expect(try create(site, "notice", date: LocalDate(iso: "2027-01-04")!).index == "11330000MB0000000X/2027-00001")
    }

    @Test func theIndexFollowsTheSitesFormat() throws {
        let site = try TestSite()
        try site.write("content/site.yaml", TestSite.siteYAML + "index-format: \"MZ-{serial:3}\"\n")
        try site.write("content/items/2025/a.md", TestSite.item(index: "MZ-041", published: "2025-10-15"))
        let result = try create(site, "notice")
        #expect(result.index == "MZ-042", "without {year} the serial runs on across years")
        #expect(try site.build().diagnostics.isEmpty)
    }

    @Test func idsAreMadeFromTheDateAndKindAndNeverReused() throws {
        let site = try TestSite()
        try site.write("content/items/2025/2026-11-29-notice-2.md", TestSite.item(index: "11330000MB0000000X/2025-00001"))
        let ids = try (0..<3).map { _ in try create(site, "notice").id }
        #expect(ids == ["2026-11-29-notice", "2026-11-29-notice-3", "2026-11-29-notice-4"])
        #expect(try create(site, "notice", id: "dongchun-2026").path == "content/items/2026/dongchun-2026.md")
    }

    @Test func itRefusesToOverwriteAndToReuseAnID() throws {
        let site = try TestSite()
        try site.write("content/items/2026/taken.md", "editor's text\n")
        #expect(throws: NewItemError.exists(path: "content/items/2026/taken.md")) { try create(site, "notice", id: "taken") }
        #expect(site.read("content/items/2026/taken.md") == "editor's text\n")
        try site.write("content/items/2025/old.md", TestSite.item())
        #expect(throws: NewItemError.idTaken(id: "old", by: "content/items/2025/old.md")) { try create(site, "notice", id: "old") }
    }

    @Test func valuesAreCheckedWithDidYouMean() throws {
        let site = try TestSite()
        #expect(throws: NewItemError.invalid("unknown kind 'notic'; did you mean 'notice'? (expected notice, decision, power, guide or roster)")) {
            try create(site, "notic")
        }
        #expect(throws: NewItemError.invalid("unknown kind '通知'; did you mean 'notice'? (expected notice, decision, power, guide or roster)")) {
            try create(site, "通知")
        }
        #expect(throws: NewItemError.invalid("unknown timing 'adhoc'; did you mean 'ad-hoc'? (expected long-term, periodic or ad-hoc)")) {
            try create(site, "notice", timing: "adhoc")
        }
        #expect(throws: NewItemError.invalid("unknown audience 'pubic'; did you mean 'public'? (expected public or internal)")) {
            try create(site, "notice", audience: "pubic")
        }
        #expect(throws: NewItemError.invalid("unknown category 'polices'; did you mean 'policies'?")) {
            try create(site, "notice", category: "polices")
        }
        #expect(throws: NewItemError.invalid("unknown category 'weather'; expected one of: policies, finance, budget")) {
            try create(site, "notice", category: "weather")
        }
        #expect(throws: NewItemError.invalid("category 'budget' is an internal category but --audience is public; choose one of: policies, finance")) {
            try create(site, "notice", category: "budget", audience: "public")
        }
        #expect(throws: NewItemError.invalid("--id 'Bad_ID' must use only lowercase letters a-z, digits and '-', starting with a letter or digit")) {
            try create(site, "notice", id: "Bad_ID")
        }
        #expect(throws: NewItemError.invalid("the title is empty; write it in quotes, e.g. gongkai new notice \"关于……的通知\"")) {
            try create(site, "notice", " ")
        }
        #expect(throws: NewItemError.indexExhausted(year: 2026, format: "MZ{year}-{serial:1}")) {
            try site.write("content/site.yaml", TestSite.siteYAML + "index-format: \"MZ{year}-{serial:1}\"\n")
            try site.write("content/items/2026/a.md", TestSite.item(index: "MZ2026-9"))
            _ = try create(site, "notice")
        }
    }

    @Test func anInternalCategoryMakesAnInternalItem() throws {
        let site = try TestSite()
        let text = try #require(site.read(try create(site, "notice", category: "budget").path))
        #expect(text.contains("\naudience: internal "))
        #expect(text.contains("#   budget 财务收支"))
        #expect(try site.build().diagnostics.isEmpty)
    }
}

/// `gongkai new` as editors run it, several at once included.
@Suite(.serialized) struct NewCommandTests {
    @Test func printsThePathAndTellsWhatToDoNext() throws {
        let site = try TestSite()
        let run = try gongkai(["new", "notice", "关于做好冬季救助工作的通知", "--as-of", "2026-11-29"], in: site.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "content/items/2026/2026-11-29-notice.md\n")
        #expect(run.stderr == "gongkai new: 已创建 content/items/2026/2026-11-29-notice.md（索引号 11330000MB0000000X/2026-00001）；请填写内容，用 gongkai serve --drafts 预览，再送审签发\n")
    }

    @Test func todayComesFromSourceDateEpochInTheSitesZone() throws {
        let site = try TestSite()
        // 2026-12-31T16:30Z is already 2027-01-01 in Shanghai.
        let run = try gongkai(["new", "notice", "新年通知"], in: site.root, environment: ["SOURCE_DATE_EPOCH": "1798734600"])
        #expect(run.stdout == "content/items/2027/2027-01-01-notice.md\n", "\(run.stderr)")
        #expect(site.read("content/items/2027/2027-01-01-notice.md")?.contains("index: \"11330000MB0000000X/2027-00001\"") == true)
    }

    @Test func indexNumbersStayUniqueAcrossManyRunsSomeAtOnce() throws {
        let site = try TestSite()
        for n in 0..<30 {
            let run = try gongkai(["new", n % 2 == 0 ? "notice" : "roster", "第\(n)号", "--as-of", "2026-11-29"], in: site.root)
            #expect(run.status == 0, "\(run.stderr)")
        }
        // Eight at once: all started before any is waited for.
        let processes = try (0..<8).map { n -> (Process, Pipe) in
            let p = Process()
            p.executableURL = gongkaiBinary
            p.arguments = ["new", "decision", "并发\(n)", "--as-of", "2026-11-29"]
            p.currentDirectoryURL = site.root
            let err = Pipe()
            p.standardOutput = FileHandle.nullDevice
            p.standardError = err
            try p.run()
            return (p, err)
        }
        for (p, err) in processes {
            p.waitUntilExit()
            let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(p.terminationStatus == 0, "\(message)")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: site.root.appendingPathComponent("content/items/2026").path)
        #expect(files.count == 38)
        let indexes = files.compactMap { site.read("content/items/2026/\($0)") }.compactMap { text in
            text.split(separator: "\n").first { $0.hasPrefix("index:") }.map(String.init)
        }
        #expect(Set(indexes).count == 38, "every item has its own 索引号")
        let serials = Set(indexes.compactMap { $0.split(separator: "-").last.flatMap { Int($0.prefix(5)) } })
        #expect(serials == Set(1...38), "numbers are handed out without gaps")
        let summary = try site.build()
        #expect(summary.diagnostics.isEmpty, "\(summary.diagnostics)")
        #expect(summary.itemsValid == 38)
    }

    @Test func usageErrorsExit64WithDidYouMean() throws {
        let site = try TestSite()
        let kind = try gongkai(["new", "notic", "标题"], in: site.root)
        #expect(kind.status == 64)
        #expect(kind.stderr == "gongkai new: unknown kind 'notic'; did you mean 'notice'? (expected notice, decision, power, guide or roster)\n")
        let missing = try gongkai(["new", "notice"], in: site.root)
        #expect(missing.status == 64)
        #expect(missing.stderr.hasPrefix("gongkai new: give a kind and a title, e.g. gongkai new notice \"关于……的通知\"\n\nusage: gongkai new"))
        let option = try gongkai(["new", "notice", "标题", "--categroy", "policies"], in: site.root)
        #expect(option.status == 64)
        #expect(option.stderr.hasPrefix("gongkai: unknown option '--categroy'; did you mean '--category'?\n"))
        #expect(!site.exists("content/items"))
    }

    @Test func refusingToOverwriteExitsOne() throws {
        let site = try TestSite()
        #expect(try gongkai(["new", "notice", "一", "--id", "yi", "--as-of", "2026-11-29"], in: site.root).status == 0)
        let before = site.read("content/items/2026/yi.md")
        let again = try gongkai(["new", "notice", "二", "--id", "yi", "--as-of", "2026-11-29", "--lang", "en"], in: site.root)
        #expect(again.status == 1)
        #expect(again.stderr == "gongkai new: content/items/2026/yi.md already exists; gongkai new never overwrites a file (choose another --id)\n")
        #expect(site.read("content/items/2026/yi.md") == before)
    }

    @Test func aBrokenSiteYAMLIsReportedAndNothingWritten() throws {
        let site = try TestSite()
        try site.write("content/site.yaml", TestSite.siteYAML + "colour: red\n")
        let run = try gongkai(["new", "notice", "标题", "--as-of", "2026-11-29", "--lang", "en"], in: site.root)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("content/site.yaml:16:1: error: [front-matter.unknown-key] unknown key 'colour' in site.yaml"))
        #expect(run.stderr.hasSuffix("gongkai new: content/site.yaml has errors; fix them first; nothing written\n"))
        #expect(!site.exists("content/items"))
    }

    @Test func helpExplainsNewAndServe() throws {
        let dir = FileManager.default.temporaryDirectory
        #expect(try gongkai(["new", "--help"], in: dir).stdout.hasPrefix("usage: gongkai new <kind> <title>"))
        #expect(try gongkai(["help", "serve"], in: dir).stdout.hasPrefix("usage: gongkai serve"))
        let general = try gongkai(["help"], in: dir).stdout
        #expect(general.contains("  new       start a new item"))
        #expect(general.contains("  serve     preview the site"))
    }
}
