import Testing
@testable import GongkaiKit

/// Random text made mostly of the characters YAML gives meaning to, with some Chinese, controls
/// and the occasional long run.
private func noise(_ random: inout SplitMix64) -> String {
    let alphabet: [String] = [
        " ", "  ", "\n", "\r\n", "\r", "\t", ":", ": ", "-", "- ", "#", " #", "'", "\"", "\\", "[", "]", "{", "}",
        ",", "&", "*", "!", "|", "|-", "|+", "|2", ">", "?", "%", "@", "`", "~", "---", "...", "：", "中文", "a",
        "key", "1", "\u{301}", "\u{0}", "\u{FEFF}", "\u{1F600}", "\u{FFFF}", "\\u", "\\U0010FFFF", "\\x4", "\n  ", "\n    ",
    ]
    var out = ""
    for _ in 0..<random.below(60) {
        if random.chance(2) {
            out += String(repeating: random.pick(alphabet), count: random.below(2_000))
        } else {
            out += random.pick(alphabet)
        }
    }
    return out
}

@Test func randomInputNeverCrashesAndAlwaysAnswers() {
    var random = SplitMix64(seed: 20_261_015)
    for n in 0..<2_000 {
        let text = noise(&random)
        let (root, diagnostics) = YAMLParser.parse(text, path: testPath)
        #expect((root != nil) != diagnostics.contains { $0.severity == .error }, "case \(n): \(text.debugDescription)")
        #expect(diagnostics.allSatisfy { ($0.location?.line ?? 0) >= 1 && ($0.location?.column ?? 0) >= 1 })
        _ = FrontMatter.split(text, path: testPath)
        _ = FrontMatter.split("---\n" + text + "\n---\n", path: testPath)
    }
}

@Test func parsesALongLineAndManyLinesInLinearTime() {
    let long = "title: " + String(repeating: "通知", count: 200_000) + "\n"
    #expect(YAMLParser.parse(long, path: testPath).root?[key: "title"]?.scalarText?.count == 400_000)
    let many = (0..<50_000).map { "k\($0): v\n" }.joined()
    #expect(YAMLParser.parse(many, path: testPath).root?.pairs?.count == 50_000)
}
