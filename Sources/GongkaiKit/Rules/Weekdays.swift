/// Monday-to-Friday arithmetic in closed form, so counts and sums over long spans never walk day
/// by day. Days are `LocalDate.daysSinceEpoch` values.
enum Weekdays {
    /// 1970-01-05, a Monday: the origin of `rank`.
    private static let monday = 4

    /// How many Mondays to Fridays lie in [1970-01-05, day] (counted negatively before it). Any
    /// two days of the same rank are a weekday and the weekend days that follow it.
    static func rank(_ day: Int) -> Int {
        let (weeks, offset) = floorDivision(day - monday, 7)
        return 5 * weeks + min(offset + 1, 5)
    }

    /// The number of Mondays to Fridays in (a, b]; a ≤ b.
    static func count(after a: Int, through b: Int) -> Int { rank(b) - rank(a) }

    /// The `n`-th Monday-to-Friday after `day`; n ≥ 1.
    static func day(_ n: Int, after day: Int) -> Int {
        let (weeks, offset) = floorDivision(rank(day) + n - 1, 5)
        return monday + 7 * weeks + offset
    }

    private static func floorDivision(_ a: Int, _ b: Int) -> (quotient: Int, remainder: Int) {
        let r = a % b
        return r < 0 ? (a / b - 1, r + b) : (a / b, r)
    }
}
