import Foundation
import Testing
@testable import GongkaiKit

@Suite(.serialized) struct EndToEndTests {
    @Test func buildWritesTheSiteAndSummarises() throws {
        let site = try TestSite(copying: "golden")
        let run = try gongkai(["build", "--as-of", "2026-11-29", "--lang", "en"], in: site.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.hasSuffix("gongkai build: as of 2026-11-29: 13 items read, 9 published, 4 withheld, 57 pages written; 0 errors, 0 warnings; supervision: 0 red, 10 yellow\n"))
        #expect(site.exists("site/public/index.html"))
        #expect(site.exists("site/public/items/power-a.html"))
        #expect(site.exists("site/public/assets/style.css"))
        #expect(site.exists("site/report.json"))
    }

    @Test func aContentErrorExitsOneWithFileLineColumnAndWritesNothing() throws {
        let site = try TestSite()
        try site.write("content/items/a.md", TestSite.item(timing: "weekly"))
        let run = try gongkai(["build", "--as-of", "2026-11-29", "--lang", "en"], in: site.root)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("""
            content/items/a.md:4:9: error: [timing.unknown] unknown timing 'weekly'; expected long-term, periodic or ad-hoc
              4 | timing: weekly
                |         ^

            """))
        #expect(run.stderr.contains("nothing written; 1 error, 0 warnings; supervision: 0 red, 3 yellow (previous output left untouched)"))
        #expect(!site.exists("site"))
    }

    @Test func aFailedBuildLeavesThePreviousSiteByteIdentical() throws {
        let site = try TestSite(copying: "golden")
        #expect(try gongkai(["build", "--as-of", "2026-11-29"], in: site.root).status == 0)
        let before = site.snapshot("site")
        #expect(before.count > 10)
        try site.write("content/items/2026/broken.md", "---\ntitle: \"坏\"\ncategory: nowhere\ntiming: long-term\nindex: \"x\"\n---\n")
        let run = try gongkai(["build", "--as-of", "2026-11-30"], in: site.root)
        #expect(run.status == 1)
        #expect(site.snapshot("site") == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "staging folders left behind: \(leftovers)")
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let a = try TestSite(copying: "golden"), b = try TestSite(copying: "golden")
        #expect(try gongkai(["build", "--as-of", "2026-11-29"], in: a.root).status == 0)
        #expect(try gongkai(["build", "--as-of", "2026-11-29"], in: b.root).status == 0)
        let sa = a.snapshot("site"), sb = b.snapshot("site")
        #expect(sa.count > 10)
        #expect(sa == sb)
    }

    @Test func theAsOfDateComesFromSourceDateEpochInTheSiteZone() throws {
        let site = try TestSite(copying: "golden")
        // 2026-12-14T16:30Z is already 2026-12-15 in Shanghai: the scheduled item is out.
        let run = try gongkai(["build", "--lang", "en"], in: site.root, environment: ["SOURCE_DATE_EPOCH": "1797265800"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("as of 2026-12-15: 13 items read, 10 published"))
    }

    @Test func checkWritesNothing() throws {
        let site = try TestSite(copying: "golden")
        let run = try gongkai(["check", "--as-of", "2026-11-29"], in: site.root)
        #expect(run.status == 0)
        #expect(run.stderr.hasPrefix("黄牌 (10)\n  content/items/2026/finance-q2.md:10:14: yellow: [supervision.no-secrecy-review] 公开前未记录保密审查（reviewed-by、reviewed-on）\n"))
        #expect(run.stderr.hasSuffix("gongkai check：截至 2026-11-29，读取 13 条信息，公开 9 条，未公开 4 条；0 个错误，0 个警告；电子监察：红牌 0 张，黄牌 10 张\n"))
        #expect(!site.exists("site"))
    }

    @Test func outWritesElsewhere() throws {
        let site = try TestSite(copying: "golden")
        let run = try gongkai(["build", "--as-of", "2026-11-29", "--out", "dist"], in: site.root)
        #expect(run.status == 0)
        #expect(site.exists("dist/public/index.html"))
        #expect(!site.exists("site"))
    }

    @Test func rootPointsAtTheSite() throws {
        let site = try TestSite(copying: "golden")
        let run = try gongkai(["build", "--root", site.root.path, "--as-of", "2026-11-29"],
                              in: FileManager.default.temporaryDirectory)
        #expect(run.status == 0)
        #expect(site.exists("site/public/index.html"))
    }

    @Test func usageErrorsExit64() throws {
        let dir = FileManager.default.temporaryDirectory
        let unknown = try gongkai(["biuld"], in: dir)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.hasPrefix("gongkai: unknown command 'biuld'; did you mean 'build'?\n"))
        let option = try gongkai(["build", "--as-off", "2026-01-01"], in: dir)
        #expect(option.status == 64)
        #expect(option.stderr.hasPrefix("gongkai: unknown option '--as-off'; did you mean '--as-of'?\n"))
        let missing = try gongkai(["build", "--root"], in: dir)
        #expect(missing.status == 64)
        #expect(missing.stderr.hasPrefix("gongkai: --root needs a value\n"))
        let format = try gongkai(["check", "--format", "xml"], in: dir)
        #expect(format.status == 64)
        #expect(format.stderr.hasPrefix("gongkai: --format must be text, json, github or gitlab; got 'xml'\n"))
    }

    @Test func aBadAsOfIsAUsageError() throws {
        let site = try TestSite(copying: "golden")
        let run = try gongkai(["build", "--as-of", "2026/11/29"], in: site.root)
        #expect(run.status == 64)
        #expect(run.stderr == "gongkai: --as-of '2026/11/29' is not a date; write YYYY-MM-DD, e.g. --as-of 2026-11-29\n")
    }

    @Test func aMissingSiteIsAnIOError() throws {
        let run = try gongkai(["build", "--root", "/nonexistent/site"], in: FileManager.default.temporaryDirectory)
        #expect(run.status == 74)
        #expect(run.stderr == "gongkai: no content/site.yaml in /nonexistent/site; run gongkai in a site's folder or pass --root DIR\n")
    }

    @Test func versionAndHelp() throws {
        let dir = FileManager.default.temporaryDirectory
        let version = try gongkai(["version"], in: dir)
        #expect(version.status == 0)
        // The commit comes from Git, asked here independently of the build's plugin.
        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        git.arguments = ["git", "-C", packageRoot.path, "rev-parse", "HEAD"]
        let pipe = Pipe()
        git.standardOutput = pipe
        git.standardError = FileHandle.nullDevice
        try git.run()
        git.waitUntilExit()
        let head = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let printed = try #require(version.stdout.firstMatch(of: /^gongkai (\S+) \(commit ([0-9a-z-]+)\)\n$/))
        #expect(printed.1 == Gongkai.version)
        if git.terminationStatus == 0 {
            let commit = printed.2.split(separator: "-").first.map(String.init) ?? ""
            #expect(commit.count >= 12 && head.hasPrefix(commit), "\(printed.2) is not HEAD \(head)")
        } else {
            #expect(printed.2 == "unknown")
        }
        let help = try gongkai(["help"], in: dir)
        #expect(help.status == 0)
        #expect(help.stdout.contains("usage: gongkai <command> [options]"))
        let buildHelp = try gongkai(["build", "--help"], in: dir)
        #expect(buildHelp.status == 0)
        #expect(buildHelp.stdout.hasPrefix("usage: gongkai build [--root DIR]"))
        let checkHelp = try gongkai(["check", "--help"], in: dir)
        #expect(checkHelp.stdout.hasPrefix("usage: gongkai check"))
    }

    @Test func jsonFormatPrintsOneObject() throws {
        let site = try TestSite()
        try site.write("content/items/a.md", TestSite.item(category: "nope"))
        let run = try gongkai(["check", "--as-of", "2026-11-29", "--format", "json"], in: site.root)
        #expect(run.status == 1)
        let object = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["errors"] as? Int == 1)
        let first = try #require((object["diagnostics"] as? [[String: Any]])?.first)
        #expect(first["code"] as? String == "item.unknown-category")
        #expect(first["line"] as? Int == 3)
        #expect(first["column"] as? Int == 11)
    }

    @Test func githubFormatPrintsAnnotations() throws {
        let site = try TestSite()
        try site.write("content/items/a.md", TestSite.item(category: "nope"))
        let run = try gongkai(["check", "--as-of", "2026-11-29", "--format", "github", "--lang", "en"], in: site.root)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("::error file=content/items/a.md,line=3,col=11,title=item.unknown-category::unknown category 'nope'; categories are listed in content/site.yaml (expected one of: policies, finance)\n"))
    }

    @Test func strictTurnsWarningsIntoFailures() throws {
        let site = try TestSite()
        try site.write("content/items/a.md", TestSite.item())
        // No holiday calendar for the as-of year: a warning, and working days fall back to weekends.
        let lenient = try gongkai(["build", "--as-of", "2027-03-01", "--lang", "en"], in: site.root)
        #expect(lenient.status == 0)
        #expect(lenient.stderr.hasPrefix("warning: [calendar.missing-year] no holiday calendar for 2027; working days in 2027 are counted as Monday to Friday only\n  hint: add content/calendar/2027.yaml from the notice 国务院办公厅关于2027年部分节假日安排的通知\n"))
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("site"))
        let strict = try gongkai(["build", "--as-of", "2027-03-01", "--strict", "--lang", "en"], in: site.root)
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("nothing written; 0 errors, 1 warning"))
        #expect(!site.exists("site"))
    }

    @Test func aFileThatIsNotUTF8IsReportedWhereItBreaks() throws {
        let site = try TestSite()
        try site.write("content/items/a.md", TestSite.item())
        var bytes = Array(TestSite.item(index: "11330000MB0000000X/2026-00002").utf8)
        bytes.insert(0xFF, at: 12)
        try Data(bytes).write(to: site.root.appendingPathComponent("content/items/b.md"))
        let run = try gongkai(["check", "--as-of", "2026-11-29", "--lang", "en"], in: site.root)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("content/items/b.md:2:9: error: [source.not-utf8] the file is not UTF-8 text (byte 0xFF here)"))
    }

    /// Every file under content/items/ ends as exactly one of: published, withheld with its
    /// reason in report.json, or an error at its file, line and column. None goes missing.
    @Test func everyItemFileIsPublishedWithheldOrAnError() throws {
        let site = try TestSite()
        func index(_ n: Int) -> String { "11330000MB0000000X/2026-0000\(n)" }
        let unsigned = TestSite.item(index: index(2)).replacingOccurrences(of: "approved-by: 王建国\napproved-on: 2026-10-15\n", with: "")
        let scheduled = TestSite.item(index: index(3), published: "2026-12-21")
            .replacingOccurrences(of: "approved-on: 2026-12-21", with: "approved-on: 2026-11-20")
        let files: [String: String] = [
            "good.md": TestSite.item(index: index(1)),
            "unapproved.md": unsigned,
            "scheduled.md": scheduled,
            "confidential.md": TestSite.item(index: index(4), extra: "confidentiality: [personal-privacy]\n"),
            "blank-title.md": TestSite.item(title: "", index: index(5)),
            "blank-category.md": TestSite.item(category: "\"\u{3000}\"", index: index(6)),
            "blank-index.md": TestSite.item(index: " "),
            "placeholder.md": TestSite.item(index: index(7)).replacingOccurrences(of: "approved-by: 王建国", with: "approved-by: 待定"),
            "no-front-matter.md": "关于测试的通知\n\n正文。\n",
            "empty.md": "",
            "only-dashes.md": "---\n",
        ]
        for (name, text) in files { try site.write("content/items/\(name)", text) }
        let errors: Set<String> = ["blank-title.md", "blank-category.md", "blank-index.md", "placeholder.md",
                                   "no-front-matter.md", "empty.md", "only-dashes.md"]
        let withheld = ["unapproved.md": "unapproved", "scheduled.md": "scheduled", "confidential.md": "confidential"]
        let published: Set<String> = ["good.md"]
        #expect(errors.union(withheld.keys).union(published) == Set(files.keys))
        #expect(errors.intersection(withheld.keys).isEmpty && errors.intersection(published).isEmpty)

        // The whole tree: each bad file has an error at its file, line and column; no other does.
        let check = try gongkai(["check", "--as-of", "2026-11-29", "--lang", "en"], in: site.root)
        #expect(check.status == 1)
        let errorLines = check.stderr.split(separator: "\n").filter { $0.contains(": error: [") }
        var erred: Set<String> = []
        for line in errorLines {
            let parts = line.split(separator: ":", maxSplits: 3)
            #expect(parts.count == 4 && Int(parts[1]) != nil && Int(parts[2]) != nil, "\(line)")
            erred.insert(String(parts[0].dropFirst("content/items/".count)))
        }
        #expect(erred == errors, "\(check.stderr)")
        #expect(check.stderr.contains("11 items read"), "\(check.stderr)")
        // Each held file is named with why it is held.
        #expect(check.stderr.contains("""
            Held from every edition (3)
              content/items/confidential.md: confidential (personal-privacy): in no edition
              content/items/scheduled.md: scheduled for 2026-12-21
              content/items/unapproved.md: not approved: published once signed off

            """), "\(check.stderr)")
        let zh = try gongkai(["check", "--as-of", "2026-11-29"], in: site.root)
        #expect(zh.stderr.contains("""
            各版本均未公开 (3)
              content/items/confidential.md: 有保密标记（personal-privacy），任何版本都不公开
              content/items/scheduled.md: 定于2026年12月21日公开
              content/items/unapproved.md: 未审核签发：签发后才公开

            """), "\(zh.stderr)")

        // Without the bad files the build goes through: the good file is published, the others
        // are in report.json with their reasons.
        for name in errors { try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/items/\(name)")) }
        let build = try gongkai(["build", "--as-of", "2026-11-29", "--lang", "en"], in: site.root)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(site.exists("site/public/items/good.html"))
        let report = try #require(site.read("site/report.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any])
        let entries = try #require(json["withheld"] as? [[String: Any]])
        var reasons: [String: String] = [:]
        for e in entries {
            let path = try #require(e["path"] as? String)
            reasons[String(path.dropFirst("content/items/".count))] = e["reason"] as? String
        }
        #expect(reasons == withheld)
        #expect(json["files_read"] as? Int == 4)
        #expect(json["published"] as? Int == 1)
        #expect(!site.exists("site/public/items/unapproved.html") && !site.exists("site/public/items/scheduled.html")
                && !site.exists("site/public/items/confidential.html"))
    }

}
