/// How a table column's cells are aligned, from the colons of the delimiter row.
public enum MarkdownTableAlignment: String, Sendable, Equatable {
    case none, left, center, right
}
