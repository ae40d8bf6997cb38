import Foundation

/// Links between items, written as relative paths to their Markdown files
/// (`[办事指南](../2026/guide-dibao-shenqing.md)`) or by id (`[办事指南](id:guide-dibao-shenqing)`),
/// resolved to the items' pages.
enum InternalLinks {
    /// What a destination names: `content/items/…md` for a file link, `id:<id>` for an id link,
    /// with its `#fragment`; nil for any other destination (an absolute URL, `mailto:` …).
    static func key(of destination: String, from itemPath: String) -> (key: String, fragment: String?)? {
        if destination.hasPrefix("id:") {
            var id = Substring(destination.dropFirst(3))
            var fragment: String?
            if let hash = id.firstIndex(of: "#") {
                fragment = String(id[id.index(after: hash)...])
                id = id[..<hash]
            }
            return ("id:" + id, fragment)
        }
        return sourcePath(of: destination, from: itemPath).map { ($0.path, $0.fragment) }
    }

    /// The `pages` keys of an item: its source path and its id.
    static func keys(of item: Item) -> [String] { [item.path, "id:" + item.id] }

    /// The site-relative path of the `.md` file a destination points at, or nil when the
    /// destination is not a relative link to a Markdown file (an absolute URL, `mailto:` …).
    static func sourcePath(of destination: String, from itemPath: String) -> (path: String, fragment: String?)? {
        var target = Substring(destination)
        var fragment: String?
        if let hash = target.firstIndex(of: "#") {
            fragment = String(target[target.index(after: hash)...])
            target = target[..<hash]
        }
        guard target.hasSuffix(".md"), !target.contains(":"), !target.hasPrefix("/") else { return nil }
        var parts = itemPath.split(separator: "/").dropLast().map(String.init)
        for piece in target.split(separator: "/", omittingEmptySubsequences: true) {
            switch piece {
            case ".": continue
            case "..":
                if parts.isEmpty { return nil }
                parts.removeLast()
            default: parts.append(String(piece.removingPercentEncodingIfPossible))
            }
        }
        return (parts.joined(separator: "/"), fragment)
    }

    /// Reports every `.md` link that names no item's file, and every `id:` link that names no item.
    static func check(_ items: [Item]) -> [Diagnostic] {
        let paths = Set(items.map(\.path))
        let ids = Set(items.map(\.id))
        var out: [Diagnostic] = []
        for item in items {
            for (destination, position) in item.links {
                if destination.hasPrefix("id:"), let (key, _) = key(of: destination, from: item.path) {
                    let id = String(key.dropFirst(3))
                    guard !ids.contains(id) else { continue }
                    out.append(Diagnostic(.error, "link.unresolved", .item(.linkToNoID(destination: destination, id: id)),
                                          at: position.location(in: item.path, lineOffset: item.bodyFirstLine - 1),
                                          hint: Suggestion.closest(to: id, among: ids).map { .didYouMean("id:\($0)") }))
                    continue
                }
                guard let (path, _) = sourcePath(of: destination, from: item.path), !paths.contains(path) else { continue }
                let candidates = paths.map { String($0.split(separator: "/").last ?? "") }
                let name = String(path.split(separator: "/").last ?? "")
                out.append(Diagnostic(.error, "link.unresolved", .item(.linkToNoFile(destination: destination, path: path)),
                                      at: position.location(in: item.path, lineOffset: item.bodyFirstLine - 1),
                                      hint: Suggestion.closest(to: name, among: candidates).map(DiagnosticHint.didYouMean)))
            }
        }
        return out
    }
}

private extension Substring {
    var removingPercentEncodingIfPossible: String {
        String(self).removingPercentEncoding ?? String(self)
    }
}
