import Testing
@testable import GongkaiKit

private let scanner = PersonalDataScanner()

@Test func masksEachKindInItsFormat() {
    let cases: [(String, String)] = [
        ("11010519491231002X", "110105********002X"),
        ("110105 19491231 002x", "110105********002X"),
        ("110105491231002", "110105*****1002"),
        ("13800138000", "138****8000"),
        ("+86 138 0013 8000", "+86 138****8000"),
        ("4111111111111111", "4111 **** **** 1111"),
        ("4111 1111 1111 1111", "4111 **** **** 1111"),
        (Reference.card("6228480012345678"), "6228 **** * **** 678" + String(Reference.luhnCheckDigit("6228480012345678"))),
        (Reference.card("62284800123456789"), "6228 **** ** **** 789" + String(Reference.luhnCheckDigit("62284800123456789"))),
        (Reference.card("622848001234567890"), "6228 **** *** **** 890" + String(Reference.luhnCheckDigit("622848001234567890"))),
        ("zhangsan@example.com", "z***@example.com"),
        ("Z@Example.COM", "Z***@Example.COM"),
    ]
    for (raw, masked) in cases {
        #expect(scanner.scan(raw).map(\.masked) == [masked], "\(raw)")
        #expect(scanner.mask(raw) == masked, "\(raw)")
    }
}

@Test func maskReplacesEveryMatchAndKeepsTheRest() {
    let text = "| 姓名 | 身份证号 | 电话 |\n|---|---|---|\n| 张三 | 11010519491231002X | 13800138000 |\n"
        + "邮箱：zhangsan@example.com。索引号 11330000MB0000000X/2026-00012，金额1,130元。"
    #expect(scanner.mask(text) == "| 姓名 | 身份证号 | 电话 |\n|---|---|---|\n| 张三 | 110105********002X | 138****8000 |\n"
        + "邮箱：z***@example.com。索引号 11330000MB0000000X/2026-00012，金额1,130元。")
    #expect(scanner.mask("没有个人信息。") == "没有个人信息。")
    #expect(scanner.mask("") == "")
}

@Test func maskingTwiceChangesNothingAndHidesTheDigits() {
    let card = Reference.card("622848001234567890")
    let text = "11010519491231002X 13800138000-1234-5678-9012 \(card)，4111 1111 1111 1111 5678"
        + " ＋８６１３９００１３９０００ zhao@qq.com 110105491231002"
    let once = scanner.mask(text)
    #expect(scanner.mask(once) == once)
    #expect(scanner.scan(once).isEmpty)
    for raw in ["11010519491231002X", "13800138000", card, "4111111111111111", "13900139000", "zhao@qq.com",
                "110105491231002"] {
        #expect(!once.filter(\.isNumber).contains(raw.filter(\.isNumber)) || raw.contains("@"), "\(raw)")
        #expect(!once.contains(raw), "\(raw)")
    }
}

@Test func describesAMatchWithoutItsValue() {
    let m = scanner.scan("电话：\n  13800138000")
    #expect(m.first?.description == "2:3: mobile number 138****8000")
    #expect(m.first?.location(in: "content/items/a.md", lineOffset: 5).description == "content/items/a.md:7:3")
    #expect(PersonalDataKind.allCases.map(\.rawValue) == ["resident-id", "resident-id-15", "mobile", "bank-card", "email"])
}

@Test func rangesPointIntoTheScannedText() {
    let text = "😀张三，电话１３８００１３８０００。"
    let m = scanner.scan(text)
    #expect(m.count == 1)
    #expect(m.first.map { String(text[$0.range]) } == "１３８００１３８０００")
    #expect(m.first?.column == 7)
}

@Test func reportsRosterColumnsThatAreNotAllowed() {
    let allowed = ["序号", "姓名", "所在村（社区）", "保障人数", "保障金额（元/月）", "身份证号（脱敏）"]
    #expect(PersonalDataScanner.rosterColumnProblems(header: ["序号", " 姓名 ", "保障金额（元/月）"], allowed: allowed) == [])
    #expect(PersonalDataScanner.rosterColumnProblems(header: ["序号", "姓名", "身份证号", "联系电话", "保障人数"],
                                                     allowed: allowed) == ["身份证号", "联系电话"])
    #expect(PersonalDataScanner.rosterColumnProblems(header: [], allowed: allowed) == [])
}
