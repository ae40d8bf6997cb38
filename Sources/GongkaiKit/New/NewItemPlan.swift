import Foundation

/// A `gongkai new` request checked against the site: every value known, defaults filled in.
struct NewItemPlan: Sendable {
    let kind: ItemKind
    let timing: Timing
    let audience: Audience
    let category: Category
    let title: String
    /// `--id`, when given; otherwise the id is made from the date and kind.
    let id: String?
    let date: LocalDate

    static func make(_ r: NewItemRequest, config: SiteConfig) throws(NewItemError) -> NewItemPlan {
        let kind: ItemKind = try choice(r.kind, what: "kind")
        let timing: Timing = try r.timing.map { v throws(NewItemError) in try choice(v, what: "timing") }
            ?? defaultTiming(kind)
        var audience: Audience? = try r.audience.map { v throws(NewItemError) in try choice(v, what: "audience") }
        let category: Category
        if let id = r.category {
            guard let c = config.category(id) else {
                let ids = config.allCategories.filter { audience == nil || $0.audience == audience }.map(\.id)
                throw .invalid("unknown category '\(id)'; "
                    + (Suggestion.closest(to: id, among: config.allCategories.map(\.id)).map { "did you mean '\($0)'?" }
                        ?? "expected one of: \(ids.joined(separator: ", "))"))
            }
            if let audience, audience != c.audience {
                throw .invalid("category '\(id)' is \(c.audience == .public ? "a public" : "an internal") category but --audience is \(audience.rawValue); "
                    + "choose one of: \(config.allCategories.filter { $0.audience == audience }.map(\.id).joined(separator: ", "))")
            }
            category = c
            audience = c.audience
        } else {
            let wanted = audience ?? .public
            let candidates = config.allCategories.filter { $0.audience == wanted }
            guard let c = defaultCategory(kind, among: candidates) else {
                throw .invalid("content/site.yaml lists no \(wanted == .public ? "categories" : "internal-categories") for \(wanted.rawValue) items")
            }
            category = c
        }
        let title = r.title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty else { throw .invalid("the title is empty; write it in quotes, e.g. gongkai new notice \"关于……的通知\"") }
        if let id = r.id, !ItemDecoder.isValidID(id) {
            throw .invalid("--id '\(id)' must use only lowercase letters a-z, digits and '-', starting with a letter or digit")
        }
        return NewItemPlan(kind: kind, timing: timing, audience: audience ?? category.audience, category: category,
                           title: title, id: r.id, date: r.date)
    }

    /// Rosters and notices are posted for a while (随时公开); the rest stays (长期公开).
    static func defaultTiming(_ kind: ItemKind) -> Timing {
        switch kind {
        case .notice, .roster: .adHoc
        case .decision, .power, .guide: .longTerm
        }
    }

    /// The category an item of this kind usually goes in, when the site has it; else the first.
    static func defaultCategory(_ kind: ItemKind, among categories: [Category]) -> Category? {
        let usual: [String] = switch kind {
        case .notice: ["other", "internal-other"]
        case .decision: ["decisions"]
        case .power: ["powers"]
        case .guide: ["services"]
        case .roster: ["rights"]
        }
        return usual.lazy.compactMap { id in categories.first { $0.id == id } }.first ?? categories.first
    }

    private static func choice<E: RawRepresentable & CaseIterable>(_ value: String, what: String) throws(NewItemError) -> E
        where E.RawValue == String
    {
        if let v = E(rawValue: value) { return v }
        let names = E.allCases.map(\.rawValue)
        let meant = ItemFields.chineseValues[value].flatMap { names.contains($0) ? $0 : nil }
            ?? Suggestion.closest(to: value, among: names)
        let guess = meant.map { "; did you mean '\($0)'?" } ?? ""
        throw .invalid("unknown \(what) '\(value)'\(guess) (expected \(FieldReader.list(names)))")
    }
}
