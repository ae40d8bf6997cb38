/// Masks a parsed document (`privacy.policy: mask`) without going back to its Markdown: every
/// personal number a reader would see is replaced by its masked form inside the document's own
/// text, so the masked document has exactly the element structure of the original. A mask
/// `138****8000` written back into Markdown would turn into emphasis; here it is text.
///
/// Inline content is read as the reader reads it (`MarkdownInline.plainText`), so a number split
/// by markup — `138**0013**8000`, a code span around some digits, link text — is found whole.
/// The masked form goes where the number starts; the parts of it inside later elements are
/// removed and the elements kept. Code, raw HTML, link targets and titles, CSV cells and heading
/// anchors are masked as the text they are. Withheld passages (区分处理) are left alone: the
/// public edition never shows them.
extension MarkdownDocument {
    func masked(by scanner: PersonalDataScanner) -> MarkdownDocument {
        var masker = DocumentMasker(scanner: scanner)
        return MarkdownDocument(blocks: blocks.map { block in
            block.isWithheldFence ? block : masker.block(block)
        })
    }
}

private struct DocumentMasker {
    let scanner: PersonalDataScanner
    /// Heading ids are made again from the masked text, in document order, as the parser made them.
    var anchors = HeadingAnchors()

    init(scanner: PersonalDataScanner) {
        self.scanner = scanner
    }

    mutating func block(_ block: MarkdownBlock) -> MarkdownBlock {
        switch block {
        case let .paragraph(content, at):
            return .paragraph(inlines(content), at: at)
        case let .heading(level, content, _, at):
            let masked = inlines(content)
            return .heading(level: level, masked, anchor: anchors.id(for: MarkdownInline.plainText(of: masked, lineBreak: " ")),
                            at: at)
        case let .blockQuote(children, at):
            return .blockQuote(children.map { self.block($0) }, at: at)
        case let .list(style, tight, items, at):
            return .list(style, tight: tight, items: items.map { self.block($0) }, at: at)
        case let .listItem(children, at):
            return .listItem(children.map { self.block($0) }, at: at)
        case let .codeBlock(info, literal, at):
            return .codeBlock(info: scanner.mask(info), literal: scanner.mask(literal), at: at)
        case let .htmlBlock(html, at):
            return .htmlBlock(scanner.mask(html), at: at)
        case .thematicBreak:
            return block
        case let .table(table, at):
            let header = table.header.map { inlines($0) }
            let rows = table.rows.map { $0.map { inlines($0) } }
            return .table(MarkdownTable(alignments: table.alignments, header: header, rows: rows), at: at)
        case let .csvTable(table, at):
            return .csvTable(MarkdownCSVTable(header: table.header.map(scanner.mask),
                                              rows: table.rows.map { $0.map(scanner.mask) }), at: at)
        }
    }

    /// Inline content with every match in its reader text masked in place.
    func inlines(_ content: [MarkdownInline]) -> [MarkdownInline] {
        var flat = InlineLeaves()
        flat.read(content)
        var copy = flat.text
        let matches = copy.withUTF8 { scanner.rawMatches(in: UTF8Text(bytes: $0)) }
        var replacements: [String?] = Array(repeating: nil, count: flat.leaves.count)
        if !matches.isEmpty {
            let bytes = Array(flat.text.utf8)
            var placed = Set<Int>()
            var first = 0  // the first match that does not end before the current leaf
            for (n, leaf) in flat.leaves.enumerated() {
                while first < matches.count, matches[first].range.upperBound <= leaf.lowerBound { first += 1 }
                var overlapping: [Int] = []
                var j = first
                while j < matches.count, matches[j].range.lowerBound < leaf.upperBound {
                    overlapping.append(j)
                    j += 1
                }
                guard !overlapping.isEmpty else { continue }
                var out: [UInt8] = []
                var p = leaf.lowerBound
                for i in overlapping {
                    let m = matches[i].range
                    if m.lowerBound > p { out += bytes[p..<m.lowerBound] }
                    if placed.insert(i).inserted { out += matches[i].masked.utf8 }
                    p = max(p, min(leaf.upperBound, m.upperBound))
                }
                if p < leaf.upperBound { out += bytes[p..<leaf.upperBound] }
                replacements[n] = String(decoding: out, as: UTF8.self)
            }
        }
        var next = 0
        return rebuild(content, replacements: replacements, next: &next)
    }

    private func rebuild(_ content: [MarkdownInline], replacements: [String?], next: inout Int) -> [MarkdownInline] {
        content.map { inline in
            switch inline {
            case let .text(s):
                defer { next += 1 }
                return .text(replacements[next] ?? s)
            case let .code(s):
                defer { next += 1 }
                return .code(replacements[next] ?? s)
            case .softBreak, .lineBreak:
                return inline
            case let .html(html):
                return .html(scanner.mask(html))
            case let .emphasis(children):
                return .emphasis(rebuild(children, replacements: replacements, next: &next))
            case let .strong(children):
                return .strong(rebuild(children, replacements: replacements, next: &next))
            case let .link(destination, title, children):
                return .link(destination: scanner.mask(destination), title: scanner.mask(title),
                             rebuild(children, replacements: replacements, next: &next))
            case let .image(source, title, alt):
                return .image(source: scanner.mask(source), title: scanner.mask(title),
                              alt: rebuild(alt, replacements: replacements, next: &next))
            }
        }
    }
}

/// The reader text of inline content (`MarkdownInline.plainText`, same rules) with the byte range
/// of every `.text` and `.code` in it, in document order.
struct InlineLeaves {
    private(set) var text = ""
    private(set) var leaves: [Range<Int>] = []
    private var count = 0

    mutating func read(_ content: [MarkdownInline]) {
        for (index, inline) in content.enumerated() {
            switch inline {
            case let .text(s), let .code(s):
                let start = count
                text += s
                count += s.utf8.count
                leaves.append(start..<count)
            case .softBreak:
                if !CJKSoftBreak.vanishes(at: index, in: content) { text += " "; count += 1 }
            case .lineBreak:
                text += "\n"
                count += 1
            case .html:
                break
            case let .emphasis(c), let .strong(c), let .link(_, _, c), let .image(_, _, c):
                read(c)
            }
        }
    }
}
