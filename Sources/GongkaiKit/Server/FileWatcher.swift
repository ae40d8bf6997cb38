import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Notices changes under a few folders by polling: each call to `changes()` walks them and
/// compares every file's size, modification time and inode with the previous walk. Portable, and
/// cheap for a site's few thousand files. Hidden files and editors' backups (`.x.swp`, `x~`) are
/// ignored, and so is the lock file of `gongkai new`.
public final class FileWatcher {
    public let root: URL
    public let folders: [String]
    private var last: [String: Stamp]
    /// `root.path`, kept: a walk visits every file of the site several times a second.
    private let rootPath: String

    struct Stamp: Equatable {
        var size: Int64
        var mtime: Int64
        var inode: UInt64
    }

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

    private func walk() -> [String: Stamp] {
        var out: [String: Stamp] = [:]
        for folder in folders { walk(folder, depth: 0, into: &out) }
        return out
    }

    private func walk(_ rel: String, depth: Int, into out: inout [String: Stamp]) {
        guard depth < 32, let dir = opendir(rootPath + "/" + rel) else { return }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name.hasPrefix(".") || name.hasSuffix("~") { continue }
            let child = rel + "/" + name
            var st = stat()
            // Relative to the open folder: no path lookup from the root for every file.
            guard fstatat(dirfd(dir), name, &st, 0) == 0 else { continue }
            if st.st_mode & S_IFMT == S_IFDIR {
                walk(child, depth: depth + 1, into: &out)
            } else {
                out[child] = Stamp(size: Int64(st.st_size),
                                   mtime: Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec),
                                   inode: UInt64(st.st_ino))
            }
        }
    }
}
