import Ccmark

/// The one place gongkai calls libcmark: parses Markdown and copies cmark's tree into
/// `CmarkNode` values. No cmark pointer leaves this file.
///
/// Memory: `cmark_parse_document` returns a tree the caller owns; `cmark_node_free` on its root
/// releases every node. Strings from `cmark_node_get_*` belong to their node, so they are copied
/// into Swift strings before the tree is freed. Iterators are released with `cmark_iter_free`.
///
/// Nesting deeper than `maxBlockDepth` block containers or `maxInlineDepth` inline containers is
/// flattened (the deeper containers disappear, their content stays), so no later recursion over
/// the tree can exhaust the stack, whatever the input (10,000 nested `>`).
enum CmarkParser {
    static let maxBlockDepth = 64
    static let maxInlineDepth = 64

    /// Parses `utf8` with the default options (safe mode is a rendering matter; gongkai renders
    /// itself). Callers pass `MarkdownSource.bytes`, so cmark's byte positions match gongkai's.
    static func parse(_ utf8: [UInt8]) -> CmarkNode {
        withDocument(utf8) { root in convert(root) } ?? CmarkNode(kind: .document)
    }

    /// Parses `utf8` and converts the top-level blocks that start on or before line `last`.
    /// Used for the snippets of a `SnippetBatch`, which come before the rest of the text.
    static func topLevelBlocks(of utf8: [UInt8], through last: Int) -> [CmarkNode] {
        withDocument(utf8) { root in
            var found: [CmarkNode] = []
            var child = cmark_node_first_child(root)
            while let node = child, Int(cmark_node_get_start_line(node)) <= last {
                found.append(convert(node))
                child = cmark_node_next(node)
            }
            return found
        } ?? []
    }

    /// Parses, lends the document to `body`, frees it. Nil only if cmark returned no document.
    private static func withDocument<T>(_ utf8: [UInt8], _ body: (OpaquePointer) -> T) -> T? {
        let root: OpaquePointer? = utf8.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                chars.baseAddress.map { cmark_parse_document($0, chars.count, CMARK_OPT_DEFAULT) }
                    ?? cmark_parse_document("", 0, CMARK_OPT_DEFAULT)
            }
        }
        guard let root else { return nil }
        defer { cmark_node_free(root) }
        return body(root)
    }

    /// What an entered container became: a frame being filled, or nothing (flattened).
    private enum Entered {
        case frame(countsBlock: Bool, countsInline: Bool)
        case flattened
    }

    /// Walks the subtree at `root` with cmark's iterator (no recursion).
    private static func convert(_ root: OpaquePointer) -> CmarkNode {
        guard let iterator = cmark_iter_new(root) else { return CmarkNode(kind: .document) }
        defer { cmark_iter_free(iterator) }
        var frames: [CmarkNode] = []
        var entered: [Entered] = []
        var blockDepth = 0
        var inlineDepth = 0
        var result: CmarkNode?

        func finish(_ node: CmarkNode) {
            if frames.isEmpty { result = node } else { frames[frames.count - 1].children.append(node) }
        }

        while true {
            let event = cmark_iter_next(iterator)
            guard event == CMARK_EVENT_ENTER || event == CMARK_EVENT_EXIT,
                  let node = cmark_iter_get_node(iterator) else { break }
            let type = cmark_node_get_type(node)
            if event == CMARK_EVENT_EXIT {
                guard case let .frame(countsBlock, countsInline)? = entered.popLast() else { continue }
                if countsBlock { blockDepth -= 1 }
                if countsInline { inlineDepth -= 1 }
                if let done = frames.popLast() { finish(done) }
                continue
            }
            guard let kind = kind(of: type) else {
                // Custom nodes are never produced by the parser; keep their content only.
                if !isLeaf(type) { entered.append(.flattened) }
                continue
            }
            let value = copy(node, as: kind)
            if isLeaf(type) {
                finish(value)
                continue
            }
            let flatten: Bool
            var countsBlock = false
            var countsInline = false
            switch kind {
            case .blockQuote:
                flatten = blockDepth >= maxBlockDepth
                countsBlock = true
            case .list:
                flatten = blockDepth + 1 >= maxBlockDepth
                countsBlock = true
            case .item:
                if case .flattened? = entered.last { flatten = true } else { flatten = false }
                countsBlock = true
            case .emphasis, .strong, .link, .image:
                flatten = inlineDepth >= maxInlineDepth
                countsInline = true
            default:
                flatten = false
            }
            if flatten && !frames.isEmpty {
                entered.append(.flattened)
                continue
            }
            if countsBlock { blockDepth += 1 }
            if countsInline { inlineDepth += 1 }
            entered.append(.frame(countsBlock: countsBlock, countsInline: countsInline))
            frames.append(value)
        }
        while let open = frames.popLast() { finish(open) }  // only if the walk stopped early
        return result ?? CmarkNode(kind: .document)
    }

    private static func copy(_ node: OpaquePointer, as kind: CmarkNode.Kind) -> CmarkNode {
        var value = CmarkNode(kind: kind)
        value.startLine = Int(cmark_node_get_start_line(node))
        value.startColumn = Int(cmark_node_get_start_column(node))
        value.endLine = Int(cmark_node_get_end_line(node))
        switch kind {
        case .text, .code, .htmlInline, .htmlBlock:
            value.literal = string(cmark_node_get_literal(node))
        case .codeBlock:
            value.literal = string(cmark_node_get_literal(node))
            value.info = string(cmark_node_get_fence_info(node))
        case .link, .image:
            value.url = string(cmark_node_get_url(node))
            value.title = string(cmark_node_get_title(node))
        case .heading:
            value.headingLevel = Int(cmark_node_get_heading_level(node))
        case .list:
            value.listTight = cmark_node_get_list_tight(node) != 0
            if cmark_node_get_list_type(node) == CMARK_ORDERED_LIST {
                let delimiter: MarkdownListStyle.Delimiter =
                    cmark_node_get_list_delim(node) == CMARK_PAREN_DELIM ? .parenthesis : .period
                value.listStyle = .ordered(start: Int(cmark_node_get_list_start(node)), delimiter: delimiter)
            }
        default:
            break
        }
        return value
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    /// Node types for which cmark's iterator reports no exit event.
    private static func isLeaf(_ type: cmark_node_type) -> Bool {
        switch type {
        case CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK, CMARK_NODE_CODE_BLOCK, CMARK_NODE_TEXT,
             CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
            return true
        default:
            return false
        }
    }

    private static func kind(of type: cmark_node_type) -> CmarkNode.Kind? {
        switch type {
        case CMARK_NODE_DOCUMENT: .document
        case CMARK_NODE_BLOCK_QUOTE: .blockQuote
        case CMARK_NODE_LIST: .list
        case CMARK_NODE_ITEM: .item
        case CMARK_NODE_CODE_BLOCK: .codeBlock
        case CMARK_NODE_HTML_BLOCK: .htmlBlock
        case CMARK_NODE_PARAGRAPH: .paragraph
        case CMARK_NODE_HEADING: .heading
        case CMARK_NODE_THEMATIC_BREAK: .thematicBreak
        case CMARK_NODE_TEXT: .text
        case CMARK_NODE_SOFTBREAK: .softBreak
        case CMARK_NODE_LINEBREAK: .lineBreak
        case CMARK_NODE_CODE: .code
        case CMARK_NODE_HTML_INLINE: .htmlInline
        case CMARK_NODE_EMPH: .emphasis
        case CMARK_NODE_STRONG: .strong
        case CMARK_NODE_LINK: .link
        case CMARK_NODE_IMAGE: .image
        default: nil
        }
    }
}
