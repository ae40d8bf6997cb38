/// One node of a parsed template. Text is kept in as few nodes as possible; `lineStart` marks a
/// source line that begins with a tag, where a partial's indentation goes.
enum TemplateNode: Sendable {
    case text(TemplateText)
    case lineStart
    case variable(TemplateName, escaped: Bool)
    case section(TemplateSection)
    case inverted(TemplateSection)
    case partial(TemplateInclusion)
    case parent(TemplateParent)
    case block(TemplateBlock)
}

/// Literal text and the places in it where a source line with content begins.
struct TemplateText: Sendable {
    var string: String
    var lineStarts: [String.Index]

    init(_ string: String, lineStartOffsets: [Int] = []) {
        self.string = string
        let utf8 = string.utf8
        lineStarts = lineStartOffsets.map { utf8.index(utf8.startIndex, offsetBy: $0) }
    }
}

/// `{{#name}}…{{/name}}` or `{{^name}}…{{/name}}`.
struct TemplateSection: Sendable {
    var name: TemplateName
    var body: [TemplateNode]
    var line: Int
    var column: Int
}

/// A partial `{{>name}}`, or the inclusion part of a parent `{{<name}}`.
struct TemplateInclusion: Sendable {
    var name: String
    /// When the tag stands alone, the whitespace before it, added to every line of the partial.
    var indentation: String
    var isStandalone: Bool
    var line: Int
    var column: Int
}

/// `{{<name}}{{$block}}…{{/block}}{{/name}}`: includes `name` with its blocks replaced.
struct TemplateParent: Sendable {
    var inclusion: TemplateInclusion
    /// The tag's content as parsed; only its blocks matter. Emptied once `arguments` are known.
    var body: [TemplateNode]
    var arguments: [String: TemplateOverride] = [:]
}

/// The content a parent passes for one of the blocks of the template it includes.
struct TemplateOverride: Sendable {
    var body: [TemplateNode]
    /// The template the content was written in, for error messages.
    var template: String
}

/// `{{$name}}default{{/name}}`: a place a parent can fill.
struct TemplateBlock: Sendable {
    var name: String
    var body: [TemplateNode]
    var isStandalone: Bool
    /// The whitespace before the tag on its line, when it stands alone.
    var tagIndentation: String
    /// The indentation the block's content is rendered with; see `reindentBlocks()`.
    var indentation = ""
    var line: Int
    var column: Int
}
