extension ContextBuilder {
    /// The title of the edition's Atom feed, or of a category's: `示例县民政局 政府信息公开` and
    /// `示例县民政局 政府信息公开 - 法规政策`. The feed files carry the same titles.
    func feedTitle(_ category: Category? = nil) -> String {
        let site = "\(config.organ) \(t("edition_\(edition.rawValue)"))"
        return category.map { "\(site) - \($0.name)" } ?? site
    }
}
