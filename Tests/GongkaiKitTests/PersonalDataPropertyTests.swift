import Testing
@testable import GongkaiKit

private let scanner = PersonalDataScanner()

/// Chinese text and punctuation with no digits, Latin letters, separators, `+`, `*` or `.`, so
/// nothing in it can join with a planted value.
private let filler = Array("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说"
    + "民政局县乡镇村社区低保救助补贴公示名单申请审核发放金额办理电话联系地址邮箱身份证号码银行卡，。、；：（）《》“”！？\n")

private struct Planted {
    var text: String
    var kind: PersonalDataKind
    var masked: String
}

private func digits(_ n: Int, _ random: inout SplitMix64) -> String {
    String((0..<n).map { _ in Character(String(random.below(10))) })
}

private func separator(_ random: inout SplitMix64) -> String { random.pick([" ", "-", "\u{3000}", "\u{A0}", "－"]) }

private func grouped(_ s: String, _ lengths: [Int], _ random: inout SplitMix64) -> String {
    let sep = separator(&random)
    var rest = Substring(s), parts: [Substring] = []
    for n in lengths where !rest.isEmpty {
        parts.append(rest.prefix(n))
        rest = rest.dropFirst(n)
    }
    return parts.joined(separator: random.chance(80) ? sep : separator(&random))
}

private func widen(_ s: String, _ random: inout SplitMix64) -> String {
    random.chance(15) ? Reference.fullWidth(s) : s
}

private func residentID(_ random: inout SplitMix64) -> Planted {
    var birth: String
    repeat {
        birth = String(1900 + random.below(201)) + String(101 + random.below(12)).dropFirst() + String(101 + random.below(31)).dropFirst()
    } while !Reference.isDate(Int(birth.prefix(4))!, Int(birth.dropFirst(4).prefix(2))!, Int(birth.suffix(2))!)
    let id = Reference.residentID(region: random.pick(Reference.provinces) + digits(4, &random), birth: birth,
                                  sequence: digits(3, &random))
    let masked = id.prefix(6) + "********" + id.suffix(4)
    var text = random.chance(30) && id.hasSuffix("X") ? String(id.dropLast()) + "x" : id
    switch random.below(4) {
    case 0: text = grouped(text, [6, 8, 4], &random)
    case 1: text = grouped(text, [6, 4, 4, 4], &random)
    default: break
    }
    return Planted(text: widen(text, &random), kind: .residentID18, masked: String(masked))
}

private func oldResidentID(_ random: inout SplitMix64) -> Planted {
    var birth: String
    repeat {
        birth = digits(2, &random) + String(101 + random.below(12)).dropFirst() + String(101 + random.below(31)).dropFirst()
    } while !Reference.isDate(1900 + Int(birth.prefix(2))!, Int(birth.dropFirst(2).prefix(2))!, Int(birth.suffix(2))!)
    let id = random.pick(Reference.mainlandProvinces) + digits(4, &random) + birth + digits(3, &random)
    let text = random.chance(30) ? grouped(id, [6, 6, 3], &random) : id
    return Planted(text: widen(text, &random), kind: .residentID15, masked: id.prefix(6) + "*****" + id.suffix(4))
}

private func mobile(_ random: inout SplitMix64) -> Planted {
    let number = "1" + String(3 + random.below(7)) + digits(9, &random)
    let body = random.chance(40) ? grouped(number, [3, 4, 4], &random) : number
    let prefix = random.pick(["", "", "", "+86", "86", "0086"])
    let joint = prefix.isEmpty ? "" : random.chance(70) ? separator(&random) : (body == number ? "" : " ")
    let masked = (prefix.isEmpty ? "" : prefix + " ") + number.prefix(3) + "****" + number.suffix(4)
    return Planted(text: widen(prefix + joint + body, &random), kind: .mobile, masked: masked)
}

private func card(_ random: inout SplitMix64) -> Planted {
    var number: String
    repeat {
        let start = random.pick(["62", "4", "5", "3", "9"])
        number = Reference.card(start + digits(15 + random.below(4) - start.count, &random))
    } while !Reference.isCard(number)
    let hidden = number.count - 8
    let masked = ([String(number.prefix(4)), "****"] + (hidden > 8 ? [String(repeating: "*", count: hidden - 8)] : [])
        + ["****", String(number.suffix(4))]).joined(separator: " ")
    let text = random.chance(50) ? grouped(number, [4, 4, 4, 4, 3], &random) : number
    return Planted(text: widen(text, &random), kind: .bankCard, masked: masked)
}

private func email(_ random: inout SplitMix64) -> Planted {
    let letters = Array("abcdefghijklmnopqrstuvwxyz"), inner = Array("abcdefghijklmnopqrstuvwxyz0123456789._-+")
    var local = String(random.pick(letters))
    for _ in 0..<random.below(10) { local.append(random.pick(inner)) }
    local.append(random.pick(letters))
    let labels = (0...random.below(3)).map { _ in String((0...random.below(8)).map { _ in random.pick(letters) }) }
    let domain = (labels + [random.pick(["cn", "com", "gov.cn", "org"])]).joined(separator: ".")
    let at = random.chance(20) ? "＠" : "@"
    return Planted(text: local + at + domain, kind: .email, masked: "\(local.prefix(1))***@\(domain)")
}

private func fill(_ random: inout SplitMix64, atLeast minimum: Int) -> String {
    String((0..<(minimum + random.below(12))).map { _ in random.pick(filler) })
}

@Test func findsAndMasksPlantedValuesAtTheirPlaces() {
    var random = SplitMix64(seed: 0x6F6E_676B_6169)
    for n in 0..<400 {
        var text = fill(&random, atLeast: 0), expected = text
        var planted: [(Planted, Int, Int, Int)] = []  // value, utf-8 offset, line, column
        for _ in 0..<random.below(6) {
            let p = [residentID, oldResidentID, mobile, card, email][random.below(5)](&random)
            let before = text.split(separator: "\n", omittingEmptySubsequences: false)
            planted.append((p, text.utf8.count, before.count, before.last!.unicodeScalars.count + 1))
            text += p.text
            expected += p.masked
            let gap = fill(&random, atLeast: 1)
            text += gap
            expected += gap
        }
        let matches = scanner.scan(text)
        #expect(matches.count == planted.count, "case \(n): \(text.debugDescription)")
        for (m, (p, offset, line, column)) in zip(matches, planted) {
            #expect(m.kind == p.kind, "case \(n): \(p.text)")
            #expect(String(text.unicodeScalars[m.range]) == p.text, "case \(n)")
            #expect(text.utf8.distance(from: text.startIndex, to: m.range.lowerBound) == offset, "case \(n)")
            #expect((m.line, m.column) == (line, column), "case \(n): \(p.text)")
            #expect(m.masked == p.masked, "case \(n): \(p.text)")
        }
        let masked = scanner.mask(text)
        #expect(masked == expected, "case \(n)")
        #expect(scanner.mask(masked) == masked, "case \(n)")
        for (p, _, _, _) in planted {
            #expect(!masked.contains(p.text), "case \(n): \(p.text)")
        }
    }
}

private func negative(_ random: inout SplitMix64) -> String {
    let year = String(1990 + random.below(40)), month = String(1 + random.below(12)), day = String(1 + random.below(28))
    let serial = String(100_000 + random.below(100_000)).dropFirst()
    let letters = Array("ABCDEFGHJKLMNPQRTUWXY")
    switch random.below(10) {
    case 0:  // 索引号
        let code = String(1 + random.below(9)) + digits(7, &random) + String(random.pick(letters))
            + String(random.pick(letters)) + digits(7, &random) + String(random.pick(letters))
        return "\(code)/\(year)-\(serial)"
    case 1: return "\(year)-\(String(100 + Int(month)!).dropFirst())-\(String(100 + Int(day)!).dropFirst())"
    case 2: return "\(year)年\(month)月\(day)日"
    case 3: return "\(year)\(String(100 + Int(month)!).dropFirst())\(String(100 + Int(day)!).dropFirst())"
    case 4:  // money with thousands separators
        var amount = String(1 + random.below(999))
        for _ in 0..<random.below(4) { amount += "," + String(1000 + random.below(1000)).dropFirst() }
        return random.pick(["", "¥", "￥"]) + amount + random.pick(["", ".00", "." + digits(2, &random)]) + random.pick(["元", "", "万元"])
    case 5: return String(1 + random.below(9)) + digits(random.below(9), &random) + "." + digits(2, &random) + "元"
    case 6: return random.pick(["示民发", "民政", "县政办"]) + "〔\(year)〕\(1 + random.below(300))号"
    case 7: return "\(year)-\(serial)"
    case 8: return "0" + digits(2 + random.below(2), &random) + "-" + digits(7 + random.below(2), &random)
    default: return "\(year)年第\(1 + random.below(60))期"
    }
}

@Test func indexNumbersDatesAmountsAndDocumentNumbersAreNotPersonalData() {
    var random = SplitMix64(seed: 20_260_015)
    for n in 0..<2_000 {
        var text = ""
        for _ in 0..<(1 + random.below(8)) { text += negative(&random) + fill(&random, atLeast: 1) }
        #expect(scanner.scan(text).isEmpty, "case \(n): \(text)")
        #expect(scanner.mask(text) == text)
    }
}

@Test func pathologicalInputsTakeLinearTime() {
    let start = ContinuousClock.now
    #expect(scanner.scan(String(repeating: "1 ", count: 100_000)).isEmpty)
    #expect(scanner.scan(String(repeating: "1", count: 500_000)).isEmpty)
    #expect(scanner.scan(String(repeating: "a@", count: 100_000)).isEmpty)
    #expect(scanner.scan(String(repeating: "a.", count: 100_000) + "@" + String(repeating: "b.", count: 100_000)).isEmpty)
    #expect(scanner.scan(String(repeating: "****1234 ", count: 50_000)).isEmpty)
    #expect(scanner.scan(String(repeating: "13800138000 ", count: 20_000)).count == 20_000)
    #expect(ContinuousClock.now - start < .seconds(20))
}
