/// What `gongkai new` was asked for, as typed: values are checked against the site's vocabulary
/// by `NewItemPlan`, so that a typo gets a did-you-mean.
public struct NewItemRequest: Sendable {
    public var kind: String
    public var title: String
    public var category: String?
    public var timing: String?
    public var audience: String?
    public var id: String?
    /// "Today": the resolved as-of date (`AsOf.resolve` in the site's time zone).
    public var date: LocalDate

    public init(kind: String, title: String, category: String? = nil, timing: String? = nil,
                audience: String? = nil, id: String? = nil, date: LocalDate) {
        self.kind = kind
        self.title = title
        self.category = category
        self.timing = timing
        self.audience = audience
        self.id = id
        self.date = date
    }
}
