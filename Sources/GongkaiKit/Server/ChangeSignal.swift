import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Tells `gongkai serve` that something changed under the folders it watches, with Linux inotify
/// on each folder (new folders are watched as they appear). It says that something changed, not
/// what: the walk of `FileWatcher` finds that. With it, an idle server does no work and an edit
/// is noticed at once instead of at the next poll; without it (no inotify, or too many folders),
/// the server polls.
final class ChangeSignal: @unchecked Sendable {
    private let fd: Int32
    private let root: String
    /// Site-relative folder of each watch.
    private var folders: [Int32: String] = [:]
    private static let events = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM
        | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)

    /// nil when inotify is not available or a folder cannot be watched.
    init?(root: String, folders: [String]) {
        fd = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        guard fd >= 0 else { return nil }
        self.root = root
        for folder in folders {
            guard watch(folder, depth: 0) else {
                close(fd)
                return nil
            }
        }
    }

    deinit { close(fd) }

    /// Waits up to `timeout` seconds for a change; true when one came. Reads every pending event,
    /// so one save gives one wake-up.
    func wait(timeout: Double) -> Bool {
        var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&p, 1, Int32(max(0, timeout) * 1000)) > 0 else { return false }
        drain()
        return true
    }

    private func drain() {
        let size = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
        defer { buffer.deallocate() }
        while true {
            let n = read(fd, buffer, size)
            if n <= 0 { return }
            var offset = 0
            while offset + 16 <= n {
                let wd = buffer.load(fromByteOffset: offset, as: Int32.self)
                let mask = buffer.load(fromByteOffset: offset + 4, as: UInt32.self)
                let length = Int(buffer.load(fromByteOffset: offset + 12, as: UInt32.self))
                let name = String(cString: (buffer + offset + 16).assumingMemoryBound(to: CChar.self))
                offset += 16 + length
                if mask & UInt32(IN_IGNORED) != 0 {
                    folders[wd] = nil
                } else if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0,
                          let parent = folders[wd], !name.hasPrefix(".") {
                    _ = watch(parent + "/" + name, depth: parent.split(separator: "/").count)
                }
            }
        }
    }

    /// Watches `rel` and every folder under it (names starting with `.` left out). False when a
    /// folder that exists cannot be watched.
    private func watch(_ rel: String, depth: Int) -> Bool {
        for folder in FileTree.folders(root: root, folder: rel, depth: depth, include: { !$0.hasPrefix(".") }) {
            let wd = inotify_add_watch(fd, root + "/" + folder, Self.events)
            guard wd >= 0 else {
                if errno == ENOENT { continue }
                return false
            }
            folders[wd] = folder
        }
        return true
    }
}
