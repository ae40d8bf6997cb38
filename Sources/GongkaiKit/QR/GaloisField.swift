/// Arithmetic in GF(2⁸) with the QR Code's field polynomial x⁸ + x⁴ + x³ + x² + 1 (0x11D) and
/// primitive element α = 2 (ISO/IEC 18004:2015 clause 7.5.2). Addition is XOR.
enum GaloisField {
    /// `exp[i]` = αⁱ for i in 0..<255, repeated once so that `exp[log a + log b]` needs no modulo.
    static let exp: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 510)
        var value = 1
        for power in 0..<255 {
            table[power] = UInt8(value)
            table[power + 255] = UInt8(value)
            value <<= 1
            if value & 0x100 != 0 { value ^= 0x11D }
        }
        return table
    }()

    /// `log[a]` = i where αⁱ = a, for a ≠ 0 (`log[0]` is unused).
    static let log: [Int] = {
        var table = [Int](repeating: 0, count: 256)
        for power in 0..<255 { table[Int(exp[power])] = power }
        return table
    }()

    static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
        if a == 0 || b == 0 { return 0 }
        return exp[log[Int(a)] + log[Int(b)]]
    }
}
