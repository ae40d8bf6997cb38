import Testing
@testable import GongkaiKit

private let scanner = PersonalDataScanner()

/// The one match in `text`: its kind and the text it covers.
private func only(_ text: String) -> (PersonalDataKind, String)? {
    let m = scanner.scan(text)
    guard m.count == 1 else { return nil }
    return (m[0].kind, String(text.unicodeScalars[m[0].range]))
}

@Test(arguments: [" ", "\t", "\n", "\r\n", "\u{A0}", "\u{2000}", "\u{2002}", "\u{2009}", "\u{200A}", "\u{202F}",
                  "\u{205F}", "\u{3000}", "-", "\u{2010}", "\u{2011}", "\u{2013}", "\u{2014}", "\u{2212}", "\u{FF0D}",
                  "\u{B7}", "\u{30FB}", "\u{2027}", "\u{FF65}", " - ", " \u{2013} ", "\n  ", "\u{3000}\u{3000}"])
func eachSeparatorJoinsTheGroupsOfANumber(_ sep: String) {
    let mobile = "138\(sep)0013\(sep)8000"
    #expect(only("电话：\(mobile)。")! == (.mobile, mobile), "\(sep.debugDescription)")
    #expect(scanner.scan(mobile).first?.masked == "138****8000")
    let id = "110105\(sep)1949\(sep)1231\(sep)002X"
    #expect(only("身份证\(id)，")! == (.residentID18, id), "\(sep.debugDescription)")
    #expect(scanner.scan(id).first?.masked == "110105********002X")
    let card = "4111\(sep)1111\(sep)1111\(sep)1111"
    #expect(only("卡号\(card)；")! == (.bankCard, card), "\(sep.debugDescription)")
    let old = "110105\(sep)491231\(sep)002"
    #expect(only("证\(old)号")! == (.residentID15, old), "\(sep.debugDescription)")
}

@Test(arguments: ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{AD}"])
func ignorablesInsideANumberAreSkipped(_ z: String) {
    let grouped = "138\(z)0013\(z)8000"
    #expect(only("电话\(grouped)。")! == (.mobile, grouped))
    let scattered = "1\(z)3800\(z)1\(z)38000"
    #expect(only(scattered)! == (.mobile, scattered))
    let beside = "138 \(z)0013\(z) 8000"
    #expect(only(beside)! == (.mobile, beside))
    let id = "11010519491231002\(z)X"
    #expect(only("号码\(id)。")! == (.residentID18, id))
    // An ignorable at the edge is not part of the number.
    #expect(only("\(z)13800138000\(z)")! == (.mobile, "13800138000"))
}

@Test func exactSpellingsPeopleType() {
    #expect(only("138\u{200B}0013\u{200B}8000")! == (.mobile, "138\u{200B}0013\u{200B}8000"))
    #expect(only("138–0013–8000")! == (.mobile, "138–0013–8000"))
    #expect(only("１３８００１３８０００")! == (.mobile, "１３８００１３８０００"))
    #expect(only("138\n0013\n8000")! == (.mobile, "138\n0013\n8000"))
    #expect(only("110105 1949 1231 002X")! == (.residentID18, "110105 1949 1231 002X"))
    #expect(only("证号 ११०१०५१९४९१२३१००२X")! == (.residentID18, "११०१०५१९४९१२३१००२X"))  // Devanagari
    #expect(only("١٣٨٠٠١٣٨٠٠٠")! == (.mobile, "١٣٨٠٠١٣٨٠٠٠"))  // Arabic-Indic
    let bold = String(String.UnicodeScalarView("13800138000".unicodeScalars.map { Unicode.Scalar($0.value - 0x30 + 0x1D7CE)! }))
    #expect(only("手机\(bold)")! == (.mobile, bold))
    #expect(scanner.mask("手机\(bold)。") == "手机138****8000。")
    #expect(only("11010519491231002Ｘ")! == (.residentID18, "11010519491231002Ｘ"))
    #expect(only("１１０１０５１９４９１２３１００２ｘ")! == (.residentID18, "１１０１０５１９４９１２３１００２ｘ"))
}

@Test func mobilesInEveryShapeAndWithTheirPrefix() {
    for body in ["13800138000", "138 0013 8000", "1380 0138 000", "138 001 38000"] {
        #expect(only(body)! == (.mobile, body))
        for prefix in ["+86 ", "86 ", "0086 ", "+86-", "＋86 "] {
            #expect(only("电话\(prefix)\(body)。")! == (.mobile, prefix + body), "\(prefix)\(body)")
        }
    }
    for joined in ["+8613800138000", "+86138 0013 8000", "0086138-0013-8000", "861380 0138 000"] {
        #expect(only("电话\(joined)。")! == (.mobile, joined), "\(joined)")
    }
    #expect(scanner.scan("+86138 001 38000").first?.masked == "+86 138****8000")
    for text in ["138 00138 000", "13 8001 38000", "1380 013 8000", "12800138000", "128 0013 8000"] {
        #expect(scanner.scan(text).isEmpty, "\(text)")
    }
}

@Test func cardsInAnyUsualGrouping() {
    let card19: String = Reference.card("622848001234567890")
    let card16: String = Reference.card("622202123456789")
    var written: [String] = [card19, card16]
    written.append("6228 4800 1234 5678 " + String(card19.suffix(3)))
    written.append("622848 " + String(card19.dropFirst(6)))
    written.append("6228 " + String(card19.dropFirst(4)))
    written.append("6228 4800 1234 " + String(card19.dropFirst(12)))
    written.append("622848 0012 3456 7890 " + String(card19.suffix(1)))
    written.append("622202 " + String(card16.dropFirst(6)))
    written.append("6222-0212-3456-" + String(card16.suffix(4)))
    for text in written {
        #expect(only("卡号\(text)。")! == (.bankCard, text), "\(text)")
    }
    let odd: [String] = ["62284 8001 2345 6789 " + String(card19.suffix(2)),
                         "622 848 001 234 567 " + String(card19.suffix(4)),
                         "622848 001234 567" + String(card19.suffix(3))]
    for text in odd {
        #expect(!scanner.kinds(text).contains(.bankCard), "\(text)")
    }
}

@Test func otherPunctuationAndTooWideGapsDoNotJoin() {
    for sep in [".", ",", "/", ":", "：", "a", "号", "、", "    ", "\n\n", "\r\n\r\n", " \n \n", "_", "~"] {
        #expect(scanner.scan("138\(sep)0013\(sep)8000").isEmpty, "\(sep.debugDescription)")
        #expect(scanner.scan("110105\(sep)1949\(sep)1231\(sep)002X").isEmpty, "\(sep.debugDescription)")
    }
    #expect(scanner.scan("138\u{200B}\u{200B}\u{200B}\u{200B}\u{200B} 0013 8000").isEmpty)
    #expect(scanner.scan("1,130.00元 2026年10月15日 0571-00000000/2026").isEmpty)
}

@Test func twoValuesSideBySideAreTwoMatches() {
    let card = "6222 0212 3456 " + Reference.card("622202123456789").suffix(4)
    for sep in ["\n", " ", "\t"] {
        let text = card + sep + "138 0013 8000"
        #expect(scanner.kinds(text) == [.bankCard, .mobile], "\(sep.debugDescription)")
        #expect(scanner.scan(text).last.map { String(text[$0.range]) } == "138 0013 8000")
    }
    #expect(scanner.kinds("110105 491231 002\n138 0013 8000") == [.residentID15, .mobile])
    #expect(scanner.kinds("13800138000\n13900139000 13700137000") == [.mobile, .mobile, .mobile])
}

@Test func labelledRegistrationNumbersAreNotIDs() {
    let number = "330106000123456"  // digits 7–12 read as 1900-01-23
    #expect(scanner.kinds(number) == [.residentID15])
    for label in ["注册号：", "工商注册号: ", "营业执照注册号 ", "营业执照（副本）号码：", "统一社会信用代码：", "组织机构代码:",
                  "索引号 ", "文号：", "编号：", "代码：", "| 工商注册号 | "] {
        #expect(scanner.scan("\(label)\(number)").isEmpty, "\(label)")
    }
    // The label must be close and in the same clause, and an ID number's own label wins.
    #expect(scanner.kinds("注册号：略，负责人证件号码：\(number)") == [.residentID15])
    #expect(scanner.kinds("编号之外的内容写在这里很长很长的一段话 \(number)") == [.residentID15])
    #expect(scanner.kinds("身份证编号：\(number)") == [.residentID15])
    #expect(scanner.kinds("注册号：11010519491231002X") == [.residentID18])  // an ID, not a credit code
}

@Test func anIDThatIsAlsoACreditCodeIsACodeOnlyWhenLabelled() {
    let id = (0..<1000).lazy.map { Reference.residentID(region: "110105", birth: "19491231", sequence: String(1000 + $0).suffix(3).description) }
        .first { $0.last != "X" && Reference.isCreditCode($0) }!
    #expect(scanner.kinds("身份证号\(id)") == [.residentID18])
    #expect(scanner.kinds("统一社会信用代码：\(id)") == [])
}

@Test func digitsGluedIntoACreditCodeAreNotACard() {
    // 17 digits and a letter check character (GB 32100): 5253405558789870 1 D passes Luhn as 17 digits.
    for code in ["52534055587898701D", "9342381495776041X6", "92373596521486210M"] {
        #expect(scanner.scan("单位 \(code)").isEmpty, "\(code)")
    }
    // Not a valid code: the digits are read as usual.
    #expect(scanner.kinds("13800138000AB") == [.mobile])
    #expect(scanner.kinds("ID11010519491231002X") == [.residentID18])
}

@Test func aCreditCodeInSmallLettersIsStillACode() {
    // A valid code whose digits alone pass as a 17-digit card: a heading's anchor lowercases it.
    let code = "51216969633823058M"
    #expect(Reference.isLuhnValid(String(code.dropLast())))
    #expect(scanner.kinds("单位 \(code)") == [])
    #expect(scanner.kinds("#单位-\(code.lowercased())") == [])
    // Without its check character the digits are a card again.
    #expect(scanner.kinds("单位 \(code.dropLast().lowercased())") == [.bankCard])
}
