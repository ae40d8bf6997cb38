import Foundation
import Testing
@testable import GongkaiKit

/// No request reaches a file outside the folder served, however the path is spelt.
@Suite struct StaticFileResolverTests {
    let site: TestSite
    let resolver: StaticFileResolver
    var root: String { resolver.root }

    init() throws {
        site = try TestSite(calendar: false)
        try site.write("out/index.html", "home")
        try site.write("out/items/a.html", "a")
        try site.write("out/items/index.html", "items")
        try site.write("out/assets/国徽.svg", "<svg/>")
        try site.write("out/empty/.keep", "")
        try site.write("secret.txt", "outside")
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: site.root.appendingPathComponent("out/etc").path, withDestinationPath: "/etc")
        try fm.createSymbolicLink(atPath: site.root.appendingPathComponent("out/leak.txt").path,
                                  withDestinationPath: site.root.appendingPathComponent("secret.txt").path)
        try fm.createSymbolicLink(atPath: site.root.appendingPathComponent("out/latest.html").path, withDestinationPath: "items/a.html")
        resolver = try #require(StaticFileResolver(folder: site.root.appendingPathComponent("out").path))
    }

    @Test func filesAndFolders() {
        #expect(resolver.resolve("/") == .file(root + "/index.html"))
        #expect(resolver.resolve("/items/a.html?v=2#x") == .file(root + "/items/a.html"))
        #expect(resolver.resolve("/items/") == .file(root + "/items/index.html"))
        #expect(resolver.resolve("/items") == .redirect("/items/"))
        #expect(resolver.resolve("/assets/%E5%9B%BD%E5%BE%BD.svg") == .file(root + "/assets/国徽.svg"))
        #expect(resolver.resolve("/./items/./a.html") == .file(root + "/items/a.html"))
        #expect(resolver.resolve("/latest.html") == .file(root + "/items/a.html"), "a link inside the folder is fine")
        #expect(resolver.resolve("/nope.html") == .notFound)
        #expect(resolver.resolve("/empty/") == .notFound, "no folder listings")
    }

    @Test(arguments: [
        "/../secret.txt", "/items/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/items/%2e%2e/%2e%2e/secret.txt",
        "/%252e%252e/secret.txt", "/%252e%252e%252fsecret.txt", "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt", "/..%5csecret.txt",
        "/a%00.html", "/etc/passwd", "/etc/", "/leak.txt", "/items/..",
    ])
    func escapesAreRefused(_ target: String) {
        #expect(resolver.resolve(target) == .forbidden, "\(target)")
    }

    @Test func badlyEncodedOrNonPathTargetsAre400() {
        for target in ["/%zz", "/%2", "/%ff%fe", "*", "http://example.com/", "items/a.html"] {
            #expect(resolver.resolve(target) == .badRequest, "\(target)")
        }
    }

    @Test func doubleSlashesStayInside() {
        #expect(resolver.resolve("//items//a.html") == .file(root + "/items/a.html"))
        #expect(resolver.resolve("//secret.txt") == .notFound)
    }

    @Test func redirectsAreBuiltFromTheCleanPath() {
        // Never `//host/`: a protocol-relative Location would send the browser elsewhere.
        #expect(resolver.resolve("//items") == .redirect("/items/"))
        try? site.write("out/新闻 中心/index.html", "x")
        #expect(resolver.resolve("/%E6%96%B0%E9%97%BB%20%E4%B8%AD%E5%BF%83") == .redirect("/%E6%96%B0%E9%97%BB%20%E4%B8%AD%E5%BF%83/"))
    }
}

@Suite struct ServerPartsTests {
    @Test func contentTypes() {
        let expected = [
            "a.html": "text/html; charset=utf-8", "s.css": "text/css; charset=utf-8",
            "x.js": "application/javascript; charset=utf-8", "f.svg": "image/svg+xml", "c.json": "application/json",
            "feed.atom": "application/atom+xml", "catalogue.csv": "text/csv; charset=utf-8", "sheet.pdf": "application/pdf",
            "robots.txt": "text/plain; charset=utf-8", "sitemap.xml": "application/xml", "QR.PNG": "image/png",
            "noextension": "application/octet-stream", ".hidden": "application/octet-stream",
        ]
        for (name, type) in expected { #expect(ContentTypes.type(forPath: "/x/" + name) == type, "\(name)") }
        let atom = Array(#"<?xml version="1.0" encoding="utf-8"?>\#n<feed xmlns="http://www.w3.org/2005/Atom">"#.utf8)
        #expect(ContentTypes.type(forPath: "/feed.xml", start: atom[...]) == "application/atom+xml")
    }

    @Test func theLiveReloadTagGoesBeforeTheLastBodyEnd() {
        let tag = LiveReload.tag(buildID: "b-1")
        #expect(String(decoding: LiveReload.inject(Array("<p>&lt;/body&gt;</p></BODY></html>".utf8), buildID: "b-1"), as: UTF8.self)
            == "<p>&lt;/body&gt;</p>\(tag)</BODY></html>")
        #expect(String(decoding: LiveReload.inject(Array("<p>x</p>".utf8), buildID: "b-1"), as: UTF8.self) == "<p>x</p>\(tag)")
        #expect(LiveReload.script.contains("textContent") && !LiveReload.script.contains("innerHTML"))
    }

    @Test func httpDates() {
        #expect(HTTPDate.format(secondsSince1970: 784_111_777) == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(HTTPDate.parse("Sun, 06 Nov 1994 08:49:37 GMT") == 784_111_777)
        #expect(HTTPDate.parse("Sunday, 06-Nov-94 08:49:37 GMT") == nil)
        #expect(HTTPDate.format(secondsSince1970: 1_795_953_600) == "Sun, 29 Nov 2026 12:00:00 GMT")
    }

    @Test func ifNoneMatchComparesWeaklyAndTakesLists() {
        #expect(PreviewRoutes.matches("\"a\", W/\"b\"", "\"b\""))
        #expect(PreviewRoutes.matches("*", "\"b\""))
        #expect(!PreviewRoutes.matches("\"a\"", "\"b\""))
    }
}
