import Foundation
import Testing
@testable import GongkaiKit

/// The CI recipes in `docs/ci/` run: each step a workflow names is run here, through the same
/// script, on a site with one content error and on one with one red card.
@Suite struct CIRecipeTests {
    static let script = packageRoot.appendingPathComponent("docs/ci/gongkai-ci.sh")

    /// The `gongkai-ci.sh` steps a recipe runs, in order, as written in it.
    static func steps(of recipe: String) throws -> [[String]] {
        let text = try String(contentsOf: packageRoot.appendingPathComponent("docs/ci/\(recipe)"), encoding: .utf8)
        return text.split(separator: "\n").compactMap { line -> [String]? in
            guard let r = line.range(of: "docs/ci/gongkai-ci.sh "), !line.trimmingCharacters(in: .whitespaces).hasPrefix("#")
            else { return nil }
            return line[r.upperBound...].split(separator: " ").map(String.init)
        }
    }

    /// Runs one step of the script in `site`, with the built gongkai.
    static func run(_ step: [String], in site: TestSite, environment: [String: String] = [:]) throws -> GongkaiRun {
        var env = ["GONGKAI": gongkaiBinary.path, "GONGKAI_AS_OF": "2026-11-29"]
        for (k, v) in environment { env[k] = v }
        return try runProgram(URL(fileURLWithPath: "/bin/bash"), [script.path] + step, in: site.root, environment: env)
    }

    /// A site whose only problem is a red card: a draft written 2026-10-09, not published 20
    /// working days later.
    static func siteWithRedCard() throws -> TestSite {
        let site = try TestSite()
        try site.write("content/items/a.md", TestSite.item())
        try site.write("content/items/late.md", """
            ---
            title: "草稿"
            category: policies
            timing: long-term
            index: "11330000MB0000000X/2026-00002"
            written: 2026-10-09
            ---
            """)
        return site
    }

    /// A site with one content error: an unknown timing at line 4, column 9.
    static func siteWithError() throws -> TestSite {
        let site = try TestSite()
        try site.write("content/items/a.md", TestSite.item(timing: "weekly"))
        return site
    }

    @Test func eachRecipeRunsInstallThenBuildAndCheck() throws {
        #expect(try Self.steps(of: "github-actions.yml") == [["install"], ["build", "github"], ["install"], ["check", "github"]])
        #expect(try Self.steps(of: "gitlab-ci.yml") == [["install"], ["build", "gitlab"], ["install"], ["check", "gitlab"]])
        let github = try String(contentsOf: packageRoot.appendingPathComponent("docs/ci/github-actions.yml"), encoding: .utf8)
        #expect(github.contains("path: site/public/"), "the deploy artifact is the public edition")
        #expect(github.contains("schedule:"), "a daily run")
        let gitlab = try String(contentsOf: packageRoot.appendingPathComponent("docs/ci/gitlab-ci.yml"), encoding: .utf8)
        #expect(gitlab.contains("codequality: gl-code-quality-build.json"))
        #expect(gitlab.contains("codequality: gl-code-quality-check.json"))
        #expect(gitlab.contains("- site/public/"))
    }

    @Test func theGitHubStepsAnnotateARedCardAndPublish() throws {
        let site = try Self.siteWithRedCard()
        for step in try Self.steps(of: "github-actions.yml") where step != ["install"] {
            let run = try Self.run(step, in: site)
            if step[0] == "build" {
                #expect(run.status == 0, "lateness never fails a build: \(run.stdout)")
                #expect(site.exists("site/public/index.html"), "the deploy artifact is written")
                #expect(site.exists("site/public/items/a.html"))
            } else {
                #expect(run.status == 1, "a red card fails check")
                #expect(run.stdout.contains(
                    "::error file=content/items/late.md,line=6,col=10,title=supervision.publish-late::成文于2026年10月9日，未在20个工作日内公开（应于2026年11月5日前公开）"),
                    "\(run.stdout)")
            }
        }
    }

    @Test func theGitHubBuildAnnotatesAContentErrorAndKeepsTheOldSite() throws {
        let site = try Self.siteWithError()
        try site.write("site/public/index.html", "previous")
        let run = try Self.run(["build", "github"], in: site)
        #expect(run.status == 1)
        #expect(run.stdout.contains("::error file=content/items/a.md,line=4,col=9,title=timing.unknown::"), "\(run.stdout)")
        #expect(site.read("site/public/index.html") == "previous", "a failed build deploys nothing new")
    }

    @Test func theGitLabStepsWriteCodeQualityReports() throws {
        let site = try Self.siteWithRedCard()
        for step in try Self.steps(of: "gitlab-ci.yml") where step != ["install"] {
            let run = try Self.run(step, in: site)
            #expect(run.status == (step[0] == "check" ? 1 : 0))
            let report = try #require(site.read("gl-code-quality-\(step[0]).json"), "\(run.stderr)")
            let issues = try #require(JSONSerialization.jsonObject(with: Data(report.utf8)) as? [[String: Any]])
            if step[0] == "check" {
                let late = try #require(issues.first { $0["check_name"] as? String == "supervision.publish-late" })
                #expect(late["severity"] as? String == "critical")
                #expect(late["description"] as? String == "成文于2026年10月9日，未在20个工作日内公开（应于2026年11月5日前公开）")
                let location = try #require(late["location"] as? [String: Any])
                #expect(location["path"] as? String == "content/items/late.md")
                #expect((location["lines"] as? [String: Any])?["begin"] as? Int == 6)
                #expect((late["fingerprint"] as? String)?.count == 32)
                #expect(run.stderr.contains("content/items/late.md:6:10: red: [supervision.publish-late]"), "the log shows the text too")
            } else {
                #expect(issues.allSatisfy { $0["check_name"] as? String != "supervision.publish-late" }, "build reports no cards")
                #expect(site.exists("site/public/index.html"))
            }
        }
        let error = try Self.siteWithError()
        #expect(try Self.run(["build", "gitlab"], in: error).status == 1)
        let errorReport = try #require(error.read("gl-code-quality-build.json"))
        let errorIssues = try #require(JSONSerialization.jsonObject(with: Data(errorReport.utf8)) as? [[String: Any]])
        #expect(errorIssues.count == 1)
        #expect(errorIssues.first?["check_name"] as? String == "timing.unknown")
        #expect(errorIssues.first?["severity"] as? String == "critical")
    }

    /// The as-of date comes from SOURCE_DATE_EPOCH or the schedule's day in the site's time zone,
    /// never the runner's: 2026-11-29 16:30 UTC is already 11-30 in Asia/Shanghai, still 11-29
    /// on a runner set to UTC-10.
    @Test func theAsOfDateIsTheSitesDayNotTheRunners() throws {
        let site = try Self.siteWithRedCard()
        let epoch = "1795969800"  // 2026-11-29T16:30:00Z
        let run = try Self.run(["build", "text"], in: site,
                               environment: ["GONGKAI_AS_OF": "", "SOURCE_DATE_EPOCH": epoch, "TZ": "Pacific/Honolulu"])
        #expect(run.status == 0)
        #expect(run.stderr.contains("截至 2026-11-30"), "\(run.stderr)")
        let report = try #require(site.read("site/report.json"))
        #expect(report.contains("\"as_of\": \"2026-11-30\""))
    }

    @Test func aStepThatIsNotOneIsAUsageError() throws {
        let site = try TestSite()
        let run = try Self.run(["deploy"], in: site)
        #expect(run.status == 64)
        #expect(run.stderr.contains("usage: docs/ci/gongkai-ci.sh install"))
        let noBinary = try Self.run(["build", "github"], in: site, environment: ["GONGKAI": "/nonexistent/gongkai"])
        #expect(noBinary.status == 74)
        #expect(noBinary.stderr == "gongkai-ci: no gongkai at /nonexistent/gongkai; run '\(Self.script.path) install' first or set GONGKAI\n")
    }
}
