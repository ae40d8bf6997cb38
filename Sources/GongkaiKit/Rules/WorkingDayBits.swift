/// The working days of one year as a bitset: bit i is set when day i of the year (0 = 1 January)
/// is a working day. Six words per year; counting is a popcount per word.
struct WorkingDayBits: Sendable {
    /// `daysSinceEpoch` of 1 January.
    let start: Int
    /// `daysSinceEpoch` of 31 December.
    let end: Int
    private var words: [UInt64]

    /// Monday to Friday, minus the holidays, plus the make-up workdays; dates outside the year are
    /// ignored (the decoder reports them).
    init(_ year: CalendarYear) {
        start = LocalDate(year: year.year, month: 1, day: 1)!.daysSinceEpoch
        end = LocalDate(year: year.year, month: 12, day: 31)!.daysSinceEpoch
        words = Array(repeating: 0, count: (end - start) / 64 + 1)
        for day in start...end where LocalDate(daysSinceEpoch: day).weekday <= 5 { set(day, true) }
        for h in year.holidays {
            let lo = max(h.from.daysSinceEpoch, start), hi = min(h.to.daysSinceEpoch, end)
            if lo <= hi { for day in lo...hi { set(day, false) } }
        }
        for w in year.workdays where (start...end).contains(w.date.daysSinceEpoch) {
            set(w.date.daysSinceEpoch, true)
        }
    }

    func contains(_ day: Int) -> Bool {
        let i = day - start
        return words[i >> 6] & (1 << UInt64(i & 63)) != 0
    }

    /// The number of working days in lo...hi, both within the year.
    func count(_ lo: Int, _ hi: Int) -> Int {
        guard lo <= hi else { return 0 }
        var total = 0
        for w in (lo - start) >> 6...(hi - start) >> 6 {
            total += masked(w, from: lo - start, through: hi - start).nonzeroBitCount
        }
        return total
    }

    /// The `n`-th working day after `day` within the year; the caller has checked with `count`
    /// that there are at least `n`.
    func day(_ n: Int, after day: Int) -> Int {
        precondition(n >= 1)
        var left = n
        let first = max(day + 1, start) - start
        for w in first >> 6..<words.count {
            var bits = masked(w, from: first, through: end - start)
            let c = bits.nonzeroBitCount
            if c < left {
                left -= c
                continue
            }
            for _ in 1..<left { bits &= bits - 1 }
            return start + w << 6 + bits.trailingZeroBitCount
        }
        preconditionFailure("fewer than \(n) working days left in the year")
    }

    /// Word `w` with only the bits of day indexes lo...hi kept.
    private func masked(_ w: Int, from lo: Int, through hi: Int) -> UInt64 {
        let base = w << 6
        var bits = words[w]
        if lo > base { bits &= ~0 << UInt64(lo - base) }
        if hi < base + 63 { bits &= ~0 >> UInt64(63 - (hi - base)) }
        return bits
    }

    private mutating func set(_ day: Int, _ on: Bool) {
        let i = day - start
        if on { words[i >> 6] |= 1 << UInt64(i & 63) } else { words[i >> 6] &= ~(1 << UInt64(i & 63)) }
    }
}
