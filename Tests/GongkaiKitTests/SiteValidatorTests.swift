import Testing
@testable import GongkaiKit

private func config() -> SiteConfig {
    let (c, ds) = SiteConfigDecoder.decode(SourceFile(path: "content/site.yaml", text: TestSite.siteYAML))
    precondition(ds.isEmpty, "\(ds)")
    return c!
}

private func item(_ path: String, _ text: String) -> Item {
    let (i, ds) = ItemDecoder.decode(SourceFile(path: path, text: text))
    precondition(i != nil, "\(ds)")
    return i!
}

private func problems(_ items: [Item]) -> [String] {
    SiteValidator.validate(items, config: config()).map {
        "\($0.location!.path):\($0.location!.line):\($0.location!.column) [\($0.code)] \($0.message(in: .en))" + ($0.hint(in: .en).map { " | \($0)" } ?? "")
    }
}

@Test func categoriesMustExist() {
    #expect(problems([item("content/items/a.md", TestSite.item(category: "financ"))]) == [
        "content/items/a.md:3:11 [item.unknown-category] unknown category 'financ'; categories are listed in content/site.yaml | did you mean 'finance'?",
    ])
}

@Test func internalItemsGoInInternalCategories() {
    #expect(problems([item("content/items/a.md", TestSite.item(extra: "audience: internal\n"))]) == [
        "content/items/a.md:3:11 [item.category-audience] category 'policies' is a public category but the item's audience is internal | internal items go in internal-categories",
    ])
}

@Test func idsAndIndexNumbersAreUnique() {
    let a = item("content/items/2025/a.md", TestSite.item())
    let b = item("content/items/2026/a.md", TestSite.item(index: "11330000MB0000000X/2026-00002"))
    let c = item("content/items/2026/c.md", TestSite.item())
    #expect(problems([a, b, c]) == [
        "content/items/2026/a.md:1:1 [item.duplicate-id] id 'a' is already used by content/items/2025/a.md | ids name the page's URL and must be unique; rename one file or set 'id:'",
        "content/items/2026/c.md:5:8 [item.duplicate-index] 索引号 '11330000MB0000000X/2026-00001' is already used by content/items/2025/a.md; index numbers are never reused",
    ])
}

@Test func indexNumbersFollowTheSiteFormat() {
    #expect(problems([item("content/items/a.md", TestSite.item(index: "2026-1"))]) == [
        "content/items/a.md:5:8 [item.index-format] 索引号 '2026-1' does not follow the site's index-format '{organ-code}/{year}-{serial:5}' | e.g. 11330000MB0000000X/2026-00001",
    ])
}

@Test func referencesPointAtItems() {
    let a = item("content/items/a.md", TestSite.item(extra: "replaced-by: bb\n"))
    let b = item("content/items/b.md", TestSite.item(index: "11330000MB0000000X/2026-00002"))
    #expect(problems([a, b]) == [
        "content/items/a.md:9:14 [item.unknown-reference] 'replaced-by' names 'bb', which is no item's id | did you mean 'b'?",
    ])
}
