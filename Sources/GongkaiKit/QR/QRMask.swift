/// The eight data mask patterns (ISO/IEC 18004:2015 clause 7.8.2, table 10) and the penalty that
/// decides between them (7.8.3, table 11).
enum QRMask {
    /// Whether mask `pattern` (0–7) inverts the module in row `y` (the standard's i), column `x` (j).
    static func inverts(_ pattern: Int, x j: Int, y i: Int) -> Bool {
        switch pattern {
        case 0: (i + j) % 2 == 0
        case 1: i % 2 == 0
        case 2: j % 3 == 0
        case 3: (i + j) % 3 == 0
        case 4: (i / 2 + j / 3) % 2 == 0
        case 5: (i * j) % 2 + (i * j) % 3 == 0
        case 6: ((i * j) % 2 + (i * j) % 3) % 2 == 0
        case 7: ((i + j) % 2 + (i * j) % 3) % 2 == 0
        default: preconditionFailure("mask pattern \(pattern) is not 0–7")
        }
    }

    /// Penalty points of a finished symbol; the mask with the fewest wins (7.8.3).
    static func penalty(_ modules: [Bool], size: Int) -> Int {
        var transposed = [Bool](repeating: false, count: size * size)
        for y in 0..<size {
            for x in 0..<size { transposed[x * size + y] = modules[y * size + x] }
        }
        return linePenalty(modules, size: size) + linePenalty(transposed, size: size)
            + blockPenalty(modules, size: size) + balancePenalty(modules)
    }

    /// N1 and N3 along every row of `modules` (pass the transpose for the columns).
    ///
    /// N1: 3 + (k − 5) points for each run of k ≥ 5 modules of one colour.
    /// N3: 40 points for each 1:1:3:1:1 dark–light–dark–light–dark pattern with four light modules
    /// before or after it (counted once for each side). The quiet zone outside the symbol is light.
    static func linePenalty(_ modules: [Bool], size: Int) -> Int {
        let finderThenLight = 0b1011101_0000, lightThenFinder = 0b0000_1011101
        var points = 0
        for y in 0..<size {
            var run = 0
            var runColour = false
            var window = 0  // the last 11 modules, newest in bit 0; starts in the light quiet zone
            for x in 0..<(size + 4) {
                let dark = x < size && modules[y * size + x]
                if x < size {
                    if x > 0 && dark == runColour {
                        run += 1
                    } else {
                        if run >= 5 { points += 3 + run - 5 }
                        run = 1
                        runColour = dark
                    }
                }
                window = (window << 1 | (dark ? 1 : 0)) & 0x7FF
                if window == finderThenLight { points += 40 }
                if window == lightThenFinder { points += 40 }
            }
            if run >= 5 { points += 3 + run - 5 }
        }
        return points
    }

    /// N2: 3 points for each 2 × 2 block of one colour, overlapping blocks counted separately.
    static func blockPenalty(_ modules: [Bool], size: Int) -> Int {
        var points = 0
        for y in 0..<(size - 1) {
            for x in 0..<(size - 1) {
                let colour = modules[y * size + x]
                if modules[y * size + x + 1] == colour && modules[(y + 1) * size + x] == colour
                    && modules[(y + 1) * size + x + 1] == colour {
                    points += 3
                }
            }
        }
        return points
    }

    /// N4: 10 points for each full 5 % by which the share of dark modules departs from 50 %.
    static func balancePenalty(_ modules: [Bool]) -> Int {
        let total = modules.count
        let dark = modules.reduce(0) { $0 + ($1 ? 1 : 0) }
        return abs(dark * 20 - total * 10) / total * 10
    }
}
