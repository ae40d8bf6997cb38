/// A node of the untyped tree read from front matter: a scalar, a mapping or a sequence, with
/// the position where its value starts.
///
/// The tree keeps text only; which keys exist and what type each value has is decided later,
/// field by field, by the model stage.
public struct YAMLNode: Sendable, Hashable {
    public enum Value: Sendable, Hashable {
        case scalar(YAMLScalar)
        /// Entries in source order; keys are unique.
        case mapping([YAMLPair])
        case sequence([YAMLNode])
    }

    public var value: Value
    /// Where the value starts: its first character, opening quote, `[`, `|` or `-`; for a value
    /// left out (`key:`), just after the colon.
    public var location: SourceLocation

    public init(_ value: Value, location: SourceLocation) {
        self.value = value
        self.location = location
    }

    /// The value of the first entry named `key`, if this is a mapping that has one.
    public subscript(key key: String) -> YAMLNode? {
        pairs?.first { $0.key == key }?.value
    }

    /// The entries, if this is a mapping.
    public var pairs: [YAMLPair]? {
        if case .mapping(let pairs) = value { return pairs }
        return nil
    }

    /// The items, if this is a sequence.
    public var items: [YAMLNode]? {
        if case .sequence(let items) = value { return items }
        return nil
    }

    /// The scalar, if this is one.
    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = value { return scalar }
        return nil
    }

    /// The text, if this is a scalar that is not null.
    public var scalarText: String? {
        guard let scalar, !scalar.isNull else { return nil }
        return scalar.text
    }

    /// True for a null scalar (`key:` with nothing after it, `~`, `null`).
    public var isNull: Bool { scalar?.isNull ?? false }
}
