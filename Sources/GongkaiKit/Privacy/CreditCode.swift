/// The check of a 统一社会信用代码 (unified social credit code, GB 32100-2015).
///
/// Organisations' codes are 18 characters and often all digits, so about one in ten would pass
/// the Luhn check and be mistaken for a bank card in every procurement notice that names a
/// bidder. An 18-digit run whose last digit is the code's own mod-31 check is therefore read as a
/// credit code, not a card (one 18-digit card number in 31 would pass too; 18-digit cards are rare).
/// One resident ID in 31 passes the check as well, so a run that is both a valid ID and a valid
/// code is read as a code only when a label names it (see `CodeLabel`).
enum CreditCode {
    /// Weights 3^i mod 31 for the first 17 characters.
    private static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

    private static let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY".utf8)

    /// The value (0–30) of an ASCII character of the code's alphabet (`I`, `O`, `S`, `V`, `Z`
    /// are not in it).
    static func value(of byte: UInt8) -> UInt8? {
        alphabet.firstIndex(of: byte).map { UInt8($0) }
    }

    /// 18 values 0–30 whose last is the check character of the first 17.
    static func isValid(values v: [UInt8]) -> Bool {
        guard v.count == 18 else { return false }
        var sum = 0
        for (w, d) in zip(weights, v) { sum += w * Int(d) }
        return (31 - sum % 31) % 31 == Int(v[17])
    }

    /// 18 digit values whose last is the GB 32100 check character of the first 17; a last value
    /// of 10 stands for the check character `X` (29 in the code's alphabet
    /// `0123456789ABCDEFGHJKLMNPQRTUWXY`).
    static func isValid(digits v: [UInt8]) -> Bool {
        guard v.count == 18 else { return false }
        var sum = 0
        for (w, d) in zip(weights, v) { sum += w * Int(d) }
        let last = v[17] == 10 ? 29 : Int(v[17])
        return (31 - sum % 31) % 31 == last
    }
}
