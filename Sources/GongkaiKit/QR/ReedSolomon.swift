/// Reed–Solomon error-correction codewords for one block (ISO/IEC 18004:2015 clause 7.5.2): the
/// remainder of the data polynomial × xⁿ divided by the generator polynomial of degree n,
/// g(x) = (x − α⁰)(x − α¹)…(x − αⁿ⁻¹).
struct ReedSolomon: Sendable {
    /// The generator's coefficients after the leading 1, highest power first.
    let generator: [UInt8]

    init(degree: Int) {
        // Start from g(x) = 1 and multiply by (x − αⁱ) for each i; in GF(2⁸), − is +.
        var coefficients: [UInt8] = [1]
        for i in 0..<degree {
            let root = GaloisField.exp[i]
            var next = [UInt8](repeating: 0, count: coefficients.count + 1)
            for (j, c) in coefficients.enumerated() {
                next[j] ^= c
                next[j + 1] ^= GaloisField.multiply(c, root)
            }
            coefficients = next
        }
        generator = Array(coefficients.dropFirst())
    }

    /// The `generator.count` error-correction codewords for `data`.
    func codewords<Data: Collection<UInt8>>(for data: Data) -> [UInt8] {
        let degree = generator.count
        var remainder = [UInt8](repeating: 0, count: degree)
        for byte in data {
            // Long division, one data codeword at a time (a linear-feedback shift register).
            let factor = byte ^ remainder[0]
            remainder.removeFirst()
            remainder.append(0)
            if factor != 0 {
                let logFactor = GaloisField.log[Int(factor)]
                for j in 0..<degree where generator[j] != 0 {
                    remainder[j] ^= GaloisField.exp[logFactor + GaloisField.log[Int(generator[j])]]
                }
            }
        }
        return remainder
    }
}
