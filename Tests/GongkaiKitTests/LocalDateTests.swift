import Foundation
import Testing
@testable import GongkaiKit

@Test func parsesAndPrintsISODates() {
    let d = LocalDate(iso: "2026-03-05")
    #expect(d?.description == "2026-03-05")
    #expect(d?.chinese == "2026年3月5日")
    #expect(LocalDate(iso: "1970-01-01")?.daysSinceEpoch == 0)
}

@Test(arguments: ["2026-02-30", "2026-13-01", "2026-00-10", "2025-02-29", "2026-3-5", "26-03-05", "2026/03/05", ""])
func rejectsImpossibleOrMalformedDates(_ text: String) {
    #expect(LocalDate(iso: text) == nil)
}

@Test func knowsLeapYears() {
    #expect(LocalDate(iso: "2024-02-29") != nil)
    #expect(LocalDate(iso: "2000-02-29") != nil)
    #expect(LocalDate(iso: "1900-02-29") == nil)
}

@Test func roundTripsEveryDayOverFourCenturies() {
    var d = LocalDate(iso: "1900-01-01")!
    let end = LocalDate(iso: "2300-01-01")!
    while d < end {
        let (y, m, day) = d.components
        #expect(LocalDate(year: y, month: m, day: day) == d)
        d = d.adding(days: 1)
    }
}

@Test func weekdays() {
    #expect(LocalDate(iso: "2026-11-29")?.weekday == 7)  // a Sunday
    #expect(LocalDate(iso: "2026-11-30")?.weekday == 1)
    #expect(LocalDate(iso: "1969-12-31")?.weekday == 3)
}

@Test func coversLabels() {
    #expect(Covers("2026-Q3") == .quarter(year: 2026, quarter: 3))
    #expect(Covers("2026-Q3")?.lastDay.description == "2026-09-30")
    #expect(Covers("2026-H2")?.firstDay.description == "2026-07-01")
    #expect(Covers("2026-02")?.lastDay.description == "2026-02-28")
    #expect(Covers("2026")?.period == .yearly)
    #expect(Covers("2026-Q3")?.chinese == "2026年第三季度")
    for bad in ["2026-Q5", "2026-H3", "2026-13", "2026-1", "Q3-2026", "2026-Q3-1", ""] {
        #expect(Covers(bad) == nil, "\(bad)")
    }
}

@Test func asOfComesFromTheFlagThenTheEpochThenTheClockInTheSiteZone() throws {
    let now = Date(timeIntervalSince1970: 1_795_970_000) // 2026-11-29T16:33:20Z: already the 30th in Shanghai
    let flag = AsOf.resolve(flag: "2026-01-02", environment: ["SOURCE_DATE_EPOCH": "0"], timeZone: "Asia/Shanghai", now: now)
    #expect(try flag.get().description == "2026-01-02")
    let epoch = AsOf.resolve(flag: nil, environment: ["SOURCE_DATE_EPOCH": "1795970000"], timeZone: "Asia/Shanghai", now: Date(timeIntervalSince1970: 0))
    #expect(try epoch.get().description == "2026-11-30")
    let clockShanghai = AsOf.resolve(flag: nil, environment: [:], timeZone: "Asia/Shanghai", now: now)
    #expect(try clockShanghai.get().description == "2026-11-30")
    let clockUTC = AsOf.resolve(flag: nil, environment: [:], timeZone: "UTC", now: now)
    #expect(try clockUTC.get().description == "2026-11-29")
}

@Test func asOfFailuresSayWhatToType() {
    let bad = AsOf.resolve(flag: "2026/1/2", environment: [:], timeZone: "Asia/Shanghai", now: Date())
    #expect(bad == .failure(.badFlag("2026/1/2")))
    #expect(AsOf.Failure.badFlag("2026/1/2").description == "--as-of '2026/1/2' is not a date; write YYYY-MM-DD, e.g. --as-of 2026-11-29")
    let epoch = AsOf.resolve(flag: nil, environment: ["SOURCE_DATE_EPOCH": "soon"], timeZone: "Asia/Shanghai", now: Date())
    #expect(epoch == .failure(.badEpoch("soon")))
}
