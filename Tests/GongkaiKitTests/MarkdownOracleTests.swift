import Testing
@testable import GongkaiKit

/// Random Markdown-like text, rendered by gongkai and by libcmark: wherever gongkai found no
/// table (the only thing libcmark does not know), the HTML must be identical. Seeded, so a
/// failure names an input that can be replayed.
@Suite struct MarkdownOracleTests {
    /// SplitMix64: a small, fixed generator (no packages), so runs are reproducible.
    private struct SplitMix64 {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    }

    private static let pieces = [
        "a", "b", "word", " ", "  ", "\t", "\n", "\n", "\n\n", "*", "**", "_", "`", "```", "~~~", "# ", "## ",
        "> ", "- ", "+ ", "1. ", "2) ", "    ", "[", "]", "(", ")", "![", "](", "<", ">", "&", "&amp;", "&#35;",
        "&nbsp;", "\\", "\\*", "\"", "'", "=", "===", "---", "***", "<div>", "</div>", "<span a='1'>", "<!-- c -->",
        "http://x.y/p?q=1&r=2", "<http://a.b/c>", "<a@b.cn>", "javascript:x", "data:image/png;x", "%20", "é",
        "\u{A0}", ":", "|", "[a]: /u 'title'", "[a]", "[a][]", "(/p \"t\")", "~", "{", "^", "\u{1F600}",
    ]

    @Test(arguments: 0..<8)
    func safeModeMatchesLibcmark(seed: Int) {
        var random = SplitMix64(state: UInt64(seed) &* 1_000_003)
        var compared = 0
        for _ in 0..<750 {
            let length = Int(random.next() % 40) + 1
            let markdown = (0..<length).map { _ in random.pick(Self.pieces) }.joined()
            let document = MarkdownDocument(parsing: markdown)
            let hasTable = document.allBlocks.contains {
                if case .table = $0 { return true }
                if case .csvTable = $0 { return true }
                return false
            }
            guard !hasTable else { continue }
            compared += 1
            let html = withoutHeadingIDs(MarkdownHTMLRenderer().render(document))
            #expect(html == cmarkHTML(markdown), "input: \(String(reflecting: markdown))")
        }
        #expect(compared > 600)
    }
}
