extension [TemplateNode] {
    /// The tree as it is rendered: adjacent text merged into one node that remembers where its
    /// lines start, `lineStart` kept only in front of tags, and each parent's blocks collected as
    /// the arguments it passes.
    func finalized(template: String) -> [TemplateNode] {
        var result: [TemplateNode] = []
        var text = ""
        var lineStarts: [Int] = []
        var atLineStart = false
        for node in self {
            switch node {
            case .lineStart:
                atLineStart = true
            case .text(let piece):
                guard !piece.string.isEmpty else { continue }
                if atLineStart { lineStarts.append(text.utf8.count) }
                atLineStart = false
                text += piece.string
            default:
                if !text.isEmpty { result.append(.text(TemplateText(text, lineStartOffsets: lineStarts))) }
                text = ""
                lineStarts = []
                if atLineStart { result.append(.lineStart) }
                atLineStart = false
                result.append(node.finalized(template: template))
            }
        }
        if !text.isEmpty { result.append(.text(TemplateText(text, lineStartOffsets: lineStarts))) }
        return result
    }
}

extension TemplateNode {
    func finalized(template: String) -> TemplateNode {
        switch self {
        case .section(var section):
            section.body = section.body.finalized(template: template)
            return .section(section)
        case .inverted(var section):
            section.body = section.body.finalized(template: template)
            return .inverted(section)
        case .block(var block):
            block.body = block.body.finalized(template: template)
            return .block(block)
        case .parent(var parent):
            // Only the blocks directly inside a parent mean anything; the first of a name wins.
            for case .block(let block) in parent.body where parent.arguments[block.name] == nil {
                parent.arguments[block.name] = TemplateOverride(body: block.body.finalized(template: template),
                                                                template: template)
            }
            parent.body = []
            return .parent(parent)
        case .text, .lineStart, .variable, .partial:
            return self
        }
    }
}
