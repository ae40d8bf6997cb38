/// A piece of text in a document with the position of the block it belongs to, for checks that
/// read everything a page could show (the personal-data scanner).
public struct MarkdownTextRun: Sendable, Equatable {
    /// Where the text comes from.
    public enum Kind: Sendable, Equatable {
        /// What a reader sees: the whole text of a paragraph, heading or table cell (links,
        /// emphasis and code spans included, so that a number split by markup stays whole), or a
        /// link title.
        case text
        /// The literal of a code block.
        case code
        /// Raw HTML (never output, but an editor may still have typed personal data in it).
        case html
        /// A link or image destination (`mailto:` addresses land in the page's HTML).
        case url
    }

    public var kind: Kind
    public var text: String
    public var position: MarkdownSourcePosition

    public init(kind: Kind, text: String, position: MarkdownSourcePosition) {
        self.kind = kind
        self.text = text
        self.position = position
    }
}

extension MarkdownDocument {
    /// Every piece of text in the document, in document order.
    public var textRuns: [MarkdownTextRun] {
        var runs: [MarkdownTextRun] = []
        func inline(_ content: [MarkdownInline], at position: MarkdownSourcePosition) {
            let text = MarkdownInline.plainText(of: content)
            if !text.isEmpty { runs.append(MarkdownTextRun(kind: .text, text: text, position: position)) }
            extras(content, at: position)
        }
        func extras(_ content: [MarkdownInline], at position: MarkdownSourcePosition) {
            for item in content {
                switch item {
                case .html(let html):
                    runs.append(MarkdownTextRun(kind: .html, text: html, position: position))
                case .link(let url, let title, let children), .image(let url, let title, let children):
                    if !url.isEmpty { runs.append(MarkdownTextRun(kind: .url, text: url, position: position)) }
                    if !title.isEmpty { runs.append(MarkdownTextRun(kind: .text, text: title, position: position)) }
                    extras(children, at: position)
                case .emphasis(let children), .strong(let children):
                    extras(children, at: position)
                case .text, .code, .softBreak, .lineBreak:
                    break
                }
            }
        }
        for block in allBlocks {
            switch block {
            case .paragraph(let content, let at), .heading(_, let content, _, let at):
                inline(content, at: at)
            case .codeBlock(_, let literal, let at):
                runs.append(MarkdownTextRun(kind: .code, text: literal, position: at))
            case .htmlBlock(let html, let at):
                runs.append(MarkdownTextRun(kind: .html, text: html, position: at))
            case .table(let table, let at):
                for cell in ([table.header] + table.rows).joined() { inline(cell, at: at) }
            case .csvTable(let table, let at):
                for cell in ([table.header] + table.rows).joined() where !cell.isEmpty {
                    runs.append(MarkdownTextRun(kind: .text, text: cell, position: at))
                }
            case .blockQuote, .list, .listItem, .thematicBreak:
                break
            }
        }
        return runs
    }
}
