import Foundation
import Testing
@testable import GongkaiKit

/// `line:col [code] message | hint` for each diagnostic of a calendar file for `year`.
private func problems(_ yaml: String, year: Int = 2026) -> [String] {
    let (arrangement, ds) = CalendarDecoder.decode(SourceFile(path: "content/calendar/\(year).yaml", text: yaml), year: year)
    if ds.contains(where: { $0.severity == .error }) { #expect(arrangement == nil) }
    return ds.map {
        #expect($0.location?.path == "content/calendar/\(year).yaml")
        return "\($0.location!.line):\($0.location!.column) [\($0.code)] \($0.message(in: .en))" + ($0.hint(in: .en).map { " | \($0)" } ?? "")
    }
}

private let header = "source: 国务院办公厅关于2026年部分节假日安排的通知\n"

@Test func readsAYear() throws {
    let yaml = header + """
    number: 国办发明电〔2025〕7号
    issued: 2025-11-04
    holidays:
      - name: 春节
        from: 2026-02-15
        to: 2026-02-23
    workdays:
      - date: 2026-02-14
        name: 春节调休
      - date: 2026-02-28

    """
    let (arrangement, ds) = CalendarDecoder.decode(SourceFile(path: "content/calendar/2026.yaml", text: yaml), year: 2026)
    #expect(ds.isEmpty)
    let d = { (s: String) in LocalDate(iso: s)! }
    #expect(arrangement == CalendarYear(
        year: 2026, source: "国务院办公厅关于2026年部分节假日安排的通知", number: "国办发明电〔2025〕7号",
        issued: d("2025-11-04"), holidays: [.init(name: "春节", from: d("2026-02-15"), to: d("2026-02-23"))],
        workdays: [.init(date: d("2026-02-14"), name: "春节调休"), .init(date: d("2026-02-28"))]))
}

@Test func aSingleDayHolidayHasTheSameFromAndTo() {
    #expect(problems("source: x\nholidays:\n  - name: 元旦\n    from: 2025-01-01\n    to: 2025-01-01\n", year: 2025) == [])
}

@Test func datesMustFallInTheFilesYear() {
    #expect(problems(header + "holidays:\n  - name: 元旦\n    from: 2025-12-31\n    to: 2026-01-02\n") == [
        "4:11 [calendar.wrong-year] 2025-12-31 is not in 2026, the year this file lists | dates of 2025 go in content/calendar/2025.yaml",
    ])
    #expect(problems(header + "workdays:\n  - date: 2027-01-02\n") == [
        "3:11 [calendar.wrong-year] 2027-01-02 is not in 2026, the year this file lists | dates of 2027 go in content/calendar/2027.yaml",
    ])
}

@Test func aHolidayCannotEndBeforeItStarts() {
    #expect(problems(header + "holidays:\n  - name: 春节\n    from: 2026-02-23\n    to: 2026-02-15\n") == [
        "5:9 [calendar.reversed-range] holiday '春节' ends on 2026-02-15, before it starts on 2026-02-23 | 'from' is the first day off and 'to' the last",
    ])
}

@Test func holidaysDoNotOverlap() {
    let yaml = header + """
    holidays:
      - name: 国庆节
        from: 2026-10-01
        to: 2026-10-07
      - name: 中秋节
        from: 2026-09-25
        to: 2026-10-01

    """
    #expect(problems(yaml) == [
        "7:11 [calendar.overlap] holiday '中秋节' (2026-09-25 to 2026-10-01) overlaps '国庆节' (2026-10-01 to 2026-10-07) | when the notice joins two festivals, list them as one holiday",
    ])
}

@Test func makeUpWorkdaysAreWeekends() {
    #expect(problems(header + "workdays:\n  - date: 2026-01-05\n    name: 元旦调休\n") == [
        "3:11 [calendar.workday-not-weekend] make-up workday 2026-01-05 is a Monday; make-up workdays (调休上班) are Saturdays or Sundays",
    ])
}

@Test func aHolidayCannotContainAMakeUpWorkday() {
    let yaml = header + "holidays:\n  - name: 春节\n    from: 2026-02-14\n    to: 2026-02-23\nworkdays:\n  - date: 2026-02-14\n"
    #expect(problems(yaml) == [
        "7:11 [calendar.workday-in-holiday] make-up workday 2026-02-14 falls within the holiday '春节' (2026-02-14 to 2026-02-23) | a day is either off or worked; check both dates against the notice",
    ])
}

@Test func aMakeUpWorkdayIsListedOnce() {
    #expect(problems(header + "workdays:\n  - date: 2026-02-14\n  - date: 2026-02-14\n") == [
        "4:11 [calendar.duplicate-workday] 2026-02-14 is already listed as a make-up workday on line 3",
    ])
}

@Test func unknownKeysSuggestTheKnownOnes() {
    #expect(problems(header + "holiday:\n  - name: 春节\n") == [
        "2:1 [calendar.unknown-key] unknown key 'holiday' in a calendar file | did you mean 'holidays'?",
    ])
    #expect(problems(header + "holidays:\n  - name: 春节\n    form: 2026-02-15\n    from: 2026-02-15\n    to: 2026-02-23\n") == [
        "4:5 [calendar.unknown-key] unknown key 'form' in an entry of 'holidays' | did you mean 'from'?",
    ])
    #expect(problems(header + "workdays:\n  - date: 2026-02-14\n    nmae: 春节调休\n") == [
        "4:5 [calendar.unknown-key] unknown key 'nmae' in an entry of 'workdays' | did you mean 'name'?",
    ])
}

@Test func valuesHaveTheirFieldsTypes() {
    #expect(problems("source: [a, b]\n") == [
        "1:1 [calendar.type] 'source' must be text; found a list",
    ])
    #expect(problems(header + "holidays: 春节\n") == [
        "2:11 [calendar.type] 'holidays' must be a list of entries (- from: …)",
    ])
    #expect(problems(header + "workdays:\n  - 2026-02-14\n") == [
        "3:5 [calendar.type] each entry of 'workdays' must be a mapping with date or name; found '2026-02-14'",
    ])
    #expect(problems(header + "workdays:\n  - date: 周六\n") == [
        "3:11 [calendar.type] 'date' must be a date (YYYY-MM-DD); found '周六'",
    ])
}

@Test func datesMustExistAndBeWrittenYYYYMMDD() {
    #expect(problems(header + "holidays:\n  - name: 春节\n    from: 2026-02-15\n    to: 2026-02-30\n") == [
        "5:9 [calendar.impossible-date] '2026-02-30' is not a real date: 2026-02 has 28 days",
    ])
    #expect(problems(header + "workdays:\n  - date: 2026年2月14日\n") == [
        "3:11 [calendar.date-format] 'date' must be written YYYY-MM-DD; found '2026年2月14日' | write date: 2026-02-14",
    ])
}

@Test func requiredFieldsAreNamed() {
    #expect(problems("holidays: []\n") == [
        "1:1 [calendar.missing-field] a calendar file needs 'source', the title of the notice its dates come from | e.g. source: 国务院办公厅关于2026年部分节假日安排的通知",
    ])
    #expect(problems(header + "holidays:\n  - from: 2026-02-15\n    to:\n") == [
        "3:5 [calendar.missing-field] a holiday needs 'name'",
        "4:5 [calendar.missing-field] a holiday needs 'to' (YYYY-MM-DD)",
    ])
    #expect(problems(header + "workdays:\n  - name: 春节调休\n") == [
        "3:5 [calendar.missing-field] a make-up workday needs 'date' (YYYY-MM-DD)",
    ])
}

@Test func yamlSyntaxProblemsKeepTheReadersCodes() {
    #expect(problems(header + "holidays:\n\t- name: 春节\n").first?.hasPrefix("3:1 [front-matter.tab]") == true)
}

@Test func theLoaderReadsEveryYearFile() throws {
    let site = try TestSite()
    try site.write("content/calendar/2026.yaml", header + "workdays:\n  - date: 2026-02-14\n")
    try site.write("content/calendar/2030.yaml", "source: x\nholidays:\n  - name: 元旦\n    from: 2030-01-01\n    to: 2030-01-01\n")
    try site.write("content/calendar/.DS_Store", "")
    let (calendar, ds) = CalendarLoader.load(root: site.root)
    #expect(ds.isEmpty)
    #expect(calendar.coveredYears == [2026, 2030])
    #expect(calendar.isWorkingDay(LocalDate(iso: "2026-02-14")!))
    #expect(!calendar.isWorkingDay(LocalDate(iso: "2030-01-01")!))
}

@Test func calendarFilesAreNamedAfterTheirYear() throws {
    let site = try TestSite(calendar: false)
    try site.write("content/calendar/2026.yml", header)
    try site.write("content/calendar/holidays.yaml", header)
    try site.write("content/calendar/2025/readme.txt", "")
    let (calendar, ds) = CalendarLoader.load(root: site.root)
    #expect(calendar.coveredYears == [])
    #expect(ds.map { "\($0.location!) [\($0.code)] \($0.message(in: .en)) | \($0.hint(in: .en) ?? "")" } == [
        "content/calendar/2025:1:1 [calendar.file-name] '2025' is a folder; content/calendar holds one <year>.yaml file per year | ",
        "content/calendar/2026.yml:1:1 [calendar.file-name] '2026.yml' is not a calendar file; content/calendar holds one <year>.yaml file per year | rename it to 2026.yaml",
        "content/calendar/holidays.yaml:1:1 [calendar.file-name] 'holidays.yaml' is not a calendar file; content/calendar holds one <year>.yaml file per year | holidays of 2026 go in content/calendar/2026.yaml",
    ])
}

@Test func aFileWithErrorsLeavesItsYearOut() throws {
    let site = try TestSite()
    try site.write("content/calendar/2026.yaml", header + "workdays:\n  - date: 2026-01-05\n")
    let (calendar, ds) = CalendarLoader.load(root: site.root)
    #expect(calendar.coveredYears == [])
    #expect(ds.map(\.code) == ["calendar.workday-not-weekend"])
}

@Test func calendarFilesAreUTF8() throws {
    let site = try TestSite()
    try site.write("content/calendar/2026.yaml", "")
    try Data([0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x3A, 0x20, 0xB9, 0xFA, 0x0A])
        .write(to: site.root.appendingPathComponent("content/calendar/2026.yaml"))
    let (_, ds) = CalendarLoader.load(root: site.root)
    #expect(ds.map(\.description) == [
        "content/calendar/2026.yaml:1:9: error: [source.not-utf8] the file is not UTF-8 text (byte 0xB9 here)",
    ])
}

@Test func noCalendarFolderMeansWeekendsOnly() throws {
    let site = try TestSite(calendar: false)
    let (calendar, ds) = CalendarLoader.load(root: site.root)
    #expect(ds.isEmpty)
    #expect(calendar.coveredYears == [])
}

// MARK: - The shipped files

/// The calendar of the sample site that ships in `content/calendar`.
let shippedCalendar: (calendar: WorkCalendar, diagnostics: [Diagnostic]) = CalendarLoader.load(root: packageRoot)

@Test func shippedCalendarsParseCleanly() {
    #expect(shippedCalendar.diagnostics.map(\.description) == [])
    #expect(shippedCalendar.calendar.coveredYears == [2025, 2026])
}

@Test(arguments: [2025, 2026])
func shippedCalendarsAreSane(_ year: Int) throws {
    let a = try #require(shippedCalendar.calendar.arrangement(for: year))
    #expect(a.source == "国务院办公厅关于\(year)年部分节假日安排的通知")
    #expect(a.number?.hasPrefix("国办发明电〔\(year - 1)〕") == true)
    #expect(a.issued?.year == year - 1)
    for w in a.workdays {
        #expect(w.date.year == year)
        #expect(w.date.weekday >= 6, "\(w.date) is not a weekend")
        #expect(!a.holidays.contains { $0.contains(w.date) })
    }
    for h in a.holidays {
        #expect(h.from <= h.to)
        #expect(h.from.year == year && h.to.year == year)
    }
}

/// Totals from the notices: 2025 has 28 days off and 5 make-up days (国办发明电〔2024〕12号);
/// 2026 has 33 and 6 (国办发明电〔2025〕7号).
@Test(arguments: [(2025, 28, 5), (2026, 33, 6)])
func shippedCalendarsMatchTheNoticesTotals(_ year: Int, _ daysOff: Int, _ makeUpDays: Int) throws {
    let a = try #require(shippedCalendar.calendar.arrangement(for: year))
    #expect(a.holidays.map { $0.to.daysSinceEpoch - $0.from.daysSinceEpoch + 1 }.reduce(0, +) == daysOff)
    #expect(a.workdays.count == makeUpDays)
}

@Test func theReadmeExampleReadsCleanly() throws {
    let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let section = try #require(readme.range(of: "## `content/calendar/<year>.yaml`"))
    let fence = try #require(readme.range(of: "```yaml\n", range: section.upperBound..<readme.endIndex))
    let end = try #require(readme.range(of: "```", range: fence.upperBound..<readme.endIndex))
    #expect(problems(String(readme[fence.upperBound..<end.lowerBound])) == [])
}

@Test func theCalendarFolderMustBeAFolder() throws {
    let site = try TestSite(calendar: false)
    try site.write("content/calendar", "2026\n")
    let (calendar, ds) = CalendarLoader.load(root: site.root)
    #expect(calendar.coveredYears == [])
    #expect(ds.map(\.description) == [
        "content/calendar:1:1: error: [calendar.unreadable] content/calendar must be a readable folder of <year>.yaml files",
    ])
}
