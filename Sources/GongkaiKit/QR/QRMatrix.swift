/// The grid of modules while a symbol is built: function patterns (ISO/IEC 18004:2015 clause 6.3),
/// then the codewords placed around them (7.7.3). `x` is the column and `y` the row, from the top
/// left; `true` is dark.
struct QRMatrix: Sendable, Equatable {
    let size: Int
    /// Row-major module colours.
    private(set) var modules: [Bool]
    /// Row-major: whether a module belongs to a function pattern or to format or version
    /// information, so that codeword placement and masking pass it by.
    private(set) var isFunction: [Bool]

    /// A matrix with every function pattern drawn, the version information for version 7 and up,
    /// and the format information areas reserved (drawn light until a mask is chosen).
    init(spec: QRVersionSpec) {
        size = spec.size
        modules = Array(repeating: false, count: size * size)
        isFunction = Array(repeating: false, count: size * size)
        drawTimingPatterns()
        drawFinderPattern(centerX: 3, centerY: 3)
        drawFinderPattern(centerX: size - 4, centerY: 3)
        drawFinderPattern(centerX: 3, centerY: size - 4)
        drawAlignmentPatterns(centers: spec.alignmentCenters)
        drawFormatInformation(0)
        drawVersionInformation(version: spec.version)
    }

    subscript(x: Int, y: Int) -> Bool {
        modules[y * size + x]
    }

    mutating func setFunction(x: Int, y: Int, dark: Bool) {
        modules[y * size + x] = dark
        isFunction[y * size + x] = true
    }

    /// Timing patterns: row 6 and column 6 alternate dark and light, dark on even indices (6.3.5).
    private mutating func drawTimingPatterns() {
        for i in 0..<size {
            setFunction(x: 6, y: i, dark: i.isMultiple(of: 2))
            setFunction(x: i, y: 6, dark: i.isMultiple(of: 2))
        }
    }

    /// A 7 × 7 finder pattern (6.3.3) with its one-module light separator (6.3.4), clipped at the
    /// symbol's edges.
    private mutating func drawFinderPattern(centerX: Int, centerY: Int) {
        for dy in -4...4 {
            for dx in -4...4 {
                let x = centerX + dx, y = centerY + dy
                guard (0..<size).contains(x), (0..<size).contains(y) else { continue }
                let ring = max(abs(dx), abs(dy))  // 0 … 4 from the centre outwards
                setFunction(x: x, y: y, dark: ring != 2 && ring != 4)
            }
        }
    }

    /// 5 × 5 alignment patterns at every pair of centre coordinates except the three that would
    /// overlap the finder patterns (6.3.6, annex E).
    private mutating func drawAlignmentPatterns(centers: [Int]) {
        guard let last = centers.last else { return }
        for cy in centers {
            for cx in centers {
                if (cx == 6 && cy == 6) || (cx == 6 && cy == last) || (cx == last && cy == 6) { continue }
                for dy in -2...2 {
                    for dx in -2...2 {
                        setFunction(x: cx + dx, y: cy + dy, dark: max(abs(dx), abs(dy)) != 1)
                    }
                }
            }
        }
    }

    /// Places the codewords' bits, most significant first, in two-module-wide columns that zigzag
    /// up and down from the bottom right, skipping the vertical timing pattern and every function
    /// module (7.7.3). Modules left over are the remainder bits and stay light (7.6).
    mutating func place(_ codewords: [UInt8]) {
        let bitCount = codewords.count * 8
        var bit = 0
        var right = size - 1
        while right >= 1 {
            if right == 6 { right = 5 }
            let upward = ((right + 1) & 2) == 0
            for step in 0..<size {
                let y = upward ? size - 1 - step : step
                for x in [right, right - 1] where !isFunction[y * size + x] && bit < bitCount {
                    modules[y * size + x] = (codewords[bit >> 3] >> (7 - UInt8(bit & 7))) & 1 != 0
                    bit += 1
                }
            }
            right -= 2
        }
    }

    /// Inverts every non-function module where mask `pattern`'s condition holds (7.8.2).
    mutating func applyMask(_ pattern: Int) {
        for y in 0..<size {
            for x in 0..<size where !isFunction[y * size + x] && QRMask.inverts(pattern, x: x, y: y) {
                modules[y * size + x].toggle()
            }
        }
    }
}
