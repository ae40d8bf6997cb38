/// A value a template renders: the data a page hands to its templates.
///
/// Truthiness, used by `{{#name}}` and `{{^name}}`: `null` (and a missing key), `false`, the empty
/// list and the empty string are falsey; everything else is truthy, including `0`. The Mustache spec
/// leaves the empty string truthy; gongkai makes it falsey so that `{{#item.docNumber}}…{{/item.docNumber}}`
/// leaves out a field that is present but empty.
public indirect enum TemplateValue: Sendable, Equatable {
    case null, bool(Bool), int(Int), double(Double), string(String)
    case list([TemplateValue]), object([String: TemplateValue])

    /// Whether a section renders its content (see the type's documentation).
    public var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let b): b
        case .string(let s): !s.isEmpty
        case .list(let items): !items.isEmpty
        case .int, .double, .object: true
        }
    }

    /// The value under `key` when this is an object; keys of lists and scalars are always missing.
    public subscript(key: String) -> TemplateValue? {
        guard case .object(let fields) = self else { return nil }
        return fields[key]
    }
}
