/// The Atom feeds of one edition: `feed.xml` for the whole site and `categories/<id>.xml` for each
/// category, each with the newest `limit` entries (publications and major changes, newest first).
/// Links use the edition's base URL; every date comes from the content, never from the clock.
struct EditionFeeds {
    let config: SiteConfig
    let strings: [String: String]
    let edition: Edition
    /// Base URL of the edition, ending in `/`.
    let baseURL: String
    let asOf: LocalDate

    /// Entries per feed.
    static let limit = 50

    /// The feed files by path relative to the edition root. `items`: the edition's items;
    /// `categories`: the edition's categories, each of which gets a feed, empty or not.
    func files(_ items: [ClearedItem], categories: [Category]) -> [(path: String, xml: String)] {
        let all = FeedEntry.all(items, asOf: asOf)
        var byCategory: [String: [FeedEntry]] = [:]
        for entry in all {
            let category = items[entry.position].item.category
            if byCategory[category, default: []].count < Self.limit { byCategory[category, default: []].append(entry) }
        }
        let tags = TagURI(baseURL: config.baseURL)
        let dates = AtomDate(timeZone: config.timezone)
        let siteTitle = "\(config.organ) \(strings["edition_\(edition.rawValue)"] ?? edition.rawValue)"
        let newest = all.first?.date ?? asOf

        func feed(path: String, title: String, alternate: String, entries: [FeedEntry]) -> (String, String) {
            let doc = AtomFeed(
                id: baseURL + URLPath.encode(path), title: title, language: config.language,
                updated: entries.first?.date ?? newest, authorName: config.organ, authorURI: baseURL,
                selfURL: baseURL + URLPath.encode(path), alternateURL: baseURL + URLPath.encode(alternate),
                entries: entries.map { atomEntry($0, items: items, tags: tags) })
            return (path, doc.xml(dates: dates))
        }
        var out = [feed(path: Paths.feed, title: siteTitle, alternate: "", entries: Array(all.prefix(Self.limit)))]
        for category in categories {
            out.append(feed(path: Paths.categoryFeed(category.id), title: "\(siteTitle) - \(category.name)",
                            alternate: Paths.category(category.id), entries: byCategory[category.id] ?? []))
        }
        return out
    }

    private func atomEntry(_ entry: FeedEntry, items: [ClearedItem], tags: TagURI) -> AtomFeed.Entry {
        let item = items[entry.position].item
        let published = item.published ?? entry.date
        let category = config.category(item.category).map { (term: $0.id, label: $0.name) }
        let url = baseURL + URLPath.encode(Paths.item(item.id))
        switch entry.event {
        case .published:
            return AtomFeed.Entry(id: tags.id(index: item.index, itemID: item.id, year: published.year),
                                  title: item.title, published: published, updated: published, url: url,
                                  summary: Excerpt.of(item), category: category)
        case let .changed(change, ordinal):
            let suffix = "/changes/\(change.on)" + (ordinal > 1 ? "-\(ordinal)" : "")
            let title = (strings["feed_change_title"] ?? "{title}").replacingOccurrences(of: "{title}", with: item.title)
            return AtomFeed.Entry(id: tags.id(index: item.index, itemID: item.id, year: published.year, suffix: suffix),
                                  title: title, published: change.on, updated: change.on, url: url,
                                  summary: change.note, category: category)
        }
    }
}
