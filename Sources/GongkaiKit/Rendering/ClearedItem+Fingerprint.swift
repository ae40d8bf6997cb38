extension ClearedItem {
    /// Adds what this cleared item is, for cache keys: its source (through its SHA-256) and path,
    /// its posting end (which the working-day calendar decides, not the source),
    /// its status and preview reason on the as-of date, and the edition. A masked public item is
    /// decided by its source and site.yaml, which callers add.
    func fingerprint(into f: inout Fingerprint) { f.add(identity) }

    /// The key of a value made from this cleared item (`BuildMemory.value`): `salt` (what besides
    /// the item the value reads, such as site.yaml's fingerprint), what the value is (`kind`),
    /// and the item. Callers add anything else the value reads.
    func key(_ kind: String, salt: Fingerprint) -> Fingerprint {
        var f = salt
        f.add(kind)
        fingerprint(into: &f)
        return f
    }

    /// The fingerprint `fingerprint(into:)` adds, computed once by the gate.
    static func identity(of item: Item, status: ItemStatus, edition: Edition, preview: WithholdReason?) -> Fingerprint {
        var f = Fingerprint(item.sourceHash)
        f.add(item.path)
        // Not in the source: the loader works it out with the working-day calendar.
        f.add(item.postingEnd?.daysSinceEpoch ?? Int.min)
        f.add(status.rawValue)
        f.add(edition.rawValue)
        switch preview {
        case nil: f.add(0 as UInt64)
        case .unapproved?: f.add(1 as UInt64)
        case let .scheduled(on)?: f.add(2 as UInt64); f.add(on?.daysSinceEpoch ?? Int.min)
        case .confidential?, .internalOnly?: f.add(3 as UInt64)
        }
        return f
    }
}
