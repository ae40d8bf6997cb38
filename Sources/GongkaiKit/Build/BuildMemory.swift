import Foundation

/// Work a long-running process (`gongkai serve`) keeps between builds, keyed by content:
/// each source file's decoded item by the fingerprint of its path and bytes, and each edition's
/// leak scanner by the fingerprint of everything it is made from. A build handed the same
/// memory and the same input does no parsing and builds no scanner again; the result is the same
/// as without it.
public final class BuildMemory: @unchecked Sendable {
    private let lock = NSLock()
    private var decoded: [String: (key: Fingerprint, item: Item?, diagnostics: [Diagnostic])] = [:]
    private var scanners: [Edition: (key: Fingerprint, scanner: LeakScanner)] = [:]

    /// How many files were decoded and scanners built (not taken from memory), for tests.
    private(set) var decodes = 0, scannerBuilds = 0

    public init() {}

    func decodedItem(path: String, bytes: [UInt8], decode: () -> (Item?, [Diagnostic])) -> (Item?, [Diagnostic]) {
        var key = Fingerprint(path)
        key.add(bytes)
        if let hit = lock.withLock({ decoded[path] }), hit.key == key { return (hit.item, hit.diagnostics) }
        let result = decode()
        lock.withLock {
            decoded[path] = (key, result.0, result.1)
            decodes += 1
        }
        return result
    }

    /// Forgets files that are gone.
    func keepOnly(paths: Set<String>) {
        lock.withLock { decoded = decoded.filter { paths.contains($0.key) } }
    }

    func scanner(for edition: Edition, key: Fingerprint, make: () -> LeakScanner) -> LeakScanner {
        if let hit = lock.withLock({ scanners[edition] }), hit.key == key { return hit.scanner }
        let scanner = make()
        lock.withLock {
            scanners[edition] = (key, scanner)
            scannerBuilds += 1
        }
        return scanner
    }
}
