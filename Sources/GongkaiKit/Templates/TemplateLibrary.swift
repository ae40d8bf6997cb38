/// Named templates that render one another as partials and parents: a theme's `base`, `item`,
/// `partials/header` ….
public struct TemplateLibrary: Sendable {
    private let templates: [String: Template]

    public init(templates: [String: Template]) {
        self.templates = templates
    }

    /// Parses every source, named by its key; the first malformed one, by name, throws.
    public init(sources: [String: String]) throws(TemplateError) {
        var templates: [String: Template] = [:]
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            templates[name] = try Template(source, name: name)
        }
        self.templates = templates
    }

    public func template(named name: String) -> Template? {
        templates[name]
    }

    /// Renders the template called `name`; an unknown name throws (at line 1, column 1).
    public func render(_ name: String, _ context: TemplateValue) throws(TemplateError) -> String {
        guard let template = templates[name] else {
            throw TemplateError(template: name, line: 1, column: 1, message: "unknown template '\(name)'")
        }
        return try template.render(context, library: self)
    }
}
