import Foundation
import Testing
@testable import GongkaiKit

/// `gongkai serve` end to end: the built binary on a test site, spoken to over loopback with a
/// raw-socket client. Every server is stopped (SIGINT, else SIGKILL) before its test returns.
@Suite(.serialized) struct ServeTests {
    private func status(_ port: Int) throws -> [String: Any] {
        let r = try RawHTTPClient(port: port).request(LiveReload.statusPath)
        return try #require(JSONSerialization.jsonObject(with: Data(r.body)) as? [String: Any])
    }

    /// Polls `condition` every 50 ms for up to `seconds`; the time it took, or nil.
    private func within(_ seconds: Double, _ condition: () throws -> Bool) rethrows -> Double? {
        let start = Date()
        while Date().timeIntervalSince(start) < seconds {
            if try condition() { return Date().timeIntervalSince(start) }
            usleep(50_000)
        }
        return nil
    }

    @Test func servesTheEditionWithTypesCachingAndNoWayOut() throws {
        let site = try TestSite(copying: "golden")
        let server = try ServeProcess(root: site.root, arguments: ["--as-of", "2026-11-29", "--lang", "en"])
        defer { server.stop() }
        let port = server.port
        #expect(server.stdout.hasPrefix("gongkai serve: serving the public edition of \(site.root.path) at http://127.0.0.1:\(port)/"))
        let client = RawHTTPClient(port: port)

        let home = try client.request("/")
        #expect(home.status == 200)
        #expect(home.header("content-type") == "text/html; charset=utf-8")
        #expect(home.text.contains("<script src=\"/__gongkai/live.js\" data-build=\""))
        #expect(home.text.hasSuffix("></script></body>\n</html>\n"))
        let folder = try #require(try status(port)["folder"] as? String)
        #expect(!folder.hasPrefix(site.root.path), "the preview never writes into the site folder")
        #expect(!site.exists("site"))
        let onDisk = try String(contentsOfFile: folder + "/index.html", encoding: .utf8)
        #expect(!onDisk.contains("__gongkai"), "the script is added when serving, never written")

        for (path, type) in [("/assets/style.css", "text/css; charset=utf-8"), ("/catalogue.json", "application/json"),
                             ("/catalogue.csv", "text/csv; charset=utf-8"), ("/items/power-a.html", "text/html; charset=utf-8"),
                             (LiveReload.scriptPath, "application/javascript; charset=utf-8")] {
            let r = try client.request(path)
            #expect(r.status == 200 && r.header("content-type") == type, "\(path): \(r.status) \(r.header("content-type") ?? "")")
        }

        let css = try client.request("/assets/style.css")
        let etag = try #require(css.header("etag"))
        let unchanged = try client.request("/assets/style.css", headers: ["If-None-Match": etag])
        #expect(unchanged.status == 304 && unchanged.body.isEmpty && unchanged.header("etag") == etag)
        let since = try client.request("/assets/style.css", headers: ["If-Modified-Since": try #require(css.header("last-modified"))])
        #expect(since.status == 304)
        #expect(try client.request("/assets/style.css", headers: ["If-None-Match": "\"other\""]).status == 200)

        let missing = try client.request("/items/nope.html")
        #expect(missing.status == 404 && missing.header("content-type") == "text/html; charset=utf-8")
        #expect(missing.text.contains("404") && missing.text.contains("/__gongkai/live.js"))
        let folderRedirect = try client.request("/items")
        #expect(folderRedirect.status == 301 && folderRedirect.header("location") == "/items/")

        let head = RawHTTPClient(port: port)
        try head.connect()
        try head.send("HEAD / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        let headRaw = String(decoding: head.readToEnd(), as: UTF8.self)
        #expect(headRaw.hasPrefix("HTTP/1.1 200 OK\r\n") && headRaw.contains("Content-Length: \(home.body.count)\r\n"))
        #expect(headRaw.hasSuffix("\r\n\r\n"), "HEAD has no body")

        try FileManager.default.createSymbolicLink(atPath: folder + "/etc-link", withDestinationPath: "/etc")
        for target in ["/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/%252e%252e/%252e%252e/etc/passwd",
                       "/items/..%2f..%2f..%2fetc/passwd", "/etc-link/passwd", "/%2e%2e%5c%2e%2e%5cetc%5cpasswd"] {
            let raw = RawHTTPClient(port: port)
            try raw.connect()
            try raw.send("GET \(target) HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            let answer = String(decoding: raw.readToEnd(), as: UTF8.self)
            #expect(answer.hasPrefix("HTTP/1.1 403 ") || answer.hasPrefix("HTTP/1.1 404 "), "\(target): \(answer.prefix(40))")
            #expect(!answer.contains("root:"), "\(target) leaked /etc/passwd")
        }
        for (request, code) in [("NONSENSE\r\n\r\n", 400), ("GET / HTTP/1.1\r\nHost: x\r\nX: " + String(repeating: "z", count: 64_000) + "\r\n\r\n", 431),
                                ("DELETE / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 405)] {
            let raw = RawHTTPClient(port: port)
            try raw.connect()
            try? raw.send(request)
            #expect(String(decoding: raw.readToEnd(), as: UTF8.self).hasPrefix("HTTP/1.1 \(code) "))
        }

        // 2,000 requests from 8 clients at once, each on its own kept-alive connection.
        let paths = ["/", "/assets/style.css", "/catalogue.json", "/items/power-a.html", "/items/guide-a.html", "/print/poster.html"]
        let errors = Counter()
        let started = Date()
        let group = DispatchGroup()
        for n in 0..<8 {
            group.enter()
            Thread {
                let c = RawHTTPClient(port: port)
                for k in 0..<250 {
                    guard let r = try? c.request(paths[(n + k) % paths.count]), r.status == 200, !r.body.isEmpty else {
                        errors.add()
                        c.close()
                        continue
                    }
                }
                group.leave()
            }.start()
        }
        group.wait()
        #expect(errors.value == 0)
        let elapsed = Date().timeIntervalSince(started)
        #expect(elapsed < 15, "2,000 requests took \(elapsed) s")

        #expect(server.interrupt() == 0, "Ctrl-C exits 0: \(server.stderr)")
        #expect(server.stderr.hasSuffix("gongkai serve: stopped\n"))
        #expect(throws: (any Error).self, "the socket is closed") { try RawHTTPClient(port: port).connect(timeout: 1) }
        #expect(!FileManager.default.fileExists(atPath: folder), "the private build folder is removed")
    }

    @Test func rebuildsOnSaveReloadsPagesAndShowsBuildErrorsOverTheLastGoodBuild() throws {
        let site = try TestSite()
        try site.write("content/items/a.md", TestSite.item(title: "第一版标题"))
        let server = try ServeProcess(root: site.root, arguments: ["--as-of", "2026-11-29"])
        defer { server.stop() }
        let port = server.port
        let first = try RawHTTPClient(port: port).request("/items/a.html")
        #expect(first.text.contains("第一版标题"))

        let events = RawHTTPClient(port: port)
        try events.connect(timeout: 5)
        try events.send("GET \(LiveReload.eventsPath) HTTP/1.1\r\nHost: x\r\n\r\n")
        let eventsHead = try events.readResponse(bodyExpected: false)
        #expect(eventsHead.header("content-type") == "text/event-stream; charset=utf-8")

        try site.write("content/items/a.md", TestSite.item(title: "第二版标题"))
        let seen = try within(2) { try RawHTTPClient(port: port).request("/items/a.html").text.contains("第二版标题") }
        #expect(seen != nil, "a save is visible within 2 seconds: \(server.stderr)")
        let stream = String(decoding: events.readSome(until: "\"ok\":true,\"version\":2"), as: UTF8.self)
        #expect(stream.contains("retry: 1000") && stream.contains("\"version\":2}"), "open pages hear of the new build: \(stream)")

        try site.write("content/items/b.md", TestSite.item(timing: "weekly", index: "11330000MB0000000X/2026-00002"))
        let failed = try within(2) { try status(port)["ok"] as? Bool == false }
        #expect(failed != nil)
        let s = try status(port)
        let diagnostics = try #require(s["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.first?["text"] as? String
            == "content/items/b.md:4:9: error: [timing.unknown] 'timing' 不能填 'weekly'；可以填 long-term、periodic 或 ad-hoc")
        #expect(s["title"] as? String == "gongkai serve：构建失败，当前显示的是上次成功构建的页面")
        let stale = try RawHTTPClient(port: port).request("/items/a.html")
        #expect(stale.status == 200 && stale.text.contains("第二版标题"), "the last good build is still served")
        #expect(server.stderr.contains("content/items/b.md:4:9: error: [timing.unknown]"))
        #expect(server.stderr.contains("gongkai serve：content/items/b.md 有改动；构建失败，有 1 个错误"))
        #expect(server.stderr.contains("仍在预览上次成功构建的页面"))

        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/items/b.md"))
        #expect(try within(2) { try status(port)["ok"] as? Bool == true } != nil)
        #expect(server.interrupt() == 0)
    }

    @Test func theInternalEditionWithDraftsOnRequest() throws {
        let site = try TestSite(copying: "golden")
        let server = try ServeProcess(root: site.root, arguments: ["--edition", "internal", "--drafts", "--as-of", "2026-11-29", "--lang", "en"])
        defer { server.stop() }
        let client = RawHTTPClient(port: server.port)
        #expect(try client.request("/items/internal-a.html").status == 200)
        #expect(try client.request("/items/draft-a.html").text.contains("预览：本信息尚未审核签发，不得公开。"))
        #expect(try client.request("/items/secret-a.html").status == 404)
        #expect(server.stdout.contains("serving the internal edition with drafts"))
        #expect(server.interrupt() == 0)
    }

    @Test func aSiteThatDoesNotBuildYetIsServedAsAnErrorPage() throws {
        let site = try TestSite()
        try site.write("content/items/a.md", TestSite.item(category: "nowhere"))
        let server = try ServeProcess(root: site.root, arguments: ["--as-of", "2026-11-29", "--lang", "en"])
        defer { server.stop() }
        let page = try RawHTTPClient(port: server.port).request("/")
        #expect(page.status == 503 && page.text.contains("/__gongkai/live.js"))
        #expect(try status(server.port)["build"] is NSNull)
        #expect(server.stderr.contains("nothing to serve until it is fixed"))
        try site.write("content/items/a.md", TestSite.item())
        #expect(try within(3) { try RawHTTPClient(port: server.port).request("/").status == 200 } != nil)
        #expect(server.interrupt() == 0)
    }

    @Test func usageAndStartupErrors() throws {
        let site = try TestSite()
        let port = try gongkai(["serve", "--port", "70000"], in: site.root)
        #expect(port.status == 64)
        #expect(port.stderr.hasPrefix("gongkai: --port must be a number from 0 to 65535; got '70000'\n"))
        let date = try gongkai(["serve", "--as-of", "tomorrow"], in: site.root)
        #expect(date.status == 64)
        #expect(date.stderr == "gongkai serve: --as-of 'tomorrow' is not a date; write YYYY-MM-DD, e.g. --as-of 2026-11-29\n")
        let nowhere = try gongkai(["serve", "--root", "/nonexistent"], in: site.root)
        #expect(nowhere.status == 74)

        let first = try ServeProcess(root: site.root)
        defer { first.stop() }
        let taken = try gongkai(["serve", "--port", String(first.port)], in: site.root)
        #expect(taken.status == 74)
        #expect(taken.stderr == "gongkai serve: cannot listen on 127.0.0.1 port \(first.port): Address already in use; is another gongkai serve running? choose another port with --port\n")
        #expect(first.interrupt() == 0)
    }
}

extension RawHTTPClient {
    /// Bytes of a stream until `marker` has arrived or the read times out.
    func readSome(until marker: String) -> [UInt8] {
        var got: [UInt8] = []
        let needle = Array(marker.utf8)
        while true {
            guard let more = try? readChunk(), !more.isEmpty else { return got }
            got += more
            if String(decoding: got, as: UTF8.self).contains(marker) || needle.isEmpty { return got }
        }
    }
}
