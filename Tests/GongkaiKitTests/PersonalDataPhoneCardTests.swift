import Testing
@testable import GongkaiKit

private let scanner = PersonalDataScanner()

@Test func findsMobileNumbers() {
    #expect(scanner.found("联系电话13800138000，") == ["13800138000"])
    #expect(scanner.scan("13800138000").first?.masked == "138****8000")
    #expect(scanner.found("138 0013 8000") == ["138 0013 8000"])
    #expect(scanner.found("138-0013-8000") == ["138-0013-8000"])
    #expect(scanner.found("tel:13900139000") == ["13900139000"])
    #expect(scanner.found("电话：**13800138000**") == ["13800138000"])
    #expect(scanner.found("2026 13800138000") == ["13800138000"])
    #expect(scanner.found(Reference.fullWidth("19912345678")) == [Reference.fullWidth("19912345678")])
}

@Test func keepsTheCountryPrefixWithAMobile() {
    for (text, masked) in [("+86 13800138000", "+86 138****8000"), ("+8613800138000", "+86 138****8000"),
                           ("+86-138-0013-8000", "+86 138****8000"), ("86 13800138000", "86 138****8000"),
                           ("0086 138 0013 8000", "0086 138****8000"), ("＋８６ １３８００１３８０００", "+86 138****8000")] {
        let m = scanner.scan("电话\(text)。")
        #expect(m.map(\.kind) == [.mobile], "\(text)")
        #expect(m.first?.masked == masked, "\(text)")
        #expect(scanner.found("电话\(text)。") == [text])
    }
}

@Test func otherElevenDigitNumbersAndLandlinesAreNotMobiles() {
    for text in ["12345678901", "11012345678", "138001380001", "1380013800", "0571-00000000",
                 "0571-87654321", "(0571)87654321", "400-800-1234", "138-00138-000", "+87 13800138000 5"] {
        #expect(scanner.found(text).filter { $0.contains("+87") || $0.count != 11 } == [], "\(text)")
    }
    for text in ["12345678901", "11012345678", "138001380001", "1380013800", "0571-00000000",
                 "0571-87654321", "(0571)87654321", "400-800-1234", "138-00138-000", "0138001380000"] {
        #expect(scanner.found(text) == [], "\(text)")
    }
}

@Test func findsCardsThatPassLuhn() {
    let card16 = Reference.card("622202123456789")
    let card19 = Reference.card("622848001234567890")
    #expect(scanner.kinds(card16) == [.bankCard])
    #expect(scanner.kinds(card19) == [.bankCard])
    #expect(scanner.kinds(Reference.card("411111111111111")) == [.bankCard])
    #expect(scanner.kinds("4111111111111111") == [.bankCard])  // the well-known Visa test number
    let grouped = stride(from: 0, to: 16, by: 4).map { i in
        String(card16.dropFirst(i).prefix(4))
    }
    #expect(scanner.found("卡号 \(grouped.joined(separator: " ")) 开户行") == [grouped.joined(separator: " ")])
    #expect(scanner.found(grouped.joined(separator: "-")) == [grouped.joined(separator: "-")])
    let grouped19 = "6228 4800 1234 5678 90" + String(card19.last!)
    #expect(scanner.found(grouped19) == [grouped19])
    #expect(scanner.found(Reference.fullWidth(card16)) == [Reference.fullWidth(card16)])
}

@Test func offByOneAndZeroCardsAreNotCards() {
    let card = Reference.card("622202123456789")
    let last = card.last!.wholeNumberValue!
    for wrong in [(last + 1) % 10, (last + 9) % 10] {
        #expect(scanner.found(String(card.dropLast()) + String(wrong)) == [])
    }
    #expect(Reference.isLuhnValid("0000000000000000"))
    #expect(scanner.found("0000000000000000") == [])
    #expect(scanner.found("0000 0000 0000 0000") == [])
    #expect(scanner.found(Reference.card("062220212345678")) == [])  // a leading zero
    for body in ["202610150000123", "1000113100001234567", "70000000000000000", "800012345678901"] {
        #expect(scanner.found(Reference.card(body)) == [], "\(body)")  // no card issuer starts so
    }
    #expect(scanner.kinds(Reference.card("222100000000000")) == [.bankCard])
    #expect(scanner.kinds(Reference.card("272099999999999")) == [.bankCard])
    #expect(scanner.kinds(Reference.card("955990001234567890")) == [.bankCard])
    #expect(scanner.found(Reference.card("62220212345678")) == [])  // 15 digits
    #expect(scanner.found(Reference.card("62220212345678901234")) == [])  // 21 digits
    let badlyGrouped = "62220 2123 4567 89" + String(Reference.luhnCheckDigit("622202123456789"))
    #expect(scanner.found(badlyGrouped) == [])  // 5-4-4-3 is not how cards are written
}

@Test func aValidIDThatAlsoPassesLuhnIsAnID() {
    let id = (0..<1000).lazy.map { Reference.residentID(region: "330102", birth: "19750615", sequence: String(format3: $0)) }
        .first { Reference.isLuhnValid($0) }!  // a card number but for its ID check character
    #expect(scanner.kinds(id) == [.residentID18])
}

@Test func anAllDigitCreditCodeIsNotACard() {
    var codes: [String] = []
    for n in 0..<1_000 {
        let body = "91330106704" + String(1_000_000 + n).dropFirst()
        for check in 0...9 where Reference.isCreditCode(body + String(check)) {
            codes.append(body + String(check))
        }
    }
    let code = codes.first { Reference.isLuhnValid($0) && !Reference.isValidID18($0) }!
    #expect(scanner.found("中标人统一社会信用代码：\(code)") == [])
    #expect(scanner.kinds("91350100M000100Y43") == [])  // codes with letters are never digit runs of 16+
}

@Test func alreadyMaskedPhonesAndCardsAreNotMatches() {
    for text in ["138****1234", "+86 138****1234", "6222 **** **** 1234", "6222********1234",
                 "6222 **** *** **** 1234", "张**，138****1234"] {
        #expect(scanner.found(text) == [], "\(text)")
    }
}

private extension String {
    /// Three digits with leading zeros.
    init(format3 n: Int) {
        let s = String(n % 1000)
        self = String(repeating: "0", count: 3 - s.count) + s
    }
}
