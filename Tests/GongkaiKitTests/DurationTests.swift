import Testing
@testable import GongkaiKit

private func d(_ s: String) -> LocalDate { LocalDate(iso: s)! }

private func parsed(_ text: String) -> Duration? { try? Duration.parse(text).get() }

@Test(arguments: [
    ("20 working days", Duration.workingDays(20)),
    ("1 working day", .workingDays(1)),
    ("15 Working Days", .workingDays(15)),
    ("20个工作日", .workingDays(20)),
    ("20 个工作日", .workingDays(20)),
    ("20工作日", .workingDays(20)),
    ("２０个工作日", .workingDays(20)),
    ("7 days", .days(7)),
    ("1 day", .days(1)),
    ("0 days", .days(0)),
    ("7日", .days(7)),
    ("7天", .days(7)),
    ("2 weeks", .days(14)),
    ("1 week", .days(7)),
    ("2周", .days(14)),
    ("3 months", .months(3)),
    ("1 month", .months(1)),
    ("3个月", .months(3)),
    ("  7  days ", .days(7)),
])
func parsesEveryAcceptedForm(_ text: String, _ expected: Duration) {
    #expect(parsed(text) == expected)
}

@Test(arguments: ["20 workdays", "twenty days", "days", "7", "-3 days", "1.5 months", "3月", "", "7 days later"])
func rejectsOtherFormsListingTheAcceptedOnes(_ text: String) {
    guard case let .failure(e) = Duration.parse(text) else {
        Issue.record("'\(text)' parsed")
        return
    }
    #expect(e.description == "'\(text)' is not a duration; write a whole number and a unit: N working days, N days, N weeks, N months, N个工作日, N日, N天, N周 or N个月 (e.g. 20 working days)")
}

@Test func rejectsAbsurdNumbers() {
    guard case let .failure(e) = Duration.parse("100000 working days") else {
        Issue.record("parsed")
        return
    }
    #expect(e.description == "'100000 working days' is too long; the number in a duration may be at most 9999")
    #expect(parsed("9999 working days") == .workingDays(9999))
}

@Test func printsInEnglishAndChinese() {
    #expect(Duration.workingDays(20).description == "20 working days")
    #expect(Duration.workingDays(1).description == "1 working day")
    #expect(Duration.days(7).description == "7 days")
    #expect(Duration.months(1).description == "1 month")
    #expect(Duration.workingDays(20).chinese == "20个工作日")
    #expect(Duration.days(7).chinese == "7日")
    #expect(Duration.months(3).chinese == "3个月")
    for x in [Duration.workingDays(20), .days(1), .months(12)] {
        #expect(parsed(x.description) == x)
        #expect(parsed(x.chinese) == x)
    }
}

@Test func workingDaysFollowTheCalendar() {
    let calendar = shippedCalendar.calendar
    #expect(parsed("20 working days")!.after(d("2026-09-15"), calendar: calendar) == d("2026-10-19"))
    #expect(parsed("7个工作日")!.after(d("2026-02-12"), calendar: calendar) == d("2026-02-28"))
    #expect(parsed("7 days")!.after(d("2026-02-12"), calendar: calendar) == d("2026-02-19"))
    #expect(parsed("2 weeks")!.after(d("2026-12-25"), calendar: calendar) == d("2027-01-08"))
}

@Test(arguments: [
    ("2026-01-31", 1, "2026-02-28"),
    ("2024-01-31", 1, "2024-02-29"),
    ("2026-03-31", 1, "2026-04-30"),
    ("2026-01-15", 1, "2026-02-15"),
    ("2026-11-30", 3, "2027-02-28"),
    ("2026-10-15", 3, "2027-01-15"),
    ("2026-05-31", 12, "2027-05-31"),
    ("2026-08-31", 0, "2026-08-31"),
    ("9999-12-31", 9999, "10833-03-31"),
])
func monthsKeepTheDayOrClampToTheMonthsEnd(_ start: String, _ months: Int, _ end: String) {
    #expect(Duration.months(months).after(d(start), calendar: WorkCalendar()).description == end)
}
