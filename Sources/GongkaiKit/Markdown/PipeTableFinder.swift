/// Finds GFM pipe tables in cmark's tree. libcmark has no table extension, so a table arrives as
/// a paragraph (or, followed by `---` or `===`, as a setext heading); this recovers the block's
/// source lines (the first from the block's start column, the others by cutting off block quote
/// markers and list indentation as cmark does, `LineCursor`) and applies cmark-gfm's rules:
///
/// - The first line after the block's first line that is a delimiter row decides: if the line
///   above it has as many cells, they are the header; if not, the block holds no table.
/// - Lines before the header stay a paragraph.
/// - The lines after the delimiter row are rows (padded or cut to the header's width) until one
///   that GFM reads otherwise: a line with no cell, a lazy continuation line, a line that starts
///   a block which cannot interrupt a paragraph but can end a table (indented code, an ordered
///   list not starting at 1, an empty list item, an HTML tag line), or more than 0x80000 padded
///   cells in all. That line and the rest are parsed as blocks of their own (`---` under a table
///   is a thematic break, `===` a row).
///
/// One difference remains: GFM moves a lazy line after a table out of its block quote or list
/// item; here it stays inside.
struct PipeTableFinder {
    private let source: MarkdownSource
    private(set) var batch = SnippetBatch()
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
        /// Columns of indentation inside the containers.
        var indent: Int
        var lazy: Bool
    }

    mutating func find(in node: CmarkNode, containers: [ContainerPrefix] = []) {
        let key = PipeTablePlan.Key(line: node.startLine, byteColumn: node.startColumn)
        switch node.kind {
        case .paragraph where node.endLine > node.startLine:
            if let plan = plan(for: lines(of: node, in: containers), underline: nil) { plans[key] = plan }
        case .heading where node.endLine > node.startLine + 1:
            // A setext heading; cmark's end line is its underline or the line after it.
            let all = lines(of: node, in: containers)
            if let u = all.indices.dropFirst().first(where: { Self.isSetextUnderline(all[$0]) }), u >= 2,
               let plan = plan(for: Array(all[..<u]), underline: all[u]) {
                plans[key] = plan
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

    private func lines(of block: CmarkNode, in containers: [ContainerPrefix]) -> [Line] {
        let first = source.line(block.startLine)
        let start = first.startIndex + min(max(block.startColumn - 1, 0), first.count)
        var result = [Line(number: block.startLine, content: first[start...],
                           byteColumn: block.startColumn, indent: 0, lazy: false)]
        let last = min(block.endLine, source.lineCount)
        guard last > block.startLine else { return result }
        for number in (block.startLine + 1)...last {
            let text = source.line(number)
            var cursor = LineCursor(text)
            let matched = cursor.consume(containers, onLine: number)
            let content = cursor.content
            result.append(Line(number: number, content: content, byteColumn: content.startIndex - text.startIndex + 1,
                               indent: cursor.indent, lazy: !matched))
        }
        return result
    }

    private mutating func plan(for lines: [Line], underline: Line?) -> PipeTablePlan? {
        guard let k = lines.indices.dropFirst().first(where: { index in
            !lines[index].lazy && lines[index].indent < 4 && lines[index].content.contains(UInt8(ascii: "-"))
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
            plan.leading = batch.add(Self.trimmed(text), as: .inlines(prefixed: false))
        }
        let width = alignments.count
        var autocompleted = 0
        func addRow(_ line: Line) -> Bool {
            guard autocompleted <= Self.maxAutocompletedCells, !line.lazy, !Self.startsBlockAfterTable(line),
                  let cells = PipeTableSyntax.cells(of: line.content) else { return false }
            let used = cells.prefix(width)
            autocompleted += width - used.count
            plan.rows.append(used.map { add(cell: $0) } + Array(repeating: nil, count: width - used.count))
            return true
        }
        var next = k + 1
        while next < lines.count, addRow(lines[next]) { next += 1 }
        var rest = lines[next...]
        var restStartsBlock = rest.first.map(Self.startsBlockAfterTable) ?? false
        if let underline {
            let equals = underline.content.first == UInt8(ascii: "=")
            if !(rest.isEmpty && equals && addRow(underline)) {
                if rest.isEmpty { restStartsBlock = !equals }
                rest.append(underline)
            }
        }
        if !rest.isEmpty { plan.rest = add(rest: rest, prefixed: !restStartsBlock) }
        return plan
    }

    private mutating func add(cell: [UInt8]) -> Int? {
        cell.isEmpty ? nil : batch.add(cell, as: .inlines(prefixed: true))
    }

    /// The lines after a table as a block snippet, indentation kept so that indented code stays
    /// code. `prefixed`: the first line starts a paragraph.
    private mutating func add(rest: ArraySlice<Line>, prefixed: Bool)
        -> (snippet: Int, lines: [PipeTablePlan.RestLine]) {
        var text: [UInt8] = []
        var map: [PipeTablePlan.RestLine] = []
        for line in rest {
            if !map.isEmpty { text.append(0x0A) }
            let indent = map.isEmpty && prefixed ? 0 : line.indent
            text += Array(repeating: 0x20, count: indent)
            text += line.content
            map.append(PipeTablePlan.RestLine(sourceLine: line.number, snippetPrefix: indent + (map.isEmpty && prefixed ? 2 : 0),
                                              contentByteColumn: line.byteColumn))
        }
        return (batch.add(text, as: .blocks(prefixed: prefixed)), map)
    }

    /// Whether GFM starts a block at this line after a table, where CommonMark continues the
    /// paragraph: indented code, an ordered list item (one starting at 1 interrupts a paragraph
    /// and never gets here), an empty bullet item, an HTML block of the seventh kind.
    private static func startsBlockAfterTable(_ line: Line) -> Bool {
        guard !line.lazy else { return false }
        let s = line.content
        if line.indent >= 4 { return !s.isEmpty }
        guard let first = s.first else { return false }
        func isSpace(_ b: UInt8?) -> Bool { b == nil || b == 0x20 || b == 0x09 }
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "*") {
            return s.dropFirst().allSatisfy { isSpace($0) }
        }
        let digits = s.prefix { (0x30...0x39).contains($0) }
        if (1...9).contains(digits.count) {
            let marker = s.dropFirst(digits.count).first
            return (marker == UInt8(ascii: ".") || marker == UInt8(ascii: ")"))
                && isSpace(s.dropFirst(digits.count + 1).first)
        }
        return HTMLTagLine.matches(s)
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

    /// `=` or `-` repeated, then only spaces, at most 3 columns in.
    private static func isSetextUnderline(_ line: Line) -> Bool {
        guard !line.lazy, line.indent < 4, let first = line.content.first,
              first == UInt8(ascii: "=") || first == UInt8(ascii: "-") else { return false }
        let body = line.content.reversed().drop(while: { $0 == 0x20 || $0 == 0x09 })
        return body.allSatisfy { $0 == first }
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
