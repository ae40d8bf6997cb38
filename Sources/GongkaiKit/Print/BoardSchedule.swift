/// What the keeper of a notice board (公开栏) does with one sheet on the as-of date.
public enum BoardAction: String, Sendable, CaseIterable {
    /// Its posting window began within the look-back: put the sheet up.
    case post
    /// On the board since before the look-back: leave it up.
    case keep
    /// Its posting window ended within the look-back: take the sheet down.
    case takeDown = "take-down"
}

/// The days a sheet hangs on the board: from `first` through `last`, both included. `last` is nil
/// while nothing yet bounds the window (a long-term item, a periodic item whose next edition is
/// not out, an ad-hoc item without `expires` or `posting-days`).
public struct BoardWindow: Sendable, Equatable {
    public var first: LocalDate
    public var last: LocalDate?

    public func contains(_ day: LocalDate) -> Bool { first <= day && last.map { day <= $0 } ?? true }
}

/// One line of the posting checklist.
public struct BoardEntry: Sendable {
    public let item: ClearedItem
    public let window: BoardWindow
    public let action: BoardAction
}

/// Which items hang on a notice board on the as-of date, and since and until when: the one pure
/// function that decides it.
///
/// An item belongs to a board when it has `board: true` and the board's audience: the public
/// edition prints the 政务公开栏 (public items), the internal edition the 内部事务公开栏 (internal
/// items only, since public items are already on the public board). Its window opens on
/// `published` and closes, by timing:
/// - ad-hoc: on the last day of its posting period (`Publication.postingEnd`);
/// - periodic: the day before a newer edition of its series is published (only the current
///   edition hangs);
/// - long-term: never, while it stays current.
/// Repeal or withdrawal closes any window the day before it takes effect.
///
/// An item hanging on the as-of date is *post* when its window opened within the last
/// `lookbackDays` days (the as-of date included), else *keep*. An item whose window closed within
/// the `lookbackDays` days before the as-of date is *take down*. Anything else is not listed.
public enum BoardSchedule {
    /// How far back "new" and "take down" look: a keeper who checks the board once a week sees
    /// every change at least once.
    public static let lookbackDays = 7

    public static func entries(_ items: [ClearedItem], edition: Edition, asOf: LocalDate) -> [BoardEntry] {
        let audience: Audience = edition == .public ? .public : .internal
        let seriesStarts = newerEditionStarts(items)
        var out: [BoardEntry] = []
        for c in items where c.item.board && c.item.audience == audience {
            guard let window = window(of: c.item, nextEditionPublished: seriesStarts[c.item.id]),
                  window.first <= asOf else { continue }
            if let last = window.last, last < window.first { continue } // never on the board
            if c.status == .current && window.contains(asOf) {
                let fresh = window.first.daysSinceEpoch > asOf.daysSinceEpoch - lookbackDays
                out.append(BoardEntry(item: c, window: window, action: fresh ? .post : .keep))
            } else if let last = window.last, last < asOf,
                      last.daysSinceEpoch >= asOf.daysSinceEpoch - lookbackDays {
                out.append(BoardEntry(item: c, window: window, action: .takeDown))
            }
        }
        return out
    }

    /// The posting window of an item; `nextEditionPublished` is when a newer edition of its series
    /// came out, if one has.
    static func window(of item: Item, nextEditionPublished: LocalDate?) -> BoardWindow? {
        guard let first = item.published else { return nil }
        var last: LocalDate?
        switch item.timing {
        case .adHoc: last = Publication.postingEnd(of: item)
        case .periodic: last = nextEditionPublished?.adding(days: -1)
        case .longTerm: last = nil
        }
        for end in [item.repealedOn, item.withdrawnOn].compactMap({ $0 }) {
            let day = end.adding(days: -1)
            last = last.map { min($0, day) } ?? day
        }
        return BoardWindow(first: first, last: last)
    }

    /// For each periodic item, the earliest `published` of a newer edition in its series, ordered
    /// as the gate orders editions (by the period covered, then `published`, then id).
    private static func newerEditionStarts(_ items: [ClearedItem]) -> [String: LocalDate] {
        let periodic = items.map(\.item).filter { $0.timing == .periodic && $0.series != nil && $0.published != nil }
        var out: [String: LocalDate] = [:]
        for (_, editions) in Dictionary(grouping: periodic, by: { $0.series! }) {
            let ordered = editions.sorted { key($0) < key($1) }
            for (i, edition) in ordered.enumerated() {
                out[edition.id] = ordered[(i + 1)...].compactMap(\.published).min()
            }
        }
        return out
    }

    private static func key(_ item: Item) -> (Int, Int, String) {
        let p = item.published!.daysSinceEpoch
        return (item.covers?.lastDay.daysSinceEpoch ?? p, p, item.id)
    }
}
