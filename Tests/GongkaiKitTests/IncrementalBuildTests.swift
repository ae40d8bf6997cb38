import Foundation
import Testing
@testable import GongkaiKit

/// A build that reuses pages from the previous output must write exactly what a clean build
/// writes. Each test builds the golden site, makes one kind of edit, builds again reusing the
/// previous output, and compares that with a clean build of the edited site.
@Suite struct IncrementalBuildTests {
    let asOf = "2026-11-29"

    /// Builds into `site/` (reusing what is there), then into `clean/` from nothing; returns both
    /// outputs and the incremental build's summary.
    private func buildBoth(_ site: TestSite, asOf: String? = nil) throws
        -> (incremental: [String: Data], clean: [String: Data], summary: BuildSummary)
    {
        let date = LocalDate(iso: asOf ?? self.asOf)!
        let summary = try SiteBuilder.build(BuildOptions(root: site.root, asOf: date))
        var clean = BuildOptions(root: site.root, out: site.root.appendingPathComponent("clean"), asOf: date)
        clean.reuse = nil
        let cleanSummary = try SiteBuilder.build(clean)
        #expect(summary.wroteOutput && cleanSummary.wroteOutput)
        #expect(cleanSummary.filesReused == 0)
        return (site.snapshot("site"), site.snapshot("clean"), summary)
    }

    private func firstBuild(_ site: TestSite) throws -> BuildSummary {
        let summary = try site.build(asOf: asOf)
        #expect(summary.wroteOutput)
        return summary
    }

    /// The files that differ between two outputs, for a readable failure.
    private func differences(_ a: [String: Data], _ b: [String: Data]) -> [String] {
        Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }.sorted()
    }

    @Test func anUnchangedSiteReusesEveryPage() throws {
        let site = try TestSite(copying: "golden")
        let first = try firstBuild(site)
        let (incremental, clean, summary) = try buildBoth(site)
        #expect(differences(incremental, clean) == [])
        #expect(summary.filesReused == summary.pagesWritten)
        #expect(first.pagesWritten == summary.pagesWritten)
    }

    @Test func anEditedBodyRendersItsPagesAgainAndReusesTheRest() throws {
        let site = try TestSite(copying: "golden")
        _ = try firstBuild(site)
        let path = "content/items/2026/notice-a.md"
        try site.write(path, site.read(path)!.replacingOccurrences(of: "调整如下。", with: "调整如下，请遵照执行。"))
        let (incremental, clean, summary) = try buildBoth(site)
        #expect(differences(incremental, clean) == [])
        #expect(incremental["public/items/notice-a.html"].map { String(decoding: $0, as: UTF8.self) }?
            .contains("请遵照执行") == true)
        #expect(summary.filesReused > 0)
        #expect(summary.filesReused < summary.pagesWritten)
    }

    @Test func editedMetadataReachesTheListsThatShowIt() throws {
        let site = try TestSite(copying: "golden")
        _ = try firstBuild(site)
        let path = "content/items/2026/notice-a.md"
        try site.write(path, site.read(path)!.replacingOccurrences(of: "关于调整最低生活保障标准的通知",
                                                                     with: "关于再次调整最低生活保障标准的通知"))
        let (incremental, clean, summary) = try buildBoth(site)
        #expect(differences(incremental, clean) == [])
        #expect(String(decoding: incremental["public/index.html"]!, as: UTF8.self).contains("再次调整"))
        #expect(summary.filesReused > 0)
    }

    @Test func anEditedTemplateRendersThePagesThatUseIt() throws {
        let site = try TestSite(copying: "golden")
        _ = try firstBuild(site)
        let footer = "themes/default/templates/partials/footer.mustache"
        try site.write(footer, site.read(footer)! + "<!-- 模板已修改 -->\n")
        let (incremental, clean, summary) = try buildBoth(site)
        #expect(differences(incremental, clean) == [])
        #expect(String(decoding: incremental["public/index.html"]!, as: UTF8.self).contains("模板已修改"))
        // The theme's fingerprint is part of every page's key.
        #expect(summary.filesReused == 0)
    }

    @Test func anEditedSiteYAMLReachesEveryPage() throws {
        let site = try TestSite(copying: "golden")
        _ = try firstBuild(site)
        let path = "content/site.yaml"
        let yaml = site.read(path)!
        let organ = try #require(yaml.split(separator: "\n").first { $0.hasPrefix("organ:") })
        try site.write(path, yaml.replacingOccurrences(of: String(organ), with: "organ: 示例县民政局（新）"))
        let (incremental, clean, _) = try buildBoth(site)
        #expect(differences(incremental, clean) == [])
        #expect(String(decoding: incremental["public/index.html"]!, as: UTF8.self).contains("示例县民政局（新）"))
    }

    @Test func aLaterAsOfDateMovesItemsAndKeepsTheBytesOfACleanBuild() throws {
        let site = try TestSite(copying: "golden")
        _ = try firstBuild(site)
        let (incremental, clean, _) = try buildBoth(site, asOf: "2026-12-20")
        #expect(differences(incremental, clean) == [])
        let (again, cleanAgain, _) = try buildBoth(site, asOf: "2027-02-01")
        #expect(differences(again, cleanAgain) == [])
    }

    @Test func aDeletedItemLeavesNoPageBehind() throws {
        let site = try TestSite(copying: "golden")
        _ = try firstBuild(site)
        #expect(site.exists("site/public/items/notice-expired.html"))
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/items/2026/notice-expired.md"))
        let (incremental, clean, summary) = try buildBoth(site)
        #expect(differences(incremental, clean) == [])
        #expect(incremental["public/items/notice-expired.html"] == nil)
        #expect(summary.filesReused > 0)
    }

    @Test func aPageChangedByHandInTheOutputIsRenderedAgain() throws {
        let site = try TestSite(copying: "golden")
        _ = try firstBuild(site)
        let page = "site/public/items/notice-a.html"
        try site.write(page, site.read(page)!.replacingOccurrences(of: "</body>", with: "<p>手工改动</p></body>"))
        let (incremental, clean, _) = try buildBoth(site)
        #expect(differences(incremental, clean) == [])
        #expect(!String(decoding: incremental["public/items/notice-a.html"]!, as: UTF8.self).contains("手工改动"))
    }

    @Test func aReusedPageDoesNotChangeThePreviousOutputsFiles() throws {
        // Reused pages are links to the previous output's files; writing a new page must never
        // write through such a link into a folder that is still being served.
        let site = try TestSite(copying: "golden")
        _ = try firstBuild(site)
        let kept = site.root.appendingPathComponent("kept")
        try FileManager.default.moveItem(at: site.root.appendingPathComponent("site"), to: kept)
        var options = BuildOptions(root: site.root, out: site.root.appendingPathComponent("next"), asOf: LocalDate(iso: asOf)!)
        options.reuse = kept
        let before = site.snapshot("kept")
        let path = "content/items/2026/notice-a.md"
        try site.write(path, site.read(path)!.replacingOccurrences(of: "调整如下。", with: "调整如下（二）。"))
        let summary = try SiteBuilder.build(options)
        #expect(summary.filesReused > 0)
        #expect(site.snapshot("kept") == before)
    }

    @Test func aCorruptCacheFileMeansACleanBuild() throws {
        let site = try TestSite(copying: "golden")
        _ = try firstBuild(site)
        try site.write("site/\(PageCache.fileName)", "gongkai page cache 1\nnot\ta\tvalid\tline\n")
        let (incremental, clean, summary) = try buildBoth(site)
        #expect(differences(incremental, clean) == [])
        #expect(summary.filesReused == 0)
    }

    @Test func reusedPagesAreScannedAgainWhenWhatIsForbiddenChanges() throws {
        // A theme that prints a fixed sentence; an internal item that later quotes it. A clean
        // build must refuse (the sentence is now text of an item public pages may not show), and
        // so must a build that would otherwise reuse every public page unchanged.
        let sentence = "本页面由县民政局办公室负责维护和更新内容"
        let site = try TestSite(copying: "golden")
        let footer = "themes/default/templates/partials/footer.mustache"
        try site.write(footer, site.read(footer)! + "<p>\(sentence)</p>\n")
        _ = try firstBuild(site)
        try site.write("content/items/2026/internal-quote.md", TestSite.item(
            title: "内部工作安排", category: "budget", index: "11330000MB0000000X/2026-00090",
            extra: "audience: internal\n", body: "\(sentence)。\n"))
        let before = site.snapshot("site")
        let summary = try site.build(asOf: asOf)
        #expect(!summary.wroteOutput)
        #expect(summary.diagnostics.contains { $0.code == "gate.leak" })
        #expect(site.snapshot("site") == before)
        var clean = BuildOptions(root: site.root, out: site.root.appendingPathComponent("clean"), asOf: LocalDate(iso: asOf)!)
        clean.reuse = nil
        #expect(try SiteBuilder.build(clean).diagnostics.contains { $0.code == "gate.leak" })
    }

    @Test func rememberedItemsAndScannersGiveTheBytesOfACleanBuild() throws {
        // As `gongkai serve` builds: one memory for every build, each build reusing the last.
        let site = try TestSite(copying: "golden")
        let memory = BuildMemory()
        func build() throws -> BuildSummary {
            var options = BuildOptions(root: site.root, asOf: LocalDate(iso: asOf)!)
            options.memory = memory
            return try SiteBuilder.build(options)
        }
        let first = try build()
        #expect(memory.decodes == first.filesRead && memory.scannerBuilds == 2)
        _ = try build()
        #expect(memory.decodes == first.filesRead && memory.scannerBuilds == 2)

        let path = "content/items/2026/notice-a.md"
        try site.write(path, site.read(path)!.replacingOccurrences(of: "调整如下。", with: "调整如下，自下月起执行。"))
        let summary = try build()
        #expect(memory.decodes == first.filesRead + 1)
        // The public body changed, so what the editions may show changed: scanners are rebuilt.
        #expect(memory.scannerBuilds == 4)
        var clean = BuildOptions(root: site.root, out: site.root.appendingPathComponent("clean"), asOf: LocalDate(iso: asOf)!)
        clean.reuse = nil
        _ = try SiteBuilder.build(clean)
        #expect(summary.wroteOutput)
        #expect(differences(site.snapshot("site"), site.snapshot("clean")) == [])
        #expect(String(decoding: site.snapshot("site")["public/items/notice-a.html"]!, as: UTF8.self).contains("自下月起执行"))
    }

    @Test func anEditedCalendarMovesPostingEndsOnEveryPageAndDataFile() throws {
        // The posting end of a roster depends on the working-day calendar, not on the item's
        // file: a holiday added during `serve` must reach the catalogue rows and the pages.
        let site = try TestSite(copying: "golden")
        let memory = BuildMemory()
        var options = BuildOptions(root: site.root, asOf: LocalDate(iso: asOf)!)
        options.memory = memory
        #expect(try SiteBuilder.build(options).wroteOutput)
        #expect(site.read("site/public/catalogue.json")?.contains("\"expires\": \"2026-12-02\"") == true)
        let calendar = "content/calendar/2026.yaml"
        try site.write(calendar, site.read(calendar)!.replacingOccurrences(
            of: "holidays:\n", with: "holidays:\n  - name: 测试\n    from: 2026-11-26\n    to: 2026-11-27\n"))
        #expect(try SiteBuilder.build(options).wroteOutput)
        #expect(site.read("site/public/catalogue.json")?.contains("\"expires\": \"2026-12-04\"") == true)
        var clean = BuildOptions(root: site.root, out: site.root.appendingPathComponent("clean"), asOf: LocalDate(iso: asOf)!)
        clean.reuse = nil
        _ = try SiteBuilder.build(clean)
        #expect(differences(site.snapshot("site"), site.snapshot("clean")) == [])
    }

    @Test func filesUnchangedSinceTheyWereReadAreNotReadAgain() throws {
        let site = try TestSite(copying: "golden")
        // Trust a file's stamp once it was 0.2 s old when read (2 s in `serve`).
        let memory = BuildMemory(settleMargin: 200_000_000)
        func build() throws -> BuildSummary {
            var options = BuildOptions(root: site.root, asOf: LocalDate(iso: asOf)!)
            options.memory = memory
            return try SiteBuilder.build(options)
        }
        Thread.sleep(forTimeInterval: 0.3)
        let first = try build()
        #expect(memory.filesNotRead == 0)
        _ = try build()
        #expect(memory.filesNotRead == first.filesRead)

        // A file written since is read: its times changed.
        let path = "content/items/2026/notice-a.md"
        try site.write(path, site.read(path)!.replacingOccurrences(of: "调整如下。", with: "调整如下，自下月起执行。"))
        _ = try build()
        #expect(memory.filesNotRead == 2 * first.filesRead - 1)
        #expect(memory.decodes == first.filesRead + 1)
        #expect(String(decoding: site.snapshot("site")["public/items/notice-a.html"]!, as: UTF8.self).contains("自下月起执行"))
    }

    @Test func filesChangedJustBeforeTheyWereReadAreReadEveryTime() throws {
        // A file written twice within one tick of the file system's clock keeps its times; so a
        // file that was new when read is read again, however unchanged its stamp looks.
        let site = try TestSite(copying: "golden")
        let memory = BuildMemory()
        var options = BuildOptions(root: site.root, asOf: LocalDate(iso: asOf)!)
        options.memory = memory
        let first = try SiteBuilder.build(options)
        _ = try SiteBuilder.build(options)
        #expect(first.filesRead > 0)
        #expect(memory.filesNotRead == 0)
        #expect(memory.decodes == first.filesRead)
    }

    @Test func aLeakOnAChangedLineOfAKeptFileIsFound() throws {
        // serve keeps the large site-wide files (here every file) and scans only their changed
        // lines: a leak on those lines must still stop the build.
        let site = try TestSite(copying: "golden")
        let memory = BuildMemory(settleMargin: 2_000_000_000, keptFileSize: 0)
        var options = BuildOptions(root: site.root, asOf: LocalDate(iso: asOf)!)
        options.memory = memory
        #expect(try SiteBuilder.build(options).wroteOutput)
        let before = site.snapshot("site")
        try options.bypassGate(forInternalItemOf: site)
        let summary = try SiteBuilder.build(options)
        #expect(!summary.wroteOutput)
        let leaks = Set(summary.diagnostics.filter { $0.code == "gate.leak" }.compactMap { $0.message(in: .en).split(separator: " ").first })
        #expect(leaks.isSuperset(of: ["public/search-index.js", "public/items/internal-a.html"]))
        #expect(site.snapshot("site") == before)
    }
}
