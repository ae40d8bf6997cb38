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

    static func newestEditionFirst(_ a: ClearedItem, _ b: ClearedItem) -> Bool {
        let ka = (a.item.covers?.lastDay.daysSinceEpoch ?? 0, a.item.published?.daysSinceEpoch ?? 0, a.item.id)
        let kb = (b.item.covers?.lastDay.daysSinceEpoch ?? 0, b.item.published?.daysSinceEpoch ?? 0, b.item.id)
        return ka > kb
    }
}
