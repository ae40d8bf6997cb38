import Foundation

/// Work a long-running process (`gongkai serve`) keeps between builds, keyed by content:
/// - each source file's decoded item, by the fingerprint of its path and bytes (and its stamp,
///   so that a file unchanged since it was read is not read again);
/// - each edition's leak scanner, by the fingerprint of everything it is made from, brought up to
///   date rather than built again when a few texts change;
/// - values made from one item (list entry, catalogue row, archive and search entries, privacy
///   findings), by the fingerprint of what they are made from;
/// - the last build's page record and large site-wide files, for reusing its pages and scanning
///   only the changed lines of those files.
///
/// A build handed the same memory and the same input does no parsing and builds no scanner
/// again; the result is the same as without it (`IncrementalBuildTests`).
public final class BuildMemory: @unchecked Sendable {
    private let lock = NSLock()
    private var decoded: [String: Decoded] = [:]
    private struct Decoded {
        var key: Fingerprint
        /// The file's stamp when it was read, if it had settled by then (see `FileStamp.settled`).
        var settledStamp: FileStamp?
        var item: Item?
        var diagnostics: [Diagnostic]
    }
    private var scanners: [Edition: (key: Fingerprint, scanner: UpdatableLeakScanner)] = [:]
    /// Values made from one item (its search index entry, its catalogue row, its privacy
    /// findings), this build's and the previous build's, in shards with a lock each: every core
    /// asks for them at once, thousands of times a build.
    private let shards = (0..<32).map { _ in ValueShard() }
    private final class ValueShard: @unchecked Sendable {
        let lock = NSLock()
        var values: [Fingerprint: any Sendable] = [:], previousValues: [Fingerprint: any Sendable] = [:]
    }

    /// What the last build recorded about its pages, and where its output is.
    private var lastPages: (output: String, cache: PageCache)?

    /// What the build whose output is `output` recorded about its pages, if it was the last one.
    func pageCache(of output: URL?) -> PageCache? {
        guard let output else { return nil }
        return lock.withLock { lastPages?.output == output.standardizedFileURL.path ? lastPages?.cache : nil }
    }

    func remember(pageCache: PageCache, of output: URL) {
        lock.withLock { lastPages = (output.standardizedFileURL.path, pageCache) }
    }

    /// The large files the last build wrote without a cache key, and where its output is.
    private var lastFiles: (output: String, files: [String: [UInt8]])?

    /// The large files the build whose output is `output` wrote (see `StagingArea`); empty when it
    /// was not the last build, so that every file is scanned whole.
    func files(of output: URL?) -> [String: [UInt8]] {
        guard let output else { return [:] }
        return lock.withLock { lastFiles?.output == output.standardizedFileURL.path ? lastFiles!.files : [:] }
    }

    func remember(files: [String: [UInt8]], of output: URL) {
        lock.withLock { lastFiles = (output.standardizedFileURL.path, files) }
    }

    /// How many files were decoded and scanners built (not taken from memory), for tests.
    private(set) var decodes = 0, scannerBuilds = 0
    /// How many files were known unchanged by their stamp, and not read.
    private(set) var filesNotRead = 0

    /// How long a file must have been unchanged when it was read before its stamp alone is
    /// trusted to say it is still the same (`FileStamp.settled`).
    let settleMargin: Int64

    /// Files without a cache key at least this large are kept, so that the next build scans only
    /// their changed lines (`StagingArea`).
    let keptFileSize: Int

    public convenience init() { self.init(settleMargin: 2_000_000_000) }

    init(settleMargin: Int64, keptFileSize: Int = 64 * 1024) {
        self.settleMargin = settleMargin
        self.keptFileSize = keptFileSize
    }

    /// The item decoded from `path` when it was read with this same stamp and had settled by
    /// then: the file has not changed since, and need not be read.
    func decodedItem(path: String, unchangedSince stamp: FileStamp) -> (Item?, [Diagnostic])? {
        lock.withLock {
            guard let hit = decoded[path], hit.settledStamp == stamp else { return nil }
            filesNotRead += 1
            return (hit.item, hit.diagnostics)
        }
    }

    /// The item decoded from these bytes: remembered when the same bytes were decoded before.
    func decodedItem(path: String, bytes: [UInt8], stamp: FileStamp? = nil, readAt: Int64 = 0,
                     decode: () -> (Item?, [Diagnostic])) -> (Item?, [Diagnostic]) {
        var key = Fingerprint(path)
        key.add(bytes)
        let settled = stamp.flatMap { $0.settled(before: readAt, margin: settleMargin) ? $0 : nil }
        if let hit = lock.withLock({ () -> Decoded? in
            guard var hit = decoded[path], hit.key == key else { return nil }
            hit.settledStamp = settled
            decoded[path] = hit
            return hit
        }) {
            return (hit.item, hit.diagnostics)
        }
        let result = decode()
        lock.withLock {
            decoded[path] = Decoded(key: key, settledStamp: settled, item: result.0, diagnostics: result.1)
            decodes += 1
        }
        return result
    }

    /// Forgets files that are gone.
    func keepOnly(paths: Set<String>) {
        lock.withLock { decoded = decoded.filter { paths.contains($0.key) } }
    }

    /// Called as a build starts: values the previous build made and this one does not ask for
    /// are forgotten afterwards.
    func startBuild() {
        for shard in shards {
            shard.lock.withLock {
                shard.previousValues = shard.values
                shard.values = [:]
            }
        }
    }

    /// The value for `key`, made by `make` unless the previous build or this one made it. Debug
    /// builds make it anyway and check that the two agree.
    func value<T: Equatable & Sendable>(for key: Fingerprint, make: () -> T) -> T {
        let shard = shards[Int(truncatingIfNeeded: UInt(bitPattern: key.hashValue) % UInt(shards.count))]
        if let hit = shard.lock.withLock({ () -> T? in
            if let v = shard.values[key] as? T { return v }
            guard let v = shard.previousValues[key] as? T else { return nil }
            shard.values[key] = v
            return v
        }) {
            assert(make() == hit, "a remembered value differs from what its inputs make now")
            return hit
        }
        let value = make()
        shard.lock.withLock { shard.values[key] = value }
        return value
    }

    /// The edition's leak scanner: the remembered one when `key` is unchanged, else the
    /// remembered one brought up to date with the texts `texts` gives.
    func scanner(for edition: Edition, key: Fingerprint,
                 texts: () -> (forbidden: [String], allowed: [String])) -> LeakScanner {
        let previous = lock.withLock { scanners[edition] }
        if let previous, previous.key == key { return previous.scanner.scanner }
        let (forbidden, allowed) = texts()
        let scanner = previous?.scanner.updated(forbidden: forbidden, allowed: allowed)
            ?? UpdatableLeakScanner(forbidden: forbidden, allowed: allowed)
        lock.withLock {
            scanners[edition] = (key, scanner)
            scannerBuilds += 1
        }
        return scanner.scanner
    }
}
