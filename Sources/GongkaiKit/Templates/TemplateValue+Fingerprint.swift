extension TemplateValue {
    /// Adds this value to `f` so that two values with the same fingerprint render the same with
    /// any template: tags and counts keep the shape; an object's fields are fingerprinted one by
    /// one and summed, so their (unspecified) order does not matter.
    func fingerprint(into f: inout Fingerprint) {
        switch self {
        case .null: f.add(0 as UInt64)
        case .bool(let v): f.add(v ? 2 : 1 as UInt64)
        case .int(let v): f.add(3 as UInt64); f.add(v)
        case .double(let v): f.add(4 as UInt64); f.add(v.bitPattern)
        case .string(let s): f.add(5 as UInt64); f.add(s)
        case .list(let items):
            f.add(6 as UInt64)
            f.add(items.count)
            for v in items { v.fingerprint(into: &f) }
        case .object(let fields):
            f.add(7 as UInt64)
            f.add(fields.count)
            var sum = Fingerprint.Sum()
            for (key, value) in fields {
                var field = Fingerprint(key)
                value.fingerprint(into: &field)
                sum.add(field)
            }
            f.add(sum.total)
        case .shared(let shared):
            f.add(8 as UInt64)
            f.add(shared.fingerprint)
        }
    }
}
