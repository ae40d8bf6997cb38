import Foundation

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
    /// Key → position in `pairs`, so that looking a field up does not walk every entry (a
    /// front matter can hold thousands of keys by mistake).
    private let index: [String: Int]

    init(_ node: YAMLNode, path: String) {
        self.path = path
        self.mappingLocation = node.location
        if case let .mapping(pairs) = node.value {
            self.pairs = pairs
        } else {
            self.pairs = []
        }
        var index: [String: Int] = [:]
        index.reserveCapacity(pairs.count)
        for (n, pair) in pairs.enumerated() where index[pair.key] == nil { index[pair.key] = n }
        self.index = index
    }

    /// The entry named `key`, if any.
    func pair(_ key: String) -> YAMLPair? {
        index[key].map { pairs[$0] }
    }

    func error(_ code: String, _ message: DiagnosticMessage, at location: SourceLocation, hint: DiagnosticHint? = nil) {
        diagnostics.append(Diagnostic(.error, code, message, at: location, hint: hint))
    }

    func error(_ code: String, _ problem: FieldProblem, at location: SourceLocation, hint: DiagnosticHint? = nil) {
        error(code, .field(problem), at: location, hint: hint)
    }

    func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    func warning(_ code: String, _ message: DiagnosticMessage, at location: SourceLocation, hint: DiagnosticHint? = nil) {
        diagnostics.append(Diagnostic(.warning, code, message, at: location, hint: hint))
    }

    /// The value node of `key`, marking the key as known.
    func node(_ key: String) -> YAMLNode? {
        used.insert(key)
        guard let pair = pair(key) else { return nil }
        if case let .scalar(s) = pair.value.value, s.isNull { return nil }
        return pair.value
    }

    func keyLocation(_ key: String) -> SourceLocation? {
        pair(key)?.keyLocation
    }

    func has(_ key: String) -> Bool { node(key) != nil }

    /// Text of a scalar field.
    func string(_ key: String) -> String? {
        guard let n = node(key) else { return nil }
        guard case let .scalar(s) = n.value else {
            error("front-matter.type", .mustBeText(key: key, found: Found(n)), at: position(of: key, n),
                  hint: Found(n) == .mapping ? .unindentBelow(key) : nil)
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
            reader.error("front-matter.type", .mustBeDate(key: key, found: Found(n)), at: n.location)
            return nil
        }
        if let d = LocalDate(iso: s.text) { return d }
        if let (y, m, d) = DateSpelling.parts(of: s.text) {
            if LocalDate(year: y, month: m, day: d) == nil {
                reader.error("front-matter.impossible-date", .impossibleDate(s.text, DateSpelling.whyImpossible(y, m, d)),
                             at: n.location)
            } else {
                let iso = LocalDate(year: y, month: m, day: d)!.description
                let stray = s.text.unicodeScalars.contains("\u{3000}") && LocalDate(iso: s.text.trimmingFullwidthSpaces) != nil
                reader.error("front-matter.date-format", .dateFormat(key: key, found: s.text), at: n.location,
                             hint: stray ? .deleteFullwidthSpace(write: "\(key): \(iso)") : .write("\(key): \(iso)"))
            }
            return nil
        }
        reader.error("front-matter.type", .mustBeDate(key: key, found: .text(s.text)), at: n.location)
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
        var hint: DiagnosticHint?
        if case let .scalar(s) = n.value, let meant = Self.yesOrNo(s.text) { hint = .write("\(key): \(meant)") }
        error("front-matter.type", .mustBeBool(key: key, found: Found(n)), at: position(of: key, n), hint: hint)
        return nil
    }

    func int(_ key: String, range: ClosedRange<Int> = 0...100_000) -> Int? {
        guard let n = node(key) else { return nil }
        if case let .scalar(s) = n.value, let v = Int(s.text), range.contains(v) { return v }
        var hint: DiagnosticHint?
        if case let .scalar(s) = n.value, let number = Self.number(in: s.text), range.contains(number) {
            hint = .write("\(key): \(number)")
        }
        error("front-matter.type", .mustBeNumber(key: key, range: range, found: Found(n)), at: n.location, hint: hint)
        return nil
    }

    /// A value from a closed vocabulary, with a did-you-mean.
    func choice<E: RawRepresentable & CaseIterable>(_ key: String, _: E.Type, code: String)
        -> E? where E.RawValue == String
    {
        guard let n = node(key) else { return nil }
        return Self.choice(n, key: key, E.self, code: code, reader: self)
    }

    /// `list`: the field takes a list of such words (`confidentiality`).
    static func choice<E: RawRepresentable & CaseIterable>(_ n: YAMLNode, key: String, _: E.Type, code: String,
                                                           list: Bool = false, reader: FieldReader) -> E?
        where E.RawValue == String
    {
        let names = E.allCases.map(\.rawValue)
        guard case let .scalar(s) = n.value else {
            reader.error("front-matter.type", .mustBeOneOf(key: key, names: names, found: Found(n)), at: n.location)
            return nil
        }
        if let v = E(rawValue: s.text) { return v }
        reader.error(code, .unknownValue(key: key, value: s.text, names: names), at: n.location,
                     hint: Self.hint(forWord: s.text, key: key, among: names, list: list))
        return nil
    }

    /// `低保、救助` as one entry of a list of words: the enumeration comma `、` reads as a separator
    /// to a Chinese writer but is not one, so the words would become a single keyword.
    private func warnEnumerationComma(_ key: String, _ text: String, at location: SourceLocation) {
        guard text.contains("、") else { return }
        let parts = text.split(separator: "、").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        warning("front-matter.enumeration-comma", .field(.joinedByEnumerationComma(key: key, value: text)), at: location,
                hint: .writeList("\(key): [\(parts.joined(separator: ", "))]"))
    }

    /// A list of strings: a block or flow sequence; a single scalar counts as a list of one.
    /// `words`: the entries are short words (主题词, ids), so a single value with a full-width
    /// comma `，` was meant as several.
    func strings(_ key: String, words: Bool = false) -> [String] {
        guard let n = node(key) else { return [] }
        switch n.value {
        case let .scalar(s):
            if s.style == .plain, s.text.hasPrefix("-"), let second = s.text.unicodeScalars.dropFirst().first,
               !second.properties.isWhitespace, !("0"..."9").contains(second) {
                // `-低保` under a list field: a list item without the space after its dash.
                let entry = String(s.text.dropFirst()).trimmingFullwidthSpaces
                error("front-matter.missing-space", .frontMatter(.missingSpaceAfterDash(entry: s.text)), at: n.location,
                      hint: .write("- \(entry)"))
                return []
            }
            if words, s.style == .plain, s.text.contains("，") {
                let parts = s.text.split(separator: "，").map { $0.trimmingCharacters(in: .whitespaces) }
                error("front-matter.fullwidth-comma", .joinedByFullwidthComma(key: key, value: s.text), at: n.location,
                      hint: .writeList("\(key): [\(parts.joined(separator: ", "))]"))
                return []
            }
            if words { warnEnumerationComma(key, s.text, at: n.location) }
            return [s.text]
        case let .sequence(items):
            return items.compactMap { item in
                if case let .scalar(s) = item.value, !s.isNull {
                    if words { warnEnumerationComma(key, s.text, at: item.location) }
                    return s.text
                }
                error("front-matter.type", .entryMustBeText(key: key, found: Found(item)), at: item.location)
                return nil
            }
        case .mapping:
            error("front-matter.type", .mustBeList(key: key), at: position(of: key, n))
            return []
        }
    }

    /// A list of mappings (`steps`, `changes` …), each read by `read` with its own reader whose
    /// diagnostics (including unknown keys among `keys`) are merged into this one.
    func records<T>(_ key: String, keys: Set<String>, _ read: (FieldReader) -> T?) -> [T] {
        guard let n = node(key) else { return [] }
        guard case let .sequence(items) = n.value else {
            error("front-matter.type", .mustBeListOfEntries(key: key, firstKey: keys.sorted().first ?? "name"),
                  at: position(of: key, n))
            return []
        }
        var out: [T] = []
        for item in items {
            guard case .mapping = item.value else {
                error("front-matter.type", .entryMustBeMapping(key: key, keys: keys.sorted(), found: Found(item)),
                      at: item.location)
                continue
            }
            let sub = FieldReader(item, path: path)
            let value = read(sub)
            sub.rejectUnknownKeys(known: keys, context: .entry(of: key))
            diagnostics.append(contentsOf: sub.diagnostics)
            if let value { out.append(value) }
        }
        return out
    }

    /// A required text field inside a record.
    func requiredString(_ key: String, in record: Record) -> String? {
        if let s = string(key), !s.isEmpty { return s }
        error("front-matter.missing-field", .recordNeeds(record, key: key), at: mappingLocation)
        return nil
    }

    /// How many unknown keys are reported one by one, each with its did-you-mean; more than
    /// this are reported as one error naming the first `unknownKeysNamed`.
    static let unknownKeysReportedOneByOne = 10
    static let unknownKeysNamed = 5

    /// Reports every key that is not in `known` with a did-you-mean; `elsewhere` names keys that
    /// exist but belong to another kind or timing, with the reason. Past
    /// `unknownKeysReportedOneByOne` unknown keys (text pasted into the front matter, a file
    /// made by a program gone wrong) they are one error with their count instead.
    /// `elsewhere` is only worked out when there is an unknown key.
    func rejectUnknownKeys(known: Set<String>,
                           elsewhere makeElsewhere: @autoclosure () -> [String: FieldProblem.Misplacement] = [:],
                           context: KeyContext = .frontMatter) {
        let unknown = pairs.filter { !known.contains($0.key) }
        guard !unknown.isEmpty else { return }
        let elsewhere = makeElsewhere()
        var strangers: [YAMLPair] = []
        for pair in unknown {
            if let reason = elsewhere[pair.key] {
                error("front-matter.misplaced-key", .misplacedKey(pair.key, reason), at: pair.keyLocation)
            } else {
                strangers.append(pair)
            }
        }
        guard strangers.count <= Self.unknownKeysReportedOneByOne else {
            error("front-matter.unknown-keys",
                  .unknownKeys(count: strangers.count, first: strangers.prefix(Self.unknownKeysNamed).map(\.key), in: context),
                  at: strangers[0].keyLocation)
            return
        }
        let candidates = known.union(elsewhere.keys)
        for pair in strangers {
            let hint = Suggestion.closest(to: pair.key, among: candidates).map(DiagnosticHint.didYouMean)
                ?? ItemFields.chineseNames[pair.key].flatMap { candidates.contains($0) ? .didYouMean($0) : nil }
            error("front-matter.unknown-key", .unknownKey(pair.key, in: context), at: pair.keyLocation, hint: hint)
        }
    }

    /// Where to point at a wrong value: the value itself when it is a scalar, the key when the
    /// value is a block (a list or mapping starts on the lines below its key).
    func position(of key: String, _ n: YAMLNode) -> SourceLocation {
        if case .scalar = n.value { return n.location }
        return keyLocation(key) ?? n.location
    }

    /// The hint for a word outside a closed vocabulary: the word it was likely meant to be, or
    /// the list it was meant to be when words were joined by a full-width comma.
    static func hint(forWord word: String, key: String, among names: [String], list: Bool) -> DiagnosticHint? {
        let trimmed = word.trimmingFullwidthSpaces
        if trimmed != word, names.contains(trimmed) { return .deleteFullwidthSpace(write: "\(key): \(trimmed)") }
        let parts = word.split(whereSeparator: { $0 == "，" || $0 == "、" || $0 == "," })
            .map { String($0).trimmingFullwidthSpaces }
        let meant = parts.compactMap { names.contains($0) ? $0 : ItemFields.chineseValues[$0].flatMap { names.contains($0) ? $0 : nil } }
        if list, parts.count > 1, meant.count == parts.count {
            return .writeList("\(key): [\(meant.joined(separator: ", "))]")
        }
        if let meant = ItemFields.chineseValues[trimmed], names.contains(meant) { return .didYouMean(meant) }
        return Suggestion.closest(to: word, among: names).map(DiagnosticHint.didYouMean)
    }

    /// `true` or `false` for the ways people write yes and no (是, 否, yes, no …).
    static func yesOrNo(_ text: String) -> String? {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "是", "对", "张贴", "yes", "y", "on", "1": "true"
        case "否", "不", "不张贴", "no", "n", "off", "0": "false"
        default: nil
        }
    }

    /// The whole number in `2０`, `20天` or `20个工作日`: full-width digits read as digits, a unit
    /// of days after them ignored.
    static func number(in text: String) -> Int? {
        let digits = String(String.UnicodeScalarView(text.unicodeScalars.map { s in
            (0xFF10...0xFF19).contains(s.value) ? Unicode.Scalar(s.value - 0xFF10 + 0x30)! : s
        })).trimmingFullwidthSpaces
        let number = digits.prefix { $0.isASCII && $0.isNumber }
        let unit = digits.dropFirst(number.count).trimmingCharacters(in: .whitespaces)
        guard !number.isEmpty, number.count <= 6, ["", "天", "日", "个工作日", "工作日", "days", "working days"].contains(unit)
        else { return nil }
        return Int(number)
    }

    static func list(_ names: [String]) -> String { Wording.list(names, in: .en) }
}

extension String {
    /// The text without spaces, ASCII or full-width `　`, at either end.
    var trimmingFullwidthSpaces: String {
        trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\u{3000}")))
    }

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
            error("front-matter.type", .mustBeMapping(key: key, keys: keys.sorted()), at: n.location)
            return nil
        }
        let sub = FieldReader(n, path: path)
        let value = read(sub)
        sub.rejectUnknownKeys(known: keys, context: .under(key))
        diagnostics.append(contentsOf: sub.diagnostics)
        return value
    }
}
