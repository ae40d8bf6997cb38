/// Splits a template source into text and tags, following set-delimiter tags as it goes.
struct TemplateLexer {
    private let source: TemplateSource
    private var open = Array("{{".utf8)
    private var close = Array("}}".utf8)
    private var tokens: [TemplateToken] = []
    private var cursor = Cursor()

    static func tokens(of source: TemplateSource) throws(TemplateError) -> [TemplateToken] {
        var lexer = TemplateLexer(source: source)
        try lexer.run()
        return lexer.tokens
    }

    private init(source: TemplateSource) {
        self.source = source
    }

    private mutating func run() throws(TemplateError) {
        let bytes = source.bytes
        var i = 0
        var textStart = 0
        while i < bytes.count {
            if bytes[i] == open[0], source.matches(open, at: i) {
                appendText(textStart..<i)
                i = try lexTag(at: i)
                textStart = i
            } else {
                i += 1
            }
        }
        appendText(textStart..<bytes.count)
    }

    /// Appends text as one token per line, so the standalone rule can look at lines.
    private mutating func appendText(_ range: Range<Int>) {
        var start = range.lowerBound
        for i in range where source.bytes[i] == ASCII.newline {
            append(.text, source.text(start..<i + 1), at: start)
            start = i + 1
        }
        if start < range.upperBound {
            append(.text, source.text(start..<range.upperBound), at: start)
        }
    }

    private mutating func append(_ kind: TemplateToken.Kind, _ content: String, at offset: Int) {
        cursor.advance(to: offset, in: source.bytes)
        tokens.append(TemplateToken(kind: kind, content: content, offset: offset,
                                    line: cursor.line, column: cursor.column))
    }

    /// Reads the tag that starts at `start` and returns the offset just after it.
    private mutating func lexTag(at start: Int) throws(TemplateError) -> Int {
        var i = start + open.count
        var closing = close
        let kind: TemplateToken.Kind
        switch i < source.bytes.count ? source.bytes[i] : 0 {
        case UInt8(ascii: "{"): kind = .variable(escaped: false); closing = [UInt8(ascii: "}")] + close
        case UInt8(ascii: "&"): kind = .variable(escaped: false)
        case UInt8(ascii: "#"): kind = .section
        case UInt8(ascii: "^"): kind = .inverted
        case UInt8(ascii: "/"): kind = .close
        case UInt8(ascii: "!"): kind = .comment
        case UInt8(ascii: ">"): kind = .partial
        case UInt8(ascii: "<"): kind = .parent
        case UInt8(ascii: "$"): kind = .block
        case UInt8(ascii: "="): kind = .delimiters; closing = [UInt8(ascii: "=")] + close
        default: kind = .variable(escaped: true); i -= 1
        }
        i += 1
        guard let end = source.firstOffset(of: closing, from: i) else {
            throw source.error("unclosed tag; expected '\(String(decoding: closing, as: UTF8.self))'", at: start)
        }
        let content = trimmed(i..<end)
        switch kind {
        case .comment:
            break
        case .delimiters:
            try setDelimiters(content, at: start)
        default:
            try validateName(content, at: start)
        }
        append(kind, content, at: start)
        return end + closing.count
    }

    private func trimmed(_ range: Range<Int>) -> String {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, ASCII.isWhitespace(source.bytes[lower]) { lower += 1 }
        while upper > lower, ASCII.isWhitespace(source.bytes[upper - 1]) { upper -= 1 }
        return source.text(lower..<upper)
    }

    private func validateName(_ name: String, at offset: Int) throws(TemplateError) {
        if name.isEmpty {
            throw source.error("empty tag; expected a name between the delimiters", at: offset)
        }
        if name.utf8.contains(where: ASCII.isWhitespace) {
            throw source.error("invalid name '\(name)'; names cannot contain spaces", at: offset)
        }
    }

    private mutating func setDelimiters(_ content: String, at offset: Int) throws(TemplateError) {
        let parts = content.utf8.split(whereSeparator: ASCII.isWhitespace)
        guard parts.count == 2, !parts.contains(where: { $0.contains(UInt8(ascii: "=")) }) else {
            throw source.error("invalid set-delimiter tag '\(content)'; expected two delimiters "
                               + "separated by a space, such as {{=<% %>=}}", at: offset)
        }
        open = Array(parts[0])
        close = Array(parts[1])
    }
}
