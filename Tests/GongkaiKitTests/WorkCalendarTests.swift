import Testing
@testable import GongkaiKit

private func d(_ s: String) -> LocalDate { LocalDate(iso: s)! }

/// The calendar built from the shipped `content/calendar` files.
private var china: WorkCalendar { shippedCalendar.calendar }

/// Day-by-day reference implementations the fast ones are checked against.
private func slowAdding(_ n: Int, to start: LocalDate, _ c: WorkCalendar) -> LocalDate {
    var day = start, left = n
    while left > 0 {
        day = day.adding(days: 1)
        if c.isWorkingDay(day) { left -= 1 }
    }
    return day
}

private func slowCount(_ a: LocalDate, _ b: LocalDate, _ c: WorkCalendar) -> Int {
    var n = 0, day = a.adding(days: 1)
    while day <= b {
        if c.isWorkingDay(day) { n += 1 }
        day = day.adding(days: 1)
    }
    return n
}

@Test func holidaysAreOffAndMakeUpWeekendsAreWorked() {
    #expect(china.isWorkingDay(d("2026-02-13")))   // Friday before the Spring Festival
    #expect(china.isWorkingDay(d("2026-02-14")))   // Saturday, 春节调休
    #expect(!china.isWorkingDay(d("2026-02-16")))  // Monday, 春节
    #expect(!china.isWorkingDay(d("2026-02-23")))  // Monday, last day of 春节
    #expect(china.isWorkingDay(d("2026-02-24")))
    #expect(china.isWorkingDay(d("2026-02-28")))   // Saturday, 春节调休
    #expect(!china.isWorkingDay(d("2026-03-01")))  // an ordinary Sunday
    #expect(!china.isWorkingDay(d("2025-10-08")))  // Wednesday, 国庆节、中秋节
    #expect(china.isWorkingDay(d("2025-10-11")))   // Saturday, 调休
}

@Test func sevenWorkingDaysFromAFridayEndOnTheTuesdayAfterNext() {
    #expect(china.adding(workingDays: 7, to: d("2026-03-06")) == d("2026-03-17"))
    #expect(WorkCalendar().adding(workingDays: 7, to: d("2026-03-06")) == d("2026-03-17"))
}

@Test func countingStartsTheDayAfter() {
    #expect(china.adding(workingDays: 0, to: d("2026-03-07")) == d("2026-03-07"))
    #expect(china.adding(workingDays: 1, to: d("2026-03-06")) == d("2026-03-09"))
    #expect(china.adding(workingDays: 1, to: d("2026-03-07")) == d("2026-03-09"))
}

@Test func countingAcrossTheSpringFestival() {
    // 2026-02-13 Fri, 14 Sat (worked), 15–23 off, 24 Tue … 27 Fri, 28 Sat (worked).
    #expect(china.adding(workingDays: 1, to: d("2026-02-13")) == d("2026-02-14"))
    #expect(china.adding(workingDays: 2, to: d("2026-02-13")) == d("2026-02-24"))
    #expect(china.adding(workingDays: 7, to: d("2026-02-12")) == d("2026-02-28"))
    #expect(china.workingDays(from: d("2026-02-01"), to: d("2026-02-28")) == 16)
    // Without the calendar the same week is five working days shorter.
    #expect(WorkCalendar().adding(workingDays: 7, to: d("2026-02-12")) == d("2026-02-23"))
}

@Test func postingAcrossMidAutumnAndNationalDay() {
    // 2026-09-18 Fri; 20 Sun worked; 25–27 中秋节; 10-01–07 国庆节; 10-10 Sat worked.
    #expect(china.adding(workingDays: 7, to: d("2026-09-18")) == d("2026-09-29"))
    #expect(china.adding(workingDays: 3, to: d("2026-09-30")) == d("2026-10-10"))
    #expect(china.adding(workingDays: 20, to: d("2026-09-15")) == d("2026-10-19"))
    #expect(china.workingDays(from: d("2026-09-30"), to: d("2026-10-10")) == 3)
}

@Test func theShippedYearsHave248WorkingDaysEach() {
    #expect(china.workingDays(from: d("2024-12-31"), to: d("2025-12-31")) == 248)
    #expect(china.workingDays(from: d("2025-12-31"), to: d("2026-12-31")) == 248)
}

@Test func countsGoBothWays() {
    #expect(china.workingDays(from: d("2026-03-17"), to: d("2026-03-06")) == -7)
    #expect(china.workingDays(from: d("2026-03-06"), to: d("2026-03-06")) == 0)
}

@Test func aYearWithoutAFileCountsWeekendsOnly() {
    // 2027 has no file: 1 January 2027, a Friday, is a working day here.
    #expect(china.isWorkingDay(d("2027-01-01")))
    #expect(!china.isWorkingDay(d("2027-01-02")))
    #expect(china.adding(workingDays: 1, to: d("2026-12-31")) == d("2027-01-01"))
    #expect(china.adding(workingDays: 20, to: d("2026-12-15")) == d("2027-01-12"))
    #expect(china.missingYears(for: [d("2026-12-15"), d("2027-01-12"), d("2024-06-01"), d("2027-03-01")]) == [2024, 2027])
    #expect(china.missingYears(for: [d("2025-01-01"), d("2026-12-31")]) == [])
}

@Test func missingYearsBecomeWarnings() {
    #expect(china.missingYearWarnings(for: [d("2026-12-15"), d("2027-01-12")]).map(\.description) == [
        "warning: [calendar.missing-year] no holiday calendar for 2027; working days in 2027 are counted as Monday to Friday only",
    ])
    #expect(china.missingYearWarnings(for: [d("2027-01-12")]).first?.hint(in: .en)
        == "add content/calendar/2027.yaml from the notice 国务院办公厅关于2027年部分节假日安排的通知")
}

@Test func hugeCountsReturnAtOnce() {
    let start = d("2026-01-01")
    let end = china.adding(workingDays: 10_000_000, to: start)
    #expect(china.workingDays(from: start, to: end) == 10_000_000)
    #expect(china.isWorkingDay(end))
    #expect(china.workingDays(from: start, to: end.adding(days: -1)) == 9_999_999)
}

/// A calendar with covered years apart (2024, 2026, 2028), so counts cross covered and uncovered
/// stretches, and holidays at the edges of years.
private let patchwork = WorkCalendar([
    CalendarYear(year: 2024, source: "test", holidays: [.init(name: "a", from: d("2024-12-30"), to: d("2024-12-31"))],
                 workdays: [.init(date: d("2024-12-28"))]),
    CalendarYear(year: 2026, source: "test", holidays: [.init(name: "b", from: d("2026-01-01"), to: d("2026-01-09"))],
                 workdays: [.init(date: d("2026-01-03"))]),
    CalendarYear(year: 2028, source: "test", holidays: [.init(name: "c", from: d("2028-02-28"), to: d("2028-03-03"))]),
])

@Test func fastArithmeticAgreesWithCountingDayByDay() {
    var random = SplitMix64(seed: 2026)
    for calendar in [china, patchwork, WorkCalendar()] {
        for _ in 0..<400 {
            let start = d("2023-06-01").adding(days: random.below(365 * 5))
            let n = random.below(random.chance(20) ? 600 : 40)
            let end = calendar.adding(workingDays: n, to: start)
            #expect(end == slowAdding(n, to: start, calendar), "adding \(n) to \(start)")
            let other = start.adding(days: random.below(800) - 200)
            #expect(calendar.workingDays(from: start, to: other)
                == (other >= start ? slowCount(start, other, calendar) : -slowCount(other, start, calendar)),
                "from \(start) to \(other)")
        }
    }
}

@Test func theCalendarIsAValueToShare() async {
    let calendar = china
    let ends = await withTaskGroup(of: LocalDate.self) { group in
        for _ in 0..<4 { group.addTask { calendar.adding(workingDays: 20, to: d("2026-09-15")) } }
        return await group.reduce(into: []) { $0.append($1) }
    }
    #expect(ends == Array(repeating: d("2026-10-19"), count: 4))
}
