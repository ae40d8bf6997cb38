import Testing
@testable import GongkaiKit

/// All 652 examples of the CommonMark 0.30 spec, read from `Tests/Fixtures/specs`.
let commonMarkExamples = SpecExample.load("commonmark/spec-0.30.txt")

/// With raw HTML allowed, gongkai's HTML equals the spec's expected HTML exactly, once heading
/// `id`s (gongkai's anchors, which the spec does not have) are stripped from `<hN>` tags.
@Suite struct CommonMarkSpecTests {
    @Test func readsEveryExample() {
        #expect(commonMarkExamples.count == 652)
    }

    @Test(arguments: commonMarkExamples)
    func matchesTheSpec(_ example: SpecExample) {
        let html = gongkaiHTML(example.markdown, MarkdownRenderOptions(allowRawHTML: true))
        #expect(withoutHeadingIDs(html) == example.html)
    }
}

/// In safe mode (the only mode sites use), gongkai's HTML equals libcmark's own renderer with
/// its default options, heading `id`s stripped as above.
@Suite struct CommonMarkSafeModeTests {
    @Test(arguments: commonMarkExamples)
    func matchesLibcmark(_ example: SpecExample) {
        #expect(withoutHeadingIDs(gongkaiHTML(example.markdown)) == cmarkHTML(example.markdown))
    }

    /// Safe mode drops raw HTML and dangerous URLs, so some examples must differ from the spec:
    /// 71 with cmark 0.30. A different count means safe mode changed.
    @Test func differsFromTheSpecWhereRawHTMLIsOmitted() {
        let differing = commonMarkExamples.filter { withoutHeadingIDs(gongkaiHTML($0.markdown)) != $0.html }
        #expect(commonMarkExamples.count == 652)
        #expect(differing.count == 71)
    }
}
