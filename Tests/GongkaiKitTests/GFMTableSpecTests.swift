import Testing
@testable import GongkaiKit

/// The 8 pipe-table examples of the GFM spec, rendered with `align="…"` as the spec shows.
let gfmTableExamples = SpecExample.load("gfm/tables-extension.txt", marker: "example table")

@Suite struct GFMTableSpecTests {
    @Test func readsEveryExample() {
        #expect(gfmTableExamples.count == 8)
    }

    @Test(arguments: gfmTableExamples)
    func matchesTheSpec(_ example: SpecExample) {
        let options = MarkdownRenderOptions(allowRawHTML: true, tableAlignment: .attribute)
        #expect(gongkaiHTML(example.markdown, options) == example.html)
    }
}
