/// A value a template renders: the data a page hands to its templates.
///
/// Truthiness, used by `{{#name}}` and `{{^name}}`: `null` (and a missing key), `false`, the empty
/// list and the empty string are falsey; everything else is truthy, including `0`. The Mustache spec
/// leaves the empty string truthy; gongkai makes it falsey so that `{{#item.docNumber}}…{{/item.docNumber}}`
/// leaves out a field that is present but empty.
public indirect enum TemplateValue: Sendable, Equatable {
    case null, bool(Bool), int(Int), double(Double), string(String)
    case list([TemplateValue]), object([String: TemplateValue])
    /// An object shown on many pages (an item's entry in lists), built once with its fingerprint,
    /// so that every page's cache key does not fingerprint it again. Renders as the object does.
    case shared(SharedObject)

    /// Whether a section renders its content (see the type's documentation).
    public var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let b): b
        case .string(let s): !s.isEmpty
        case .list(let items): !items.isEmpty
        case .int, .double, .object, .shared: true
        }
    }

    /// The fields of an object, shared or not.
    public var fields: [String: TemplateValue]? {
        switch self {
        case .object(let fields): fields
        case .shared(let shared): shared.fields
        default: nil
        }
    }

    /// The value under `key` when this is an object; keys of lists and scalars are always missing.
    public subscript(key: String) -> TemplateValue? {
        fields?[key]
    }
}

/// The object of `TemplateValue.shared`, with the fingerprint of `TemplateValue.object(fields)`.
public final class SharedObject: Sendable, Equatable {
    public let fields: [String: TemplateValue]
    public let fingerprint: Fingerprint

    public init(_ fields: [String: TemplateValue]) {
        self.fields = fields
        var f = Fingerprint()
        TemplateValue.object(fields).fingerprint(into: &f)
        fingerprint = f
    }

    public static func == (a: SharedObject, b: SharedObject) -> Bool { a === b || a.fields == b.fields }
}
