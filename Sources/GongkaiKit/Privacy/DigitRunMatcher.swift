/// Finds resident IDs, bank cards and mobile numbers among the groups of digit runs.
///
/// A value is a contiguous sequence of one run's groups (at most `maxGroups`) laid out in one of
/// the shapes people write it in; groups outside it are separate numbers (`2026 13800138000` holds
/// a mobile). For one sequence the order is: 18-character ID, 15-digit ID, bank card, mobile — so
/// a number that is a valid ID is never reported as a card.
///
/// Going left to right, at each group the sequences that form a valid value compete: each scores
/// its digits plus those of the longest value right after it, the highest score wins (the longer
/// on a tie), and scanning resumes after it. So `6222 0212 3456 7890` followed on the next line by
/// `138 0013 8000` is a card and a mobile, not a 19-digit card that swallows the mobile's `138`.
/// Groups are held in a window of `2 × maxGroups`, so the work per group is constant.
///
/// Shapes (group lengths; an ID's check character counts as a digit):
/// - 18-character ID: 18, 6-8-4, 6-4-4-4, 4-4-4-4-2.
/// - 15-digit ID: 15, 6-6-3 — unless a label such as 注册号 stands before it (`CodeLabel`).
/// - bank card: see `isCardShape`.
/// - mobile: 11, 3-4-4, 4-4-3, 3-3-5, each optionally after `86`, `0086` or `+86`, as its own
///   group or joined to the first (`+86 138 0013 8000`, `+8613800138000`).
struct DigitRunMatcher {
    static let residentID18Shapes: [[Int]] = [[18], [6, 8, 4], [6, 4, 4, 4], [4, 4, 4, 4, 2]]
    static let residentID15Shapes: [[Int]] = [[15], [6, 6, 3]]
    static let mobileShapes: [[Int]] = [[11], [3, 4, 4], [4, 4, 3], [3, 3, 5]]
    /// No value is written in more groups than this (`+86 138 0013 8000`, `6222 0212 3456 7890 123`,
    /// `622848 0012 3456 7890 1`).
    static let maxGroups = 6

    let text: UTF8Text
    private(set) var found: [RawMatch] = []
    private var pending: [DigitGroup] = []
    private var edges = DigitRunEdges()
    /// `pending[0]` is the first group of its run / the run's last group has been read.
    private var atRunStart = true
    private var runEnded = false
    private var maskedAfter = false
    private var digits: [UInt8] = []
    private var lengths: [Int] = []

    init(text: UTF8Text) {
        self.text = text
        pending.reserveCapacity(2 * Self.maxGroups + 1)
    }

    /// Every match of the digit runs in `text`, in order.
    static func matches(in text: UTF8Text) -> [RawMatch] {
        var matcher = DigitRunMatcher(text: text)
        DigitRun.read(text, start: { matcher.start($0) }, group: { matcher.add($0) },
                      end: { matcher.end(maskedAfter: $0) })
        return matcher.found
    }

    mutating func start(_ e: DigitRunEdges) {
        edges = e
        atRunStart = true
        runEnded = false
    }

    mutating func add(_ g: DigitGroup) {
        pending.append(g)
        while pending.count >= 2 * Self.maxGroups { step() }
    }

    mutating func end(maskedAfter: Bool) {
        runEnded = true
        self.maskedAfter = maskedAfter
        while !pending.isEmpty { step() }
    }

    /// Decides what the first pending group starts and drops what it used.
    private mutating func step() {
        var best: (match: RawMatch, groups: Int, score: Int)?
        for k in stride(from: min(Self.maxGroups, pending.count), through: 1, by: -1) {
            guard let m = match(0, k) else { continue }
            let own = digitCount(0, k)
            let next = longest(at: k)
            let score = own + next
            if best == nil || score > best!.score { best = (m, k, score) }
        }
        if let best {
            found.append(best.match)
            drop(best.groups)
        } else {
            drop(1)
        }
    }

    /// Digits in the longest value that starts at pending group `g`, or 0.
    private mutating func longest(at g: Int) -> Int {
        guard g < pending.count else { return 0 }
        for k in stride(from: min(Self.maxGroups, pending.count - g), through: 1, by: -1)
        where match(g, g + k) != nil {
            return digitCount(g, g + k)
        }
        return 0
    }

    private mutating func drop(_ k: Int) {
        pending.removeFirst(k)
        atRunStart = false
    }

    private func digitCount(_ lo: Int, _ hi: Int) -> Int {
        var n = 0
        for g in lo..<hi { n += pending[g].digitCount }
        return n
    }

    /// The value made of pending groups `lo..<hi`, if they make one.
    private mutating func match(_ lo: Int, _ hi: Int) -> RawMatch? {
        let isRunEnd = runEnded && hi == pending.count
        if lo == 0, atRunStart, edges.maskedBefore { return nil }
        if isRunEnd, maskedAfter { return nil }
        // A check character can only end a run.
        if pending[hi - 1].checkEnd != nil, !isRunEnd { return nil }
        var total = 0
        for g in lo..<hi {
            guard pending[g].digitCount <= DigitGroup.longest, !pending[g].inCreditCode else { return nil }
            total += pending[g].digitCount
        }
        guard (11...19).contains(total) else { return nil }  // no kind is shorter or longer
        digits.removeAll(keepingCapacity: true)
        lengths.removeAll(keepingCapacity: true)
        for g in lo..<hi {
            pending[g].appendDigits(to: &digits)
            lengths.append(pending[g].digitCount)
        }
        let first = pending[lo], last = pending[hi - 1]
        let start = first.start, end = last.end

        if let checkEnd = last.checkEnd {
            lengths[lengths.count - 1] += 1
            digits.append(10)
            if Self.residentID18Shapes.contains(lengths), ResidentID.isValid18(digits),
               !(CreditCode.isValid(digits: digits) && CodeLabel.precedes(start, in: text)) {
                return RawMatch(kind: .residentID18, range: start..<checkEnd,
                                masked: Masking.residentID18(digits), allowKey: Self.key(digits))
            }
            return nil  // a number glued to an X is an ID or nothing: not a card, not a phone
        }
        if Self.residentID18Shapes.contains(lengths), ResidentID.isValid18(digits) {
            guard !(CreditCode.isValid(digits: digits) && CodeLabel.precedes(start, in: text)) else { return nil }
            return RawMatch(kind: .residentID18, range: start..<end,
                            masked: Masking.residentID18(digits), allowKey: Self.key(digits))
        }
        if Self.residentID15Shapes.contains(lengths), ResidentID.isValid15(digits) {
            guard !CodeLabel.precedes(start, in: text) else { return nil }
            return RawMatch(kind: .residentID15, range: start..<end,
                            masked: Masking.residentID15(digits), allowKey: Self.key(digits))
        }
        if Self.isCardShape(lengths), BankCard.isCardNumber(digits) {
            return RawMatch(kind: .bankCard, range: start..<end,
                            masked: Masking.bankCard(digits), allowKey: Self.key(digits))
        }
        return mobile(lo, hi)
    }

    /// How a card number may be grouped: unbroken; or a first group of 4 (as printed on cards) or
    /// 6 digits (the issuer identification number), any number of groups of 4, and a last group of
    /// any length. That covers 4-4-4-4, 4-4-4-4-3, 6-13, 6-12, 4-4-4-7 …, and keeps out runs of
    /// other numbers: lists of six-digit codes (`310000 310001 310002`), thousands written with
    /// spaces (`1 130 000`), a 4-digit year before a number.
    static func isCardShape(_ lengths: [Int]) -> Bool {
        guard lengths.count > 1 else { return true }
        guard lengths[0] == 4 || lengths[0] == 6 else { return false }
        for l in lengths.dropFirst().dropLast() where l != 4 { return false }
        return true
    }

    /// `13800138000`, `138 0013 8000`, `1380 0138 000`, `138 001 38000`, optionally after `86`,
    /// `0086` or `+86` — as its own group (`+86 138-0013-8000`) or joined (`+8613800138000`).
    private mutating func mobile(_ lo: Int, _ hi: Int) -> RawMatch? {
        var prefixLength = 0
        if !Self.mobileShapes.contains(lengths) {
            guard let p = Self.countryPrefix(digits), lengths[0] >= p else { return nil }
            if lengths[0] == p { lengths.removeFirst() } else { lengths[0] -= p }
            guard Self.mobileShapes.contains(lengths) else { return nil }
            prefixLength = p
        }
        let number = Array(digits[prefixLength...])
        guard number.count == 11, number[0] == 1, number[1] >= 3 else { return nil }
        var start = pending[lo].start
        var prefix: String?
        if prefixLength > 0 {
            prefix = prefixLength == 2 ? "86" : "0086"
            if lo == 0, atRunStart, let plus = edges.plusStart {
                start = plus
                prefix = "+" + prefix!
            }
        }
        return RawMatch(kind: .mobile, range: start..<pending[hi - 1].end,
                        masked: Masking.mobile(number, prefix: prefix), allowKey: Self.key(number))
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
