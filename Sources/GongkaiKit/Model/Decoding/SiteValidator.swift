/// Checks that need every item at once: categories exist and fit the audience, ids and 索引号
/// are unique, references (`replaced-by`, `follow-ups`) point at real items, 索引号 follow the
/// site's `index-format`.
public enum SiteValidator {
    /// `unread`: item files that gave no item, with their first error (`LoadedSite.unreadItems`).
    public static func validate(_ items: [Item], config: SiteConfig, unread: [String: SourceLocation] = [:]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let format = IndexFormat(config.indexFormat, organCode: config.organCode)
        // The path of the first item (by path) with each id and 索引号. Only paths are kept: an
        // `Item` is large, and copying ten thousand of them shows in every build.
        var byID: [String: String] = [:]
        var byIndex: [String: String] = [:]
        // Loaded items come sorted by path already; sorting is for other callers.
        let sorted = zip(items, items.dropFirst()).allSatisfy { $0.path < $1.path }
        for i in sorted ? Array(items.indices) : items.indices.sorted(by: { items[$0].path < items[$1].path }) {
            let item = items[i]
            if let first = byID[item.id] {
                out.append(Diagnostic(.error, "item.duplicate-id", .item(.duplicateID(item.id, firstPath: first)),
                                      at: item.fieldLocations["id"] ?? SourceLocation(path: item.path, line: 1, column: 1),
                                      hint: .uniqueIDs))
            } else {
                byID[item.id] = item.path
            }
            if let index = item.index {
                if let first = byIndex[index] {
                    out.append(Diagnostic(.error, "item.duplicate-index", .item(.duplicateIndex(index, firstPath: first)),
                                          at: item.location(of: "index")))
                } else {
                    byIndex[index] = item.path
                }
                if !format.matches(index) {
                    out.append(Diagnostic(.error, "item.index-format", .item(.indexFormat(index, format: config.indexFormat)),
                                          at: item.location(of: "index"),
                                          hint: .example(format.example(year: item.published?.year ?? 2026, serial: 1))))
                }
            }
            if let category = config.category(item.category) {
                if category.audience != item.audience {
                    out.append(Diagnostic(.error, "item.category-audience",
                                          .item(.categoryAudience(category: item.category, categoryAudience: category.audience,
                                                                  audience: item.audience)),
                                          at: item.location(of: "category"),
                                          hint: item.audience == .internal ? .internalCategory : .publicCategory))
                }
            } else {
                out.append(Diagnostic(.error, "item.unknown-category", .item(.unknownCategory(item.category)),
                                      at: item.location(of: "category"),
                                      hint: unknownCategoryHint(item.category, audience: item.audience, config: config)))
            }
        }
        out += InternalLinks.check(items, unread: unread)
        for item in items {
            if let target = item.replacedBy, byID[target] == nil {
                out.append(unknownReference(target, field: "replaced-by", in: item, ids: byID.keys))
            }
            for target in item.decision?.followUps ?? [] where byID[target] == nil {
                out.append(unknownReference(target, field: "follow-ups", in: item, ids: byID.keys))
            }
        }
        return out
    }

    private static func unknownReference(_ target: String, field: String, in item: Item,
                                         ids: Dictionary<String, String>.Keys) -> Diagnostic {
        Diagnostic(.error, "item.unknown-reference", .item(.unknownReference(field: field, target: target)),
                   at: item.location(of: field),
                   hint: Suggestion.closest(to: target, among: ids).map(DiagnosticHint.didYouMean))
    }

    /// The category meant: the closest id, the id of a category written by its name (法规政策),
    /// else the ids there are.
    private static func unknownCategoryHint(_ written: String, audience: Audience, config: SiteConfig) -> DiagnosticHint {
        if let named = config.allCategories.first(where: { $0.name == written.trimmingFullwidthSpaces }) {
            return .write("category: \(named.id)")
        }
        if let id = Suggestion.closest(to: written, among: config.allCategories.map(\.id)),
           let category = config.category(id) {
            return .didYouMeanCategory(id: id, name: category.name)
        }
        return .categoryIDs(config.allCategories.filter { $0.audience == audience })
    }
}

/// The shape of 索引号 a site asks for, e.g. `{organ-code}/{year}-{serial:5}`.
struct IndexFormat {
    enum Piece { case literal(String), year, serial(width: Int?) }
    let pieces: [Piece]

    init(_ format: String, organCode: String) {
        var pieces: [Piece] = []
        var rest = Substring(format)
        while let open = rest.firstIndex(of: "{") {
            if open > rest.startIndex { pieces.append(.literal(String(rest[..<open]))) }
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = rest[rest.index(after: open)..<close]
            if name == "organ-code" {
                pieces.append(.literal(organCode))
            } else if name == "year" {
                pieces.append(.year)
            } else if name.hasPrefix("serial") {
                let width = name.split(separator: ":").dropFirst().first.flatMap { Int($0) }
                pieces.append(.serial(width: width))
            } else {
                pieces.append(.literal(String(rest[open...close])))
            }
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { pieces.append(.literal(String(rest))) }
        self.pieces = pieces
    }

    func matches(_ index: String) -> Bool {
        var s = Substring(index)
        for (n, piece) in pieces.enumerated() {
            switch piece {
            case let .literal(text):
                guard s.hasPrefix(text) else { return false }
                s = s.dropFirst(text.count)
            case .year:
                let digits = s.prefix(4)
                guard digits.count == 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
                s = s.dropFirst(4)
            case let .serial(width):
                let digits = s.prefix { $0.isASCII && $0.isNumber }
                if let width, digits.count != width { return false }
                if digits.isEmpty { return false }
                // A serial without width must be followed by a literal or end.
                _ = n
                s = s.dropFirst(digits.count)
            }
        }
        return s.isEmpty
    }

    func example(year: Int, serial: Int) -> String {
        pieces.map { piece -> String in
            switch piece {
            case let .literal(t): return t
            case .year: return String(year)
            case let .serial(width):
                let s = String(serial)
                return String(repeating: "0", count: max(0, (width ?? 0) - s.count)) + s
            }
        }.joined()
    }
}
