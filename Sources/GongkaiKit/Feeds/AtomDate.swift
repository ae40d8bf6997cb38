import Foundation

/// RFC 3339 timestamps for feeds. Items carry dates only, so every timestamp is local midnight
/// in the site's time zone, with the zone's offset on that date: `2026-10-15T00:00:00+08:00`.
struct AtomDate: Sendable {
    let zone: TimeZone

    init(timeZone identifier: String) {
        zone = TimeZone(identifier: identifier) ?? TimeZone(secondsFromGMT: 0)!
    }

    func string(_ date: LocalDate) -> String {
        date.description + "T00:00:00" + Self.offset(offset(atMidnightOf: date))
    }

    /// Seconds east of UTC at the start of `date` in the zone. The offset at local midnight is
    /// found from the offset at UTC midnight, then checked once more at the instant it gives.
    func offset(atMidnightOf date: LocalDate) -> Int {
        let utcMidnight = TimeInterval(date.daysSinceEpoch) * 86_400
        let guess = zone.secondsFromGMT(for: Date(timeIntervalSince1970: utcMidnight))
        return zone.secondsFromGMT(for: Date(timeIntervalSince1970: utcMidnight - TimeInterval(guess)))
    }

    /// `+08:00`, `-05:00`, `+00:00` (whole minutes; historical offsets in seconds are rounded down).
    static func offset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return sign + two(minutes / 60) + ":" + two(minutes % 60)
    }
}
