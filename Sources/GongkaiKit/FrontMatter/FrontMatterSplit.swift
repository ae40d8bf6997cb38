/// A Markdown source cut at its front-matter fences, with the line each part starts on.
///
/// Line ends are normalised to `\n` and a byte order mark is dropped, so the parts are ready
/// for `YAMLParser.parse(_:path:firstLine:)` and the Markdown reader with their lines unchanged.
public struct FrontMatterSplit: Sendable, Equatable {
    /// The lines between the fences, each ending in `\n`.
    public var yaml: String
    /// The line of the file the YAML starts on (2: right after the opening `---`).
    public var yamlFirstLine: Int
    /// Everything after the closing `---` line.
    public var body: String
    public var bodyFirstLine: Int

    public init(yaml: String, yamlFirstLine: Int, body: String, bodyFirstLine: Int) {
        self.yaml = yaml
        self.yamlFirstLine = yamlFirstLine
        self.body = body
        self.bodyFirstLine = bodyFirstLine
    }
}
