/// A leak scanner that `gongkai serve` can bring up to date when an editor changes a few texts,
/// instead of building it again from every text of the site.
///
/// Besides the scanner it keeps every forbidden fingerprint and, for each one that allowed text
/// contains, one allowed text that contains it (its witness, by the text's fingerprint). When
/// allowed texts change:
/// - a new text can only drop fingerprints: it is scanned for the ones still looked for;
/// - a text that is gone can only bring back the fingerprints it witnessed: those are looked for
///   in the other allowed texts, stopping as soon as each has a new witness, and the ones found
///   nowhere are looked for again.
///
/// The result is the scanner `LeakScanner(forbidden:allowed:)` builds from the same texts (the same
/// fingerprints, so the same `digest`). A change to the forbidden texts, or to many allowed texts
/// at once, builds it from scratch.
struct UpdatableLeakScanner: Sendable {
    private(set) var scanner: LeakScanner
    /// Order-independent fingerprint of the forbidden texts.
    private let forbiddenKey: Fingerprint
    /// How many allowed texts have each content fingerprint.
    private var allowedCounts: [Fingerprint: Int]
    /// Fingerprints allowed text contains, by hash, each with the fingerprint of one such text.
    private var witnessed: [UInt64: [(window: [UInt8], witness: Fingerprint)]]

    /// How many allowed texts may change before an update gives way to a full build.
    static func updateLimit(allowed: Int) -> Int { max(64, allowed / 8) }

    init(forbidden: [String], allowed: [String]) {
        self.init(forbidden: forbidden, forbiddenKey: Self.key(of: forbidden), allowed: allowed,
                  fingerprints: ParallelMap.map(allowed) { Fingerprint($0) })
    }

    private init(forbidden: [String], forbiddenKey: Fingerprint, allowed: [String], fingerprints: [Fingerprint]) {
        var looked = LeakScanner.fingerprints(of: forbidden)
        var witnessed: [UInt64: [(window: [UInt8], witness: Fingerprint)]] = [:]
        if !looked.isEmpty {
            var keys = Set(looked.keys)
            let filter = HashFilter(keys)
            for (text, fingerprint) in zip(allowed, fingerprints) {
                Self.take(from: &looked, keys: &keys, filter: filter, in: text, witness: fingerprint, into: &witnessed)
                if keys.isEmpty { break }
            }
        }
        self.forbiddenKey = forbiddenKey
        allowedCounts = fingerprints.reduce(into: [:]) { $0[$1, default: 0] += 1 }
        self.witnessed = witnessed
        scanner = LeakScanner(fingerprints: looked)
    }

    /// The scanner for these texts, reusing what this one found where the texts are the same.
    func updated(forbidden: [String], allowed: [String]) -> UpdatableLeakScanner {
        let forbiddenKey = Self.key(of: forbidden)
        let fingerprints = ParallelMap.map(allowed) { Fingerprint($0) }
        let counts = fingerprints.reduce(into: [Fingerprint: Int]()) { $0[$1, default: 0] += 1 }
        let gone = Set(allowedCounts.keys.filter { counts[$0] == nil })
        var fresh: [(text: String, fingerprint: Fingerprint)] = []
        var seen: Set<Fingerprint> = []
        for (text, fingerprint) in zip(allowed, fingerprints) where allowedCounts[fingerprint] == nil {
            if seen.insert(fingerprint).inserted { fresh.append((text, fingerprint)) }
        }
        guard forbiddenKey == self.forbiddenKey,
              gone.count + fresh.count <= Self.updateLimit(allowed: allowed.count)
        else {
            return UpdatableLeakScanner(forbidden: forbidden, forbiddenKey: forbiddenKey, allowed: allowed,
                                        fingerprints: fingerprints)
        }
        var next = self
        next.allowedCounts = counts
        if gone.isEmpty && fresh.isEmpty { return next }
        var looked = scanner.fingerprints
        // Fingerprints whose only known witness is gone are looked for again.
        var orphans: [UInt64: [[UInt8]]] = [:]
        if !gone.isEmpty {
            for (h, list) in witnessed where list.contains(where: { gone.contains($0.witness) }) {
                let kept = list.filter { !gone.contains($0.witness) }
                next.witnessed[h] = kept.isEmpty ? nil : kept
                for entry in list where gone.contains(entry.witness) { orphans[h, default: []].append(entry.window) }
            }
        }
        // New texts drop what they contain, orphans included.
        for (h, windows) in orphans { looked[h, default: []].append(contentsOf: windows) }
        var keys = Set(looked.keys)
        var taken = 0
        let filter = HashFilter(keys)
        for (text, fingerprint) in fresh where !keys.isEmpty {
            taken += Self.take(from: &looked, keys: &keys, filter: filter, in: text, witness: fingerprint,
                               into: &next.witnessed)
        }
        // Nothing dropped and nothing to look for again: the scanner (and its digest) stays.
        if orphans.isEmpty && taken == 0 { return next }
        // Orphans still looked for need a witness among the unchanged texts.
        var pending = orphans.reduce(into: [UInt64: [[UInt8]]]()) { out, entry in
            let still = entry.value.filter { window in looked[entry.key]?.contains(window) ?? false }
            if !still.isEmpty { out[entry.key] = still }
        }
        if !pending.isEmpty {
            let freshSet = Set(fresh.map(\.fingerprint))
            var pendingKeys = Set(pending.keys)
            let pendingFilter = HashFilter(pendingKeys)
            var found: [UInt64: [(window: [UInt8], witness: Fingerprint)]] = [:]
            for (text, fingerprint) in zip(allowed, fingerprints) where !freshSet.contains(fingerprint) {
                Self.take(from: &pending, keys: &pendingKeys, filter: pendingFilter, in: text, witness: fingerprint,
                          into: &found)
                if pendingKeys.isEmpty { break }
            }
            for (h, entries) in found {
                next.witnessed[h, default: []].append(contentsOf: entries)
                let windows = Set(entries.map(\.window))
                let left = looked[h]!.filter { !windows.contains($0) }
                looked[h] = left.isEmpty ? nil : left
            }
        }
        next.scanner = LeakScanner(fingerprints: looked)
        return next
    }

    /// `LeakScanner.drop`, recording `witness` for each fingerprint dropped.
    @discardableResult
    private static func take(from looked: inout [UInt64: [[UInt8]]], keys: inout Set<UInt64>, filter: HashFilter,
                             in text: String, witness: Fingerprint,
                             into witnessed: inout [UInt64: [(window: [UInt8], witness: Fingerprint)]]) -> Int {
        LeakScanner.drop(from: &looked, keys: &keys, filter: filter, in: text) { h, window in
            witnessed[h, default: []].append((window, witness))
        }
    }

    private static func key(of texts: [String]) -> Fingerprint {
        var sum = Fingerprint.Sum()
        for t in texts { sum.add(Fingerprint(t)) }
        var f = sum.total
        f.add(texts.count)
        return f
    }
}
