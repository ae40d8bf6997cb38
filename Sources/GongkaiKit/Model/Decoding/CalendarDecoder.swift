/// Reads one `content/calendar/<year>.yaml` with the strict YAML reader:
///
/// ```yaml
/// source: 国务院办公厅关于2026年部分节假日安排的通知
/// number: 国办发明电〔2025〕7号
/// issued: 2025-11-04
/// holidays:
///   - name: 元旦
///     from: 2026-01-01
///     to: 2026-01-03
/// workdays:
///   - date: 2026-01-04
///     name: 元旦调休
/// ```
///
/// Field problems carry `calendar.*` codes (`calendar.unknown-key`, `calendar.type` …); problems
/// of YAML syntax keep the reader's `front-matter.*` codes, as in `site.yaml`.
public enum CalendarDecoder {
    static let keys: Set<String> = ["source", "number", "issued", "holidays", "workdays"]
    static let holidayKeys: Set<String> = ["name", "from", "to"]
    static let workdayKeys: Set<String> = ["date", "name"]

    /// The year's arrangement, or nil when the file has errors (never a half-read year).
    public static func decode(_ file: SourceFile, year: Int) -> (arrangement: CalendarYear?, diagnostics: [Diagnostic]) {
        var text = file.text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let (root, yamlDiagnostics) = YAMLParser.parse(text, path: file.path, firstLine: 1)
        guard let root else { return (nil, yamlDiagnostics) }
        let r = FieldReader(root, path: file.path)
        let arrangement = read(r, year: year)
        r.rejectUnknownKeys(known: keys, context: .calendarFile)
        let all = yamlDiagnostics + r.diagnostics.map(calendarCode)
        return (all.contains { $0.severity == .error } ? nil : arrangement, all)
    }

    /// A value read from the file and where it was written.
    private struct Located<T> {
        var value: T
        var location: SourceLocation
    }

    /// A holiday and where its two dates were written.
    private struct HolidayEntry {
        var holiday: CalendarYear.Holiday
        var from: SourceLocation
        var to: SourceLocation
    }

    private static func read(_ r: FieldReader, year: Int) -> CalendarYear {
        let source = r.string("source")
        if source?.isEmpty ?? (r.node("source") == nil) {
            r.error("calendar.missing-field", .calendar(.missingSource),
                    at: r.keyLocation("source") ?? SourceLocation(path: r.path, line: 1, column: 1),
                    hint: .calendarSource(year: year))
        }
        var arrangement = CalendarYear(year: year, source: source ?? "", number: r.string("number"), issued: r.date("issued"))
        let holidays = r.records("holidays", keys: holidayKeys) { h -> HolidayEntry? in
            let name = h.requiredString("name", in: .holiday)
            guard let from = date("from", of: h, in: .holiday, year: year),
                  let to = date("to", of: h, in: .holiday, year: year), let name else { return nil }
            return HolidayEntry(holiday: CalendarYear.Holiday(name: name, from: from.value, to: to.value),
                                from: from.location, to: to.location)
        }
        let workdays = r.records("workdays", keys: workdayKeys) { w -> Located<CalendarYear.Workday>? in
            guard let date = date("date", of: w, in: .makeUpWorkday, year: year) else { return nil }
            return Located(value: CalendarYear.Workday(date: date.value, name: w.string("name")), location: date.location)
        }
        checkHolidays(holidays, r)
        checkWorkdays(workdays, holidays: holidays.map(\.holiday), r)
        arrangement.holidays = holidays.map(\.holiday)
        arrangement.workdays = workdays.map(\.value)
        return arrangement
    }

    /// A required date of an entry, which must fall in the file's year.
    private static func date(_ key: String, of entry: FieldReader, in record: Record, year: Int) -> Located<LocalDate>? {
        guard let node = entry.node(key) else {
            entry.error("calendar.missing-field", .recordNeedsDate(record, key: key),
                        at: entry.keyLocation(key) ?? entry.mappingLocation)
            return nil
        }
        guard let d = FieldReader.date(node, key: key, reader: entry) else { return nil }
        if d.year != year {
            entry.error("calendar.wrong-year", .calendar(.wrongYear(d, year: year)), at: node.location,
                        hint: .datesOfYearGoIn(year: d.year))
        }
        return Located(value: d, location: node.location)
    }

    private static func checkHolidays(_ holidays: [HolidayEntry], _ r: FieldReader) {
        for (i, entry) in holidays.enumerated() {
            let h = entry.holiday
            if h.to < h.from {
                r.error("calendar.reversed-range", .calendar(.reversedRange(holiday: h.name, from: h.from, to: h.to)),
                        at: entry.to, hint: .fromIsFirstDayOff)
                continue
            }
            let earlier = holidays[..<i].map(\.holiday).first { $0.from <= h.to && h.from <= $0.to && $0.from <= $0.to }
            if let earlier {
                r.error("calendar.overlap",
                        .calendar(.overlap(holiday: h.name, from: h.from, to: h.to, other: earlier.name,
                                           otherFrom: earlier.from, otherTo: earlier.to)),
                        at: entry.from, hint: .joinFestivals)
            }
        }
    }

    private static func checkWorkdays(_ workdays: [Located<CalendarYear.Workday>], holidays: [CalendarYear.Holiday],
                                      _ r: FieldReader) {
        var seen: [LocalDate: SourceLocation] = [:]
        for w in workdays {
            let d = w.value.date
            if let first = seen[d] {
                r.error("calendar.duplicate-workday", .calendar(.duplicateWorkday(d, firstLine: first.line)), at: w.location)
                continue
            }
            seen[d] = w.location
            if d.weekday <= 5 {
                r.error("calendar.workday-not-weekend", .calendar(.workdayNotWeekend(d)), at: w.location)
            }
            if let h = holidays.first(where: { $0.contains(d) }) {
                r.error("calendar.workday-in-holiday", .calendar(.workdayInHoliday(d, holiday: h.name, from: h.from, to: h.to)),
                        at: w.location, hint: .offOrWorked)
            }
        }
    }

    /// The field reader's `front-matter.*` codes, renamed for calendar files.
    private static func calendarCode(_ d: Diagnostic) -> Diagnostic {
        guard d.code.hasPrefix("front-matter.") else { return d }
        var d = d
        d.code = "calendar." + d.code.dropFirst("front-matter.".count)
        return d
    }
}
