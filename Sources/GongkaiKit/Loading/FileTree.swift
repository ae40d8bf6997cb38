import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a file's metadata says about its content: size, modification and change times, inode.
/// Writing a file, replacing it or resetting its times changes at least one of them.
public struct FileStamp: Equatable, Sendable {
    var size: Int64
    /// Nanoseconds since 1970.
    var mtime: Int64
    var ctime: Int64
    var inode: UInt64

    /// The wall clock now, in the unit of `mtime`.
    static func now() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
    }

    /// True when a file with this stamp, read at `readAt`, had not changed for long enough that
    /// any later change gives it another stamp: file systems keep times at a granularity of
    /// milliseconds, so a file written twice within one tick could keep its times.
    func settled(before readAt: Int64, margin: Int64 = 2_000_000_000) -> Bool {
        mtime < readAt - margin && ctime < readAt - margin
    }

    init(_ st: stat) {
        size = Int64(st.st_size)
        mtime = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
        ctime = Int64(st.st_ctim.tv_sec) * 1_000_000_000 + Int64(st.st_ctim.tv_nsec)
        inode = UInt64(st.st_ino)
    }
}

/// Lists the files under a folder with `readdir` and `fstatat` (relative to each open folder):
/// no path is looked up from the root, and nothing but names and metadata is read.
enum FileTree {
    /// Files under `folder` (relative to `root`), by site-relative path (`folder/a/b.md`).
    /// `include` decides on each name: a folder is entered and a file listed only when it says so.
    static func files(root: String, folder: String, include: (_ name: String, _ isFolder: Bool) -> Bool)
        -> [String: FileStamp] {
        var out: [String: FileStamp] = [:]
        walk(root: root, rel: folder, depth: 0, include: include, into: &out)
        return out
    }

    /// `folder` (relative to `root`) and the folders under it that `include` lets in, outermost
    /// first. `depth`: how deep `folder` already is, counted against the same limit.
    static func folders(root: String, folder: String, depth: Int = 0, include: (_ name: String) -> Bool) -> [String] {
        var out: [String] = []
        var files: [String: FileStamp] = [:]
        walk(root: root, rel: folder, depth: depth, include: { name, isFolder in isFolder && include(name) },
             visitFolder: { out.append($0) }, into: &files)
        return out
    }

    private static func walk(root: String, rel: String, depth: Int, include: (String, Bool) -> Bool,
                             visitFolder: (String) -> Void = { _ in }, into out: inout [String: FileStamp]) {
        guard depth < 32, let dir = opendir(root + "/" + rel) else { return }
        visitFolder(rel)
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name == "." || name == ".." { continue }
            var st = stat()
            guard fstatat(dirfd(dir), name, &st, 0) == 0 else { continue }
            let isFolder = st.st_mode & S_IFMT == S_IFDIR
            guard include(name, isFolder) else { continue }
            if isFolder {
                walk(root: root, rel: rel + "/" + name, depth: depth + 1, include: include, visitFolder: visitFolder,
                     into: &out)
            } else {
                out[rel + "/" + name] = FileStamp(st)
            }
        }
    }
}
