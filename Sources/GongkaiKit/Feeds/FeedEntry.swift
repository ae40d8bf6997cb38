/// One entry of an Atom feed: an item's publication, or a major change to it (`changes` with
/// `major: true`). A major change gets an entry of its own, dated the day of the change, so a
/// reader that has already seen the item is told again; the item's own entry keeps its
/// publication date.
struct FeedEntry: Sendable {
    enum Event: Sendable {
        case published
        /// The change, and its position among the item's major changes of that day (from 1).
        case changed(Change, ordinal: Int)
    }

    /// Position of the item in the edition's item list.
    let position: Int
    let event: Event
    /// The day of the event: `published` or the change's `on`.
    let date: LocalDate
    let index: String
    let itemID: String

    /// Newest first; on one day, higher 索引号 first, a change after the publication it changes.
    static func newestFirst(_ a: FeedEntry, _ b: FeedEntry) -> Bool {
        (a.date.daysSinceEpoch, a.index, a.itemID, a.rank) > (b.date.daysSinceEpoch, b.index, b.itemID, b.rank)
    }

    private var rank: Int {
        switch event {
        case .published: 0
        case let .changed(_, ordinal): ordinal
        }
    }

    /// The entries of an edition's items, newest first. Withdrawn items have none (their pages
    /// keep no body), nor have items or changes dated after the as-of date.
    static func all(_ items: [ClearedItem], asOf: LocalDate) -> [FeedEntry] {
        var out: [FeedEntry] = []
        out.reserveCapacity(items.count)
        for (n, c) in items.enumerated() where c.status != .withdrawn {
            guard let published = c.item.published, published <= asOf else { continue }
            let index = c.item.index ?? "", id = c.item.id
            out.append(FeedEntry(position: n, event: .published, date: published, index: index, itemID: id))
            var perDay: [LocalDate: Int] = [:]
            for change in c.item.changes where change.major && change.on >= published && change.on <= asOf {
                perDay[change.on, default: 0] += 1
                out.append(FeedEntry(position: n, event: .changed(change, ordinal: perDay[change.on]!),
                                     date: change.on, index: index, itemID: id))
            }
        }
        return out.sorted(by: newestFirst)
    }
}
