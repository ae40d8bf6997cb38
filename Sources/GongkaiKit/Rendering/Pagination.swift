/// The pages of a long list: 20 items a page; page 1 keeps the list's URL (`Paths.listPage`).
struct Pagination: Sendable {
    /// Items per page.
    static let pageSize = 20
    /// Numbered links shown on each side of the current page, besides the first and the last.
    static let window = 2

    /// The list's first page, relative to the edition root.
    let path: String
    let itemCount: Int

    var pageCount: Int { max(1, (itemCount + Self.pageSize - 1) / Self.pageSize) }

    /// The items of page `n` (from 1).
    func range(of n: Int) -> Range<Int> {
        let start = (n - 1) * Self.pageSize
        return start..<min(itemCount, start + Self.pageSize)
    }

    func path(of n: Int) -> String { Paths.listPage(path, page: n) }

    /// The `pagination` object of page `n` (themes/README.md). The numbered links are the first
    /// page, the last, and `window` pages each side of the current one, with a gap marker where
    /// numbers are left out — so a page's size does not grow with the length of the list.
    /// `label`: the accessible name of page k's link (第k页).
    func context(page n: Int, label: (Int) -> String) -> TemplateValue {
        func link(_ k: Int) -> TemplateValue {
            .object(["number": .int(k), "url": .string(path(of: k)), "isCurrent": .bool(k == n), "label": .string(label(k))])
        }
        var numbers: [TemplateValue] = []
        var last = 0
        let shown = Set([1, pageCount] + Array(max(1, n - Self.window)...min(pageCount, n + Self.window)))
        for k in shown.sorted() {
            if k > last + 1 { numbers.append(.object(["isGap": .bool(true)])) }
            numbers.append(link(k))
            last = k
        }
        let r = range(of: n)
        var fields: [String: TemplateValue] = [
            "current": .int(n), "total": .int(pageCount), "hasPages": .bool(pageCount > 1),
            "pages": .list(pageCount > 1 ? numbers : []),
            "first": .int(r.isEmpty ? 0 : r.lowerBound + 1), "last": .int(r.upperBound),
        ]
        if n > 1 { fields["prev"] = .object(["number": .int(n - 1), "url": .string(path(of: n - 1))]) }
        if n < pageCount { fields["next"] = .object(["number": .int(n + 1), "url": .string(path(of: n + 1))]) }
        return .object(fields)
    }
}
