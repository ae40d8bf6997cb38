/// Format information (ISO/IEC 18004:2015 clause 7.9, annex C) and version information (7.10,
/// annex D): small BCH codes that tell a reader the level, the mask and, from version 7, the version.
extension QRMatrix {
    /// 15 bits: the level's 2 bits and the mask's 3, then the BCH (15, 5) remainder with generator
    /// x¹⁰ + x⁸ + x⁵ + x⁴ + x² + x + 1, XOR 101010000010010 so that no combination is all zero (7.9).
    static func formatBits(level: QRErrorCorrection, mask: Int) -> Int {
        let data = level.formatBits << 3 | mask
        return (data << 10 | bchRemainder(data << 10, generator: 0b101_0011_0111)) ^ 0b101_0100_0001_0010
    }

    /// 18 bits: the version's 6 bits, then the BCH (18, 6) remainder with generator
    /// x¹² + x¹¹ + x¹⁰ + x⁹ + x⁸ + x⁵ + x² + 1 (7.10).
    static func versionBits(version: Int) -> Int {
        version << 12 | bchRemainder(version << 12, generator: 0b1_1111_0010_0101)
    }

    /// The remainder of `value` divided by `generator`, as polynomials over GF(2).
    private static func bchRemainder(_ value: Int, generator: Int) -> Int {
        let degree = Int.bitWidth - generator.leadingZeroBitCount - 1
        var remainder = value
        while remainder != 0, Int.bitWidth - remainder.leadingZeroBitCount - 1 >= degree {
            remainder ^= generator << (Int.bitWidth - remainder.leadingZeroBitCount - 1 - degree)
        }
        return remainder
    }

    /// Draws both copies of the format information, bit 14 being the most significant,
    /// and the dark module at (8, size − 8) beside them (7.9).
    mutating func drawFormatInformation(_ bits: Int) {
        func bit(_ i: Int) -> Bool { (bits >> i) & 1 != 0 }
        // Around the top-left finder: down column 8, then left along row 8, skipping timing.
        for i in 0...5 { setFunction(x: 8, y: i, dark: bit(i)) }
        setFunction(x: 8, y: 7, dark: bit(6))
        setFunction(x: 8, y: 8, dark: bit(7))
        setFunction(x: 7, y: 8, dark: bit(8))
        for i in 9...14 { setFunction(x: 14 - i, y: 8, dark: bit(i)) }
        // Split between the other two finders: row 8 at the right, column 8 at the bottom.
        for i in 0...7 { setFunction(x: size - 1 - i, y: 8, dark: bit(i)) }
        for i in 8...14 { setFunction(x: 8, y: size - 15 + i, dark: bit(i)) }
        setFunction(x: 8, y: size - 8, dark: true)
    }

    /// Draws both 6 × 3 copies of the version information, above the bottom-left finder and left
    /// of the top-right one, for versions 7 to 40 (7.10).
    mutating func drawVersionInformation(version: Int) {
        guard version >= 7 else { return }
        let bits = Self.versionBits(version: version)
        for i in 0..<18 {
            let dark = (bits >> i) & 1 != 0
            let a = size - 11 + i % 3, b = i / 3
            setFunction(x: a, y: b, dark: dark)
            setFunction(x: b, y: a, dark: dark)
        }
    }
}
