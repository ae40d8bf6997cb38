/// Finds GFM pipe tables in cmark's tree. libcmark has no table extension, so a table arrives as
/// a paragraph; this recovers the paragraph's source lines (the first from the paragraph's start
/// column, the others by cutting off block quote markers and list indentation as cmark does,
/// `LineCursor`) and applies cmark-gfm's rules to them:
///
/// - The first line after the paragraph's first line that is a delimiter row decides: if the
///   line above it has as many cells, they are the header; if not, the paragraph holds no table.
/// - Lines before the header stay a paragraph; every line after the delimiter row is a row
///   (padded or cut to the header's width) until one holds no cell, which starts a paragraph.
/// - As in cmark-gfm, at most 0x80000 empty cells are added to short rows before the table ends.
///
/// Where cmark-gfm would end the table but CommonMark continues the paragraph (an unindented
/// lazy line after a table in a block quote, an ordered list not starting at 1), the line stays
/// a row.
struct PipeTableFinder {
    private let source: MarkdownSource
    private(set) var batch = InlineBatch()
    private(set) var plans: [PipeTablePlan.Key: PipeTablePlan] = [:]

    static let maxAutocompletedCells = 0x80000

    init(source: MarkdownSource) {
        self.source = source
    }

    /// One source line of a paragraph, after its container markers.
    private struct Line {
        var number: Int
        var content: ArraySlice<UInt8>
        var byteColumn: Int
        /// Four or more columns in from its container: never a delimiter row.
        var indented: Bool
        var lazy: Bool
    }

    mutating func find(in node: CmarkNode, containers: [ContainerPrefix] = []) {
        switch node.kind {
        case .paragraph:
            if node.endLine > node.startLine, let plan = plan(for: lines(of: node, in: containers)) {
                plans[PipeTablePlan.Key(line: node.startLine, byteColumn: node.startColumn)] = plan
            }
        case .document, .list:
            for child in node.children { find(in: child, containers: containers) }
        case .blockQuote:
            let inner = containers + [.blockQuote(startLine: node.startLine)]
            for child in node.children { find(in: child, containers: inner) }
        case .item:
            let inner = containers + [.item(startLine: node.startLine, width: itemWidth(node, in: containers))]
            for child in node.children { find(in: child, containers: inner) }
        default:
            break
        }
    }

    /// cmark's `marker_offset + padding` for a list item, from its first line: the indentation
    /// before the marker, the marker, and 1–4 columns of spaces after it (1 if there are 5 or
    /// more, or nothing else on the line).
    private func itemWidth(_ item: CmarkNode, in containers: [ContainerPrefix]) -> Int {
        var cursor = LineCursor(source.line(item.startLine))
        _ = cursor.consume(containers, onLine: item.startLine)
        let markerOffset = cursor.indent
        cursor.advance(bytes: cursor.firstNonSpace.index - cursor.index)
        var markerLength = 1
        while let b = cursor.peek(at: cursor.index + markerLength - 1), (0x30...0x39).contains(b) {
            markerLength += 1
        }
        cursor.advance(bytes: markerLength)
        let spaces = cursor.indent
        let restIsBlank = cursor.firstNonSpace.index == cursor.text.endIndex
        let padding = spaces >= 5 || spaces < 1 || restIsBlank ? markerLength + 1 : markerLength + spaces
        return markerOffset + padding
    }

    private func lines(of paragraph: CmarkNode, in containers: [ContainerPrefix]) -> [Line] {
        let first = source.line(paragraph.startLine)
        let start = first.startIndex + min(max(paragraph.startColumn - 1, 0), first.count)
        var result = [Line(number: paragraph.startLine, content: first[start...],
                           byteColumn: paragraph.startColumn, indented: false, lazy: false)]
        let last = min(paragraph.endLine, source.lineCount)
        guard last > paragraph.startLine else { return result }
        for number in (paragraph.startLine + 1)...last {
            let text = source.line(number)
            var cursor = LineCursor(text)
            let matched = cursor.consume(containers, onLine: number)
            let content = cursor.content
            result.append(Line(number: number, content: content,
                               byteColumn: content.startIndex - text.startIndex + 1,
                               indented: cursor.indent >= 4, lazy: !matched))
        }
        return result
    }

    private mutating func plan(for lines: [Line]) -> PipeTablePlan? {
        guard let k = lines.indices.dropFirst().first(where: { index in
            !lines[index].lazy && !lines[index].indented && lines[index].content.contains(UInt8(ascii: "-"))
                && PipeTableSyntax.delimiterRow(lines[index].content) != nil
        }), let alignments = PipeTableSyntax.delimiterRow(lines[k].content),
              let header = PipeTableSyntax.cells(of: lines[k - 1].content),
              header.count == alignments.count else { return nil }

        let headerLine = lines[k - 1]
        var plan = PipeTablePlan(alignments: alignments, header: header.map { add(cell: $0) },
                                 tableLine: headerLine.number, tableByteColumn: headerLine.byteColumn)
        if k > 1 {
            // cmark-gfm removes the backslash of `\|` in the text before a table too.
            let text = PipeTableSyntax.unescapingPipes(Self.joined(lines[0..<(k - 1)]))
            plan.leading = batch.add(Self.trimmed(text), prefixed: false)
        }
        let width = alignments.count
        var autocompleted = 0
        var j = k + 1
        while j < lines.count, autocompleted <= Self.maxAutocompletedCells,
              let cells = PipeTableSyntax.cells(of: lines[j].content) {
            let used = cells.prefix(width)
            autocompleted += width - used.count
            plan.rows.append(used.map { add(cell: $0) } + Array(repeating: nil, count: width - used.count))
            j += 1
        }
        if j < lines.count {
            let text = Self.trimmed(Self.joined(lines[j...]))
            plan.trailing = (batch.add(text, prefixed: true), lines[j].number, lines[j].byteColumn)
        }
        return plan
    }

    private mutating func add(cell: [UInt8]) -> Int? {
        cell.isEmpty ? nil : batch.add(cell, prefixed: true)
    }

    /// The lines' text joined by LF. A continuation line of only `=` (possible only as a lazy
    /// line) gets a backslash so that it cannot become a setext underline in the batch.
    private static func joined(_ lines: ArraySlice<Line>) -> [UInt8] {
        var out: [UInt8] = []
        for line in lines {
            if line.number != lines.first?.number {
                out.append(0x0A)
                if isEqualsRun(line.content) { out.append(UInt8(ascii: "\\")) }
            }
            out += line.content
        }
        return out
    }

    private static func isEqualsRun(_ content: ArraySlice<UInt8>) -> Bool {
        let body = content.reversed().drop(while: { $0 == 0x20 || $0 == 0x09 })
        return !body.isEmpty && body.allSatisfy { $0 == UInt8(ascii: "=") }
    }

    private static func trimmed(_ bytes: [UInt8]) -> [UInt8] {
        func isWhite(_ b: UInt8) -> Bool { b == 0x20 || (0x09...0x0D).contains(b) }
        guard let first = bytes.firstIndex(where: { !isWhite($0) }),
              let last = bytes.lastIndex(where: { !isWhite($0) }) else { return [] }
        return Array(bytes[first...last])
    }
}
