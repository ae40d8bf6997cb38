/// Parses Markdown into a `MarkdownDocument`: cmark reads the CommonMark, then gongkai finds the
/// pipe tables in cmark's paragraphs, reads their cells (one more cmark run for all cells of the
/// document) and converts the tree to its own values.
enum MarkdownParser {
    static func parse(_ text: String) -> MarkdownDocument {
        let source = MarkdownSource(text)
        let root = CmarkParser.parse(source.bytes)
        var finder = PipeTableFinder(source: source)
        finder.find(in: root)
        let snippets = finder.batch.parse(withReferencesFrom: source.bytes)
        var converter = MarkdownConverter(source: source, plans: finder.plans, snippets: snippets)
        return MarkdownDocument(blocks: converter.blocks(root.children))
    }
}
