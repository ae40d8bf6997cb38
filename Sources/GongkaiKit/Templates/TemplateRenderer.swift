/// Renders a node tree into one string: the context stack, the indentation of the partials being
/// rendered, and the block overrides of the parents being rendered.
struct TemplateRenderer {
    /// Partials, parents and overridden blocks rendered inside one another; a partial that includes
    /// itself stops here with an error.
    static let maxInclusionDepth = 100
    /// Sections and inclusions rendered inside one another, which bounds the recursion.
    static let maxDepth = 1000

    private(set) var output: String
    private let library: TemplateLibrary
    private var stack: [TemplateValue]
    private var template: String
    private var indentation = ""
    private var overrides: [String: TemplateOverride] = [:]
    private var inclusionDepth = 0
    private var depth = 0

    init(context: TemplateValue, library: TemplateLibrary, template: String, capacity: Int) {
        output = ""
        output.reserveCapacity(capacity)
        self.library = library
        self.stack = [context]
        self.template = template
    }

    mutating func render(_ nodes: [TemplateNode]) throws(TemplateError) {
        for node in nodes {
            switch node {
            case .text(let text):
                write(text)
            case .lineStart:
                if !indentation.isEmpty, isAtLineStart { output.append(indentation) }
            case .variable(let name, let escaped):
                lookUp(name).write(to: &output, escaped: escaped)
            case .section(let section):
                try render(section)
            case .inverted(let section):
                if !lookUp(section.name).isTruthy {
                    try nest(section.body, line: section.line, column: section.column)
                }
            case .partial(let inclusion):
                if let partial = library.template(named: inclusion.name) {
                    try include(partial, at: inclusion, arguments: nil)
                }
            case .parent(let parent):
                if let partial = library.template(named: parent.inclusion.name) {
                    try include(partial, at: parent.inclusion, arguments: parent.arguments)
                }
            case .block(let block):
                try render(block)
            }
        }
    }

    private mutating func render(_ section: TemplateSection) throws(TemplateError) {
        let value = lookUp(section.name)
        guard value.isTruthy else { return }
        if case .list(let items) = value {
            try enter(line: section.line, column: section.column)
            for item in items {
                stack.append(item)
                try render(section.body)
                stack.removeLast()
            }
            depth -= 1
        } else {
            stack.append(value)
            try nest(section.body, line: section.line, column: section.column)
            stack.removeLast()
        }
    }

    private mutating func render(_ block: TemplateBlock) throws(TemplateError) {
        let saved = (indentation, template)
        if block.isStandalone { indentation += block.indentation }
        if let override = overrides[block.name] {
            guard inclusionDepth < Self.maxInclusionDepth else {
                throw error("block nesting deeper than \(Self.maxInclusionDepth)",
                            line: block.line, column: block.column)
            }
            inclusionDepth += 1
            template = override.template
            try nest(override.body, line: block.line, column: block.column)
            inclusionDepth -= 1
        } else {
            try nest(block.body, line: block.line, column: block.column)
        }
        (indentation, template) = saved
    }

    /// Renders a partial, or a parent when `arguments` are given: the arguments fill the partial's
    /// blocks, except those already filled by a parent further out (the spec's multi-level rule).
    private mutating func include(_ partial: Template, at inclusion: TemplateInclusion,
                                  arguments: [String: TemplateOverride]?) throws(TemplateError) {
        guard inclusionDepth < Self.maxInclusionDepth else {
            throw error("partial nesting deeper than \(Self.maxInclusionDepth)",
                        line: inclusion.line, column: inclusion.column)
        }
        let saved = (indentation, template, overrides)
        inclusionDepth += 1
        indentation += inclusion.indentation
        template = partial.name
        if let arguments {
            overrides.merge(arguments) { current, _ in current }
        }
        try nest(partial.nodes, line: inclusion.line, column: inclusion.column)
        (indentation, template, overrides) = saved
        inclusionDepth -= 1
    }

    private mutating func nest(_ nodes: [TemplateNode], line: Int, column: Int) throws(TemplateError) {
        try enter(line: line, column: column)
        try render(nodes)
        depth -= 1
    }

    private mutating func enter(line: Int, column: Int) throws(TemplateError) {
        guard depth < Self.maxDepth else {
            throw error("template nesting deeper than \(Self.maxDepth)", line: line, column: column)
        }
        depth += 1
    }

    private func error(_ message: String, line: Int, column: Int) -> TemplateError {
        TemplateError(template: template, line: line, column: column, message: message)
    }

    /// Looks the first part of a name up the context stack, then the other parts inside what it found.
    private func lookUp(_ name: TemplateName) -> TemplateValue {
        guard let first = name.parts.first else { return stack.last ?? .null }
        var found: TemplateValue?
        for context in stack.reversed() {
            if let value = context[first] {
                found = value
                break
            }
        }
        guard var value = found else { return .null }
        for part in name.parts.dropFirst() {
            guard let inner = value[part] else { return .null }
            value = inner
        }
        return value
    }

    private var isAtLineStart: Bool {
        output.isEmpty || output.utf8.last == ASCII.newline
    }

    private mutating func write(_ text: TemplateText) {
        guard !indentation.isEmpty, !text.lineStarts.isEmpty else {
            output.append(text.string)
            return
        }
        var from = text.string.startIndex
        for start in text.lineStarts {
            output.append(contentsOf: text.string[from..<start])
            if isAtLineStart { output.append(indentation) }
            from = start
        }
        output.append(contentsOf: text.string[from...])
    }
}
