/// Block indentation, as the inheritance spec's "block reindentation" cases ask: the indentation
/// of a standalone block's content is removed where the content is written and added again where it
/// is rendered, so an override lines up with the block it replaces.
extension [TemplateNode] {
    /// For every standalone block: removes the common indentation of its content's lines and
    /// records it as the block's `indentation`; a block without content lines takes the whitespace
    /// before its tag instead. Outer blocks go first, so nested blocks see their indentation relative
    /// to the block around them.
    mutating func reindentBlocks() {
        for i in indices {
            switch self[i] {
            case .section(var section):
                section.body.reindentBlocks()
                self[i] = .section(section)
            case .inverted(var section):
                section.body.reindentBlocks()
                self[i] = .inverted(section)
            case .parent(var parent):
                parent.body.reindentBlocks()
                self[i] = .parent(parent)
            case .block(var block):
                if block.isStandalone {
                    if let common = block.body.commonIndentation() {
                        block.body.removeIndentation(common)
                        block.indentation = String(common)
                    } else {
                        block.indentation = block.tagIndentation
                    }
                }
                block.body.reindentBlocks()
                self[i] = .block(block)
            case .text, .lineStart, .variable, .partial:
                break
            }
        }
    }

    /// The longest whitespace prefix shared by every line with content, nested ones included;
    /// nil when there is no such line. A standalone partial, parent or block counts as a line
    /// indented by the whitespace before its tag.
    func commonIndentation() -> Substring? {
        var common: Substring?
        forEachLineIndentation { indentation in
            guard let current = common else {
                common = indentation
                return
            }
            let shared = zip(current.utf8, indentation.utf8).prefix { $0 == $1 }.count
            common = current.prefix(shared)
        }
        return common
    }

    private func forEachLineIndentation(_ body: (Substring) -> Void) {
        for (i, node) in enumerated() {
            switch node {
            case .lineStart:
                if i + 1 < count, case .text(let text) = self[i + 1] {
                    body(text.string.prefix { $0 == " " || $0 == "\t" })
                } else {
                    body("")
                }
            case .section(let section), .inverted(let section):
                section.body.forEachLineIndentation(body)
            case .partial(let inclusion):
                if inclusion.isStandalone { body(inclusion.indentation[...]) }
            case .parent(let parent):
                if parent.inclusion.isStandalone { body(parent.inclusion.indentation[...]) }
                parent.body.forEachLineIndentation(body)
            case .block(let block):
                if block.isStandalone { body(block.tagIndentation[...]) }
                block.body.forEachLineIndentation(body)
            case .text, .variable:
                break
            }
        }
    }

    /// Removes `prefix` from the start of every line, nested ones included.
    mutating func removeIndentation(_ prefix: Substring) {
        for i in indices {
            switch self[i] {
            case .lineStart:
                if i + 1 < count, case .text(var text) = self[i + 1], text.string.hasPrefix(prefix) {
                    text.string.removeFirst(prefix.count)
                    self[i + 1] = .text(text)
                }
            case .section(var section):
                section.body.removeIndentation(prefix)
                self[i] = .section(section)
            case .inverted(var section):
                section.body.removeIndentation(prefix)
                self[i] = .inverted(section)
            case .partial(var inclusion):
                inclusion.indentation.removePrefix(prefix)
                self[i] = .partial(inclusion)
            case .parent(var parent):
                parent.inclusion.indentation.removePrefix(prefix)
                parent.body.removeIndentation(prefix)
                self[i] = .parent(parent)
            case .block(var block):
                block.tagIndentation.removePrefix(prefix)
                block.body.removeIndentation(prefix)
                self[i] = .block(block)
            case .text, .variable:
                break
            }
        }
    }
}

private extension String {
    mutating func removePrefix(_ prefix: Substring) {
        if hasPrefix(prefix) { removeFirst(prefix.count) }
    }
}
