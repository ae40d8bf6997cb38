/// The checks that make a digit string a resident ID number (居民身份证号码).
///
/// 18 characters (GB 11643-1999): a six-digit region code, the birth date as YYYYMMDD, a
/// three-digit sequence and a check character from ISO 7064 MOD 11-2 (`X` stands for 10).
/// 15 digits (the format before 1999): region code, YYMMDD birth date in the 1900s, sequence.
/// Region codes start with 1–8; the birth date must exist on the calendar.
enum ResidentID {
    /// Weights 2^(17−i) mod 11 for the first 17 characters.
    private static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

    /// The check value (0–10, 10 meaning `X`) for the first 17 digits.
    static func checkValue(_ first17: ArraySlice<UInt8>) -> UInt8 {
        var sum = 0
        for (w, d) in zip(weights, first17) { sum += w * Int(d) }
        return UInt8((12 - sum % 11) % 11)
    }

    /// 18 values, 0–9 each, except the last, which may be 10 (`X`).
    static func isValid18(_ v: [UInt8]) -> Bool {
        guard v.count == 18, (1...8).contains(v[0]), v[..<17].allSatisfy({ $0 < 10 }) else { return false }
        let year = number(v[6..<10])
        guard (1900...2100).contains(year),
              isDate(year: year, month: number(v[10..<12]), day: number(v[12..<14])) else { return false }
        return checkValue(v[..<17]) == v[17]
    }

    /// 15 values, 0–9 each.
    static func isValid15(_ v: [UInt8]) -> Bool {
        guard v.count == 15, (1...8).contains(v[0]) else { return false }
        return isDate(year: 1900 + number(v[6..<8]), month: number(v[8..<10]), day: number(v[10..<12]))
    }

    static func isDate(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= days[month - 1]
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int {
        digits.reduce(0) { $0 * 10 + Int($1) }
    }
}
