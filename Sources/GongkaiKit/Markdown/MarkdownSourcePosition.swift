/// Where a block starts in the Markdown text it was parsed from: 1-based line and column,
/// columns counted in Unicode scalars (so a Chinese character is one column, as an editor shows
/// it). Positions are relative to the Markdown text handed to the parser, not to the file: a
/// caller that cut front matter off the top adds the lines it removed (`location(in:lineOffset:)`).
public struct MarkdownSourcePosition: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The same position in a file whose Markdown body starts `lineOffset` lines below its top.
    public func location(in path: String, lineOffset: Int = 0) -> SourceLocation {
        SourceLocation(path: path, line: line + lineOffset, column: column)
    }

    public var description: String { "\(line):\(column)" }

    public static func < (a: MarkdownSourcePosition, b: MarkdownSourcePosition) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}
