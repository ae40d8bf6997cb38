extension MarkdownDocument {
    /// The text a reader sees, without markup, for search indexes and summaries: one line per
    /// paragraph and heading, one line per table row (cells separated by a space), code blocks as
    /// written. Raw HTML and thematic breaks are left out. Inline rules: `MarkdownInline.plainText`.
    /// Where two cells or two lines would put digits side by side, `PlainTextJoin` keeps them apart.
    public var plainText: String {
        var lines: [String] = []
        for block in allBlocks {
            switch block {
            case .paragraph(let content, _), .heading(_, let content, _, _):
                lines.append(MarkdownInline.plainText(of: content))
            case .codeBlock(_, let literal, _):
                lines.append(literal.hasSuffix("\n") ? String(literal.dropLast()) : literal)
            case .table(let table, _):
                for row in [table.header] + table.rows {
                    lines.append(PlainTextJoin.join(row.map { MarkdownInline.plainText(of: $0) }, separator: " "))
                }
            case .csvTable(let table, _):
                for row in [table.header] + table.rows where !row.isEmpty {
                    lines.append(PlainTextJoin.join(row, separator: " "))
                }
            case .blockQuote, .list, .listItem, .htmlBlock, .thematicBreak:
                break
            }
        }
        return PlainTextJoin.join(lines, separator: "\n")
    }
}
