import Foundation

/// The Content-Type of a file served by the preview server, from its extension. `.xml` files are
/// looked at: an Atom feed (`<feed xmlns="http://www.w3.org/2005/Atom"`) is served as Atom.
public enum ContentTypes {
    static let byExtension: [String: String] = [
        "html": "text/html; charset=utf-8", "htm": "text/html; charset=utf-8",
        "css": "text/css; charset=utf-8",
        "js": "application/javascript; charset=utf-8", "mjs": "application/javascript; charset=utf-8",
        "json": "application/json", "map": "application/json",
        "svg": "image/svg+xml",
        "atom": "application/atom+xml",
        "rss": "application/rss+xml",
        "xml": "application/xml",
        "csv": "text/csv; charset=utf-8",
        "txt": "text/plain; charset=utf-8", "md": "text/plain; charset=utf-8",
        "pdf": "application/pdf",
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
        "webp": "image/webp", "avif": "image/avif", "ico": "image/x-icon",
        "woff": "font/woff", "woff2": "font/woff2", "ttf": "font/ttf", "otf": "font/otf",
        "webmanifest": "application/manifest+json",
        "zip": "application/zip",
        "doc": "application/msword", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xls": "application/vnd.ms-excel", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "ofd": "application/ofd",
    ]

    /// `start`: the first bytes of the file, to tell an Atom feed from other XML.
    public static func type(forPath path: String, start: ArraySlice<UInt8> = []) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "application/octet-stream" }
        let ext = name[name.index(after: dot)...].lowercased()
        if ext == "xml", isAtom(start) { return "application/atom+xml" }
        return byExtension[ext] ?? "application/octet-stream"
    }

    /// True when the text starts (after the XML declaration and comments) with an Atom `<feed`.
    static func isAtom(_ start: ArraySlice<UInt8>) -> Bool {
        let text = String(decoding: start.prefix(1024), as: UTF8.self)
        guard let feed = text.range(of: "<feed") else { return false }
        return text[feed.lowerBound...].prefix(300).contains("http://www.w3.org/2005/Atom")
    }
}
