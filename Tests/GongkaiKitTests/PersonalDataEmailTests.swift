import Testing
@testable import GongkaiKit

private let scanner = PersonalDataScanner()

@Test func findsEmailAddressesWithoutTheirPunctuation() {
    #expect(scanner.found("邮箱：zhangsan@example.com。") == ["zhangsan@example.com"])
    #expect(scanner.found("来信请寄li.si+gk@mail.example.gov.cn，谢谢") == ["li.si+gk@mail.example.gov.cn"])
    #expect(scanner.found("Write to a_b-c%d@x-y.example.org.") == ["a_b-c%d@x-y.example.org"])
    #expect(scanner.found("(wang@example.cn)") == ["wang@example.cn"])
    #expect(scanner.found("wang@example.cn-") == ["wang@example.cn"])
    #expect(scanner.found(".wang@example.cn") == ["wang@example.cn"])
    #expect(scanner.scan("邮箱：zhangsan@example.com。").first?.masked == "z***@example.com")
}

@Test func findsAddressesWithAFullWidthAtSign() {
    #expect(scanner.found("邮箱zhangsan＠example.com；") == ["zhangsan＠example.com"])
    #expect(scanner.scan("zhangsan＠example.com").first?.masked == "z***@example.com")
}

@Test func findsAddressesInLinksAndTables() {
    #expect(scanner.found("[写信](mailto:wang.wu@example.cn)") == ["wang.wu@example.cn"])
    #expect(scanner.found("| 王五 | wang.wu@example.cn |") == ["wang.wu@example.cn"])
    let m = scanner.scan("第一行\n联系 <zhao@qq.com>")
    #expect(m.first?.line == 2)
    #expect(m.first?.column == 5)
}

@Test func aMobileUsedAsALocalPartIsOneAddress() {
    let m = scanner.scan("13800138000@163.com")
    #expect(m.map(\.kind) == [.email])
    #expect(m.first?.masked == "1***@163.com")
}

@Test func textThatOnlyLooksLikeAnAddressIsNotOne() {
    for text in ["a@b", "@example.com", "a@b.c", "a@1.23", "a.@example.com", "a@-x.com", "a@x..com",
                 "z***@example.com", "张三@示例.中国", "weibo: @民政局", "a@example.c0m"] {
        #expect(scanner.found(text) == [], "\(text)")
    }
}

@Test func theAllowListLetsTheOrgansOwnContactsThrough() {
    let allowed = PersonalDataScanner(allow: ["0571-00000000", "GongKai@MZJ.example.gov.cn", "138 0013 8000",
                                              "+86 139-0013-9000"])
    #expect(allowed.found("gongkai@mzj.example.gov.cn") == [])
    #expect(allowed.found("GONGKAI＠mzj.EXAMPLE.gov.cn") == [])
    #expect(allowed.found("13800138000、+86 138 0013 8000、8613900139000") == [])
    #expect(allowed.found("0571 00000000") == [])
    #expect(allowed.found("other@mzj.example.gov.cn 13700137000") == ["other@mzj.example.gov.cn", "13700137000"])
    let policy = PrivacyPolicy(policy: .mask, allow: ["gongkai@mzj.example.gov.cn"], rosterColumns: [])
    #expect(PersonalDataScanner(policy: policy).found("gongkai@mzj.example.gov.cn") == [])
}

@Test func anAllowedAddressCoversTheDigitsInIt() {
    let allowed = PersonalDataScanner(allow: ["13800138000@163.com"])
    #expect(allowed.found("13800138000@163.com") == [])
    #expect(allowed.found("13800138000") == ["13800138000"])
}
