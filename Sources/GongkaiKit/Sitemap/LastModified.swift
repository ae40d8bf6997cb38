/// The day an item's page last changed in content, for `lastmod` in sitemaps: the newest of its
/// publication, its changes (更新记录), its repeal or withdrawal, the day after its 公示期 ended
/// (when the page turns to 公示期满) and the publication of the edition that superseded it.
/// Dates after the as-of date have not happened yet and do not count.
enum LastModified {
    /// `supersededOn`: for an edition of a series that a newer one replaced, the day the newer
    /// edition was published.
    static func of(_ c: ClearedItem, asOf: LocalDate, supersededOn: LocalDate? = nil) -> LocalDate? {
        let item = c.item
        guard let published = item.published else { return nil }
        var dates = [published, item.repealedOn, item.withdrawnOn].compactMap { $0 }
        dates += item.changes.map(\.on)
        if c.status == .expired, let end = Publication.postingEnd(of: item) { dates.append(end.adding(days: 1)) }
        if c.status == .superseded, let s = supersededOn { dates.append(s) }
        return dates.filter { $0 <= asOf }.max() ?? published
    }
}
