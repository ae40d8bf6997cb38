import Foundation

/// A length of time as `site.yaml` writes its supervision limits: `20 working days`, `7 days`,
/// `2 weeks`, `3 months`, or in Chinese `20个工作日`, `7日`, `7天`, `2周`, `3个月`. Weeks are read
/// as days.
///
/// (This shadows the standard library's `Duration`, a clock interval, inside GongkaiKit.)
public enum Duration: Hashable, Sendable, CustomStringConvertible {
    case workingDays(Int)
    case days(Int)
    case months(Int)

    /// The largest number a duration may give, in any unit.
    public static let maxCount = 9999

    /// What `parse` accepts, as its error message lists it.
    public static let acceptedForms = "N working days, N days, N weeks, N months, N个工作日, N日, N天, N周 or N个月"

    /// Why a text is not a duration; `description` is the message for a diagnostic.
    public struct ParseError: Error, Hashable, Sendable, CustomStringConvertible {
        public enum Reason: Hashable, Sendable {
            /// No number, or a unit that is not one of `acceptedForms`.
            case notADuration
            /// A number above `maxCount`.
            case tooLong
        }

        public var text: String
        public var reason: Reason

        public var description: String {
            switch reason {
            case .notADuration:
                "'\(text)' is not a duration; write a whole number and a unit: \(Duration.acceptedForms) (e.g. 20 working days)"
            case .tooLong:
                "'\(text)' is too long; the number in a duration may be at most \(Duration.maxCount)"
            }
        }
    }

    private enum Unit { case workingDays, days, weeks, months }

    private static let units: [String: Unit] = [
        "working day": .workingDays, "working days": .workingDays, "个工作日": .workingDays, "工作日": .workingDays,
        "day": .days, "days": .days, "日": .days, "天": .days,
        "week": .weeks, "weeks": .weeks, "周": .weeks,
        "month": .months, "months": .months, "个月": .months,
    ]

    /// Reads a duration. Spaces around the number are optional, English units may be singular or
    /// plural and in any case, and full-width digits (２０个工作日) are read as digits.
    public static func parse(_ text: String) -> Result<Duration, ParseError> {
        let normalised = String(String.UnicodeScalarView(text.unicodeScalars.map { s in
            (0xFF10...0xFF19).contains(s.value) ? Unicode.Scalar(s.value - 0xFF10 + 0x30)! : s
        })).trimmingCharacters(in: .whitespaces)
        let digits = normalised.prefix { $0.isASCII && $0.isNumber }
        let unit = normalised.dropFirst(digits.count).trimmingCharacters(in: .whitespaces).lowercased()
            .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        guard !digits.isEmpty, let unit = units[unit] else {
            return .failure(ParseError(text: text, reason: .notADuration))
        }
        guard digits.count <= 4, let n = Int(digits), n <= maxCount else {
            return .failure(ParseError(text: text, reason: .tooLong))
        }
        switch unit {
        case .workingDays: return .success(.workingDays(n))
        case .days: return .success(.days(n))
        case .weeks: return .success(.days(n * 7))
        case .months: return .success(.months(n))
        }
    }

    /// The day the duration ends when it starts on `d`: working days counted from the day after
    /// `d`; days added; months to the same day of the month, or the month's last day when it is
    /// shorter (31 January + 1 month = 28 or 29 February).
    public func after(_ d: LocalDate, calendar: WorkCalendar) -> LocalDate {
        switch self {
        case let .workingDays(n): return calendar.adding(workingDays: n, to: d)
        case let .days(n): return d.adding(days: n)
        case let .months(n):
            let (year, month, day) = d.components
            let index = year * 12 + (month - 1) + n
            let (y, m) = (index / 12, index % 12 + 1)
            // LocalDate(year:) stops at 9999; a date beyond moves back by 400-year cycles.
            let cycles = y > 9999 ? (y - 9999 + 399) / 400 : 0
            let base = LocalDate(year: y - 400 * cycles, month: m, day: min(day, LocalDate.daysIn(month: m, year: y)))!
            return base.adding(days: 146_097 * cycles)
        }
    }

    /// `20 working days`, `1 day`, `3 months`.
    public var description: String {
        switch self {
        case let .workingDays(n): "\(n) working \(n == 1 ? "day" : "days")"
        case let .days(n): "\(n) \(n == 1 ? "day" : "days")"
        case let .months(n): "\(n) \(n == 1 ? "month" : "months")"
        }
    }

    /// `20个工作日`, `7日`, `3个月`, as Chinese pages write limits.
    public var chinese: String {
        switch self {
        case let .workingDays(n): "\(n)个工作日"
        case let .days(n): "\(n)日"
        case let .months(n): "\(n)个月"
        }
    }
}
