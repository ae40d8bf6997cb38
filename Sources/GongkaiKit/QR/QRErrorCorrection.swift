/// A QR Code error-correction level (ISO/IEC 18004:2015 clause 7.5): the share of codewords a
/// reader can restore when part of the symbol is dirty, torn or covered.
///
/// The raw value is the level's usual name. `.m` suits printed notices; `.q` or `.h` leave room for
/// a logo or wear.
public enum QRErrorCorrection: String, CaseIterable, Sendable {
    /// About 7 % of codewords can be restored.
    case l = "L"
    /// About 15 % of codewords can be restored.
    case m = "M"
    /// About 25 % of codewords can be restored.
    case q = "Q"
    /// About 30 % of codewords can be restored.
    case h = "H"

    /// The two-bit indicator in the format information (clause 7.9, table 12).
    var formatBits: Int {
        switch self {
        case .l: 0b01
        case .m: 0b00
        case .q: 0b11
        case .h: 0b10
        }
    }
}
