/// Turns cmark's tree (`CmarkNode`) into gongkai's `MarkdownBlock`s: positions in editor columns,
/// tables in place of the paragraphs that held them, CSV fences as tables, heading anchors.
struct MarkdownConverter {
    let source: MarkdownSource
    let plans: [PipeTablePlan.Key: PipeTablePlan]
    /// Inline nodes of the batch's snippets (table cells and text beside tables), by index.
    let snippets: [[CmarkNode]]
    private var anchors = HeadingAnchors()

    init(source: MarkdownSource, plans: [PipeTablePlan.Key: PipeTablePlan], snippets: [[CmarkNode]]) {
        self.source = source
        self.plans = plans
        self.snippets = snippets
    }

    mutating func blocks(_ nodes: [CmarkNode]) -> [MarkdownBlock] {
        var out: [MarkdownBlock] = []
        for node in nodes { out += blocks(node) }
        return out
    }

    private mutating func blocks(_ node: CmarkNode) -> [MarkdownBlock] {
        let at = source.position(line: node.startLine, byteColumn: node.startColumn)
        switch node.kind {
        case .document:
            return blocks(node.children)
        case .blockQuote:
            return [.blockQuote(blocks(node.children), at: at)]
        case .list:
            let items = node.children.map { child in
                child.kind == .item ? listItem(child) : .listItem(blocks(child), at: at)
            }
            // cmark-gfm makes a list loose when a table splits a paragraph of one of its items.
            let split = node.children.contains { item in
                item.children.contains { plans[PipeTablePlan.Key(line: $0.startLine, byteColumn: $0.startColumn)]?.splits == true }
            }
            return [.list(node.listStyle, tight: node.listTight && !split, items: items, at: at)]
        case .item:
            return [listItem(node)]
        case .codeBlock:
            if Self.firstWord(of: node.info).lowercased() == "csv" {
                return [.csvTable(MarkdownCSVTable(csv: node.literal), at: at)]
            }
            return [.codeBlock(info: node.info, literal: node.literal, at: at)]
        case .htmlBlock:
            return [.htmlBlock(node.literal, at: at)]
        case .paragraph:
            if let plan = plans[PipeTablePlan.Key(line: node.startLine, byteColumn: node.startColumn)] {
                return table(plan, paragraphAt: at)
            }
            return [.paragraph(inlines(node.children), at: at)]
        case .heading:
            if let plan = plans[PipeTablePlan.Key(line: node.startLine, byteColumn: node.startColumn)] {
                return table(plan, paragraphAt: at)
            }
            let content = inlines(node.children)
            let anchor = anchors.id(for: MarkdownInline.plainText(of: content, lineBreak: " "))
            return [.heading(level: node.headingLevel, content, anchor: anchor, at: at)]
        case .thematicBreak:
            return [.thematicBreak(at: at)]
        case .text, .softBreak, .lineBreak, .code, .htmlInline, .emphasis, .strong, .link, .image:
            return []  // cmark never puts inlines directly in a container block
        }
    }

    private mutating func listItem(_ node: CmarkNode) -> MarkdownBlock {
        .listItem(blocks(node.children), at: source.position(line: node.startLine, byteColumn: node.startColumn))
    }

    private mutating func table(_ plan: PipeTablePlan, paragraphAt at: MarkdownSourcePosition) -> [MarkdownBlock] {
        var out: [MarkdownBlock] = []
        if let leading = plan.leading, case let content = snippet(leading), !content.isEmpty {
            out.append(.paragraph(content, at: at))
        }
        let table = MarkdownTable(alignments: plan.alignments,
                                  header: plan.header.map(cell),
                                  rows: plan.rows.map { $0.map(cell) })
        out.append(.table(table, at: source.position(line: plan.tableLine, byteColumn: plan.tableByteColumn)))
        if let (index, lines) = plan.rest, snippets.indices.contains(index) {
            out += blocks(snippets[index].map { Self.placed($0, lines) })
        }
        return out
    }

    /// A block parsed from the lines after a table, with its position (counted from 1 at the
    /// first of those lines) moved back to where those lines are in the source.
    private static func placed(_ node: CmarkNode, _ lines: [PipeTablePlan.RestLine]) -> CmarkNode {
        var node = node
        if let line = lines.indices.contains(node.startLine - 1) ? lines[node.startLine - 1] : lines.last {
            node.startColumn = line.contentByteColumn + max(node.startColumn - 1 - line.snippetPrefix, 0)
            node.startLine = line.sourceLine
        }
        node.endLine = node.startLine
        node.children = node.children.map { placed($0, lines) }
        return node
    }

    private func cell(_ index: Int?) -> [MarkdownInline] {
        index.map(snippet) ?? []
    }

    private func snippet(_ index: Int) -> [MarkdownInline] {
        snippets.indices.contains(index) ? inlines(snippets[index]) : []
    }

    /// Converts inline nodes, merging adjacent text (cmark splits text at every `[`, `!`, entity…).
    func inlines(_ nodes: [CmarkNode]) -> [MarkdownInline] {
        var out: [MarkdownInline] = []
        var text = ""
        for node in nodes {
            if node.kind == .text {
                text += node.literal
                continue
            }
            if !text.isEmpty {
                out.append(.text(text))
                text = ""
            }
            switch node.kind {
            case .softBreak: out.append(.softBreak)
            case .lineBreak: out.append(.lineBreak)
            case .code: out.append(.code(node.literal))
            case .htmlInline: out.append(.html(node.literal))
            case .emphasis: out.append(.emphasis(inlines(node.children)))
            case .strong: out.append(.strong(inlines(node.children)))
            case .link: out.append(.link(destination: node.url, title: node.title, inlines(node.children)))
            case .image: out.append(.image(source: node.url, title: node.title, alt: inlines(node.children)))
            default: break
            }
        }
        if !text.isEmpty { out.append(.text(text)) }
        return out
    }

    /// The info string up to its first whitespace, as cmark's renderer takes the language.
    static func firstWord(of info: String) -> Substring {
        info.utf8.firstIndex(where: { $0 == 0x20 || (0x09...0x0D).contains($0) })
            .map { info[..<$0] } ?? Substring(info)
    }
}
