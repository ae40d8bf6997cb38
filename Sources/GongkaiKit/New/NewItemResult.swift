/// What `gongkai new` wrote.
public struct NewItemResult: Sendable, Equatable {
    /// Site-relative path, `content/items/<year>/<id>.md`.
    public let path: String
    public let id: String
    /// The 索引号 assigned.
    public let index: String
}
