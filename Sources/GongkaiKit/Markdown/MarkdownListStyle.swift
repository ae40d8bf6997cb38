/// Whether a list is bulleted or numbered, and for numbered lists the first number and the
/// character after the numbers (`1.` or `1)`).
public enum MarkdownListStyle: Sendable, Equatable {
    case bullet
    case ordered(start: Int, delimiter: Delimiter)

    /// The character that follows the number of an ordered list item.
    public enum Delimiter: Sendable, Equatable {
        case period, parenthesis
    }
}
