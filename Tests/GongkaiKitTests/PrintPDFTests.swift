import Foundation
import Testing
@testable import GongkaiKit

/// `gongkai build --pdf` with a real Chromium, read back with poppler (Debian's `chromium`,
/// `fonts-noto-cjk` and `poppler-utils`, which `scripts/setup --test` installs). Chromium takes a
/// second or two per page, so one build prints everything the checks need.
@Suite struct PrintPDFTests {
    static let title = "关于做好2026年度城乡最低生活保障资金发放工作的通知"
    static let index = "11330000MB0000000X/2026-00001"

    /// A site with one long notice on the board: its sheet runs to several pages.
    static func longSite() throws -> TestSite {
        let site = try TestSite()
        var body = "各乡镇人民政府、街道办事处：\n\n"
        for n in 1...14 {
            body += "## \(n). 工作要求第\(n)项\n\n"
            body += String(repeating: "按照县人民政府的统一部署，认真做好最低生活保障资金的审核、发放和监督工作，确保资金及时足额发放到户。", count: 3) + "\n\n"
        }
        body += "| 序号 | 乡镇 | 户数 | 金额（元） |\n|---|---|---:|---:|\n"
        for n in 1...30 { body += "| \(n) | 第\(n)乡镇 | \(n * 7) | \(n * 1130) |\n" }
        try site.write("content/items/long.md", TestSite.item(
            title: title, timing: "ad-hoc", index: index, published: "2026-11-25",
            extra: "board: true\nposting-days: 7\ndoc-number: \"示民发〔2026〕1号\"\ndepartment: 社会救助股\n", body: body))
        return site
    }

    @Test func chromiumPrintsSheetsPosterAndChecklistThatPopplerReadsBack() throws {
        guard let chromium = Self.chromium() else {
            Issue.record("chromium missing: install chromium fonts-noto-cjk (scripts/setup --test does)")
            return
        }
        guard QRTools.available([Self.pdfinfo, Self.pdftotext, Self.pdffonts], install: "poppler-utils") else { return }
        let site = try Self.longSite()
        let run = try gongkai(["build", "--as-of", "2026-11-29", "--pdf", "--chromium", chromium], in: site.root)
        #expect(run.status == 0, "\(run.stderr)")
        let pdf = site.root.appendingPathComponent("site/public/print/pdf")
        let sheet = pdf.appendingPathComponent("sheets/long.pdf").path
        for path in ["sheets/long.pdf", "large/long.pdf", "poster.pdf", "checklist.pdf"] {
            #expect(FileManager.default.fileExists(atPath: pdf.appendingPathComponent(path).path), "\(path) missing")
        }

        // Paper: A4 portrait sheets and checklist, an A3 landscape poster.
        #expect(try Self.pageSize(sheet) == "595x842")
        #expect(try Self.pageSize(pdf.appendingPathComponent("checklist.pdf").path) == "595x842")
        #expect(try Self.pageSize(pdf.appendingPathComponent("poster.pdf").path) == "1191x842")

        // Text: the Chinese title and the 索引号 come back out; every page is numbered.
        let pages = try Self.pageCount(sheet)
        #expect(pages >= 2, "the long notice should span pages")
        let first = try Self.text(sheet, page: 1)
        #expect(first.filter { !$0.isWhitespace }.contains(Self.title))
        #expect(first.contains(Self.index))
        #expect(first.contains("1 / \(pages)"))
        #expect(try Self.text(sheet, page: pages).contains("\(pages) / \(pages)"))
        #expect(first.contains("扫码查看网上原文"))
        #expect(try Self.text(sheet, page: pages).contains("联系与监督"))
        let large = pdf.appendingPathComponent("large/long.pdf").path
        #expect(try Self.pageCount(large) > pages, "large print takes more paper")
        let poster = try Self.text(pdf.appendingPathComponent("poster.pdf").path, page: 1)
        #expect(poster.contains(Self.index))
        #expect(poster.contains("在栏信息一览"))

        // Fonts: embedded, and a CJK face (Chromium embeds Noto CJK's CFF outlines as Type 3
        // fonts, which pdffonts lists without a name; their descriptors carry it).
        let fonts = try QRTools.run(Self.pdffonts, [sheet])
        let rows = String(decoding: fonts.output, as: UTF8.self).split(separator: "\n").dropFirst(2)
        #expect(!rows.isEmpty && rows.allSatisfy { $0.split(separator: " ").contains("yes") },
                "every font is embedded: \(rows)")
        let bytes = String(decoding: try Data(contentsOf: URL(fileURLWithPath: sheet)), as: UTF8.self)
        #expect(bytes.contains(#/FontName /[A-Z]{6}\+[A-Za-z]*CJK/#),
                "no CJK font embedded: install fonts-noto-cjk, or the Chinese prints as empty boxes")
    }

    @Test func anUnchangedPageKeepsItsPDFAndAnEditedOneIsPrintedAgain() throws {
        guard let chromium = Self.chromium() else {
            Issue.record("chromium missing: install chromium fonts-noto-cjk (scripts/setup --test does)")
            return
        }
        let site = try Self.longSite()
        let pdfs = ["sheets/long.pdf", "large/long.pdf", "poster.pdf", "checklist.pdf"]
        /// The file each PDF is: the same number means the file was kept, not printed again.
        func files() throws -> [String: Int] {
            var out: [String: Int] = [:]
            for name in pdfs {
                let path = site.root.appendingPathComponent("site/public/print/pdf/\(name)").path
                out[name] = try #require(FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int)
            }
            return out
        }
        let build = ["build", "--as-of", "2026-11-29", "--pdf", "--chromium", chromium, "--edition", "public"]
        #expect(try gongkai(build, in: site.root).status == 0)
        let first = try files()
        #expect(try gongkai(build, in: site.root).status == 0)
        #expect(try files() == first)

        try site.write("content/items/long.md", site.read("content/items/long.md")! + "\n补充说明：资金于月底前发放完毕。\n")
        #expect(try gongkai(build, in: site.root).status == 0)
        let third = try files()
        #expect(third["sheets/long.pdf"] != first["sheets/long.pdf"])
        #expect(third["large/long.pdf"] != first["large/long.pdf"])
        #expect(third["poster.pdf"] == first["poster.pdf"])
        #expect(third["checklist.pdf"] == first["checklist.pdf"])
        let sheet = site.root.appendingPathComponent("site/public/print/pdf/sheets/long.pdf").path
        let text = try (1...Self.pageCount(sheet)).map { try Self.text(sheet, page: $0) }.joined()
        #expect(text.filter { !$0.isWhitespace }.contains("资金于月底前发放完毕"))
    }

    @Test func withoutChromiumTheHTMLIsWrittenAndTheBuildFailsNamingThePackage() throws {
        let site = try Self.longSite()
        let empty = try QRScratchFolder()
        let run = try gongkai(["build", "--as-of", "2026-11-29", "--pdf", "--lang", "en"], in: site.root,
                              environment: ["PATH": empty.url.path])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("""
            error: [print.no-chromium] --pdf needs Chromium and none was found on PATH (looked for chromium, chromium-browser, google-chrome); the HTML print edition in print/ was written, without PDFs
              hint: install it with 'apt-get install chromium fonts-noto-cjk', or pass --chromium PATH

            """), "\(run.stderr)")
        #expect(site.exists("site/public/print/index.html"))
        #expect(site.exists("site/public/print/sheets/long.html"))
        #expect(site.exists("site/public/print/poster.html"))
        #expect(!site.exists("site/public/print/pdf"))
    }

    @Test func aChromiumThatFailsLeavesThePreviousSiteUntouched() throws {
        let site = try Self.longSite()
        #expect(try gongkai(["build", "--as-of", "2026-11-29"], in: site.root).status == 0)
        let before = site.snapshot("site")
        let run = try gongkai(["build", "--as-of", "2026-11-30", "--chromium", "/bin/false"], in: site.root)
        #expect(run.status == 74)
        #expect(run.stderr.contains("gongkai: Chromium (/bin/false) could not print "), "\(run.stderr)")
        #expect(run.stderr.contains("/print/"))
        #expect(run.stderr.contains("to PDF: it exited with status 1"))
        #expect(site.snapshot("site") == before)
        let bad = try gongkai(["build", "--as-of", "2026-11-29", "--chromium", "/nonexistent/chrome", "--lang", "en"], in: site.root)
        #expect(bad.status == 1)
        #expect(bad.stderr.hasPrefix("error: [print.bad-chromium] --chromium '/nonexistent/chrome' is not an executable file\n"))
    }

    /// A Chromium that hangs is stopped after the timeout, with everything it started.
    @Test func aHangingPrintTimesOutAndLeavesNoProcessBehind() throws {
        let site = try Self.longSite()
        let scratch = try QRScratchFolder()
        let pidFile = scratch.url.appendingPathComponent("pid")
        let script = scratch.url.appendingPathComponent("chromium")
        try "#!/bin/sh\nsleep 60 &\necho $! > '\(pidFile.path)'\nwait\n".write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        var options = BuildOptions(root: site.root, asOf: LocalDate(iso: "2026-11-29")!)
        var pdf = PDFOptions(chromium: script.path, searchPath: "")
        pdf.timeout = 1
        options.pdf = pdf
        let started = Date()
        #expect(throws: PrintFailure.self) { try SiteBuilder.build(options) }
        #expect(Date().timeIntervalSince(started) < 20)
        #expect(!site.exists("site"))
        let pid = try #require(Int32(String(decoding: try Data(contentsOf: pidFile), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        // SIGKILL is delivered asynchronously: on a loaded machine the child may take a moment
        // to die after the group was killed, but it must not live on.
        let deadline = Date().addingTimeInterval(5)
        while Self.isRunning(pid) && Date() < deadline { usleep(50_000) }
        #expect(!Self.isRunning(pid), "the child of the hung print is still running")
    }

    /// Whether a process exists and is not a zombie waiting for init to reap it.
    static func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        let state = stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).first
        return state != "Z" && state != "X"
    }

    static let pdfinfo = "/usr/bin/pdfinfo"
    static let pdftotext = "/usr/bin/pdftotext"
    static let pdffonts = "/usr/bin/pdffonts"

    static func chromium() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for dir in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(dir)/\(name)") {
                return "\(dir)/\(name)"
            }
        }
        return nil
    }

    static func info(_ pdf: String) throws -> String {
        String(decoding: try QRTools.run(pdfinfo, [pdf]).output, as: UTF8.self)
    }

    static func pageCount(_ pdf: String) throws -> Int {
        let line = try info(pdf).split(separator: "\n").first { $0.hasPrefix("Pages:") } ?? ""
        return Int(line.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) ?? 0
    }

    /// `595x842` for A4 portrait: pdfinfo's size in points, rounded.
    static func pageSize(_ pdf: String) throws -> String {
        let line = try info(pdf).split(separator: "\n").first { $0.hasPrefix("Page size:") } ?? ""
        let numbers = line.split(separator: " ").compactMap { Double($0) }
        return numbers.prefix(2).map { String(Int($0.rounded())) }.joined(separator: "x")
    }

    static func text(_ pdf: String, page: Int) throws -> String {
        let out = try QRTools.run(pdftotext, ["-f", "\(page)", "-l", "\(page)", pdf, "-"])
        return String(decoding: out.output, as: UTF8.self)
    }
}
