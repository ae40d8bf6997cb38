/// The "related items" of item pages (`item.related`): the newest current items of the same
/// category, without the item itself and without editions of its own series (item pages list
/// those as `otherEditions`). Built once per edition from the first few items of each category,
/// so an item page costs the same whatever the size of the site.
struct RelatedItems: Sendable {
    /// Related items per page.
    static let limit = 5

    private var byCategory: [String: [(id: String, series: String?, entry: TemplateValue)]] = [:]
    /// Fingerprint of each category's candidates.
    private var fingerprints: [String: Fingerprint] = [:]

    init() {}

    /// `current`: the edition's current items, newest first; `summary`: an item's list entry.
    init(current: [ClearedItem], summary: (ClearedItem) -> TemplateValue) {
        // The item itself and its series' current edition are the most that can be left out.
        let keep = Self.limit + 2
        for c in current where byCategory[c.item.category, default: []].count < keep {
            byCategory[c.item.category, default: []].append((c.item.id, c.item.series, summary(c)))
        }
        for (category, candidates) in byCategory {
            var f = Fingerprint(category)
            for c in candidates {
                f.add(c.id)
                f.add(c.series ?? "\u{0}")
                c.entry.fingerprint(into: &f)
            }
            fingerprints[category] = f
        }
    }

    /// Adds everything `related(to:)` reads for `item` to `f`.
    func fingerprint(for item: Item, into f: inout Fingerprint) {
        f.add(fingerprints[item.category] ?? Fingerprint())
        f.add(item.id)
        f.add(item.series ?? "\u{0}")
    }

    func related(to item: Item) -> [TemplateValue] {
        let candidates = byCategory[item.category] ?? []
        return Array(candidates.lazy.filter { $0.id != item.id && ($0.series == nil || $0.series != item.series) }
            .prefix(Self.limit).map(\.entry))
    }
}
