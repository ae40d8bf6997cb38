/// The UTF-8 bytes of a text being scanned for personal data, read a Unicode scalar at a time.
///
/// Scanners work on byte offsets (cheap to compare, slice and turn back into `String.Index`) and
/// decode only where a decision needs the scalar. The buffer is borrowed from the `String` for the
/// duration of one scan (`String.withUTF8`) and must not escape it; it is always valid UTF-8.
struct UTF8Text {
    let bytes: UnsafeBufferPointer<UInt8>

    var count: Int { bytes.count }

    subscript(offset: Int) -> UInt8 { bytes[offset] }

    /// The scalar that starts at `offset`, and its length in bytes.
    func scalar(at offset: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(bytes[offset])
        switch b0 {
        case 0..<0x80:
            return (b0, 1)
        case 0xC0..<0xE0 where offset + 1 < count:
            return ((b0 & 0x1F) << 6 | continuation(offset + 1), 2)
        case 0xE0..<0xF0 where offset + 2 < count:
            return ((b0 & 0x0F) << 12 | continuation(offset + 1) << 6 | continuation(offset + 2), 3)
        case 0xF0..<0xF8 where offset + 3 < count:
            return ((b0 & 0x07) << 18 | continuation(offset + 1) << 12
                    | continuation(offset + 2) << 6 | continuation(offset + 3), 4)
        default:
            return (0xFFFD, 1)
        }
    }

    /// The offset where the scalar that ends at `offset` starts (`offset` > 0).
    func scalarStart(before offset: Int) -> Int {
        var i = offset - 1
        while i > 0, bytes[i] & 0xC0 == 0x80 { i -= 1 }
        return i
    }

    /// The scalar that ends at `offset`, if any, and where it starts.
    func scalar(before offset: Int) -> (value: UInt32, start: Int)? {
        guard offset > 0 else { return nil }
        let start = scalarStart(before: offset)
        return (scalar(at: start).value, start)
    }

    /// A decimal digit at `offset`, its value and length: ASCII `0`–`9`, full-width `０`–`９`, or
    /// any other scalar whose Unicode numeric type is decimal (Arabic-Indic `٣`, Devanagari `३`,
    /// mathematical bold `𝟑` …), which NFKC folds to the ASCII digit of the same value.
    func digit(at offset: Int) -> (value: UInt8, length: Int)? {
        let b = bytes[offset]
        if b &- 0x30 < 10 { return (b &- 0x30, 1) }
        if b < 0xC0 { return nil }  // other ASCII, or a continuation byte
        // Lead bytes of U+2000–U+9FFF and U+B000–U+DFFF (punctuation, CJK, Hangul): no digits there
        // (`mayBeDecimal`), and no need to decode the scalar to know it.
        if b &- 0xE2 < 8 || b &- 0xEB < 3 { return nil }
        // U+FF10…U+FF19 is EF BC 90…99 in UTF-8.
        if b == 0xEF, offset + 2 < count, bytes[offset + 1] == 0xBC, bytes[offset + 2] &- 0x90 < 10 {
            return (bytes[offset + 2] &- 0x90, 3)
        }
        let (v, length) = scalar(at: offset)
        guard Self.mayBeDecimal(v), let u = Unicode.Scalar(v), u.properties.numericType == .decimal,
              let n = u.properties.numericValue, n >= 0, n < 10 else { return nil }
        return (UInt8(n), length)
    }

    /// False for the blocks that hold no decimal digits and make up most Chinese text (CJK
    /// punctuation, kana, CJK ideographs, Hangul, full-width forms other than the digits), so the
    /// property lookup is skipped for them.
    private static func mayBeDecimal(_ v: UInt32) -> Bool {
        switch v {
        case 0x2000..<0xA000, 0xAC00..<0xD800, 0xF900..<0xFF10, 0xFF1A..<0x10000, 0x20000..<0xE0000: false
        default: true
        }
    }

    /// The bytes from `range` decoded as a `String` (ranges always fall on scalar boundaries).
    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    private func continuation(_ offset: Int) -> UInt32 { UInt32(bytes[offset] & 0x3F) }
}
