/// The period a periodic item covers: `2026-10`, `2026-Q3`, `2026-H2` or `2026`.
public enum Covers: Hashable, Comparable, Sendable, CustomStringConvertible {
    case month(year: Int, month: Int)
    case quarter(year: Int, quarter: Int)
    case half(year: Int, half: Int)
    case year(Int)

    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 4, let y = Int(first), y >= 1 else { return nil }
        switch parts.count {
        case 1: self = .year(y)
        case 2:
            let p = parts[1]
            if p.count == 2, p.first == "Q", let q = Int(p.dropFirst()), (1...4).contains(q) {
                self = .quarter(year: y, quarter: q)
            } else if p.count == 2, p.first == "H", let h = Int(p.dropFirst()), (1...2).contains(h) {
                self = .half(year: y, half: h)
            } else if p.count == 2, p.allSatisfy(\.isASCII), let m = Int(p), (1...12).contains(m) {
                self = .month(year: y, month: m)
            } else {
                return nil
            }
        default: return nil
        }
    }

    /// The period length that this label names.
    public var period: Period {
        switch self {
        case .month: .monthly
        case .quarter: .quarterly
        case .half: .halfYearly
        case .year: .yearly
        }
    }

    /// First and last day covered.
    public var firstDay: LocalDate { LocalDate(year: year, month: firstMonth, day: 1)! }
    public var lastDay: LocalDate {
        LocalDate(year: year, month: lastMonth, day: LocalDate.daysIn(month: lastMonth, year: year))!
    }

    public var year: Int {
        switch self {
        case let .month(y, _), let .quarter(y, _), let .half(y, _): y
        case let .year(y): y
        }
    }

    private var firstMonth: Int {
        switch self {
        case let .month(_, m): m
        case let .quarter(_, q): (q - 1) * 3 + 1
        case let .half(_, h): (h - 1) * 6 + 1
        case .year: 1
        }
    }

    private var lastMonth: Int {
        switch self {
        case let .month(_, m): m
        case let .quarter(_, q): q * 3
        case let .half(_, h): h * 6
        case .year: 12
        }
    }

    public var description: String {
        switch self {
        case let .month(y, m): "\(y)-\(m < 10 ? "0" : "")\(m)"
        case let .quarter(y, q): "\(y)-Q\(q)"
        case let .half(y, h): "\(y)-H\(h)"
        case let .year(y): "\(y)"
        }
    }

    /// `2026年第三季度`, `2026年10月`, `2026年下半年`, `2026年度`.
    public var chinese: String {
        switch self {
        case let .month(y, m): "\(y)年\(m)月"
        case let .quarter(y, q): "\(y)年第\(["一", "二", "三", "四"][q - 1])季度"
        case let .half(y, h): "\(y)年\(h == 1 ? "上" : "下")半年"
        case let .year(y): "\(y)年度"
        }
    }

    public static func < (a: Covers, b: Covers) -> Bool {
        (a.firstDay, a.lastDay) < (b.firstDay, b.lastDay)
    }
}
