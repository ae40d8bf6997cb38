/// The codeword sequence a symbol carries: the text in byte mode (ISO/IEC 18004:2015 clause 7.4),
/// each block's error-correction codewords (7.5) and the blocks interleaved (7.6).
enum QRCodewords {
    /// Byte mode's indicator (table 2).
    static let byteModeIndicator = 0b0100

    /// ECI mode's indicator (table 2) and the one-codeword designator of ECI 000026, UTF-8 (7.3.2).
    static let utf8ECIHeader = 0b0111 << 8 | 26

    /// Length of the character count indicator in byte mode (table 3).
    static func countIndicatorBits(version: Int) -> Int {
        version <= 9 ? 8 : 16
    }

    /// The most bytes a symbol of `version` holds at `level` in one byte-mode segment, after the
    /// 12-bit UTF-8 ECI header if `eci`.
    static func byteCapacity(version: Int, level: QRErrorCorrection, eci: Bool) -> Int {
        let dataBits = QRVersionSpec.of(version).layout(level).dataCodewords * 8
        return (dataBits - (eci ? 12 : 0) - 4 - countIndicatorBits(version: version)) / 8
    }

    /// The smallest version that holds `byteCount` bytes at `level`, or nil past version 40.
    static func smallestVersion(byteCount: Int, level: QRErrorCorrection, eci: Bool) -> Int? {
        (1...40).first { byteCapacity(version: $0, level: level, eci: eci) >= byteCount }
    }

    /// The UTF-8 ECI header if `eci`, byte mode's indicator, the count, the bytes, then the
    /// terminator, zero bits to the next codeword boundary and the pad codewords 11101100 00010001
    /// in turn until `count` codewords (7.4.9, 7.4.10).
    static func data(_ bytes: [UInt8], eci: Bool, version: Int, count: Int) -> [UInt8] {
        var buffer = QRBitBuffer(capacity: count * 8)
        if eci { buffer.append(utf8ECIHeader, bits: 12) }
        buffer.append(byteModeIndicator, bits: 4)
        buffer.append(bytes.count, bits: countIndicatorBits(version: version))
        for byte in bytes { buffer.append(Int(byte), bits: 8) }
        buffer.append(0, bits: min(4, count * 8 - buffer.count))
        buffer.append(0, bits: (8 - buffer.count % 8) % 8)
        var codewords = buffer.bytes
        var pad: UInt8 = 0xEC
        while codewords.count < count {
            codewords.append(pad)
            pad = pad == 0xEC ? 0x11 : 0xEC
        }
        return codewords
    }

    /// Splits `data` into the layout's blocks, computes each block's error-correction codewords and
    /// interleaves: the first data codeword of every block, then the second …, then the
    /// error-correction codewords the same way (7.6).
    static func interleaved(_ data: [UInt8], layout: QRBlockLayout) -> [UInt8] {
        var blocks: [ArraySlice<UInt8>] = []
        var start = 0
        for group in layout.groups {
            for _ in 0..<group.blocks {
                blocks.append(data[start..<start + group.dataCodewordsPerBlock])
                start += group.dataCodewordsPerBlock
            }
        }
        let encoder = ReedSolomon(degree: layout.ecCodewordsPerBlock)
        let corrections = blocks.map { encoder.codewords(for: $0) }

        var result: [UInt8] = []
        result.reserveCapacity(data.count + corrections.count * layout.ecCodewordsPerBlock)
        let longest = blocks.map(\.count).max() ?? 0
        for index in 0..<longest {
            for block in blocks where index < block.count {
                result.append(block[block.startIndex + index])
            }
        }
        for index in 0..<layout.ecCodewordsPerBlock {
            for correction in corrections { result.append(correction[index]) }
        }
        return result
    }
}
