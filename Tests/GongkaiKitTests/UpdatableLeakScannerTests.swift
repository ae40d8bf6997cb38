import Testing
@testable import GongkaiKit

/// `UpdatableLeakScanner.updated` must give the scanner a full build gives from the same texts.
@Suite struct UpdatableLeakScannerTests {
    /// Eight CJK characters: exactly one fingerprint wide, so texts made of them share
    /// fingerprints with each other.
    static let phrases = [
        "机关食堂采购单价明细", "根据政府信息公开条例", "现予公示期限为十个工", "城乡居民最低生活保障",
        "县财政局二〇二六年度", "行政许可事项办理流程", "内部掌握不得对外提供", "请于公示期内提出意见",
        "社会救助股负责人审核", "申请人应当提交的材料",
    ].map { String($0.prefix(8)) }

    static func text(_ random: inout SplitMix64) -> String {
        (0..<(1 + random.below(5))).map { _ in random.pick(phrases) + (random.chance(30) ? " " : "") }.joined()
    }

    static func fullBuild(_ forbidden: [String], _ allowed: [String]) -> Fingerprint {
        LeakScanner(forbidden: forbidden, allowed: allowed).digest
    }

    @Test(arguments: 1...40) func randomEditsGiveTheScannerOfAFullBuild(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed))
        let forbidden = (0..<4).map { _ in Self.text(&random) }
        var allowed = (0..<12).map { _ in Self.text(&random) }
        var scanner = UpdatableLeakScanner(forbidden: forbidden, allowed: allowed)
        #expect(scanner.scanner.digest == Self.fullBuild(forbidden, allowed))
        for step in 0..<12 {
            switch random.below(4) {
            case 0: allowed[random.below(allowed.count)] = Self.text(&random)
            case 1 where allowed.count > 1: allowed.remove(at: random.below(allowed.count))
            case 2: allowed.append(random.pick(allowed))
            default: allowed.append(Self.text(&random))
            }
            scanner = scanner.updated(forbidden: forbidden, allowed: allowed)
            #expect(scanner.scanner.digest == Self.fullBuild(forbidden, allowed), "seed \(seed), step \(step)")
        }
    }

    @Test func aFingerprintComesBackWhenItsOnlyAllowedTextIsGone() {
        let secret = Self.phrases[0], shared = Self.phrases[1]
        let scanner = UpdatableLeakScanner(forbidden: [secret + shared], allowed: ["前言 " + shared, "其他"])
        #expect(scanner.scanner.firstLeak(in: Array(shared.utf8)) == nil)
        let updated = scanner.updated(forbidden: [secret + shared], allowed: ["前言", "其他"])
        #expect(updated.scanner.firstLeak(in: Array(shared.utf8)) == shared)
        #expect(updated.scanner.firstLeak(in: Array(secret.utf8)) == secret)
    }

    @Test func aFingerprintStaysDroppedWhileAnotherAllowedTextHasIt() {
        let secret = Self.phrases[0], shared = Self.phrases[1]
        let scanner = UpdatableLeakScanner(forbidden: [secret + shared], allowed: ["甲 " + shared, "乙 " + shared])
        let updated = scanner.updated(forbidden: [secret + shared], allowed: ["乙 " + shared])
        #expect(updated.scanner.firstLeak(in: Array(shared.utf8)) == nil)
        #expect(updated.scanner.firstLeak(in: Array(secret.utf8)) == secret)
        // And once that one is gone too, the fingerprint is looked for again.
        let last = updated.updated(forbidden: [secret + shared], allowed: ["丙"])
        #expect(last.scanner.firstLeak(in: Array(shared.utf8)) == shared)
    }

    @Test func aChangedForbiddenTextIsLookedFor() {
        let scanner = UpdatableLeakScanner(forbidden: [Self.phrases[0]], allowed: [Self.phrases[1]])
        let updated = scanner.updated(forbidden: [Self.phrases[2]], allowed: [Self.phrases[1]])
        #expect(updated.scanner.firstLeak(in: Array(Self.phrases[2].utf8)) == Self.phrases[2])
        #expect(updated.scanner.firstLeak(in: Array(Self.phrases[0].utf8)) == nil)
    }
}
