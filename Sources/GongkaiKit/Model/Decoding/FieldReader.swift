/// Reads typed fields out of one front-matter mapping. Types come from the field, never from
/// YAML's guessing: `title: 2026` is the string "2026", `published: 2026-10-15` a date because
/// `published` is a date field. Every problem becomes a diagnostic at the value's position;
/// a field that cannot be read is returned as nil so the rest of the file is still checked.
final class FieldReader {
    let path: String
    let pairs: [YAMLPair]
    private(set) var diagnostics: [Diagnostic] = []
    private var used: Set<String> = []
    let mappingLocation: SourceLocation

    init(_ node: YAMLNode, path: String) {
        self.path = path
        self.mappingLocation = node.location
        if case let .mapping(pairs) = node.value {
            self.pairs = pairs
        } else {
            self.pairs = []
        }
    }

    func error(_ code: String, _ message: String, at location: SourceLocation, hint: String? = nil) {
        diagnostics.append(Diagnostic(.error, code, message, at: location, hint: hint))
    }

    func warning(_ code: String, _ message: String, at location: SourceLocation, hint: String? = nil) {
        diagnostics.append(Diagnostic(.warning, code, message, at: location, hint: hint))
    }

    /// The value node of `key`, marking the key as known.
    func node(_ key: String) -> YAMLNode? {
        used.insert(key)
        guard let pair = pairs.first(where: { $0.key == key }) else { return nil }
        if case let .scalar(s) = pair.value.value, s.isNull { return nil }
        return pair.value
    }

    func keyLocation(_ key: String) -> SourceLocation? {
        pairs.first { $0.key == key }?.keyLocation
    }

    func has(_ key: String) -> Bool { node(key) != nil }

    /// Text of a scalar field.
    func string(_ key: String) -> String? {
        guard let n = node(key) else { return nil }
        guard case let .scalar(s) = n.value else {
            error("front-matter.type", "'\(key)' must be text; found \(Self.describe(n))", at: position(of: key, n))
            return nil
        }
        let text = s.style == .literal ? s.text.trimmingTrailingNewlines() : s.text
        return text
    }

    func date(_ key: String) -> LocalDate? {
        guard let n = node(key) else { return nil }
        return Self.date(n, key: key, reader: self)
    }

    static func date(_ n: YAMLNode, key: String, reader: FieldReader) -> LocalDate? {
        guard case let .scalar(s) = n.value else {
            reader.error("front-matter.type", "'\(key)' must be a date (YYYY-MM-DD); found \(describe(n))",
                         at: n.location)
            return nil
        }
        if let d = LocalDate(iso: s.text) { return d }
        if let (y, m, d) = DateSpelling.parts(of: s.text) {
            if LocalDate(year: y, month: m, day: d) == nil {
                reader.error("front-matter.impossible-date",
                             "'\(s.text)' is not a real date: \(DateSpelling.whyImpossible(y, m, d))",
                             at: n.location)
            } else {
                let iso = LocalDate(year: y, month: m, day: d)!.description
                reader.error("front-matter.date-format",
                             "'\(key)' must be written YYYY-MM-DD; found '\(s.text)'",
                             at: n.location, hint: "write \(key): \(iso)")
            }
            return nil
        }
        reader.error("front-matter.type", "'\(key)' must be a date (YYYY-MM-DD); found '\(s.text)'",
                     at: n.location)
        return nil
    }

    func bool(_ key: String) -> Bool? {
        guard let n = node(key) else { return nil }
        if case let .scalar(s) = n.value {
            switch s.text {
            case "true": return true
            case "false": return false
            default: break
            }
        }
        error("front-matter.type", "'\(key)' must be true or false; found \(Self.describe(n))", at: position(of: key, n))
        return nil
    }

    func int(_ key: String, range: ClosedRange<Int> = 0...100_000) -> Int? {
        guard let n = node(key) else { return nil }
        if case let .scalar(s) = n.value, let v = Int(s.text), range.contains(v) { return v }
        error("front-matter.type",
              "'\(key)' must be a whole number from \(range.lowerBound) to \(range.upperBound); found \(Self.describe(n))",
              at: n.location)
        return nil
    }

    /// A value from a closed vocabulary, with a did-you-mean.
    func choice<E: RawRepresentable & CaseIterable>(_ key: String, _: E.Type, code: String)
        -> E? where E.RawValue == String
    {
        guard let n = node(key) else { return nil }
        return Self.choice(n, key: key, E.self, code: code, reader: self)
    }

    static func choice<E: RawRepresentable & CaseIterable>(_ n: YAMLNode, key: String, _: E.Type, code: String,
                                                           reader: FieldReader) -> E? where E.RawValue == String {
        let names = E.allCases.map(\.rawValue)
        guard case let .scalar(s) = n.value else {
            reader.error("front-matter.type", "'\(key)' must be one of \(list(names)); found \(describe(n))",
                         at: n.location)
            return nil
        }
        if let v = E(rawValue: s.text) { return v }
        let hint = Suggestion.closest(to: s.text, among: names).map { "did you mean '\($0)'?" }
        reader.error(code, "unknown \(key) '\(s.text)'; expected \(list(names))", at: n.location, hint: hint)
        return nil
    }

    /// A list of strings: a block or flow sequence; a single scalar counts as a list of one.
    func strings(_ key: String) -> [String] {
        guard let n = node(key) else { return [] }
        switch n.value {
        case let .scalar(s): return [s.text]
        case let .sequence(items):
            return items.compactMap { item in
                if case let .scalar(s) = item.value, !s.isNull { return s.text }
                error("front-matter.type", "each entry of '\(key)' must be text; found \(Self.describe(item))",
                      at: item.location)
                return nil
            }
        case .mapping:
            error("front-matter.type", "'\(key)' must be a list; found a mapping", at: position(of: key, n))
            return []
        }
    }

    /// A list of mappings (`steps`, `changes` …), each read by `read` with its own reader whose
    /// diagnostics (including unknown keys among `keys`) are merged into this one.
    func records<T>(_ key: String, keys: Set<String>, _ read: (FieldReader) -> T?) -> [T] {
        guard let n = node(key) else { return [] }
        guard case let .sequence(items) = n.value else {
            error("front-matter.type", "'\(key)' must be a list of entries (- \(keys.sorted().first ?? "name"): …)",
                  at: position(of: key, n))
            return []
        }
        var out: [T] = []
        for item in items {
            guard case .mapping = item.value else {
                error("front-matter.type", "each entry of '\(key)' must be a mapping with \(Self.list(keys.sorted())); found \(Self.describe(item))",
                      at: item.location)
                continue
            }
            let sub = FieldReader(item, path: path)
            let value = read(sub)
            sub.rejectUnknownKeys(known: keys, context: "an entry of '\(key)'")
            diagnostics.append(contentsOf: sub.diagnostics)
            if let value { out.append(value) }
        }
        return out
    }

    /// A required text field inside a record.
    func requiredString(_ key: String, in context: String) -> String? {
        if let s = string(key), !s.isEmpty { return s }
        error("front-matter.missing-field", "\(context) needs '\(key)'", at: mappingLocation)
        return nil
    }

    /// Reports every key that is not in `known` with a did-you-mean; `elsewhere` names keys that
    /// exist but belong to another kind or timing, with the reason.
    /// `elsewhere` is only worked out when there is an unknown key.
    func rejectUnknownKeys(known: Set<String>, elsewhere makeElsewhere: @autoclosure () -> [String: String] = [:],
                           context: String = "front matter") {
        let unknown = pairs.filter { !known.contains($0.key) }
        guard !unknown.isEmpty else { return }
        let elsewhere = makeElsewhere()
        for pair in unknown {
            if let reason = elsewhere[pair.key] {
                error("front-matter.misplaced-key", "'\(pair.key)' \(reason)", at: pair.keyLocation)
                continue
            }
            let hint = Suggestion.closest(to: pair.key, among: known.union(elsewhere.keys)).map { "did you mean '\($0)'?" }
            error("front-matter.unknown-key", "unknown key '\(pair.key)' in \(context)", at: pair.keyLocation, hint: hint)
        }
    }

    /// Where to point at a wrong value: the value itself when it is a scalar, the key when the
    /// value is a block (a list or mapping starts on the lines below its key).
    func position(of key: String, _ n: YAMLNode) -> SourceLocation {
        if case .scalar = n.value { return n.location }
        return keyLocation(key) ?? n.location
    }

    static func describe(_ n: YAMLNode) -> String {
        switch n.value {
        case let .scalar(s): "'\(s.text)'"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }

    static func list(_ names: [String]) -> String {
        switch names.count {
        case 0: ""
        case 1: names[0]
        default: names.dropLast().joined(separator: ", ") + " or " + names.last!
        }
    }
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var s = Substring(self)
        while s.last == "\n" { s = s.dropLast() }
        return String(s)
    }
}

extension FieldReader {
    /// A nested mapping (`feedback:`, `privacy:`), read by `read` with its own reader whose
    /// diagnostics, unknown keys among `keys` included, are merged into this one.
    func nested<T>(_ key: String, keys: Set<String>, _ read: (FieldReader) -> T) -> T? {
        guard let n = node(key) else { return nil }
        guard case .mapping = n.value else {
            error("front-matter.type", "'\(key)' must be a mapping of \(Self.list(keys.sorted()))", at: n.location)
            return nil
        }
        let sub = FieldReader(n, path: path)
        let value = read(sub)
        sub.rejectUnknownKeys(known: keys, context: "'\(key)'")
        diagnostics.append(contentsOf: sub.diagnostics)
        return value
    }
}
