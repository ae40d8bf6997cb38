/// The checks that make a digit string a resident ID number (居民身份证号码).
///
/// 18 characters (GB 11643-1999): a six-digit region code, the birth date as YYYYMMDD (a real
/// calendar date, 1900–2100), a three-digit sequence and a check character from ISO 7064
/// MOD 11-2 (`X` stands for 10).
/// 15 digits (the format before 1999): region code, YYMMDD birth date in the 1900s (a real date),
/// sequence.
///
/// The region code's first two digits must be a province-level code of GB/T 2260:
/// 11 北京 12 天津 13 河北 14 山西 15 内蒙古, 21 辽宁 22 吉林 23 黑龙江, 31 上海 32 江苏 33 浙江
/// 34 安徽 35 福建 36 江西 37 山东, 41 河南 42 湖北 43 湖南 44 广东 45 广西 46 海南, 50 重庆
/// 51 四川 52 贵州 53 云南 54 西藏, 61 陕西 62 甘肃 63 青海 64 宁夏 65 新疆, 71 台湾; and for the
/// 18-character numbers of residence permits, 81 香港 82 澳门 83 台湾 (GB/T 2260 has no 83; the
/// permits for Taiwan residents use it). First-generation 15-digit IDs were issued on the
/// mainland only, so for them the code must be one of 11–65.
enum ResidentID {
    /// Weights 2^(17−i) mod 11 for the first 17 characters.
    private static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

    /// The check value (0–10, 10 meaning `X`) for the first 17 digits.
    static func checkValue(_ first17: ArraySlice<UInt8>) -> UInt8 {
        var sum = 0
        for (w, d) in zip(weights, first17) { sum += w * Int(d) }
        return UInt8((12 - sum % 11) % 11)
    }

    /// 18 values whose last (0–10) is the MOD 11-2 check of the first 17 (0–9), whatever their
    /// date and region: a number that is shaped like an ID in this way is not read as a card.
    static func hasValidCheck(_ v: [UInt8]) -> Bool {
        v.count == 18 && v[..<17].allSatisfy({ $0 < 10 }) && checkValue(v[..<17]) == v[17]
    }

    /// 18 values, 0–9 each, except the last, which may be 10 (`X`).
    static func isValid18(_ v: [UInt8]) -> Bool {
        guard v.count == 18, isProvince(v[0], v[1], mainlandOnly: false), hasValidCheck(v) else { return false }
        let year = number(v[6..<10])
        return (1900...2100).contains(year) && isDate(year: year, month: number(v[10..<12]), day: number(v[12..<14]))
    }

    /// 15 values, 0–9 each.
    static func isValid15(_ v: [UInt8]) -> Bool {
        guard v.count == 15, isProvince(v[0], v[1], mainlandOnly: true) else { return false }
        return isDate(year: 1900 + number(v[6..<8]), month: number(v[8..<10]), day: number(v[10..<12]))
    }

    /// Whether two digits are a GB/T 2260 province-level code (with 81–83 unless `mainlandOnly`).
    static func isProvince(_ a: UInt8, _ b: UInt8, mainlandOnly: Bool) -> Bool {
        switch (a, b) {
        case (1, 1...5), (2, 1...3), (3, 1...7), (4, 1...6), (5, 0...4), (6, 1...5): true
        case (7, 1), (8, 1...3): !mainlandOnly
        default: false
        }
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
