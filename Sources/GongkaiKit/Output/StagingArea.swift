import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A folder beside the output where a build writes everything before it is swapped in, so that
/// a failed build leaves the previous output exactly as it was.
public final class StagingArea: @unchecked Sendable {
    public let directory: URL
    /// `directory.path`, kept: turning a URL into a path is not free and every write needs it.
    private let directoryPath: String
    public let target: URL
    private let lock = NSLock()
    private var createdDirectories: Set<String> = [""]
    private var written = 0
    private var scanners: [(prefix: String, scanner: LeakScanner)] = []
    private var personalData: [(prefix: String, scanner: PersonalDataScanner)] = []
    private var leaks: [(path: String, what: LeakFinding)] = []
    /// The output of the previous build, whose unchanged pages may be linked in instead of
    /// being rendered again, and what it recorded about them.
    private let previousPath: String?
    private let previous: PageCache
    /// What this build records for the next one.
    private var cache = PageCache()
    private var reused = 0

    /// Creates an empty staging folder next to `target` (same file system, so the swap is a rename).
    /// `previous`: an earlier output on the same file system whose unchanged pages may be reused.
    /// `previousCache`: what the previous output recorded, when the caller still has it (it is
    /// read from the previous output otherwise).
    /// The bytes of the large files the previous output wrote without a cache key (the search
    /// index, catalogue data, sitemaps), when the caller kept them; nil when it keeps none.
    private let previousFiles: [String: [UInt8]]?
    /// The same for this build, kept when `previousFiles` is given.
    private var files: [String: [UInt8]] = [:]
    /// Files at least this large are kept in `files`.
    private let keptFileSize: Int

    /// `previousFiles`: see `previousFiles`. A file the previous build wrote and scanned clean,
    /// under the same guard, is scanned again only on the lines that changed and their
    /// neighbours: the leak scanner finds nothing that spans a line end, the personal-data scanner
    /// nothing that spans two.
    init(target: URL, previous: URL? = nil, previousCache: PageCache? = nil,
         previousFiles: [String: [UInt8]]? = nil, keptFileSize: Int = 64 * 1024) throws {
        self.previousFiles = previousFiles
        self.keptFileSize = keptFileSize
        self.target = target.standardizedFileURL
        self.previous = previous.map { previousCache ?? PageCache(readingFrom: $0) } ?? PageCache()
        let parent = self.target.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        directory = parent.appendingPathComponent(".\(self.target.lastPathComponent).staging-\(getpid())")
        try? FileManager.default.removeItem(at: directory)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        directoryPath = directory.path
        previousPath = previous?.standardizedFileURL.path
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
    var leaksFound: [(path: String, what: LeakFinding)] {
        lock.withLock { leaks.sorted { $0.path < $1.path } }
    }

    /// CPU seconds the guards have spent reading files, summed over every thread that wrote.
    var guardSeconds: Double { lock.withLock { guardTime } }
    private var guardTime: Double = 0

    private static func threadCPUTime() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// Number of files written so far.
    public var fileCount: Int { lock.withLock { written } }

    /// Number of pages taken over from the previous output instead of being rendered.
    public var reusedCount: Int { lock.withLock { reused } }

    /// Records what guards the files under `prefix` (the leak scanner's fingerprints, the privacy
    /// settings). Pages reused from an output whose guard differed are scanned again.
    func setGuard(_ digest: Fingerprint, under prefix: String) {
        lock.withLock { cache.guards[prefix] = digest }
    }

    /// The fingerprint of the template context made from `inputs`, when the previous build (or
    /// this one) recorded it.
    func context(madeFrom inputs: Fingerprint) -> Fingerprint? {
        lock.withLock {
            if let known = cache.contexts[inputs] { return known }
            guard let known = previous.contexts[inputs] else { return nil }
            cache.contexts[inputs] = known
            return known
        }
    }

    func remember(context: Fingerprint, madeFrom inputs: Fingerprint) {
        lock.withLock { cache.contexts[inputs] = context }
    }

    /// The key this build recorded for the page at `path`, if it was rendered or reused with one.
    func recordedKey(of path: String) -> Fingerprint? {
        lock.withLock { cache.entries[path]?.key }
    }

    /// Puts the previous output's file at `path` into the staging folder when it was made from
    /// the same inputs (`key`) and has not been changed since; returns what was recorded about
    /// it, or nil when the page must be rendered. `needsSHA256`: only reuse a page whose SHA-256
    /// was recorded.
    func reuse(_ path: String, key: Fingerprint, needsSHA256: Bool = false) throws -> PageCache.Entry? {
        guard let folder = previousPath, let old = previous.entries[path], old.key == key,
              !needsSHA256 || old.sha256 != nil else { return nil }
        let from = folder + "/" + path
        var st = stat()
        guard stat(from, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, Int(st.st_size) == old.size,
              st.st_mtim.tv_sec == old.modified.tv_sec, st.st_mtim.tv_nsec == old.modified.tv_nsec else { return nil }
        if !sameGuard(path) {
            // Scanned against different fingerprints: read it and let `write` scan it again.
            guard let data = FileManager.default.contents(atPath: from) else { return nil }
            try write(path, Array(data), cacheKey: key, sha256: old.sha256)
            lock.withLock { reused += 1 }
            return old
        }
        try makeParent(of: path)
        let to = directoryPath + "/" + path
        guard link(from, to) == 0 else { return nil }
        lock.withLock {
            cache.entries[path] = old
            written += 1
            reused += 1
        }
        return old
    }

    /// Whether the files under `path`'s edition were guarded in the previous output as they are in
    /// this one (same leak scanner, same site settings).
    private func sameGuard(_ path: String) -> Bool {
        let prefix = path.firstIndex(of: "/").map { String(path[...$0]) } ?? path + "/"
        return lock.withLock { cache.guards[prefix] != nil && cache.guards[prefix] == previous.guards[prefix] }
    }

    /// What this build's large files without a cache key were, for the next build.
    var keptFiles: [String: [UInt8]] { lock.withLock { files } }

    /// The part of `new` the guards must scan: all of it, or only the changed lines when the
    /// previous build wrote this path, scanned clean under the same guard.
    private func unscanned(_ path: String, _ new: [UInt8], keyed: Bool) -> Range<Int> {
        guard !keyed, let old = previousFiles?[path], sameGuard(path) else { return 0..<new.count }
        return ChangedLines.range(from: old, to: new)
    }

    /// Writes `bytes` at `path` (relative, `/`-separated), creating folders as needed. With a
    /// `cacheKey`, the page is recorded for the next build to reuse.
    public func write(_ path: String, _ bytes: some Collection<UInt8>) throws {
        try write(path, Array(bytes), cacheKey: nil, sha256: nil)
    }

    func write(_ path: String, _ array: [UInt8], cacheKey: Fingerprint?, sha256: String?) throws {
        precondition(!path.hasPrefix("/") && !path.split(separator: "/").contains(".."), "path leaves the output: \(path)")
        let started = Self.threadCPUTime()
        let region = unscanned(path, array, keyed: cacheKey != nil)
        let scanned = region.count == array.count ? array : Array(array[region])
        let active = region.isEmpty ? [] : lock.withLock { scanners.filter { path.hasPrefix($0.prefix) } }
        for (_, scanner) in active {
            if scanner.firstLeak(in: scanned) != nil {
                // The fingerprint itself is confidential text: it is never reported.
                lock.withLock { leaks.append((path, .forbiddenText)) }
                return
            }
        }
        let people = lock.withLock { personalData.filter { path.hasPrefix($0.prefix) } }
        let finding = people.isEmpty ? nil : personalData(in: array, region: region, at: path, scanners: people.map(\.scanner))
        let spent = Self.threadCPUTime() - started
        lock.withLock { guardTime += spent }
        if let finding {
            lock.withLock { leaks.append((path, finding)) }
            return
        }
        try makeParent(of: path)
        let full = directoryPath + "/" + path
        // A new file, never an existing one: a reused page is a link to the previous output's
        // file, and writing through it would change the previous output.
        var fd = open(full, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        if fd < 0 && errno == EEXIST {
            unlink(full)
            fd = open(full, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        }
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
        var st = stat()
        if let cacheKey, fstat(fd, &st) == 0 {
            let entry = PageCache.Entry(key: cacheKey, size: array.count, modified: st.st_mtim, sha256: sha256)
            lock.withLock { cache.entries[path] = entry }
        }
        lock.withLock {
            written += 1
            if previousFiles != nil && cacheKey == nil && array.count >= keptFileSize { files[path] = array }
        }
    }

    /// What the personal-data guard finds in `region` of a file bound for `path`: the first
    /// number in the text its reader gets (`ReaderText`), or a type it cannot read. A region that
    /// is empty (nothing changed since a clean scan) finds nothing, but the type is always checked.
    private func personalData(in file: [UInt8], region: Range<Int>, at path: String,
                              scanners: [PersonalDataScanner]) -> LeakFinding? {
        guard let type = OutputFileType.of(path) else { return .uncheckedType(OutputFileType.suffix(of: path)) }
        guard !region.isEmpty, let text = ReaderText.of(file[region], as: type) else { return nil }
        for scanner in scanners {
            guard let m = scanner.firstMatch(in: text.bytes) else { continue }
            // Found: read again, keeping where each piece of text came from.
            let mapped = ReaderText.of(file[region], as: type, origins: true)!
            let offset = region.lowerBound + mapped.origin(of: m.range.lowerBound)
            var line = 1, column = 1
            for b in file[..<min(offset, file.count)] {
                if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
            }
            return .personalData(m.kind, masked: m.masked, line: line, column: column)
        }
        return nil
    }

    private func makeParent(of path: String) throws {
        // Ten thousand pages a build come through here: no splitting and joining of the path.
        let dir = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
        let needsDir = lock.withLock { !createdDirectories.contains(dir) }
        if needsDir {
            try FileManager.default.createDirectory(at: directory.appendingPathComponent(dir),
                                                    withIntermediateDirectories: true)
            lock.withLock { _ = createdDirectories.insert(dir) }
        }
    }

    public func write(_ path: String, _ text: String) throws { try write(path, text.utf8) }

    /// What this build recorded about its pages, for the next build.
    var pageCache: PageCache { lock.withLock { cache } }

    /// Replaces the target with the staged folder: rename the old output aside, rename the new
    /// one in, then delete the old one. `recordCache`: also write what the next build needs to
    /// reuse pages (`PageCache`) into the output, for a later process to read.
    public func commit(recordCache: Bool = true) throws {
        let fm = FileManager.default
        if recordCache {
            let record = lock.withLock { cache.text }
            try Data(record.utf8).write(to: directory.appendingPathComponent(PageCache.fileName))
        }
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

/// Where two versions of a text differ, widened to whole lines.
enum ChangedLines {
    /// The lines of `new` that are not in `old` at the same place from either end, and the line
    /// before and after them: from the start of the line above the one holding the first differing
    /// byte to the end of the line below the one holding the last. Empty when the two are equal.
    static func range(from old: [UInt8], to new: [UInt8]) -> Range<Int> {
        if old.isEmpty || new.isEmpty { return 0..<new.count }
        return old.withUnsafeBufferPointer { o in
            new.withUnsafeBufferPointer { n in
                let shorter = min(o.count, n.count)
                let prefix = commonPrefix(o.baseAddress!, n.baseAddress!, shorter)
                if prefix == shorter && o.count == n.count { return 0..<0 }
                let suffix = commonSuffix(o.baseAddress! + o.count, n.baseAddress! + n.count, shorter - prefix)
                var start = prefix
                while start > 0, n[start - 1] != 0x0A { start -= 1 }
                // And one line more on either side: a number may be hard-wrapped across one line end.
                if start > 0 {
                    start -= 1
                    while start > 0, n[start - 1] != 0x0A { start -= 1 }
                }
                var end = n.count - suffix
                while end < n.count, n[end] != 0x0A { end += 1 }
                if end < n.count {
                    end += 1
                    while end < n.count, n[end] != 0x0A { end += 1 }
                }
                return start..<max(start, end)
            }
        }
    }

    /// Length of the common prefix, compared a block at a time.
    private static func commonPrefix(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Int {
        let block = 4096
        var i = 0
        while i + block <= count, memcmp(a + i, b + i, block) == 0 { i += block }
        while i < count, a[i] == b[i] { i += 1 }
        return i
    }

    /// Length of the common suffix of the `count` bytes before `aEnd` and `bEnd`.
    private static func commonSuffix(_ aEnd: UnsafePointer<UInt8>, _ bEnd: UnsafePointer<UInt8>, _ count: Int) -> Int {
        let block = 4096
        var i = 0
        while i + block <= count, memcmp(aEnd - i - block, bEnd - i - block, block) == 0 { i += block }
        while i < count, (aEnd - i - 1).pointee == (bEnd - i - 1).pointee { i += 1 }
        return i
    }
}
