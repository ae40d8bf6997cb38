/// Turns a template source into its node tree: lex, apply the standalone rule, nest sections,
/// re-indent blocks, then merge text.
struct TemplateParser {
    /// Deeper nesting is almost certainly a mistake, and would let rendering recurse without bound.
    static let maxNesting = 100

    private let source: TemplateSource

    static func parse(_ text: String, name: String) throws(TemplateError) -> [TemplateNode] {
        let parser = TemplateParser(source: TemplateSource(text, name: name))
        let tokens = StandaloneLines.apply(to: try TemplateLexer.tokens(of: parser.source))
        var nodes = try parser.tree(of: tokens)
        nodes.reindentBlocks()
        return nodes.finalized(template: name)
    }

    private init(source: TemplateSource) {
        self.source = source
    }

    /// A tag that opened a section, parent or block, and the nodes before it at its own level.
    private struct Open {
        var tag: TemplateToken
        var outer: [TemplateNode]
    }

    private func tree(of tokens: [TemplateToken]) throws(TemplateError) -> [TemplateNode] {
        var open: [Open] = []
        var nodes: [TemplateNode] = []
        for token in tokens {
            switch token.kind {
            case .text:
                nodes.append(.text(TemplateText(token.content)))
            case .lineStart:
                nodes.append(.lineStart)
            case .comment, .delimiters:
                break
            case .variable(let escaped):
                nodes.append(.variable(try contextName(token), escaped: escaped))
            case .partial:
                nodes.append(.partial(inclusion(token)))
            case .section, .inverted, .parent, .block:
                guard open.count < Self.maxNesting else {
                    throw error("sections nested deeper than \(Self.maxNesting)", at: token)
                }
                open.append(Open(tag: token, outer: nodes))
                nodes = []
            case .close:
                guard let opener = open.popLast() else {
                    throw error("unexpected closing tag '\(token.content)'; no section is open", at: token)
                }
                guard opener.tag.content == token.content else {
                    throw error("mismatched closing tag '\(token.content)'; expected '\(opener.tag.content)'",
                                at: token)
                }
                let body = nodes
                nodes = opener.outer
                nodes.append(try node(opening: opener.tag, body: body))
            }
        }
        if let tag = open.last?.tag {
            throw source.error("unclosed \(kindName(tag.kind)) '\(tag.content)' opened at \(tag.line):\(tag.column)",
                               at: source.bytes.count)
        }
        return nodes
    }

    private func node(opening tag: TemplateToken, body: [TemplateNode]) throws(TemplateError) -> TemplateNode {
        switch tag.kind {
        case .parent:
            return .parent(TemplateParent(inclusion: inclusion(tag), body: body))
        case .block:
            return .block(TemplateBlock(name: tag.content, body: body, isStandalone: tag.isStandalone,
                                        tagIndentation: tag.indentation, line: tag.line, column: tag.column))
        default:
            let section = TemplateSection(name: try contextName(tag), body: body, line: tag.line, column: tag.column)
            return tag.kind == .inverted ? .inverted(section) : .section(section)
        }
    }

    /// Names looked up in the context; partial, parent and block names are plain strings.
    private func contextName(_ tag: TemplateToken) throws(TemplateError) -> TemplateName {
        guard let name = TemplateName(tag.content) else {
            throw error("invalid name '\(tag.content)'; expected names joined by single dots", at: tag)
        }
        return name
    }

    private func inclusion(_ tag: TemplateToken) -> TemplateInclusion {
        TemplateInclusion(name: tag.content, indentation: tag.isStandalone ? tag.indentation : "",
                          isStandalone: tag.isStandalone, line: tag.line, column: tag.column)
    }

    private func error(_ message: String, at tag: TemplateToken) -> TemplateError {
        TemplateError(template: source.name, line: tag.line, column: tag.column, message: message)
    }

    private func kindName(_ kind: TemplateToken.Kind) -> String {
        switch kind {
        case .inverted: "inverted section"
        case .parent: "parent"
        case .block: "block"
        default: "section"
        }
    }
}
