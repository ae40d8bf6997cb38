import Foundation
import Testing
@testable import GongkaiKit

/// Chromium (Debian's `chromium`) run headless on a page, to test what the page's scripts do.
/// A test that needs it and finds none fails, saying what to install: `scripts/setup --test`
/// installs it.
enum HeadlessChromium {
    static func find() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for dir in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(dir)/\(name)") {
                return "\(dir)/\(name)"
            }
        }
        return nil
    }

    /// The Chromium to use, or nil after recording an issue that names the package.
    static func required() -> String? {
        if let chromium = find() { return chromium }
        Issue.record("chromium missing: install the Debian package chromium (scripts/setup --test does)")
        return nil
    }

    /// A `file://` URL of `file`, with `query` percent-encoded in the order given.
    static func url(_ file: URL, query: [(String, String)] = []) -> String {
        let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~")
        func encode(_ s: String) -> String { s.addingPercentEncoding(withAllowedCharacters: unreserved) ?? s }
        let q = query.map { encode($0.0) + "=" + encode($0.1) }.joined(separator: "&")
        return "file://" + file.path + (q.isEmpty ? "" : "?" + q)
    }

    /// The page's DOM after its scripts ran (`--dump-dom`), serialised as HTML.
    static func dumpDOM(_ chromium: String, url: String) throws -> String {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("dom.html")
        // Through sh only to send Chromium's standard error (D-Bus noise) away from the DOM.
        let process = ChildProcess(executable: "/bin/sh", arguments: [
            "-c", #"exec "$0" "$@" 2>/dev/null"#, chromium,
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--user-data-dir=\(scratch.appendingPathComponent("profile").path)",
            "--virtual-time-budget=5000", "--dump-dom", url,
        ])
        let outcome = try process.run(log: out, timeout: 60)
        #expect(outcome == .exited(0), "chromium on \(url): \(outcome)")
        return try String(contentsOf: out, encoding: .utf8)
    }
}
