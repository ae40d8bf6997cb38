/// One `key: value` entry of a mapping, in source order.
public struct YAMLPair: Sendable, Hashable {
    public var key: String
    /// Where the key starts (its first character, or its opening quote).
    public var keyLocation: SourceLocation
    public var value: YAMLNode

    public init(key: String, keyLocation: SourceLocation, value: YAMLNode) {
        self.key = key
        self.keyLocation = keyLocation
        self.value = value
    }
}
