/// A QR Code symbol (ISO/IEC 18004:2015, model 2) that carries a text as UTF-8 in byte mode.
///
/// The encoder picks the smallest version (1–40) that holds the text at the level asked for, and
/// the mask with the lowest penalty (the lowest-numbered one on a tie). The same text and level
/// always give the same symbol.
///
/// ```swift
/// let code = try QRCode("https://mzj.example.gov.cn/gongkai/items/dibao-xinzeng-2026-11.html")
/// let svg = code.svg(title: "link to this notice")
/// ```
public struct QRCode: Sendable, Equatable {
    /// 1–40; the symbol has 17 + 4 × version modules per side.
    public let version: Int
    public let level: QRErrorCorrection
    /// The data mask pattern used, 0–7 (clause 7.8.2).
    public let mask: Int
    /// Modules per side, without the quiet zone.
    public let size: Int
    /// Row-major, `true` for dark.
    private let modules: [Bool]

    /// Encodes `text`'s UTF-8 bytes in byte mode. Text beyond ASCII is preceded by the ECI header
    /// for UTF-8 (ECI 000026, clause 7.3.2): without it, readers guess the encoding of byte-mode
    /// data, and zbar misreads a lone "关" or "é". ASCII text, such as a link, is the same in
    /// every encoding and needs no header.
    public init(_ text: String, level: QRErrorCorrection = .m) throws(QRError) {
        let bytes = Array(text.utf8)
        try self.init(bytes: bytes, level: level, eci: bytes.contains { $0 >= 0x80 })
    }

    /// Encodes `bytes`, after the UTF-8 ECI header if `eci`; `mask` forces a mask pattern instead
    /// of the one with the lowest penalty.
    init(bytes: [UInt8], level: QRErrorCorrection, eci: Bool, mask forcedMask: Int? = nil) throws(QRError) {
        guard let version = QRCodewords.smallestVersion(byteCount: bytes.count, level: level, eci: eci) else {
            let capacity = QRCodewords.byteCapacity(version: 40, level: level, eci: eci)
            throw .textTooLong(byteCount: bytes.count, level: level, capacity: capacity)
        }
        let spec = QRVersionSpec.of(version)
        let layout = spec.layout(level)
        let data = QRCodewords.data(bytes, eci: eci, version: version, count: layout.dataCodewords)

        var matrix = QRMatrix(spec: spec)
        matrix.place(QRCodewords.interleaved(data, layout: layout))

        // All eight masks, scored with the format information in place; the first lowest wins (7.8).
        let masks = forcedMask.map { [$0] } ?? Array(0..<8)
        var best = Self.masked(matrix, mask: masks[0], level: level)
        for mask in masks.dropFirst() {
            let candidate = Self.masked(matrix, mask: mask, level: level)
            if candidate.penalty < best.penalty { best = candidate }
        }

        self.version = version
        self.level = level
        self.mask = best.mask
        self.size = spec.size
        self.modules = best.matrix.modules
    }

    private static func masked(_ matrix: QRMatrix, mask: Int, level: QRErrorCorrection)
        -> (mask: Int, penalty: Int, matrix: QRMatrix) {
        var result = matrix
        result.applyMask(mask)
        result.drawFormatInformation(QRMatrix.formatBits(level: level, mask: mask))
        return (mask, QRMask.penalty(result.modules, size: result.size), result)
    }

    /// Whether the module in column `x`, row `y` (from the top left, 0-based) is dark. Modules
    /// outside the symbol belong to the quiet zone and are light.
    public func isDark(x: Int, y: Int) -> Bool {
        guard (0..<size).contains(x), (0..<size).contains(y) else { return false }
        return modules[y * size + x]
    }
}
