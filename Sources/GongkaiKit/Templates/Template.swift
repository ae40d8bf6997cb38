/// A parsed Mustache template: parse once, render many times.
///
/// Supports the spec modules comments, delimiters, interpolation, inverted, partials, sections and
/// inheritance (parents `{{<base}}…{{/base}}` and blocks `{{$content}}…{{/content}}`); not lambdas
/// or dynamic names. `{{name}}` escapes `&` `<` `>` `"`; `{{{name}}}` and `{{&name}}` do not.
/// See `TemplateValue` for what counts as true in a section.
public struct Template: Sendable {
    /// The name partials and error messages use (`base`, `partials/header`).
    public let name: String
    let nodes: [TemplateNode]
    private let capacity: Int

    /// Parses `source`; a malformed template throws, naming `name` and the line and column.
    public init(_ source: String, name: String) throws(TemplateError) {
        self.name = name
        self.nodes = try TemplateParser.parse(source, name: name)
        // A page is usually a few times its template; partials and values add the rest.
        self.capacity = max(4096, source.utf8.count * 2)
    }

    /// Renders against `context`, taking partials and parents from `library`; a missing partial
    /// renders as nothing. Throws when partials nest too deeply (a partial that includes itself).
    public func render(_ context: TemplateValue, library: TemplateLibrary) throws(TemplateError) -> String {
        var renderer = TemplateRenderer(context: context, library: library, template: name, capacity: capacity)
        try renderer.render(nodes)
        return renderer.output
    }
}
