/// Writes a table the way cmark-gfm's table extension does (the same tags on the same lines),
/// for both pipe tables and CSV tables. No `<tbody>` when there are no body rows.
struct TableHTML {
    var alignment: MarkdownRenderOptions.TableAlignment

    func write<Cell>(header: [Cell], rows: [[Cell]],
                     alignment alignOf: (_ column: Int, _ cell: Cell) -> MarkdownTableAlignment,
                     headerCell: String, cell writeCell: (Cell, inout HTMLOutput) -> Void,
                     into out: inout HTMLOutput) {
        out.newlineIfNeeded()
        out.write("<table>")
        out.newlineIfNeeded()
        out.write("<thead>")
        row(header, open: headerCell, close: "</th>", alignOf: alignOf, writeCell: writeCell, into: &out)
        out.newlineIfNeeded()
        out.write("</thead>")
        if !rows.isEmpty {
            out.newlineIfNeeded()
            out.write("<tbody>")
            for cells in rows {
                row(cells, open: "<td", close: "</td>", alignOf: alignOf, writeCell: writeCell, into: &out)
            }
            out.newlineIfNeeded()
            out.write("</tbody>")
        }
        out.newlineIfNeeded()
        out.write("</table>")
        out.newlineIfNeeded()
    }

    private func row<Cell>(_ cells: [Cell], open: String, close: String,
                           alignOf: (Int, Cell) -> MarkdownTableAlignment,
                           writeCell: (Cell, inout HTMLOutput) -> Void, into out: inout HTMLOutput) {
        out.newlineIfNeeded()
        out.write("<tr>")
        for (column, cell) in cells.enumerated() {
            out.newlineIfNeeded()
            out.write(open)
            let align = alignOf(column, cell)
            if align != .none {
                switch alignment {
                case .style: out.write(" style=\"text-align: \(align.rawValue)\"")
                case .attribute: out.write(" align=\"\(align.rawValue)\"")
                }
            }
            out.write(">")
            writeCell(cell, &out)
            out.write(close)
        }
        out.newlineIfNeeded()
        out.write("</tr>")
    }
}
