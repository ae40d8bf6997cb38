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
    /// `unread`: item files that gave no item, with their first error. A link to one of them (by
    /// path, or by the id its file name gives) is told the target has errors, not that it is
    /// missing.
    static func check(_ items: [Item], unread: [String: SourceLocation] = [:]) -> [Diagnostic] {
        let paths = Set(items.map(\.path))
        let ids = Set(items.map(\.id))
        let unreadByID = Dictionary(unread.map { (Self.fileID(of: $0.key), $0) }, uniquingKeysWith: { a, b in a.key < b.key ? a : b })
        var out: [Diagnostic] = []
        for item in items {
            for (destination, position) in item.links {
                let at = position.location(in: item.path, lineOffset: item.bodyFirstLine - 1)
                func targetHasErrors(_ path: String, _ first: SourceLocation) -> Diagnostic {
                    Diagnostic(.error, "link.target-has-errors",
                               .item(.linkToItemWithErrors(destination: destination, path: path, firstError: first)), at: at)
                }
                if destination.hasPrefix("id:"), let (key, _) = key(of: destination, from: item.path) {
                    let id = String(key.dropFirst(3))
                    guard !ids.contains(id) else { continue }
                    if let (path, first) = unreadByID[id] {
                        out.append(targetHasErrors(path, first))
                        continue
                    }
                    out.append(Diagnostic(.error, "link.unresolved", .item(.linkToNoID(destination: destination, id: id)),
                                          at: at, hint: Suggestion.closest(to: id, among: ids).map { .didYouMean("id:\($0)") }))
                    continue
                }
                guard let (path, _) = sourcePath(of: destination, from: item.path), !paths.contains(path) else { continue }
                if let first = unread[path] {
                    out.append(targetHasErrors(path, first))
                    continue
                }
                let candidates = paths.map { String($0.split(separator: "/").last ?? "") }
                let name = String(path.split(separator: "/").last ?? "")
                out.append(Diagnostic(.error, "link.unresolved", .item(.linkToNoFile(destination: destination, path: path)),
                                      at: at, hint: Suggestion.closest(to: name, among: candidates).map(DiagnosticHint.didYouMean)))
            }
        }
        return out
    }

    /// The id an item file gets from its name when it sets none: `content/items/2026/a.md` → `a`.
    static func fileID(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }
}

private extension Substring {
    var removingPercentEncodingIfPossible: String {
        String(self).removingPercentEncoding ?? String(self)
    }
}
