/// Defence in depth after rendering: looks for fingerprints of everything an edition must not
/// contain (internal, confidential, unapproved and scheduled items, withdrawn bodies) in the staged
/// files, before they are swapped in. It should never fire: the gate already keeps those items
/// out. It exists so that a future bug in a renderer or theme fails the build instead of leaking.
///
/// A fingerprint is a run of `width` bytes of plain text taken from a forbidden item's source (its
/// title and body, split wherever Markdown or HTML could change the text). Runs that also occur in
/// text the edition may publish are dropped, so shared boilerplate never raises a false alarm.
/// Matching uses a rolling hash over each file, so the scan is linear in the output size.
struct LeakScanner: Sendable {
    static let width = 24

    private let hashes: Set<UInt64>
    private let texts: [UInt64: [[UInt8]]]
    /// A bit per hash bucket, so that most windows are dismissed without a set look-up.
    private let filter: HashFilter

    var isEmpty: Bool { hashes.isEmpty }

    /// The same for two scanners that find exactly the same fingerprints.
    let digest: Fingerprint

    private static func digest(of texts: [UInt64: [[UInt8]]]) -> Fingerprint {
        var f = Fingerprint()
        for h in texts.keys.sorted() {
            f.add(h)
            for text in texts[h]!.sorted(by: { $0.lexicographicallyPrecedes($1) }) { f.add(text) }
        }
        return f
    }

    var count: Int { hashes.count }

    /// - Parameters:
    ///   - forbidden: texts that must not appear (titles, bodies).
    ///   - allowed: texts the edition publishes; a fingerprint found in them is not a leak.
    init(forbidden: [String], allowed: [String]) {
        var candidates = Self.fingerprints(of: forbidden)
        // Drop fingerprints that allowed text also contains.
        if !candidates.isEmpty {
            var keys = Set(candidates.keys)
            // Built once: a filter of more hashes than are left still dismisses what it should.
            let filter = HashFilter(keys)
            for text in allowed where !keys.isEmpty {
                Self.drop(from: &candidates, keys: &keys, filter: filter, in: text) { _, _ in }
            }
        }
        self.init(fingerprints: candidates)
    }

    /// Removes from `looked` (fingerprints by hash; `keys` are its hashes) every fingerprint
    /// `text` contains, telling `dropped` about each; returns how many it removed.
    @discardableResult
    static func drop(from looked: inout [UInt64: [[UInt8]]], keys: inout Set<UInt64>, filter: HashFilter,
                     in text: String, _ dropped: (UInt64, [UInt8]) -> Void) -> Int {
        var count = 0
        scan(Array(text.utf8), hashes: keys, filter: filter) { h, window in
            guard var list = looked[h], let i = list.firstIndex(where: { $0.elementsEqual(window) }) else { return false }
            dropped(h, list.remove(at: i))
            count += 1
            looked[h] = list.isEmpty ? nil : list
            if list.isEmpty { keys.remove(h) }
            return keys.isEmpty
        }
        return count
    }

    /// A scanner for exactly these fingerprints (runs of `width` bytes, by hash).
    init(fingerprints: [UInt64: [[UInt8]]]) {
        texts = fingerprints
        hashes = Set(fingerprints.keys)
        filter = HashFilter(hashes)
        digest = Self.digest(of: fingerprints)
    }

    /// The fingerprints of `forbidden`, by hash: non-overlapping runs of each plain-text segment.
    static func fingerprints(of forbidden: [String]) -> [UInt64: [[UInt8]]] {
        var candidates: [UInt64: [[UInt8]]] = [:]
        for text in forbidden {
            for segment in segments(of: text) {
                var start = 0
                while start + width <= segment.count {
                    let piece = Array(segment[start..<start + width])
                    let h = hash(piece[...])
                    if !(candidates[h]?.contains(piece) ?? false) { candidates[h, default: []].append(piece) }
                    start += width
                }
            }
        }
        return candidates
    }

    /// The fingerprints this scanner looks for, by hash.
    var fingerprints: [UInt64: [[UInt8]]] { texts }

    /// The first fingerprint found in `bytes`, if any.
    func firstLeak(in bytes: [UInt8]) -> String? {
        var found: String?
        Self.scan(bytes, hashes: hashes, filter: filter) { h, window in
            if let list = texts[h], let hit = list.first(where: { $0.elementsEqual(window) }) {
                found = String(decoding: hit, as: UTF8.self)
                return true
            }
            return false
        }
        return found
    }

    /// Plain-text runs of a source: split at line ends, spaces and every character Markdown or
    /// HTML escaping could turn into something else.
    static func segments(of text: String) -> [[UInt8]] {
        let breaks: Set<UInt8> = Set("\n\r\t *_`[]()|#>!<&\"'\\~=-+:/.,;".utf8)
        var out: [[UInt8]] = []
        var current: [UInt8] = []
        for b in text.utf8 {
            if breaks.contains(b) {
                if current.count >= width { out.append(current) }
                current.removeAll(keepingCapacity: true)
            } else {
                current.append(b)
            }
        }
        if current.count >= width { out.append(current) }
        return out
    }

    private static let base: UInt64 = 1_099_511_628_211

    private static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = 0
        for b in bytes { h = h &* base &+ UInt64(b) &+ 1 }
        return h
    }

    /// Calls `visit` with every window of `width` bytes whose rolling hash is in `hashes`; stops
    /// when `visit` returns true.
    static func scan(_ bytes: [UInt8], hashes: Set<UInt64>, filter: HashFilter? = nil,
                             _ visit: (UInt64, ArraySlice<UInt8>) -> Bool) {
        guard bytes.count >= width, !hashes.isEmpty else { return }
        var top: UInt64 = 1
        for _ in 1..<width { top = top &* base }
        var h = hash(bytes[0..<width])
        var i = 0
        while true {
            if filter?.mayContain(h) ?? true, hashes.contains(h), visit(h, bytes[i..<i + width]) { return }
            if i + width >= bytes.count { return }
            h = (h &- (UInt64(bytes[i]) &+ 1) &* top) &* base &+ UInt64(bytes[i + width]) &+ 1
            i += 1
        }
    }
}

/// A one-hash Bloom filter: a clear bit proves a hash is not in the set. It has at least 16
/// buckets per hash (2^20 at least, 2^28 at most), so that it stays mostly empty and dismisses
/// most windows however many fingerprints a large site has.
struct HashFilter: Sendable {
    private let bits: [UInt64]
    private let mask: UInt64

    init(_ hashes: Set<UInt64>) {
        var buckets = 1 << 20
        while buckets < hashes.count * 16 && buckets < 1 << 28 { buckets <<= 1 }
        mask = UInt64(buckets - 1)
        var bits = [UInt64](repeating: 0, count: buckets / 64)
        for h in hashes {
            let b = Int(Self.bucket(h, mask))
            bits[b >> 6] |= 1 << UInt64(b & 63)
        }
        self.bits = bits
    }

    @inline(__always) private static func bucket(_ h: UInt64, _ mask: UInt64) -> UInt64 { (h ^ (h >> 29) ^ (h >> 47)) & mask }

    @inline(__always) func mayContain(_ h: UInt64) -> Bool {
        let b = Int(Self.bucket(h, mask))
        return bits[b >> 6] & (1 << UInt64(b & 63)) != 0
    }
}
