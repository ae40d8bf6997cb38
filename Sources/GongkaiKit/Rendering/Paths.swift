/// Where each page lives inside an edition. Every path is relative to the edition root and ends
/// in `.html`, so the site works from `file://`, a LAN share or any sub-path of a portal.
enum Paths {
    static func item(_ id: String) -> String { "items/\(id).html" }
    static func category(_ id: String) -> String { "categories/\(id).html" }
    static func timing(_ t: Timing) -> String { "timing/\(t.rawValue).html" }
    static func series(_ id: String) -> String { "series/\(id).html" }
    static func archive(_ year: Int) -> String { "archive/\(year).html" }
    static let home = "index.html"
    static let catalogue = "catalogue.html"
    static let powers = "powers/index.html"
    static let supervision = "supervision/index.html"
    static let search = "search.html"
    /// The search index, a script (not JSON) so that pages opened from `file://` can load it.
    static let searchIndex = "search-index.js"

    /// The relative path from a page back to the edition root: `""`, `"../"`, `"../../"`.
    static func root(of path: String) -> String {
        String(repeating: "../", count: path.filter { $0 == "/" }.count)
    }
}
