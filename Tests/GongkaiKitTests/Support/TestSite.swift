import Foundation
import Testing
@testable import GongkaiKit

/// The package's root folder, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A throwaway site folder: content written by the test, the project's default theme copied in.
final class TestSite {
    let root: URL

    /// `calendar`: whether a site without a fixture gets the project's 2026 holiday calendar.
    init(copying fixture: String? = nil, calendar: Bool = true) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("gongkai-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("themes"),
                                         to: root.appendingPathComponent("themes"))
        if let fixture {
            try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("Tests/Fixtures/\(fixture)/content"),
                                             to: root.appendingPathComponent("content"))
        } else {
            try write("content/site.yaml", TestSite.siteYAML)
        }
        if fixture == nil && calendar {
            try FileManager.default.createDirectory(at: root.appendingPathComponent("content/calendar"),
                                                    withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("content/calendar/2026.yaml"),
                                             to: root.appendingPathComponent("content/calendar/2026.yaml"))
        }
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: root.appendingPathComponent(path).path).flatMap { String(data: $0, encoding: .utf8) }
    }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path) }

    /// Every file under `dir` (relative to the site root) with its bytes, by relative path.
    func snapshot(_ dir: String = "site") -> [String: Data] {
        (try? TestSite.files(under: root.appendingPathComponent(dir))) ?? [:]
    }

    func build(asOf: String = "2026-11-29") throws -> BuildSummary {
        try SiteBuilder.build(BuildOptions(root: root, asOf: LocalDate(iso: asOf)!))
    }

    static let siteYAML = """
    organ: 测试县民政局
    organ-code: 11330000MB0000000X
    base-url: https://example.gov.cn/gongkai/
    internal-base-url: http://intranet.example/gongkai/
    timezone: Asia/Shanghai
    feedback:
      phone: "0571-00000000"
    categories:
      - id: policies
        name: 法规政策
      - id: finance
        name: 财政资金
    internal-categories:
      - id: budget
        name: 财务收支

    """

    /// A minimal valid item; `extra` lines are appended to its front matter.
    static func item(title: String = "关于测试的通知", summary: String? = nil, category: String = "policies", timing: String = "long-term",
                     index: String = "11330000MB0000000X/2026-00001", published: String = "2026-10-15",
                     extra: String = "", body: String = "正文。\n") -> String {
        """
        ---
        title: "\(title)"
        category: \(category)
        timing: \(timing)
        index: "\(index)"
        published: \(published)
        approved-by: 王建国
        approved-on: \(published)
        \(extra)---

        \(body)
        """
    }
}

extension TestSite {
    /// Every file under a folder, by path relative to it; the page cache a build keeps beside
    /// its output (`.gongkai-cache`, not part of the site) is left out.
    static func files(under base: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        guard let e = FileManager.default.enumerator(atPath: base.path) else { return out }
        while let rel = e.nextObject() as? String {
            if rel == PageCache.fileName { continue }
            var isDir: ObjCBool = false
            let full = base.appendingPathComponent(rel).path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue {
                out[rel] = FileManager.default.contents(atPath: full)
            }
        }
        return out
    }
}

extension BuildOptions {
    /// Hands the public edition's renderer the golden site's internal item as if the gate had
    /// cleared it, so that tests can show the leak scan stopping the build.
    mutating func bypassGate(forInternalItemOf site: TestSite) throws {
        let (loaded, _) = try ContentLoader.load(root: site.root)
        let secret = try #require(loaded?.items.first { $0.id == "internal-a" })
        gateOverride = { edition, result in
            guard edition == .public else { return result }
            var r = result
            r.cleared.append(Gate.bypassForLeakScanTest(secret, edition: .public))
            return r
        }
    }
}
