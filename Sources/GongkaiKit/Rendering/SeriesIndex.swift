/// The editions of each periodic series in an edition of the site, newest first.
struct SeriesIndex: Sendable {
    let all: [(id: String, editions: [ClearedItem])]
    private let byID: [String: [ClearedItem]]

    init(_ items: [ClearedItem]) {
        var groups: [String: [ClearedItem]] = [:]
        for c in items where c.item.timing == .periodic {
            if let s = c.item.series { groups[s, default: []].append(c) }
        }
        let sortedGroups = groups.mapValues { $0.sorted(by: SeriesIndex.newestEditionFirst) }
        byID = sortedGroups
        all = sortedGroups.keys.sorted().map { ($0, sortedGroups[$0]!) }
    }

    func editions(of series: String) -> [ClearedItem] { byID[series] ?? [] }

    /// How many other editions an edition's page links to; the series page lists them all.
    static let nearbyLimit = 10

    /// The other editions an edition's page shows, newest first: the newest edition, then those
    /// nearest to this one, at most `nearbyLimit`. A monthly series eight years long would
    /// otherwise put 95 links on each of its 96 pages, and the site's size would grow faster
    /// than its number of items.
    func nearby(_ item: Item) -> [ClearedItem] {
        guard let s = item.series else { return [] }
        let all = editions(of: s)
        guard let at = all.firstIndex(where: { $0.item.id == item.id }) else {
            return Array(all.prefix(Self.nearbyLimit))
        }
        var picked: Set<Int> = at == 0 ? [] : [0]
        var step = 1
        while picked.count < Self.nearbyLimit && (at - step >= 0 || at + step < all.count) {
            if at - step >= 0 { picked.insert(at - step) }
            if picked.count < Self.nearbyLimit && at + step < all.count { picked.insert(at + step) }
            step += 1
        }
        return picked.sorted().map { all[$0] }
    }

    static func newestEditionFirst(_ a: ClearedItem, _ b: ClearedItem) -> Bool {
        let ka = (a.item.covers?.lastDay.daysSinceEpoch ?? 0, a.item.published?.daysSinceEpoch ?? 0, a.item.id)
        let kb = (b.item.covers?.lastDay.daysSinceEpoch ?? 0, b.item.published?.daysSinceEpoch ?? 0, b.item.id)
        return ka > kb
    }
}
