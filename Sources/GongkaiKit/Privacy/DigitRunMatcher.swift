/// Finds resident IDs, bank cards and mobile numbers in a `DigitRun`.
///
/// A value is a contiguous sequence of the run's groups laid out in one of the shapes people
/// write it in; groups outside it are separate numbers (`2026 13800138000` holds a mobile).
/// Going left to right, at each group the longest sequence (up to five groups) that forms a valid
/// value wins, and scanning resumes after it. For one sequence the order is: 18-character ID,
/// 15-digit ID, bank card, mobile — so a number that is a valid ID is never reported as a card.
enum DigitRunMatcher {
    /// The ways each kind is written, as group lengths (an ID's check character counts as a digit).
    static let residentID18Shapes: [[Int]] = [[18], [6, 8, 4], [6, 4, 4, 4], [4, 4, 4, 4, 2]]
    static let residentID15Shapes: [[Int]] = [[15], [6, 6, 3]]
    static let cardShapes: [[Int]] = [[16], [17], [18], [19], [4, 4, 4, 4], [4, 4, 4, 4, 1],
                                      [4, 4, 4, 4, 2], [4, 4, 4, 4, 3]]
    static let mobileShapes: [[Int]] = [[11], [3, 4, 4]]

    static func matches(in run: DigitRun, into out: inout [RawMatch]) {
        var g = 0
        while g < run.groups.count {
            var found = false
            for k in stride(from: min(5, run.groups.count - g), through: 1, by: -1) {
                if let m = match(run, groups: g..<(g + k)) {
                    out.append(m)
                    g += k
                    found = true
                    break
                }
            }
            if !found { g += 1 }
        }
    }

    private static func match(_ run: DigitRun, groups range: Range<Int>) -> RawMatch? {
        if range.lowerBound == 0, run.maskedBefore { return nil }
        if range.upperBound == run.groups.count, run.maskedAfter { return nil }
        let groups = run.groups[range]
        let first = groups.first!, last = groups.last!
        let total = last.firstDigit + last.digitCount - first.firstDigit
        guard (11...19).contains(total) else { return nil }  // no kind is shorter or longer
        let digits = Array(run.digits[first.firstDigit..<(last.firstDigit + last.digitCount)])
        var lengths = groups.map(\.digitCount)
        let start = first.start, end = last.end

        if let checkEnd = last.checkEnd {
            lengths[lengths.count - 1] += 1
            let id = digits + [10]
            if residentID18Shapes.contains(lengths), ResidentID.isValid18(id) {
                return RawMatch(kind: .residentID18, range: start..<checkEnd,
                                masked: Masking.residentID18(id), allowKey: key(id))
            }
            return nil  // a number glued to an X is an ID or nothing: not a card, not a phone
        }
        if residentID18Shapes.contains(lengths), ResidentID.isValid18(digits) {
            return RawMatch(kind: .residentID18, range: start..<end,
                            masked: Masking.residentID18(digits), allowKey: key(digits))
        }
        if residentID15Shapes.contains(lengths), ResidentID.isValid15(digits) {
            return RawMatch(kind: .residentID15, range: start..<end,
                            masked: Masking.residentID15(digits), allowKey: key(digits))
        }
        if cardShapes.contains(lengths), BankCard.isCardNumber(digits) {
            return RawMatch(kind: .bankCard, range: start..<end,
                            masked: Masking.bankCard(digits), allowKey: key(digits))
        }
        return mobile(run, groups: range, digits: digits, lengths: lengths)
    }

    /// `13800138000`, `138 0013 8000`, optionally after `86`, `0086` or `+86` — as its own group
    /// (`+86 138-0013-8000`) or joined (`+8613800138000`).
    private static func mobile(_ run: DigitRun, groups range: Range<Int>, digits: [UInt8],
                               lengths: [Int]) -> RawMatch? {
        let prefixLength: Int
        if mobileShapes.contains(lengths) {
            prefixLength = 0
        } else if let p = countryPrefix(digits), lengths[0] == p,
                  mobileShapes.contains(Array(lengths.dropFirst())) {
            prefixLength = p
        } else if lengths.count == 1, let p = countryPrefix(digits), lengths[0] == p + 11 {
            prefixLength = p
        } else {
            return nil
        }
        let number = Array(digits[prefixLength...])
        guard number.count == 11, number[0] == 1, number[1] >= 3 else { return nil }
        var start = run.groups[range.lowerBound].start
        var prefix: String?
        if prefixLength > 0 {
            prefix = prefixLength == 2 ? "86" : "0086"
            if range.lowerBound == 0, let plus = run.plusStart {
                start = plus
                prefix = "+" + prefix!
            }
        }
        return RawMatch(kind: .mobile, range: start..<run.groups[range.upperBound - 1].end,
                        masked: Masking.mobile(number, prefix: prefix), allowKey: key(number))
    }

    /// 2 for a leading `86`, 4 for `0086`.
    private static func countryPrefix(_ d: [UInt8]) -> Int? {
        if d.count >= 2, d[0] == 8, d[1] == 6 { return 2 }
        if d.count >= 4, d[0] == 0, d[1] == 0, d[2] == 8, d[3] == 6 { return 4 }
        return nil
    }

    private static func key(_ v: [UInt8]) -> String {
        String(decoding: v.map { $0 == 10 ? UInt8(ascii: "X") : $0 + 0x30 }, as: UTF8.self)
    }
}
