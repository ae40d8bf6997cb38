/// The Mustache spec's standalone rule, applied line by line to the lexer's tokens.
///
/// A line whose tags are all non-interpolating (sections, comments, partials, parents, blocks,
/// closing and set-delimiter tags) and whose text is only spaces and tabs "stands alone": its text,
/// line ending included, is removed, and the whitespace before a partial, parent or block becomes
/// that tag's indentation. Several such tags may share a line (`{{<base}}{{$content}}`).
///
/// One exception, which the inheritance spec requires: a line holding only a block and its own
/// closing tag (`  {{$content}}{{/content}}`) keeps its line ending, since the empty block stands
/// for content that usually ends without one.
///
/// Every other line that has content gets a `lineStart` token in front, which is where a partial's
/// indentation goes when it is rendered; lines of only whitespace get none.
enum StandaloneLines {
    static func apply(to tokens: [TemplateToken]) -> [TemplateToken] {
        var result: [TemplateToken] = []
        result.reserveCapacity(tokens.count + tokens.count / 2)
        var lineStart = 0
        for (i, token) in tokens.enumerated()
        where i == tokens.count - 1 || (token.isText && token.content.utf8.last == ASCII.newline) {
            append(line: tokens[lineStart...i], to: &result)
            lineStart = i + 1
        }
        return result
    }

    private static func append(line: ArraySlice<TemplateToken>, to result: inout [TemplateToken]) {
        guard let first = line.first else { return }
        var tagCount = 0
        var onlyWhitespace = true
        var allCanStandAlone = true
        for token in line {
            if token.isText {
                onlyWhitespace = onlyWhitespace && isWhitespace(token.content)
            } else {
                tagCount += 1
                allCanStandAlone = allCanStandAlone && token.canStandAlone
            }
        }
        switch (tagCount, onlyWhitespace, allCanStandAlone) {
        case (0, true, _):
            result.append(contentsOf: line)
        case (1..., true, true):
            appendStandalone(line, to: &result)
        default:
            result.append(TemplateToken(kind: .lineStart, content: "", offset: first.offset,
                                        line: first.line, column: first.column))
            result.append(contentsOf: line)
        }
    }

    private static func appendStandalone(_ line: ArraySlice<TemplateToken>, to result: inout [TemplateToken]) {
        var indentation = ""
        var tags: [TemplateToken] = []
        for token in line {
            if token.isText {
                indentation += token.content
            } else {
                var tag = token
                tag.isStandalone = true
                tag.indentation = indentation
                tags.append(tag)
            }
        }
        result.append(contentsOf: tags)
        if tags.count == 2, tags[0].kind == .block, tags[1].kind == .close, tags[0].content == tags[1].content,
           let last = line.last, last.isText, let ending = lineEnding(of: last.content) {
            result.append(TemplateToken(kind: .text, content: ending, offset: last.offset,
                                        line: last.line, column: last.column))
        }
    }

    /// Spaces and tabs, optionally followed by `\n` or `\r\n`.
    private static func isWhitespace(_ text: String) -> Bool {
        var bytes = text.utf8[...]
        if bytes.last == ASCII.newline {
            bytes = bytes.dropLast()
            if bytes.last == ASCII.carriageReturn { bytes = bytes.dropLast() }
        }
        return bytes.allSatisfy(ASCII.isBlank)
    }

    private static func lineEnding(of text: String) -> String? {
        if text.hasSuffix("\r\n") { return "\r\n" }
        return text.utf8.last == ASCII.newline ? "\n" : nil
    }
}
