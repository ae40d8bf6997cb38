/// A scalar read from front matter: its text exactly as written (quotes removed, escapes resolved)
/// and the style it was written in.
///
/// gongkai never guesses a type from the text: `2026`, `yes` and `2026-10-15` are all text here.
/// The model stage turns text into dates, numbers or enum values according to the field.
public struct YAMLScalar: Sendable, Hashable {
    /// How the scalar was written.
    public enum Style: Sendable, Hashable {
        /// Unquoted: `title: 通知`.
        case plain
        /// `'it''s'`: only `''` is an escape.
        case singleQuoted
        /// `"a\tb"`: backslash escapes are resolved.
        case doubleQuoted
        /// A `|` block over several lines.
        case literal
    }

    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    /// True for a value left out (`key:` with nothing after it) and for a plain `~` or `null`
    /// (also `Null` and `NULL`, as in YAML's core schema). Quoted `"null"` is text.
    public var isNull: Bool {
        guard style == .plain else { return false }
        switch text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }
}
