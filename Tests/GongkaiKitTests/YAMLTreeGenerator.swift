@testable import GongkaiKit

/// Builds random front-matter trees for property tests: Chinese and ASCII text, text that looks
/// like numbers, booleans, dates or nulls, text full of YAML's special characters, empty text,
/// and mappings and sequences nested a few levels deep.
struct YAMLTreeGenerator {
    var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    static let samples = [
        "通知", "示例县民政局", "受理", "工作日 8:30—12:00，14:00—17:30", "所在村（社区）", "民政〔2026〕12号",
        "title", "approved-by", "Asia/Shanghai", "https://mzj.example.gov.cn/gongkai/", "a b",
        "2026", "-5", "3.14", "0571-00000000", "1e3", "0x1F", "yes", "no", "true", "False", "on", "2026-10-15",
        "~", "null", "Null", "", " ", "  leading", "trailing  ", "a: b", "a:b", "key:", ":", "- x", "-", "?", "? x",
        "#tag", "a #b", "C#", "a#b", "it's", "\"q\"", "'x'", "''", "\\", "\\n", "[a]", "[]", "{}", "{a: 1}", "&a", "*b",
        "!t", "!!str", "|", ">", "%", "@x", "`x`", ",", "title：通知", "abc：", "：", "名称：受理", "名称： 受理",
        "a\tb", "a\nb", "line1\nline2\n", "\n", "\n\n", "x\n\n", "\n x", "  indented\nline\n", " \n", "\t\n",
        "\u{0}", "\u{7}", "\u{1B}[0m", "\r", "a\r\nb", "\u{FEFF}", "\u{2028}", "\u{85}", "😀", "---", "...", "--- x",
        "\u{301}", "e\u{301}", "\"\u{301}", "\u{10FFFF}", "\u{E000}",
    ]

    static let pieces: [String] = [
        " ", ":", "#", "'", "\"", "\\", "-", "?", "[", "]", "{", "}", ",", "&", "*", "!", "|", ">", "%", "@",
        "`", "\n", "\t", "：", "中", "文", "a", "Z", "1", "~", ".", "/",
    ]

    mutating func text() -> String {
        switch random.below(3) {
        case 0: return random.pick(Self.samples)
        case 1: return (0..<(1 + random.below(3))).map { _ in random.pick(Self.samples) }.joined()
        default: return (0..<random.below(8)).map { _ in random.pick(Self.pieces) }.joined()
        }
    }

    mutating func scalar() -> YAMLScalar {
        YAMLScalar(text(), style: random.pick([.plain, .plain, .singleQuoted, .doubleQuoted, .literal]))
    }

    mutating func node(depth: Int) -> YAMLNode {
        let at = SourceLocation(path: "", line: 0, column: 0)
        let roll = random.below(10)
        if depth >= 4 || roll < 5 { return YAMLNode(.scalar(scalar()), location: at) }
        if roll < 7 { return YAMLNode(.sequence((0..<random.below(4)).map { _ in node(depth: depth + 1) }), location: at) }
        return mapping(depth: depth + 1)
    }

    mutating func mapping(depth: Int) -> YAMLNode {
        let at = SourceLocation(path: "", line: 0, column: 0)
        var seen: Set<String> = []
        var pairs: [YAMLPair] = []
        for _ in 0..<(depth == 0 ? 2 + random.below(6) : random.below(5)) {
            let key = text()
            guard seen.insert(key).inserted else { continue }
            pairs.append(YAMLPair(key: key, keyLocation: at, value: node(depth: depth)))
        }
        return YAMLNode(.mapping(pairs), location: at)
    }
}

extension YAMLNode {
    /// True when `self`, read back from `original.emitted()`, holds the same content: the same
    /// structure, keys, text and nulls, each scalar in its original style or double-quoted
    /// (which `emitted()` falls back to when a style cannot hold the text).
    func readsBack(_ original: YAMLNode) -> Bool {
        switch (value, original.value) {
        case (.scalar(let a), .scalar(let b)):
            return a.text == b.text && a.isNull == b.isNull && (a.style == b.style || a.style == .doubleQuoted)
        case (.mapping(let a), .mapping(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value.readsBack($1.value) }
        case (.sequence(let a), .sequence(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.readsBack($1) }
        default:
            return false
        }
    }
}
