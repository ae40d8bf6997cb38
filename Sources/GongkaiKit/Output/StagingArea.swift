import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A folder beside the output where a build writes everything before it is swapped in, so that
/// a failed build leaves the previous output exactly as it was.
public final class StagingArea: @unchecked Sendable {
    public let directory: URL
    public let target: URL
    private let lock = NSLock()
    private var createdDirectories: Set<String> = [""]
    private var written = 0
    private var scanners: [(prefix: String, scanner: LeakScanner)] = []
    private var personalData: [(prefix: String, scanner: PersonalDataScanner)] = []
    private var leaks: [(path: String, what: String)] = []

    /// Creates an empty staging folder next to `target` (same file system, so the swap is a rename).
    public init(target: URL) throws {
        self.target = target.standardizedFileURL
        let parent = self.target.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        directory = parent.appendingPathComponent(".\(self.target.lastPathComponent).staging-\(getpid())")
        try? FileManager.default.removeItem(at: directory)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    /// Checks every file written under `prefix` against `scanner` before it is written.
    func guardFiles(under prefix: String, with scanner: LeakScanner) {
        lock.withLock { scanners.append((prefix, scanner)) }
    }

    /// Checks every file written under `prefix` for personal data that escaped the privacy gate.
    func guardPersonalData(under prefix: String, with scanner: PersonalDataScanner) {
        lock.withLock { personalData.append((prefix, scanner)) }
    }

    /// Files that held forbidden content, with a description that never quotes it. Such files
    /// are not written; the build must not be committed when this is not empty.
    var leaksFound: [(path: String, what: String)] {
        lock.withLock { leaks.sorted { $0.path < $1.path } }
    }

    /// Number of files written so far.
    public var fileCount: Int { lock.withLock { written } }

    /// Writes `bytes` at `path` (relative, `/`-separated), creating folders as needed.
    public func write(_ path: String, _ bytes: some Collection<UInt8>) throws {
        precondition(!path.hasPrefix("/") && !path.split(separator: "/").contains(".."), "path leaves the output: \(path)")
        let array = Array(bytes)
        let active = lock.withLock { scanners.filter { path.hasPrefix($0.prefix) } }
        for (_, scanner) in active {
            if scanner.firstLeak(in: array) != nil {
                // The fingerprint itself is confidential text: it is never reported.
                lock.withLock { leaks.append((path, "text of an item that is not cleared for this edition")) }
                return
            }
        }
        let people = lock.withLock { personalData.filter { path.hasPrefix($0.prefix) } }
        if !people.isEmpty, [".html", ".json", ".csv", ".xml", ".txt"].contains(where: path.hasSuffix) {
            let text = String(decoding: array, as: UTF8.self)
            for (_, scanner) in people {
                if let m = scanner.scan(text).first {
                    lock.withLock { leaks.append((path, "personal data: \(m.kind.noun) \(m.masked)")) }
                    return
                }
            }
        }
        let dir = path.split(separator: "/").dropLast().joined(separator: "/")
        let needsDir = lock.withLock { !createdDirectories.contains(dir) }
        if needsDir {
            try FileManager.default.createDirectory(at: directory.appendingPathComponent(dir),
                                                    withIntermediateDirectories: true)
            lock.withLock { _ = createdDirectories.insert(dir) }
        }
        let full = directory.appendingPathComponent(path).path
        let fd = open(full, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw posixError(full) }
        defer { close(fd) }
        var offset = 0
        while offset < array.count {
            let n = array.withUnsafeBytes { raw in
                Glibc.write(fd, raw.baseAddress! + offset, array.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw posixError(full)
            }
            offset += n
        }
        lock.withLock { written += 1 }
    }

    public func write(_ path: String, _ text: String) throws { try write(path, text.utf8) }

    /// Replaces the target with the staged folder: rename the old output aside, rename the new
    /// one in, then delete the old one.
    public func commit() throws {
        let fm = FileManager.default
        let old = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).old-\(getpid())")
        try? fm.removeItem(at: old)
        let hadOld = fm.fileExists(atPath: target.path)
        if hadOld { try fm.moveItem(at: target, to: old) }
        do {
            try fm.moveItem(at: directory, to: target)
        } catch {
            if hadOld { try? fm.moveItem(at: old, to: target) }
            throw error
        }
        if hadOld { try? fm.removeItem(at: old) }
    }

    /// Deletes the staged files; the target is left untouched.
    public func discard() {
        try? FileManager.default.removeItem(at: directory)
    }

    private func posixError(_ path: String) -> Error {
        let code = errno
        return NSError(domain: NSPOSIXErrorDomain, code: Int(code),
                       userInfo: [NSLocalizedDescriptionKey: "\(path): \(String(cString: strerror(code)))"])
    }
}
