/// HTTP dates (RFC 9110 5.6.7, IMF-fixdate): `Sun, 06 Nov 1994 08:49:37 GMT`. Written and read
/// here without a DateFormatter, which is neither cheap nor safe to share between threads.
enum HTTPDate {
    private static let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func format(secondsSince1970 t: Int64) -> String {
        let dayNumber = t >= 0 ? t / 86_400 : (t - 86_399) / 86_400
        let date = LocalDate(daysSinceEpoch: Int(dayNumber))
        let s = Int(t - dayNumber * 86_400)
        let (y, m, d) = date.components
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(days[date.weekday - 1]), \(two(d)) \(months[m - 1]) \(y) \(two(s / 3600)):\(two(s / 60 % 60)):\(two(s % 60)) GMT"
    }

    /// Seconds since 1970 of an IMF-fixdate; nil for anything else.
    static func parse(_ text: String) -> Int64? {
        let parts = text.split(separator: " ")
        guard parts.count == 6, parts[5] == "GMT", let d = Int(parts[1]), let y = Int(parts[3]),
              let m = months.firstIndex(of: String(parts[2])), let date = LocalDate(year: y, month: m + 1, day: d) else { return nil }
        let hms = parts[4].split(separator: ":").compactMap { Int($0) }
        guard hms.count == 3, (0..<24).contains(hms[0]), (0..<60).contains(hms[1]), (0..<61).contains(hms[2]) else { return nil }
        return Int64(date.daysSinceEpoch) * 86_400 + Int64(hms[0] * 3600 + hms[1] * 60 + hms[2])
    }
}
