extension MarkdownDocument {
    /// Every link destination with the position of the block that holds it.
    public var links: [(destination: String, position: MarkdownSourcePosition)] {
        var out: [(String, MarkdownSourcePosition)] = []
        func visit(_ inlines: [MarkdownInline], _ at: MarkdownSourcePosition) {
            for inline in inlines {
                switch inline {
                case let .link(destination, _, children):
                    out.append((destination, at))
                    visit(children, at)
                case let .emphasis(children), let .strong(children):
                    visit(children, at)
                default: break
                }
            }
        }
        for block in allBlocks { block.forEachInlineRun { visit($0, block.position) } }
        return out
    }

    /// The document with every link passed through `transform`: it returns the new destination,
    /// or nil to replace the link by its text.
    public func mappingLinks(_ transform: (String) -> String?) -> MarkdownDocument {
        MarkdownDocument(blocks: blocks.map { $0.mappingInlines { Self.mapLinks($0, transform) } })
    }

    private static func mapLinks(_ inlines: [MarkdownInline], _ transform: (String) -> String?) -> [MarkdownInline] {
        inlines.flatMap { inline -> [MarkdownInline] in
            switch inline {
            case let .link(destination, title, children):
                let mapped = mapLinks(children, transform)
                guard let target = transform(destination) else { return mapped }
                return [.link(destination: target, title: title, mapped)]
            case let .emphasis(children): return [.emphasis(mapLinks(children, transform))]
            case let .strong(children): return [.strong(mapLinks(children, transform))]
            default: return [inline]
            }
        }
    }
}

extension MarkdownBlock {
    /// Calls `body` with each run of inlines directly in this block (not its children).
    func forEachInlineRun(_ body: ([MarkdownInline]) -> Void) {
        switch self {
        case let .paragraph(inlines, _), let .heading(_, inlines, _, _): body(inlines)
        case let .table(table, _):
            table.header.forEach(body)
            table.rows.forEach { $0.forEach(body) }
        default: break
        }
    }

    /// This block and its children with every run of inlines transformed.
    func mappingInlines(_ f: ([MarkdownInline]) -> [MarkdownInline]) -> MarkdownBlock {
        switch self {
        case let .paragraph(inlines, at): return .paragraph(f(inlines), at: at)
        case let .heading(level, inlines, anchor, at): return .heading(level: level, f(inlines), anchor: anchor, at: at)
        case let .blockQuote(blocks, at): return .blockQuote(blocks.map { $0.mappingInlines(f) }, at: at)
        case let .list(style, tight, items, at):
            return .list(style, tight: tight, items: items.map { $0.mappingInlines(f) }, at: at)
        case let .listItem(blocks, at): return .listItem(blocks.map { $0.mappingInlines(f) }, at: at)
        case let .table(table, at):
            var t = table
            t.header = t.header.map(f)
            t.rows = t.rows.map { $0.map(f) }
            return .table(t, at: at)
        default: return self
        }
    }
}
