import Foundation

/// Work a long-running process (`gongkai serve`) keeps between builds, keyed by content:
/// each source file's decoded item by the fingerprint of its path and bytes, and each edition's
/// leak scanner by the fingerprint of everything it is made from. A build handed the same
/// memory and the same input does no parsing and builds no scanner again; the result is the same
/// as without it.
public final class BuildMemory: @unchecked Sendable {
    private let lock = NSLock()
    private var decoded: [String: (key: Fingerprint, item: Item?, diagnostics: [Diagnostic])] = [:]
    private var scanners: [Edition: (key: Fingerprint, scanner: UpdatableLeakScanner)] = [:]
    /// Text made from one item (its search index entry), this build's and the previous build's.
    private var texts: [Fingerprint: String] = [:], previousTexts: [Fingerprint: String] = [:]

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

    /// Called as a build starts: text the previous build made and this one does not ask for is
    /// forgotten afterwards.
    func startBuild() {
        lock.withLock {
            previousTexts = texts
            texts = [:]
        }
    }

    /// The text for `key`, made by `make` unless the previous build or this one made it. Debug
    /// builds make it anyway and check that the two agree.
    func text(for key: Fingerprint, make: () -> String) -> String {
        if let hit = lock.withLock({ () -> String? in
            if let t = texts[key] { return t }
            guard let t = previousTexts[key] else { return nil }
            texts[key] = t
            return t
        }) {
            assert(make() == hit, "remembered text differs from what its inputs make now")
            return hit
        }
        let text = make()
        lock.withLock { texts[key] = text }
        return text
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
