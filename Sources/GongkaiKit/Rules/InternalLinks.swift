import Foundation

/// Links between items written as relative paths to their Markdown files
/// (`[办事指南](../2026/guide-dibao-shenqing.md)`), resolved to the items' pages.
enum InternalLinks {
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

    /// Reports every `.md` link that names no item's file.
    static func check(_ items: [Item]) -> [Diagnostic] {
        let paths = Set(items.map(\.path))
        var out: [Diagnostic] = []
        for item in items {
            for (destination, position) in item.document.links {
                guard let (path, _) = sourcePath(of: destination, from: item.path), !paths.contains(path) else { continue }
                let candidates = paths.map { String($0.split(separator: "/").last ?? "") }
                let name = String(path.split(separator: "/").last ?? "")
                out.append(Diagnostic(.error, "link.unresolved",
                                      "link to '\(destination)' names no item: there is no \(path)",
                                      at: position.location(in: item.path, lineOffset: item.bodyFirstLine - 1),
                                      hint: Suggestion.closest(to: name, among: candidates).map { "did you mean '\($0)'?" }))
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
