import Testing
@testable import GongkaiKit

@Test func choosesTheSmallestVersionThatHoldsTheText() throws {
    // Byte-mode capacities of table 7: 1-M holds 14 bytes, 2-M 26.
    #expect(try QRCode(String(repeating: "a", count: 14), level: .m).version == 1)
    #expect(try QRCode(String(repeating: "a", count: 15), level: .m).version == 2)
    #expect(try QRCode(String(repeating: "a", count: 26), level: .m).version == 2)
    #expect(try QRCode(String(repeating: "a", count: 17), level: .l).version == 1)
    #expect(try QRCode(String(repeating: "a", count: 7), level: .h).version == 1)
    #expect(try QRCode(String(repeating: "a", count: 8), level: .h).version == 2)
    // Three bytes a character: 5 Chinese characters are 15 bytes.
    #expect(try QRCode("最低生活保", level: .m).version == 2)
    #expect(try QRCode("", level: .m).version == 1)
}

@Test func capacityOfVersion40() {
    #expect(QRCodewords.byteCapacity(version: 40, level: .l, eci: false) == 2953)
    #expect(QRCodewords.byteCapacity(version: 40, level: .m, eci: false) == 2331)
    #expect(QRCodewords.byteCapacity(version: 40, level: .q, eci: false) == 1663)
    #expect(QRCodewords.byteCapacity(version: 40, level: .h, eci: false) == 1273)
    #expect(QRCodewords.byteCapacity(version: 10, level: .m, eci: false) == 213)  // 16-bit count from version 10
    #expect(QRCodewords.byteCapacity(version: 9, level: .m, eci: false) == 180)
}

@Test func theLargestTextThatFitsMakesAVersion40Symbol() throws {
    let code = try QRCode(String(repeating: "x", count: 2331), level: .m)
    #expect(code.version == 40)
    #expect(code.size == 177)
}

@Test func aTextTooLongForVersion40IsAnError() {
    #expect(throws: QRError.textTooLong(byteCount: 3200, level: .m, capacity: 2331)) {
        try QRCode(String(repeating: "x", count: 3200), level: .m)
    }
    let error = QRError.textTooLong(byteCount: 3200, level: .m, capacity: 2331)
    #expect(error.description == "the text is 3,200 bytes; a QR code at level M holds at most 2,331 bytes; "
        + "shorten the text or choose a lower error-correction level")
    let atL = QRError.textTooLong(byteCount: 1_002_954, level: .l, capacity: 2953)
    #expect(atL.description == "the text is 1,002,954 bytes; a QR code at level L holds at most 2,953 bytes; shorten the text")
}

@Test func bytesCountNotCharacters() {
    // 1,273 characters but 1,275 bytes; and text beyond ASCII carries the 12-bit ECI header.
    #expect(throws: QRError.textTooLong(byteCount: 1275, level: .h, capacity: 1272)) {
        try QRCode("中" + String(repeating: "x", count: 1272), level: .h)
    }
    #expect(QRCodewords.byteCapacity(version: 40, level: .h, eci: true) == 1272)
}

@Test func textBeyondASCIIStartsWithTheUTF8ECIHeader() {
    // 0111 00011010 (ECI 26), 0100 00000010 11000011 10101001 ("é"), terminator and padding.
    let data = QRCodewords.data(Array("é".utf8), eci: true, version: 1, count: 16)
    #expect(Array(data.prefix(7)) == [0x71, 0xA4, 0x02, 0xC3, 0xA9, 0x00, 0xEC])
}

@Test func dataCodewordsArePaddedAsClause7_4_10Asks() {
    // "ab" in 1-M: 0100 00000010 01100001 01100010 0000, then 11101100 00010001 …
    let data = QRCodewords.data(Array("ab".utf8), eci: false, version: 1, count: 16)
    #expect(data == [0x40, 0x26, 0x16, 0x20, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11])
}

@Test func blocksAreInterleaved() {
    // 5-Q: two blocks of 15 data codewords, then two of 16; 18 EC codewords each.
    let layout = QRVersionSpec.of(5).layout(.q)
    let data = (0..<62).map { UInt8($0) }
    let sequence = QRCodewords.interleaved(data, layout: layout)
    #expect(sequence.count == 134)
    #expect(Array(sequence.prefix(8)) == [0, 15, 30, 46, 1, 16, 31, 47])
    #expect(Array(sequence[56..<62]) == [14, 29, 44, 60, 45, 61])  // the long blocks' last codewords
}

@Test func functionPatternsAreInPlace() throws {
    let code = try QRCode("https://mzj.example.gov.cn/gongkai/items/dibao-xinzeng-2026-11.html", level: .q)
    let n = code.size
    for (cx, cy) in [(3, 3), (n - 4, 3), (3, n - 4)] {
        #expect(code.isDark(x: cx, y: cy))
        #expect(!code.isDark(x: cx + 2, y: cy))
        #expect(code.isDark(x: cx + 3, y: cy - 3))
    }
    for i in 8..<(n - 8) {
        #expect(code.isDark(x: i, y: 6) == i.isMultiple(of: 2))
        #expect(code.isDark(x: 6, y: i) == i.isMultiple(of: 2))
    }
    #expect(code.isDark(x: 8, y: n - 8))
    #expect(!code.isDark(x: -1, y: 0) && !code.isDark(x: 0, y: n))
}

@Test func maskIsTheOneWithTheLowestPenalty() throws {
    let bytes = Array("关于2026年11月新增城乡最低生活保障对象的公示".utf8)
    let chosen = try QRCode(bytes: bytes, level: .m, eci: true)
    for mask in 0..<8 {
        let other = try QRCode(bytes: bytes, level: .m, eci: true, mask: mask)
        #expect(penalty(other) >= penalty(chosen))
        if mask < chosen.mask { #expect(penalty(other) > penalty(chosen)) }
    }
}

@Test func penaltyRules() {
    // An 11 × 11 matrix, light but for row 0: 1011101 0000.
    var modules = [Bool](repeating: false, count: 121)
    for x in [0, 2, 3, 4, 6] { modules[x] = true }
    // Row 0: N3 twice, once for the four light modules after the pattern and once for the light
    // quiet zone before it (80); rows 1–10: N1 for 11 light modules, 3 + 6 each (90).
    #expect(QRMask.linePenalty(modules, size: 11) == 170)
    // N2: 10 × 9 light 2 × 2 blocks below row 0, plus the 3 in row 0–1 at columns 7–10.
    #expect(QRMask.blockPenalty(modules, size: 11) == 93 * 3)
    // N4: 5 of 121 dark, 45.9 % from half: 9 whole steps of 5 %.
    #expect(QRMask.balancePenalty(modules) == 90)
    #expect(QRMask.balancePenalty([true, true, false, false]) == 0)
    #expect(QRMask.balancePenalty([true, true, true, false]) == 50)
}

private func penalty(_ code: QRCode) -> Int {
    let modules = (0..<code.size).flatMap { y in (0..<code.size).map { x in code.isDark(x: x, y: y) } }
    return QRMask.penalty(modules, size: code.size)
}
