/// Where an item stands on the as-of date: the one pure function that decides whether an item
/// is out, scheduled, or published and in which state (Hugo keeps the same decision in one place).
public enum Publication {
    /// Why an approved item is or is not public yet.
    public enum Disposition: Sendable, Equatable {
        case unapproved
        case scheduled(LocalDate?)
        case published(ItemStatus)
    }

    public static func disposition(of item: Item, asOf: LocalDate, newerEditionPublished: Bool = false) -> Disposition {
        guard item.isApproved else { return .unapproved }
        guard let published = item.published, published <= asOf else { return .scheduled(item.published) }
        return .published(status(of: item, asOf: asOf, newerEditionPublished: newerEditionPublished))
    }

    static func status(of item: Item, asOf: LocalDate, newerEditionPublished: Bool) -> ItemStatus {
        if let w = item.withdrawnOn, w <= asOf { return .withdrawn }
        if let r = item.repealedOn, r <= asOf { return item.replacedBy != nil ? .superseded : .repealed }
        switch item.timing {
        case .adHoc:
            if let last = postingEnd(of: item), last < asOf { return .expired }
        case .periodic:
            if newerEditionPublished { return .superseded }
        case .longTerm:
            break
        }
        return .current
    }

    /// The last day of an ad-hoc item's posting period (公示期): `expires`, or `posting-days`
    /// working days on the site's calendar (resolved while loading; without a calendar, weekends
    /// only), the day of publication counting as the first when it is a working day — as a notice
    /// reads "自11月24日起公示7个工作日（11月24日至12月2日）".
    public static func postingEnd(of item: Item) -> LocalDate? {
        if let e = item.expires { return e }
        if let e = item.postingEnd { return e }
        return postingEnd(of: item, calendar: WorkCalendar())
    }

    static func postingEnd(of item: Item, calendar: WorkCalendar) -> LocalDate? {
        if let e = item.expires { return e }
        guard let days = item.postingDays, let start = item.published else { return nil }
        return postingEnd(from: start, workingDays: days, calendar: calendar)
    }

    /// The last day of a posting period of `n` working days that starts on `start`.
    static func postingEnd(from start: LocalDate, workingDays n: Int, calendar: WorkCalendar) -> LocalDate {
        guard n > 0 else { return start }
        return calendar.isWorkingDay(start)
            ? calendar.adding(workingDays: n - 1, to: start)
            : calendar.adding(workingDays: n, to: start)
    }
}
