extension Covers {
    /// The period right after this one, of the same length.
    public var next: Covers {
        switch self {
        case let .month(y, m): m == 12 ? .month(year: y + 1, month: 1) : .month(year: y, month: m + 1)
        case let .quarter(y, q): q == 4 ? .quarter(year: y + 1, quarter: 1) : .quarter(year: y, quarter: q + 1)
        case let .half(y, h): h == 2 ? .half(year: y + 1, half: 1) : .half(year: y, half: h + 1)
        case let .year(y): .year(y + 1)
        }
    }
}
