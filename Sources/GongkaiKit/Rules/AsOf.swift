import Foundation

/// The one date every decision about time uses (DESIGN 4): `--as-of YYYY-MM-DD`, else
/// `SOURCE_DATE_EPOCH` (seconds since 1970, as reproducible-build tools set it), else today —
/// both read as a local date in the site's time zone, never the machine's.
public enum AsOf {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case badFlag(String)
        case badEpoch(String)
        case badTimeZone(String)

        public var description: String {
            switch self {
            case let .badFlag(s): "--as-of '\(s)' is not a date; write YYYY-MM-DD, e.g. --as-of 2026-11-29"
            case let .badEpoch(s): "SOURCE_DATE_EPOCH '\(s)' is not a whole number of seconds since 1970"
            case let .badTimeZone(s): "unknown time zone '\(s)'"
            }
        }
    }

    public static func resolve(flag: String?, environment: [String: String], timeZone: String,
                               now: Date) -> Result<LocalDate, Failure> {
        if let flag {
            guard let d = LocalDate(iso: flag) else { return .failure(.badFlag(flag)) }
            return .success(d)
        }
        guard let zone = TimeZone(identifier: timeZone) else { return .failure(.badTimeZone(timeZone)) }
        if let epoch = environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            guard let seconds = Int64(epoch), seconds >= 0, seconds < 253_402_300_800 else {
                return .failure(.badEpoch(epoch))
            }
            return .success(localDate(of: Date(timeIntervalSince1970: TimeInterval(seconds)), in: zone))
        }
        return .success(localDate(of: now, in: zone))
    }

    /// The calendar date of an instant in a time zone.
    public static func localDate(of instant: Date, in zone: TimeZone) -> LocalDate {
        let offset = zone.secondsFromGMT(for: instant)
        let seconds = Int64(instant.timeIntervalSince1970.rounded(.down)) + Int64(offset)
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        return LocalDate(daysSinceEpoch: Int(days))
    }

    /// The `timezone` of a site's content/site.yaml, read before the full load so the as-of date
    /// is known early; nil when the file or the key is missing (the loader reports that).
    public static func siteTimeZone(root: URL) -> String? {
        guard case let zone?? = SiteSetting.value(of: "timezone", root: root), !zone.isEmpty else { return nil }
        return zone
    }
}
