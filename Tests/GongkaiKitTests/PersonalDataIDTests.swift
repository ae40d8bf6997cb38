import Testing
@testable import GongkaiKit

private let scanner = PersonalDataScanner()

@Test func findsAKnownValidResidentID() {
    #expect(Reference.idCheckCharacter("11010519491231002") == "X")
    let m = scanner.scan("身份证号11010519491231002X。")
    #expect(m.map(\.kind) == [.residentID18])
    #expect(scanner.found("身份证号11010519491231002X。") == ["11010519491231002X"])
    #expect(m.first?.masked == "110105********002X")
    #expect(m.first?.column == 5)
}

@Test func acceptsALowerCaseCheckCharacter() {
    #expect(scanner.found("11010519491231002x") == ["11010519491231002x"])
    #expect(scanner.scan("11010519491231002x").first?.masked == "110105********002X")
}

@Test func findsAnIDWithADigitCheckCharacter() {
    let id = Reference.residentID(region: "330102", birth: "19800229", sequence: "123")
    #expect(Reference.isValidID18(id))
    #expect(scanner.found("申请人 \(id) 住址") == [id])
    #expect(scanner.kinds(id) == [.residentID18])
}

@Test func everyWrongCheckCharacterIsNotAnID() {
    for body in ["11010519491231002", "33010219800229123", "44030119991231001", "61010419700101555"] {
        for check in "0123456789X" where check != Reference.idCheckCharacter(body) {
            let number = body + String(check)
            let kinds = scanner.kinds(number)
            #expect(!kinds.contains(.residentID18), "\(number)")
            // Not an ID, but it may be a card number.
            #expect(kinds == (Reference.isCard(number) ? [.bankCard] : []), "\(number)")
        }
    }
    #expect(scanner.found("11010519491231003X") == [])  // X where the check is 0
    #expect(scanner.found("6222021234567890X") == [])  // glued to an X: an ID or nothing
}

@Test func anIDNeedsARealBirthDateAndRegion() {
    for (region, birth) in [("110105", "19490229"), ("110105", "19491301"), ("110105", "19490431"),
                            ("110105", "18991231"), ("110105", "21010101"), ("910105", "19491231"),
                            ("010105", "19491231"), ("110105", "19000229")] {
        let id = Reference.residentID(region: region, birth: birth, sequence: "002")
        #expect(!scanner.kinds(id).contains(.residentID18), "\(id)")
    }
    for birth in ["20000229", "19000101", "21001231", "19960229"] {
        let id = Reference.residentID(birth: birth, sequence: "417")
        #expect(scanner.kinds(id) == [.residentID18], "\(id)")
    }
}

@Test func findsFifteenDigitIDsWithRealDates() {
    #expect(scanner.kinds("110105491231002") == [.residentID15])
    #expect(scanner.scan("110105491231002").first?.masked == "110105*****1002")
    #expect(scanner.kinds("110105960229002") == [.residentID15])  // 1996 is a leap year
    #expect(scanner.found("110105000229002") == [])  // 1900 is not
    #expect(scanner.found("110105491331002") == [])
    #expect(scanner.found("110105490100002") == [])
    #expect(scanner.found("910105491231002") == [])
    #expect(scanner.kinds("110105 491231 002") == [.residentID15])
}

@Test func findsIDsSplitBySpacesAndInFullWidth() {
    #expect(scanner.found("号码 110105 19491231 002X 已核") == ["110105 19491231 002X"])
    #expect(scanner.found("110105-1949-1231-002X") == ["110105-1949-1231-002X"])
    #expect(scanner.found("110105\u{3000}19491231\u{3000}002X") == ["110105\u{3000}19491231\u{3000}002X"])
    let wide = Reference.fullWidth("11010519491231002X")
    #expect(scanner.found("证件：\(wide)。") == [wide])
    #expect(scanner.scan(wide).first?.masked == "110105********002X")
    #expect(scanner.found("１１０１０５ １９４９１２３１ ００２ｘ") == ["１１０１０５ １９４９１２３１ ００２ｘ"])
}

@Test func findsIDsInTablesLinksAndCSV() {
    let id = Reference.residentID(birth: "19491231", sequence: "002")
    let table = "| 姓名 | 身份证号 |\n|---|---|\n| 张三 | \(id) |\n"
    let m = scanner.scan(table)
    #expect(m.count == 1)
    #expect(m.first?.line == 3)
    #expect(m.first?.column == 8)
    #expect(scanner.found("[查看](https://example.gov.cn/p?id=\(id))") == [id])
    let csv = "姓名,身份证号,电话\n张三,11010519491231002X,13800138000\n李四,\(id),13900139000\n"
    let rows = scanner.scan(csv)
    #expect(rows.map(\.kind) == [.residentID18, .mobile, .residentID18, .mobile])
    #expect(rows.map(\.line) == [2, 2, 3, 3])
    #expect(rows.map(\.column) == [4, 23, 4, 23])
}

@Test func digitsInsideLongerNumbersAreNotIDs() {
    let id = "11010519491231002X"
    #expect(scanner.found("9" + id) == [])
    #expect(scanner.found("11010519491231002X5") == [])
    #expect(scanner.found("11330000MB0000000X/2026-00012") == [])
    #expect(scanner.found("2026" + id.dropLast()) == [])
}

@Test func alreadyMaskedIDsAreNotMatches() {
    #expect(scanner.found("110105********1234") == [])
    #expect(scanner.found("110105*****1234") == [])
    #expect(scanner.found("身份证号：110105********002X，张**") == [])
}
