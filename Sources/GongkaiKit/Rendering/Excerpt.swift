/// A short plain-text summary of an item for feeds and the board poster: its `summary`, else the
/// start of its body.
enum Excerpt {
    /// The item's `summary`, else the first `limit` characters of the prose of its body
    /// (paragraphs and headings, lists included; `……` when cut), else its title. Tables and code
    /// blocks are left out: they read badly as one line, and withheld passages (区分处理) are code
    /// blocks. A roster's names (`kind: roster`) never go into a feed, which readers keep long
    /// after the 公示期. Whitespace runs, paragraph breaks included, become one space, or nothing
    /// between two Chinese characters.
    static func of(_ item: Item, limit: Int = 120) -> String {
        if let s = item.summary, !s.isEmpty { return s }
        guard item.kind != .roster else { return item.title }
        var text = ""
        var count = 0
        var pendingSpace = false
        for block in item.document.allBlocks {
            switch block {
            case .paragraph, .heading: break
            default: continue
            }
            for ch in MarkdownDocument(blocks: [block]).plainText {
                if ch.isWhitespace {
                    pendingSpace = !text.isEmpty
                    continue
                }
                if pendingSpace {
                    // No space between two Chinese characters (a line break in the source); digits
                    // of two paragraphs stay apart.
                    let joint = PlainTextJoin.separator(between: text, and: String(ch), otherwise: " ")
                    if joint != " " || text.last.map({ $0.isASCII || ch.isASCII }) == true {
                        text += joint
                        count += joint.count
                    }
                    pendingSpace = false
                }
                text.append(ch)
                count += 1
                if count > limit { return String(text.prefix(limit)) + "……" }
            }
            pendingSpace = !text.isEmpty
        }
        return text.isEmpty ? item.title : text
    }
}
