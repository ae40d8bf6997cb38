/// Which days are working days (工作日) in mainland China, and arithmetic in them: the 公示期 of
/// `posting-days`, the 20-working-day publication limit, the grace after a period.
///
/// Monday to Friday are working days, except the public holidays; the make-up working days
/// (调休上班, a Saturday or Sunday) are working days too. Each year's holidays come from
/// `content/calendar/<year>.yaml` (see `CalendarLoader`). A year without a file counts Monday to
/// Friday only; `missingYears(for:)` names such years so the build can warn.
///
/// Each covered year is a 366-bit set, and weekends-only stretches are counted in closed form, so
/// every operation costs a few steps per covered year however long the span. A value type,
/// cheap to copy and safe to share between threads.
public struct WorkCalendar: Sendable {
    /// The largest `n` that `adding(workingDays:to:)` accepts (about 380,000 years).
    public static let maxWorkingDays = 100_000_000

    /// The years that have a calendar file, in order.
    public let coveredYears: [Int]
    private let bits: [Int: WorkingDayBits]
    private let arrangements: [Int: CalendarYear]

    /// A calendar from the years' arrangements (years 1 to 9999, as `LocalDate`); a year given
    /// twice keeps the last one. With no arrangements, every year counts Monday to Friday.
    public init(_ years: [CalendarYear] = []) {
        precondition(years.allSatisfy { (1...9999).contains($0.year) }, "calendar years run from 1 to 9999")
        arrangements = Dictionary(years.map { ($0.year, $0) }, uniquingKeysWith: { _, last in last })
        bits = arrangements.mapValues(WorkingDayBits.init)
        coveredYears = arrangements.keys.sorted()
    }

    /// The year's holidays and make-up workdays as its file gives them, if it has one.
    public func arrangement(for year: Int) -> CalendarYear? { arrangements[year] }

    public func isWorkingDay(_ d: LocalDate) -> Bool {
        bits[d.year]?.contains(d.daysSinceEpoch) ?? (d.weekday <= 5)
    }

    /// The day on which `n` working days have passed, counting from the day after `d`: 7 working
    /// days from a Friday end on the Tuesday after next when no holiday interferes. `n` = 0 is `d`.
    ///
    /// - Precondition: 0 ≤ n ≤ `maxWorkingDays` (durations read from content are far shorter).
    public func adding(workingDays n: Int, to d: LocalDate) -> LocalDate {
        precondition((0...Self.maxWorkingDays).contains(n), "working days out of range: \(n)")
        var cursor = d.daysSinceEpoch
        var left = n
        while left > 0 {
            let year = LocalDate(daysSinceEpoch: cursor + 1).year
            if let b = bits[year] {
                let available = b.count(cursor + 1, b.end)
                if available >= left { return LocalDate(daysSinceEpoch: b.day(left, after: cursor)) }
                left -= available
                cursor = b.end
                continue
            }
            // Weekends only up to the next covered year, or for ever.
            let candidate = Weekdays.day(left, after: cursor)
            guard let next = coveredYears.first(where: { $0 > year }), let b = bits[next],
                  candidate >= b.start else { return LocalDate(daysSinceEpoch: candidate) }
            left -= Weekdays.count(after: cursor, through: b.start - 1)
            cursor = b.start - 1
        }
        return LocalDate(daysSinceEpoch: cursor)
    }

    /// The number of working days in (a, b]: after `a`, up to and including `b`. When b < a, the
    /// count for (b, a], negated.
    public func workingDays(from a: LocalDate, to b: LocalDate) -> Int {
        if b < a { return -workingDays(from: b, to: a) }
        let lo = a.daysSinceEpoch + 1, hi = b.daysSinceEpoch
        var total = Weekdays.count(after: lo - 1, through: hi)
        for year in coveredYears {
            let y = bits[year]!
            let from = max(lo, y.start), through = min(hi, y.end)
            guard from <= through else { continue }
            total += y.count(from, through) - Weekdays.count(after: from - 1, through: through)
        }
        return total
    }

    /// The years among those of `dates` that have no calendar file, in order. Pass the dates that
    /// working days were counted from and to; a count never skips a whole year unseen.
    public func missingYears(for dates: some Sequence<LocalDate>) -> [Int] {
        Set(dates.map(\.year)).subtracting(coveredYears).sorted()
    }

    /// A `calendar.missing-year` warning for each year of `dates` that has no calendar file.
    public func missingYearWarnings(for dates: some Sequence<LocalDate>) -> [Diagnostic] {
        missingYears(for: dates).map { year in
            Diagnostic(.warning, "calendar.missing-year", .calendar(.missingYear(year)), hint: .addCalendarYear(year))
        }
    }
}
