import Testing
@testable import GongkaiKit

// ISO/IEC 18004 annex I encodes "01234567" as a 1-M symbol (numeric mode); its 16 data codewords
// and the 10 error-correction codewords printed there.
@Test func reedSolomonMatchesTheStandardsWorkedExample() {
    let data: [UInt8] = [0x10, 0x20, 0x0C, 0x56, 0x61, 0x80, 0xEC, 0x11,
                         0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11]
    let ec: [UInt8] = [0xA5, 0x24, 0xD4, 0xC1, 0xED, 0x36, 0xC7, 0x87, 0x2C, 0x55]
    #expect(ReedSolomon(degree: 10).codewords(for: data) == ec)
}

@Test func galoisFieldUsesPolynomial0x11D() {
    #expect(GaloisField.exp[8] == 0x1D)  // α⁸ = α⁴ + α³ + α² + 1
    #expect(GaloisField.exp[255] == 1)
    #expect(GaloisField.multiply(0x80, 0x02) == 0x1D)
    for a in 1...255 {
        #expect(GaloisField.multiply(UInt8(a), GaloisField.exp[255 - GaloisField.log[a]]) == 1)
    }
}

// Clause 7.9 and annex C (bits most significant first).
@Test(arguments: [
    (QRErrorCorrection.m, 5, "100000011001110"),
    (.l, 0, "111011111000100"),
    (.h, 7, "000100000111011"),
    (.m, 0, "101010000010010"),
    (.q, 3, "011101000000110"),
])
func formatInformationBits(level: QRErrorCorrection, mask: Int, expected: String) {
    #expect(binary(QRMatrix.formatBits(level: level, mask: mask), width: 15) == expected)
}

// Clause 7.10 and annex D.
@Test(arguments: [
    (7, "000111110010010100"),
    (21, "010101011010000011"),
    (40, "101000110001101001"),
])
func versionInformationBits(version: Int, expected: String) {
    #expect(binary(QRMatrix.versionBits(version: version), width: 18) == expected)
}

private func binary(_ value: Int, width: Int) -> String {
    let digits = String(value, radix: 2)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
