/// A template that cannot be parsed or rendered.
///
/// Names the template and a 1-based line and column (columns count Unicode scalars); the message is
/// lowercase and says what is wrong: `unclosed section 'items' opened at 3:5`. A missing partial is
/// not an error: as the Mustache spec asks, it renders as nothing.
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    public var template: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(template: String, line: Int, column: Int, message: String) {
        self.template = template
        self.line = line
        self.column = column
        self.message = message
    }

    /// `template:line:column: message`.
    public var description: String { "\(template):\(line):\(column): \(message)" }
}
