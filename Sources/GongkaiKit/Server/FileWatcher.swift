import Foundation

/// Notices changes under a few folders by polling: each call to `changes()` walks them and
/// compares every file's size, times and inode with the previous walk. Portable, and
/// cheap for a site's few thousand files. Hidden files and editors' backups (`.x.swp`, `x~`) are
/// ignored, and so is the lock file of `gongkai new`.
public final class FileWatcher {
    public let root: URL
    public let folders: [String]
    private var last: [String: FileStamp]
    /// `root.path`, kept: a walk visits every file of the site several times a second.
    private let rootPath: String

    /// `folders` are relative to `root` (`content`, `themes`).
    public init(root: URL, folders: [String]) {
        self.root = root
        self.folders = folders
        rootPath = root.path
        last = [:]
        last = walk()
    }

    /// Site-relative paths added, removed or modified since the previous call, sorted.
    public func changes() -> [String] {
        let now = walk()
        var changed: [String] = []
        for (path, stamp) in now where last[path] != stamp { changed.append(path) }
        for path in last.keys where now[path] == nil { changed.append(path) }
        last = now
        return changed.sorted()
    }

    private func walk() -> [String: FileStamp] {
        var out: [String: FileStamp] = [:]
        for folder in folders {
            out.merge(FileTree.files(root: rootPath, folder: folder) { name, _ in
                !name.hasPrefix(".") && !name.hasSuffix("~")
            }) { a, _ in a }
        }
        return out
    }
}
