import Testing
@testable import GongkaiKit

/// Generated values checked against oracles written here and in `Reference`, not the scanner's own
/// arithmetic: every valid value, written with every separator in every grouping, is found once
/// with the right kind and range; a corpus of numbers a reader expects is never flagged.

private let scanner = PersonalDataScanner()

/// Separators the scanner documents, alone and in short runs.
private let separators = [" ", "\t", "\n", "\r\n", "\u{A0}", "\u{2000}", "\u{2001}", "\u{2002}", "\u{2003}", "\u{2004}",
                          "\u{2005}", "\u{2006}", "\u{2007}", "\u{2008}", "\u{2009}", "\u{200A}", "\u{202F}", "\u{205F}",
                          "\u{3000}", "-", "\u{2010}", "\u{2011}", "\u{2013}", "\u{2014}", "\u{2212}", "\u{FF0D}", "\u{B7}",
                          "\u{30FB}", "\u{2027}", "\u{FF65}", " - ", " \u{2014} ", "\n  ", "\u{200B} ", "-\u{AD}"]
private let ignorables = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{AD}"]

/// Mobile prefixes in use (MIIT numbering plan): 130–139, 145–149, 150–153, 155–159, 162,
/// 165–167, 170–178, 180–189, 190–199.
private let mobilePrefixes = Array(130...139) + Array(145...149) + Array(150...153) + Array(155...159) + [162]
    + Array(165...167) + Array(170...178) + Array(180...189) + Array(190...199)

private func digits(_ n: Int, _ r: inout SplitMix64) -> String {
    String((0..<n).map { _ in Character(String(r.below(10))) })
}

private func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

private func date(years: ClosedRange<Int>, _ r: inout SplitMix64) -> (Int, Int, Int) {
    while true {
        let y = years.lowerBound + r.below(years.count), m = 1 + r.below(12), d = 1 + r.below(31)
        if Reference.isDate(y, m, d) { return (y, m, d) }
    }
}

/// The digits of `s` in another script: full-width, mathematical bold, Arabic-Indic or Devanagari.
private func script(_ s: String, _ zero: UInt32) -> String {
    guard zero != 0x30 else { return s }
    return String(String.UnicodeScalarView(s.unicodeScalars.map { u in
        switch u {
        case "0"..."9": Unicode.Scalar(u.value - 0x30 + zero)!
        case "X" where zero == 0xFF10: "Ｘ"
        default: u
        }
    }))
}

private func split(_ s: String, _ lengths: [Int], _ sep: String) -> String {
    var rest = Substring(s), parts: [Substring] = []
    for n in lengths {
        parts.append(rest.prefix(n))
        rest = rest.dropFirst(n)
    }
    precondition(rest.isEmpty)
    return parts.joined(separator: sep)
}

/// ASCII digits and stars of a text, other digits read as ASCII: what a reader could piece together.
private func digitsAndStars(_ s: String) -> String {
    String(s.unicodeScalars.compactMap { u -> Character? in
        if u == "*" { return "*" }
        guard u.properties.numericType == .decimal, let v = u.properties.numericValue else { return nil }
        return Character(String(Int(v)))
    })
}

private struct Case {
    var written: String
    var digits: String  // the value's digits in ASCII
    var kind: PersonalDataKind
}

private func cards(_ r: inout SplitMix64) -> [String] {
    (16...19).map { n in
        while true {
            let start = r.pick(["62", "4", "5", "3", "9", String(2221 + r.below(500))])
            let number = Reference.card(start + digits(n - 1 - start.count, &r))
            if Reference.isCard(number) { return number }
        }
    }
}

private func cardGroupings(_ n: Int) -> [[Int]] {
    [[n], [4, 4, 4, 4] + (n > 16 ? [n - 16] : []), [6, n - 6], [4, n - 4], [6, 4, 4, n - 14], [4, 4, n - 8]]
}

private func cases(_ r: inout SplitMix64) -> [Case] {
    var out: [Case] = []
    for (i, sep) in separators.enumerated() {
        let (y, m, d) = date(years: 1900...2100, &r)
        let body = r.pick(Reference.provinces) + digits(4, &r) + "\(y)\(two(m))\(two(d))" + digits(3, &r)
        let id = body + String(Reference.idCheckCharacter(body))
        for g in [[18], [6, 8, 4], [6, 4, 4, 4], [4, 4, 4, 4, 2]] {
            out.append(Case(written: split(id, g, sep), digits: id, kind: .residentID18))
        }
        let (y2, m2, d2) = date(years: 1900...1999, &r)
        let old = r.pick(Reference.mainlandProvinces) + digits(4, &r) + two(y2 - 1900) + two(m2) + two(d2) + digits(3, &r)
        for g in [[15], [6, 6, 3]] {
            out.append(Case(written: split(old, g, sep), digits: old, kind: .residentID15))
        }
        // Every prefix in turn, each separator taking a different share of them.
        for k in stride(from: i % 3, to: mobilePrefixes.count, by: 3) {
            let number = String(mobilePrefixes[k]) + digits(8, &r)
            for g in [[11], [3, 4, 4], [4, 4, 3], [3, 3, 5]] {
                let national = split(number, g, sep)
                let prefix = r.pick(["", "+86" + sep, "86" + sep, "0086" + sep, "+86", "0086", "86", "＋86" + sep])
                out.append(Case(written: prefix + national, digits: number, kind: .mobile))
            }
        }
        for card in cards(&r) {
            for g in cardGroupings(card.count) {
                out.append(Case(written: split(card, g, sep), digits: card, kind: .bankCard))
            }
        }
    }
    return out
}

@Test func everyValidValueInEveryWritingIsFoundOnceAndMasked() {
    var r = SplitMix64(seed: 0x5CA7_7E12)
    var total = 0, detected = 0
    for (n, c) in cases(&r).enumerated() {
        var written = script(c.written, [0x30, 0x30, 0xFF10, 0x1D7CE, 0x660, 0x966][n % 6])
        if n % 7 == 0 {  // an ignorable between two digits
            let scalars = Array(written.unicodeScalars)
            let at = scalars.indices.dropFirst().first { $0 > scalars.count / 2 && scalars[$0].properties.numericType == .decimal
                && scalars[$0 - 1].properties.numericType == .decimal } ?? 0
            written = String(String.UnicodeScalarView(scalars[..<at])) + ignorables[n % ignorables.count]
                + String(String.UnicodeScalarView(scalars[at...]))
        }
        let text = "申请人张三 " + written + "，联系。"
        let m = scanner.scan(text)
        total += 1
        let ok = m.count == 1 && m[0].kind == c.kind && String(text.unicodeScalars[m[0].range]) == written
        if ok { detected += 1 }
        #expect(ok, "case \(n): \(written.debugDescription) → \(m.map { "\($0.kind) \(String(text.unicodeScalars[$0.range]).debugDescription)" })")
        let masked = scanner.mask(text)
        #expect(masked.hasPrefix("申请人张三 ") && masked.hasSuffix("，联系。"), "case \(n)")
        let visible = digitsAndStars(masked)
        let value = Array(c.digits.filter(\.isNumber))
        for start in 0...(value.count - 7) where visible.contains(String(value[start..<(start + 7)])) {
            Issue.record("case \(n): \(written.debugDescription) masked as \(masked.debugDescription) shows 7 digits")
            break
        }
        #expect(scanner.mask(masked) == masked, "case \(n)")
    }
    print("personal-data detection rate: \(detected)/\(total) = \(Double(detected) / Double(total))")
    #expect(detected == total)
}

// MARK: - Numbers a reader expects

private let creditAlphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")

/// GB 32100: the check character of the first 17 characters, by the standard's formula.
private func creditCheck(_ first17: String) -> Character {
    var sum = 0
    for (i, c) in first17.enumerated() {
        var w = 1
        for _ in 0..<i { w = w * 3 % 31 }
        sum += creditAlphabet.firstIndex(of: c)! * w
    }
    return creditAlphabet[(31 - sum % 31) % 31]
}

/// GB 11714: the check character of an eight-character organisation code.
private func orgCheck(_ first8: String) -> Character {
    let weights = [3, 7, 9, 10, 5, 8, 4, 2]
    var sum = 0
    for (w, c) in zip(weights, first8) { sum += w * (c.wholeNumberValue ?? Int(c.asciiValue! - 55)) }
    let v = 11 - sum % 11
    return v == 10 ? "X" : v == 11 ? "0" : Character(String(v))
}

/// ISO 7064 MOD 11,10: the check digit of a 工商注册号's first 14 digits.
private func registrationCheck(_ first14: String) -> Character {
    var p = 10
    for c in first14 {
        var s = (p + c.wholeNumberValue!) % 10
        if s == 0 { s = 10 }
        p = s * 2 % 11
    }
    return Character(String((11 - p) % 10))
}

private let codeLetters = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")

private func creditCode(allDigits: Bool, _ r: inout SplitMix64) -> String {
    let head = r.pick(["91", "92", "93", "11", "12", "13", "51", "52", "53", "Y1"])
    let region = r.pick(Reference.mainlandProvinces) + digits(4, &r)
    let org8 = allDigits ? digits(8, &r) : "MA" + String((0..<6).map { _ in r.pick(codeLetters) })
    let body = head + region + org8 + String(orgCheck(org8))
    return body + String(creditCheck(body))
}

private func registrationNumber(sequence: String, _ r: inout SplitMix64) -> String {
    let body = r.pick(Reference.mainlandProvinces) + digits(4, &r) + sequence
    return body + String(registrationCheck(body))
}

private let codeLabels = ["注册号：", "工商注册号：", "营业执照注册号：", "营业执照号码 ", "统一社会信用代码：", "信用代码:",
                          "组织机构代码：", "索引号：", "文号：", "编号 ", "代码："]

/// One of each kind of number a reader expects to see, by category; shared with the end-to-end suite.
func expectedNumbers(_ r: inout SplitMix64) -> [(String, String)] {
    var out: [(String, String)] = []
    let year = 1990 + r.below(40), month = 1 + r.below(12), day = 1 + r.below(28)
    // Credit codes: with letters, or all digits (labelled when they would also pass as an ID).
    let code = creditCode(allDigits: r.chance(40), &r)
    let needsLabel = code.allSatisfy(\.isNumber) && Reference.isValidID18(code)
    out.append(("credit code", (needsLabel || r.chance(50) ? r.pick(codeLabels) : "单位 ") + code))
    out.append(("registration number, labelled", r.pick(codeLabels) + registrationNumber(sequence: digits(8, &r), &r)))
    out.append(("registration number", "企业 " + registrationNumber(sequence: "0000" + digits(4, &r), &r)))
    let org = r.chance(30) ? "MA" + String((0..<6).map { _ in r.pick(codeLetters) }) : digits(8, &r)
    out.append(("organisation code", r.pick(["组织机构代码：", "机构 ", ""]) + org + "-" + String(orgCheck(org))))
    out.append(("index number", "索引号：\(creditCode(allDigits: r.chance(30), &r))/\(year)-\(String(100_000 + r.below(100_000)).dropFirst())"))
    out.append(("document number", "\(r.pick(["示民发", "县政办", "民政函"]))〔\(year)〕\(1 + r.below(300))号"))
    out.append(("date", r.pick(["\(year)-\(two(month))-\(two(day))", "\(year)年\(month)月\(day)日", "\(year)\(two(month))\(two(day))",
                                "\(year).\(two(month)).\(two(day))", "\(year)/\(month)/\(day)", "\(year) 年 \(month) 月",
                                "\(year)-\(two(month))-\(two(day)) \(two(r.below(24))):\(two(r.below(60)))"])))
    var amount = String(1 + r.below(999))
    for _ in 0..<r.below(5) { amount += "," + String(1000 + r.below(1000)).dropFirst() }
    out.append(("amount", r.pick(["", "¥", "￥"]) + amount + r.pick(["", ".00", ".\(two(r.below(100)))"]) + r.pick(["元", "万元", ""])))
    var spaced = String(1 + r.below(999))
    for _ in 0..<(2 + r.below(5)) { spaced += r.pick([" ", "\u{2009}", "\u{202F}"]) + String(1000 + r.below(1000)).dropFirst() }
    out.append(("amount with spaces", spaced + " 元"))
    out.append(("landline", r.pick(["0571-00000000", "0571-\(digits(8, &r))", "(0571)\(digits(8, &r))", "0571 \(digits(4, &r)) \(digits(4, &r))",
                                    "400-\(digits(3, &r))-\(digits(4, &r))", "0571-\(digits(8, &r))/2026", "0\(digits(2, &r))-\(digits(7, &r)) 转 \(digits(4, &r))"])))
    out.append(("11-digit non-mobile", r.pick(["1\(r.below(3))\(digits(9, &r))", "\(2 + r.below(8))\(digits(10, &r))", "12345678901"])))
    // 18 characters with a correct check character but no birth date …
    let (y, mm, _) = date(years: 1900...2100, &r)
    let badDate = r.pick(Reference.provinces) + digits(4, &r) + "\(y)" + r.pick(["13\(two(1 + r.below(28)))", "\(two(mm))32", "0230", "0000", "\(two(mm))00"])
        + digits(3, &r)
    out.append(("ID with an impossible date", r.pick(["", "编号 "]) + badDate + String(Reference.idCheckCharacter(badDate))))
    // … or no region.
    let (y3, m3, d3) = date(years: 1900...2100, &r)
    var region: String
    repeat { region = digits(2, &r) } while Reference.provinces.contains(region)
    let badRegion = region + digits(4, &r) + "\(y3)\(two(m3))\(two(d3))" + digits(3, &r)
    let written = badRegion + String(Reference.idCheckCharacter(badRegion))
    out.append(("ID with an unknown region", r.chance(50) ? written : split(written, r.pick([[6, 8, 4], [6, 4, 4, 4]]), " ")))
    let old = r.pick(Reference.mainlandProvinces) + digits(4, &r) + two(r.below(100)) + r.pick(["13", "00", "\(two(1 + r.below(12)))32"]) + digits(3, &r)
    out.append(("15 digits with an impossible date", String(old.prefix(15))))
    let codes = (0..<(3 + r.below(3))).map { _ in r.pick(Reference.mainlandProvinces) + digits(4, &r) }
    out.append(("list of region codes", codes.joined(separator: r.pick([" ", "\u{3000}", "\n"]))))
    return out
}

@Test func numbersAReaderExpectsAreNotFlagged() {
    var r = SplitMix64(seed: 0x0BE5_C0DE)
    var total = 0, flagged = 0
    var byCategory: [String: (Int, Int)] = [:]
    for n in 0..<1_500 {
        for (category, value) in expectedNumbers(&r) {
            let text = "公告：" + value + "。"
            let m = scanner.scan(text)
            total += 1
            byCategory[category, default: (0, 0)].0 += 1
            if !m.isEmpty {
                flagged += 1
                byCategory[category, default: (0, 0)].1 += 1
                Issue.record("case \(n) \(category): \(value.debugDescription) flagged as \(m.map(\.kind))")
            }
        }
    }
    print("personal-data false-positive rate: \(flagged)/\(total) = \(Double(flagged) / Double(total))")
    for (category, (count, bad)) in byCategory.sorted(by: { $0.key < $1.key }) {
        print("  \(category): \(bad)/\(count)")
    }
    #expect(flagged == 0)
}

/// Not asserted: an unlabelled registration number whose sequence happens to read as a date is
/// indistinguishable from a first-generation ID and is reported; this prints how often.
@Test func unlabelledRegistrationNumbersWithArbitrarySequences() {
    var r = SplitMix64(seed: 15)
    var flagged = 0
    let total = 5_000
    for _ in 0..<total where !scanner.scan("企业 " + registrationNumber(sequence: digits(8, &r), &r)).isEmpty {
        flagged += 1
    }
    print("unlabelled registration numbers with arbitrary sequences read as IDs: \(flagged)/\(total)")
    #expect(flagged < total / 10)
}
